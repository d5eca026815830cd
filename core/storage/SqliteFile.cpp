#include "core/storage/SqliteFile.h"

#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QUrl>

#include <sqlite3.h>

#include <utility>

namespace Byline::Storage {

SqliteFile::~SqliteFile()
{
    close();
}

SqliteFile::SqliteFile(SqliteFile &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_code(other.m_code)
    , m_error(std::move(other.m_error))
{
}

SqliteFile &SqliteFile::operator=(SqliteFile &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_code = other.m_code;
        m_error = std::move(other.m_error);
    }
    return *this;
}

void SqliteFile::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

QString SqliteFile::immutableUri(const QString &path)
{
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return {};
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(QStringLiteral("immutable=1"));
    return uri.toString(QUrl::FullyEncoded);
}

SqliteFile SqliteFile::open(const QString &path, Mode mode)
{
    SqliteFile file;
    int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                       : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    QString name = path;
    if (mode == Mode::ReadOnly) {
        if (const QString uri = immutableUri(path); !uri.isEmpty()) {
            name = uri;
            flags |= SQLITE_OPEN_URI;
        }
    }
    file.m_code = sqlite3_open_v2(QFile::encodeName(name).constData(), &file.m_db,
                                  flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (file.m_code != SQLITE_OK) {
        file.noteError();
        file.m_code = file.m_code & 0xff;
        return file;
    }
    sqlite3_extended_result_codes(file.m_db, 0);
    return file;
}

sqlite3 *SqliteFile::handleOf(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void SqliteFile::noteError()
{
    m_code = m_db ? sqlite3_errcode(m_db) & 0xff : SQLITE_NOMEM;
    m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
}

bool SqliteFile::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        noteError();
        return false;
    }
    return true;
}

std::optional<QStringList> SqliteFile::column(const char *sql, int limit)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        noteError();
        return std::nullopt;
    }
    QStringList values;
    int rc = SQLITE_ROW;
    while (values.size() < limit && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        values.append(text ? QString::fromUtf8(text) : QString());
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        noteError();
        sqlite3_finalize(statement);
        return std::nullopt;
    }
    sqlite3_finalize(statement);
    return values;
}

std::optional<qint64> SqliteFile::number(const char *sql)
{
    const auto values = column(sql);
    if (!values)
        return std::nullopt;
    return values->isEmpty() ? 0 : values->first().toLongLong();
}

int SqliteFile::copyPages(sqlite3 *from, sqlite3 *to, int pagesPerStep, int busyTimeoutMs,
                          const Progress &progress, QString *error)
{
    sqlite3_backup *copy = sqlite3_backup_init(to, "main", from, "main");
    if (!copy) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(to));
        return sqlite3_errcode(to) & 0xff;
    }
    QElapsedTimer waiting;
    int rc = SQLITE_OK;
    for (;;) {
        if (progress.cancelled()) {
            rc = SQLITE_INTERRUPT;
            break;
        }
        rc = sqlite3_backup_step(copy, pagesPerStep) & 0xff;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            // Another program writes the destination (or, without WAL, the source): wait for
            // it as every Byline connection waits for a lock.
            if (!waiting.isValid())
                waiting.start();
            if (waiting.elapsed() > busyTimeoutMs)
                break;
            sqlite3_sleep(20);
            continue;
        }
        waiting.invalidate();
        const int total = sqlite3_backup_pagecount(copy);
        progress.report(total - sqlite3_backup_remaining(copy), total);
        if (rc != SQLITE_OK)
            break;
    }
    const QString stepError = rc == SQLITE_DONE || rc == SQLITE_INTERRUPT
        ? QString()
        : QString::fromUtf8(sqlite3_errstr(rc));
    // Finishing before the last step rolls the destination back to what it held.
    const int finished = sqlite3_backup_finish(copy) & 0xff;
    if (rc == SQLITE_DONE)
        rc = finished;
    if (error && rc != SQLITE_OK)
        *error = stepError.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(to)) : stepError;
    return rc;
}

} // namespace Byline::Storage
