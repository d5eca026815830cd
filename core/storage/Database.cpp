#include "core/storage/Database.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "core/TimeFormat.h"
#include "core/changes/ChangeFeed.h"
#include "core/storage/Migrator.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/ServerAddress.h"
#include "core/storage/SqliteFile.h"
#include "core/storage/SqliteHeader.h"
#include "core/storage/Transaction.h"
#include "core/storage/WalCheckpointer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUuid>

#include <sqlite3.h>

#include <sys/statvfs.h>
#include <unistd.h>

namespace Byline::Storage {

// Defined before Database::open, whose `new Database` needs it whole (clang insists).
struct Database::Statements
{
    QHash<QString, QSqlQuery> prepared; // writes
    QHash<QString, QSqlQuery> reads; // reads inside a transaction, finished at its end
    // Statements that failed inside a transaction on a server: freeing one there fails (the
    // server ignores everything until the transaction ends), so they are kept until it has.
    QList<QSqlQuery> failed;
};

namespace {

// byline.sql: a statement's time once it has run (SQLITE_TRACE_PROFILE), from a millisecond.
int logSlowStatement(unsigned, void *, void *statement, void *nanoseconds)
{
    const auto ns = *static_cast<const sqlite3_int64 *>(nanoseconds);
    if (ns >= 1000000) {
        auto *stmt = static_cast<sqlite3_stmt *>(statement);
        qCDebug(lcSql).noquote() << QString::number(double(ns) / 1e6, 'f', 1) << "ms:"
                                 << QString::fromUtf8(sqlite3_sql(stmt)).simplified().left(300);
    }
    return 0;
}

// SQLite's primary result codes that mean something to a person.
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

// Reads the SQLite header and compares the page count it records with the file's size, so
// that a truncated or foreign file is refused before SQLite is allowed near it.
Result<> checkHeader(const QString &path)
{
    auto header = SqliteHeader::read(path);
    if (!header)
        return std::unexpected(header.error());
    if (header->fileSize() == 0)
        return {}; // an empty file is a new store
    if (!header->isSqlite()) {
        return fail(ErrorCode::StorageCorrupt,
                    QObject::tr("%1 is not a Byline store (it is not an SQLite database). "
                                "It was not changed; check the path given with --db or BYLINE_DB.")
                        .arg(path));
    }
    // While another program has the store open, a checkpoint (WAL) or a write (rollback
    // journal) may have written the header before the pages that follow it: then the file is
    // briefly shorter than the header says, and SQLite itself judges the file.
    const bool inUse = QFileInfo::exists(path + QStringLiteral("-wal"))
        || QFileInfo::exists(path + QStringLiteral("-journal"));
    if (!header->isWellFormed() || (!inUse && header->isCutShort())) {
        return fail(ErrorCode::StorageCorrupt,
                    QObject::tr("%1 is damaged: the file is shorter than the database it should "
                                "hold (was it cut off while copying?). It was not changed; "
                                "restore it from a backup or an export.")
                        .arg(path),
                    QStringLiteral("size %1, page size %2")
                        .arg(header->fileSize())
                        .arg(header->pageSize()));
    }
    return {};
}

// The copy of a store taken before it is upgraded, <store>.schemaN-<time>.bak. It is written
// under that name plus ".partial" and renamed once whole, so that an upgrade killed half way
// leaves no half backup under a backup's name (the next upgrade removes the piece); a name
// already taken in the same second (by a run killed after its backup) gets "-2", "-3"...
Result<QString> backupBeforeUpgrade(const Database &db)
{
    const QFileInfo store(db.path());
    QDir folder = store.absoluteDir();
    for (const QString &piece :
         folder.entryList({store.fileName() + QStringLiteral(".schema*.bak.partial")},
                          QDir::Files | QDir::Hidden))
        folder.remove(piece);
    const QString stem = db.path()
        + QStringLiteral(".schema%1-%2")
              .arg(db.schemaVersion())
              .arg(Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString backup = stem + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = stem + QStringLiteral("-%1.bak").arg(n);
    const QString partial = backup + QStringLiteral(".partial");
    if (auto saved = db.backupTo(partial); !saved) {
        QFile::remove(partial);
        return std::unexpected(saved.error());
    }
    if (!QFile::rename(partial, backup)) {
        QFile::remove(partial);
        return fail(ErrorCode::StorageFailure,
                    QObject::tr("Cannot name the backup %1 taken before upgrading the store. "
                                "Nothing was upgraded; check the folder's permissions.")
                        .arg(backup));
    }
    return backup;
}

// Whether the disk holding `path` has (next to) no room left.
bool diskFull(const QString &path)
{
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    constexpr qint64 nextToNothing = 256 * 1024;
    return disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < nextToNothing;
}

int defaultBusyTimeout()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("BYLINE_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnv >= 0 ? fromEnv : 5000;
}

} // namespace

QString Database::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("BYLINE_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/byline/byline.sqlite");
}

QString Database::shownLocation(const QString &location)
{
    if (!ServerAddress::isServerUrl(location))
        return location;
    auto address = ServerAddress::parse(location);
    return address ? address->url() : location.section(QLatin1Char('@'), -1);
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

Result<std::unique_ptr<Database>> Database::open(const Options &options)
{
    if (ServerAddress::isServerUrl(options.path.isEmpty() ? defaultPath() : options.path))
        return openServer(options);
    std::unique_ptr<Database> db(new Database);
    db->m_path = options.path.isEmpty() ? defaultPath() : options.path;
    db->m_busyTimeoutMs = options.busyTimeoutMs >= 0 ? options.busyTimeoutMs : defaultBusyTimeout();
    const QFileInfo info(db->m_path);

    if (info.exists() && info.isDir()) {
        return fail(ErrorCode::StorageFailure,
                    QObject::tr("%1 is a folder, not a Byline store. Give the path of the store "
                                "file itself (for example %1/byline.sqlite).")
                        .arg(db->m_path));
    }
    if (info.exists() && !info.isFile()) {
        // A pipe, a socket or a device: reading its header would wait for a writer for good.
        return fail(ErrorCode::StorageFailure,
                    QObject::tr("%1 is not a file (a pipe or a device?), so it cannot be a Byline "
                                "store. Nothing was read from it; give the path of the store "
                                "file.")
                        .arg(db->m_path));
    }
    if (info.exists() && info.size() == 0 && !options.createIfMissing) {
        // An empty file holds no store; only `init` (or the desk) makes one in it.
        return fail(ErrorCode::NotFound,
                    QObject::tr("%1 is empty: there is no Byline store in it. Create one with "
                                "\"byline-cli init\", or give another path with --db.")
                        .arg(db->m_path));
    }
    if (!info.exists()) {
        if (!options.createIfMissing) {
            return fail(ErrorCode::NotFound,
                        QObject::tr("There is no Byline store at %1. Create one with "
                                    "\"byline-cli init\", or give another path with --db.")
                            .arg(db->m_path));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return fail(ErrorCode::StorageReadOnly,
                        QObject::tr("Cannot create the folder %1 for a new store. Check that it "
                                    "may be written, or give another path with --db.")
                            .arg(info.absolutePath()));
        }
        QFile create(db->m_path);
        if (!create.open(QIODevice::WriteOnly)) {
            return fail(ErrorCode::StorageReadOnly,
                        QObject::tr("Cannot create the store %1: %2.")
                            .arg(db->m_path, create.errorString()));
        }
    } else {
        if (auto header = checkHeader(db->m_path); !header)
            return std::unexpected(header.error());
        // A store is written only where the file and its folder (for the -wal and -shm files)
        // may be written; for root, who may write anything, the file's write bits decide.
        const bool rootUser = ::geteuid() == 0;
        const bool fileWritable
            = rootUser ? bool(info.permissions() & QFileDevice::WriteOwner) : info.isWritable();
        db->m_readOnly
            = options.readOnly || !fileWritable || !QFileInfo(info.absolutePath()).isWritable();
        // A file only checked (a backup) is read as it is, nothing made beside it. So is a store
        // on a read-only filesystem (a backup mount, a snapshot), which stops even root and
        // where SQLite cannot make the -shm file a WAL store's readers share: nobody can change
        // the file. A -wal file left there holds committed changes: SQLite reads it (with its
        // -shm) the usual way instead.
        db->m_immutable = options.readOnly && !options.othersMayWrite;
        struct statvfs fs = {};
        const QByteArray folder = QFile::encodeName(info.absolutePath());
        if (::statvfs(folder.constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY)) {
            db->m_readOnly = true;
            db->m_immutable
                = db->m_immutable || QFileInfo(db->m_path + QStringLiteral("-wal")).size() == 0;
        }
    }

    auto added = db->addConnection(
        QStringLiteral("QSQLITE"),
        QObject::tr("The SQLite driver for Qt is missing. Install the package libqt6sql6-sqlite."));
    if (!added)
        return std::unexpected(added.error());
    QSqlDatabase conn = *added;
    conn.setDatabaseName(db->m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(db->m_busyTimeoutMs);
    if (db->m_readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (const QString uri = db->m_immutable ? SqliteFile::immutableUri(db->m_path) : QString();
        !uri.isEmpty()) {
        conn.setDatabaseName(uri);
        connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    conn.setConnectOptions(connectOptions);
    if (!conn.open())
        return std::unexpected(db->errorFrom(conn.lastError(), QObject::tr("opening the store")));

    if (auto configured = db->configure(); !configured)
        return std::unexpected(configured.error());

    const int latest = latestSchemaVersion();
    if (db->m_schemaVersion > latest) {
        return fail(ErrorCode::StorageTooNew,
                    QObject::tr("%1 was written by a newer Byline (schema %2; this program knows "
                                "up to %3). It was not changed; update Byline to open it.")
                        .arg(db->m_path)
                        .arg(db->m_schemaVersion)
                        .arg(latest));
    }
    if (db->m_schemaVersion < latest) {
        if (!options.migrate || db->m_readOnly) {
            return fail(ErrorCode::StorageReadOnly,
                        QObject::tr("%1 needs upgrading from schema %2 to %3, which needs write "
                                    "access. Open it with write access once to upgrade it.")
                            .arg(db->m_path)
                            .arg(db->m_schemaVersion)
                            .arg(latest));
        }
        if (db->m_schemaVersion > 0 && options.backupBeforeMigrating) {
            auto backup = backupBeforeUpgrade(*db);
            if (!backup)
                return std::unexpected(backup.error());
            qCInfo(lcStorage) << "backed up" << db->m_path << "to" << *backup << "before migrating";
        }
        // The search index (schema 5, made anew without its copy of the text in schema 13)
        // starts empty: it is filled from what the store holds in the same transaction as the
        // steps from schema 5 on, so that no upgrade cut short leaves a store at the latest
        // schema with nothing in its index.
        constexpr int searchIndexSchema = 5;
        constexpr int contentlessSearchSchema = 13;
        const int before = db->m_schemaVersion;
        if (auto migrated = Migrator::migrate(*db, searchIndexSchema - 1); !migrated)
            return std::unexpected(migrated.error());
        auto tx
            = Transaction::begin(*db, QObject::tr("upgrading the store to schema %1").arg(latest));
        if (!tx)
            return std::unexpected(tx.error());
        if (auto migrated = Migrator::migrate(*db); !migrated)
            return std::unexpected(migrated.error());
        if (before > 0 && before < contentlessSearchSchema) {
            if (auto indexed = SearchIndex(*db).rebuild(); !indexed)
                return std::unexpected(indexed.error());
        }
        if (auto committed = tx->commit(); !committed)
            return std::unexpected(committed.error());
    }
    return db;
}

Result<> Database::configure()
{
    // The first read: fails here for a file that is not a database, before any write.
    auto version
        = scalar(QStringLiteral("PRAGMA user_version"), {}, QObject::tr("opening the store"));
    if (!version)
        return std::unexpected(version.error());
    auto probe = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"), {},
                        QObject::tr("opening the store"));
    if (!probe)
        return std::unexpected(probe.error());
    m_schemaVersion = version->toInt();
    auto appId
        = scalar(QStringLiteral("PRAGMA application_id"), {}, QObject::tr("opening the store"));
    if (!appId)
        return std::unexpected(appId.error());
    const qint64 tables = probe->toLongLong();
    // Another program's database: tables without a Byline schema version, another program's
    // application id, or a schema version past ours without Byline's id (every Byline that
    // migrates sets it). Refused before anything (even the journal mode) is changed.
    const qint64 id = appId->toLongLong();
    if ((m_schemaVersion == 0 && tables > 0) || (id != 0 && id != applicationId)
        || (m_schemaVersion > latestSchemaVersion() && id != applicationId)) {
        return fail(ErrorCode::StorageCorrupt,
                    QObject::tr("%1 is an SQLite database, but not a Byline store (it belongs to "
                                "another program). It was not changed; check the path given "
                                "with --db or BYLINE_DB.")
                        .arg(m_path));
    }

    if (lcSql().isDebugEnabled()) {
        if (sqlite3 *handle = SqliteFile::handleOf(*this))
            sqlite3_trace_v2(handle, SQLITE_TRACE_PROFILE, &logSlowStatement, nullptr);
    }
    if (auto fk = run(QStringLiteral("PRAGMA foreign_keys = ON")); !fk)
        return std::unexpected(fk.error());
    // A store from a newer Byline is refused before anything could write to it.
    if (m_readOnly || m_schemaVersion > latestSchemaVersion())
        return {};
    auto mode
        = scalar(QStringLiteral("PRAGMA journal_mode = WAL"), {}, QObject::tr("opening the store"));
    if (!mode)
        return std::unexpected(mode.error());
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStorage) << "journal mode is" << mode->toString() << "instead of WAL";
    // FULL: a save acknowledged to the user survives a crash of the machine, not only of Byline.
    if (auto sync = run(QStringLiteral("PRAGMA synchronous = FULL")); !sync)
        return std::unexpected(sync.error());
    // 32 MiB of page cache (SQLite's default is 2 MiB): a large import or a rebuilt search
    // index stays in memory until it commits instead of spilling pages half way.
    if (auto cache = run(QStringLiteral("PRAGMA cache_size = -32768")); !cache)
        return std::unexpected(cache.error());
    return {};
}

Database::~Database()
{
    m_checkpointer.reset(); // its thread stops before the connection whose log it copies
    m_writes.reset(); // every statement goes before its connection
    if (m_connectionName.isEmpty())
        return;
    if (m_connection.isOpen())
        m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::checkpointInBackground()
{
    if (isServer() || m_readOnly || m_checkpointer)
        return;
    if (sqlite3 *handle = SqliteFile::handleOf(*this))
        m_checkpointer = std::make_unique<WalCheckpointer>(handle, m_path);
}

void Database::recordChange(Change change)
{
    change.origin = ChangeOrigin::ThisConnection;
    if (!m_pending.isEmpty() && m_pending.constLast().kind == ChangeKind::Many)
        return; // already "reload everything"
    if (m_pending.size() >= ChangeFeed::maxQueued)
        m_pending = {Change {ChangeKind::Many, {}, 0, {}, ChangeOrigin::ThisConnection}};
    else
        m_pending.append(std::move(change));
    if (m_transactionDepth > 0)
        return;
    // A write outside a transaction has committed already. On a server its change_log rows
    // need a transaction of their own (logPendingChanges locks the table until the commit).
    const auto step = [this](const char *sql) -> Result<> {
        auto done = run(QLatin1String(sql));
        if (!done)
            return std::unexpected(done.error());
        return {};
    };
    Result<> logged = isServer() ? step("BEGIN") : Result<>();
    if (logged)
        logged = logPendingChanges();
    if (isServer() && logged)
        logged = step("COMMIT");
    if (!logged) {
        if (isServer())
            (void)run(QStringLiteral("ROLLBACK"));
        qCWarning(lcStorage) << "the change was not logged:" << logged.error().detail;
    }
    announcePendingChanges();
}

Result<> Database::logPendingChanges()
{
    if (m_pending.isEmpty() || m_schemaVersion < 7)
        return {};
    const QString what = QObject::tr("noting what changed");
    const QString now = formatUtc(Clock::now());
    if (isServer()) {
        // Writers on a server commit side by side: without this lock a row numbered 11 could
        // become visible before row 10, and a desk that read up to 11 would never see 10.
        // Held from here (just before COMMIT) to the commit, so the numbers follow the commits.
        if (auto locked = run(QStringLiteral("LOCK TABLE change_log IN EXCLUSIVE MODE"), {}, what);
            !locked)
            return std::unexpected(locked.error());
    }
    qint64 last = 0;
    for (const Change &c : std::as_const(m_pending)) {
        auto seq
            = insert(QStringLiteral("INSERT INTO change_log (at, origin, kind, uid, locale, "
                                    "version) VALUES (?, ?, ?, ?, ?, ?) RETURNING seq"),
                     {now, m_origin, changeKindName(c.kind), c.uid, c.locale, c.version}, what);
        if (!seq)
            return std::unexpected(seq.error());
        last = *seq;
    }
    if (isServer()) {
        // Delivered at the commit, to every desk listening (ChangeWatcher): they read the rows
        // at once instead of at their next look.
        if (auto notified = run(QStringLiteral("SELECT pg_notify(?, ?)"),
                                {QString::fromLatin1(changesChannel), QString::number(last)}, what);
            !notified)
            return std::unexpected(notified.error());
    }
    if (last > changeLogKept) {
        if (auto pruned = run(QStringLiteral("DELETE FROM change_log WHERE seq <= ?"),
                              {last - changeLogKept}, what);
            !pruned) {
            return std::unexpected(pruned.error());
        }
    }
    return {};
}

void Database::announcePendingChanges()
{
    m_feed->publish(std::exchange(m_pending, {}));
}

Database::Database() = default;

Result<QSqlDatabase> Database::addConnection(const QString &driver, const QString &missing)
{
    m_origin = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_feed = std::make_unique<ChangeFeed>();
    m_connectionName = QStringLiteral("byline-") + m_origin;
    QSqlDatabase conn = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (!conn.isValid())
        return fail(ErrorCode::StorageFailure, missing);
    m_connection = conn;
    forgetStatements();
    return conn;
}

void Database::forgetStatements()
{
    m_writes = std::make_unique<Statements>();
}

QSqlDatabase Database::connection() const
{
    return m_connection;
}

namespace {

// Writes leave nothing open once run (no rows to read, no read snapshot held), so one
// prepared statement can serve every run. Reads are prepared anew: a caller may still be
// reading the rows of an earlier run.
bool isWrite(const QString &sql)
{
    for (const char *verb : {"INSERT ", "UPDATE ", "DELETE "}) {
        if (sql.startsWith(QLatin1String(verb), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void bind(QSqlQuery &query, const QVariantList &binds)
{
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant &value = binds.at(i);
        // The driver binds a null QString as SQL NULL; only a null QVariant means NULL here.
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
        else if (value.typeId() == QMetaType::Bool) // flags are integer columns (0/1)
            query.bindValue(int(i), value.isNull() ? QVariant() : QVariant(int(value.toBool())));
        else
            query.bindValue(int(i), value);
    }
}

} // namespace

void Database::finishReads() const
{
    if (!m_writes)
        return;
    for (QSqlQuery &query : m_writes->reads)
        query.finish();
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &binds,
                                const QString &what) const
{
    if (m_connectionLost) { // nothing reaches the server until reconnect() (see Database.h)
        return std::unexpected(
            unreachable(what.isEmpty() ? QObject::tr("working with the store") : what,
                        QStringLiteral("the connection was lost earlier")));
    }
    if (isServer() && binds.isEmpty()) {
        // Run as it is: PostgreSQL cannot prepare BEGIN, COMMIT or ROLLBACK, and a statement
        // without values gains nothing from being prepared. Not forward-only: Qt's driver
        // reads such a query's rows one at a time and drops the rest when the next statement
        // runs, while a caller may still be reading them.
        QSqlQuery query(m_connection);
        if (!query.exec(sql))
            return std::unexpected(failed(query, what));
        if (m_transactionDepth == 0 && m_writes)
            m_writes->failed.clear(); // the transaction has ended (or there was none)
        return query;
    }
    // Inside a transaction, a read is prepared once too, and reused once its rows have all
    // been read (or it was finished); the transaction's end finishes them all, so no
    // statement keeps a read snapshot open afterwards.
    if (m_writes && m_transactionDepth > 0
        && sql.startsWith(QLatin1String("SELECT "), Qt::CaseInsensitive)) {
        auto it = m_writes->reads.find(sql);
        if (it == m_writes->reads.end()) {
            QSqlQuery query(m_connection);
            query.setForwardOnly(!isServer());
            if (!query.prepare(sql))
                return std::unexpected(failed(query, what));
            it = m_writes->reads.insert(sql, query);
        }
        // Reusable once nobody can read more of it: finished, or read to its end.
        if (!it->isActive() || it->at() == QSql::AfterLastRow) {
            bind(*it, binds);
            if (!it->exec()) {
                const Error error = failed(*it, what);
                m_writes->reads.erase(it);
                return std::unexpected(error);
            }
            return *it;
        }
        // Still being read by someone: this run gets a statement of its own.
    }
    if (m_writes && isWrite(sql)) {
        auto it = m_writes->prepared.find(sql);
        if (it == m_writes->prepared.end()) {
            QSqlQuery query(m_connection);
            query.setForwardOnly(!isServer());
            if (!query.prepare(sql))
                return std::unexpected(failed(query, what));
            it = m_writes->prepared.insert(sql, query);
        }
        bind(*it, binds);
        if (!it->exec()) {
            const Error error = failed(*it, what);
            m_writes->prepared.erase(it); // prepared afresh next time
            return std::unexpected(error);
        }
        return *it;
    }
    QSqlQuery query(m_connection);
    // On a server, not forward-only: see above.
    query.setForwardOnly(!isServer());
    if (!query.prepare(sql))
        return std::unexpected(failed(query, what));
    bind(query, binds);
    if (!query.exec())
        return std::unexpected(failed(query, what));
    return query;
}

Error Database::failed(const QSqlQuery &query, const QString &what) const
{
    if (m_transactionDepth > 0) {
        // PostgreSQL keeps nothing of a transaction once a statement in it failed (and
        // answers its COMMIT with a quiet rollback); SQLite would keep the rest. Both end the
        // same way: the transaction's commit fails and says so.
        m_rollbackOnly = true;
        if (isServer() && m_writes)
            m_writes->failed.append(query);
    }
    return errorFrom(query.lastError(), what);
}

Database::Options Database::sameStore() const
{
    Options options;
    options.path = m_path;
    options.password = isServer() ? m_connection.password() : QString();
    options.migrate = false;
    options.busyTimeoutMs = m_busyTimeoutMs;
    options.readOnly = m_readOnly;
    options.othersMayWrite = m_readOnly && !m_immutable;
    return options;
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &binds,
                                const QString &what) const
{
    auto id = scalar(sql, binds, what);
    if (!id)
        return std::unexpected(id.error());
    return id->toLongLong();
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &binds,
                                  const QString &what) const
{
    auto query = run(sql, binds, what);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next()) {
        if (query->lastError().isValid())
            return std::unexpected(errorFrom(query->lastError(), what));
        query->finish();
        return QVariant();
    }
    const QVariant value = query->value(0);
    query->finish(); // read: the statement can serve the next run
    return value;
}

Error Database::errorFrom(const QSqlError &error, const QString &what) const
{
    if (isServer())
        return serverErrorFrom(error,
                               what.isEmpty() ? QObject::tr("working with the store") : what);
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString doing = what.isEmpty() ? QObject::tr("working with the store") : what;
    const QString detail = error.text();
    qCWarning(lcStorage) << "storage error while" << doing << ":" << detail << "code"
                         << error.nativeErrorCode();
    // A completely full disk fails even a read (SQLite cannot make the store's -shm file):
    // SQLite says "I/O error" or "cannot open", and the person needs to hear "full".
    const bool full = code == SqliteFull
        || ((code == SqliteIoErr || code == SqliteCantOpen) && diskFull(m_path));
    switch (full ? SqliteFull : code) {
    case SqliteBusy:
    case SqliteLocked:
        return {ErrorCode::StorageLocked,
                QObject::tr("The store %1 is locked by another program (waited %2 s while %3). "
                            "Try again when it has finished.")
                    .arg(m_path)
                    .arg(m_busyTimeoutMs / 1000.0, 0, 'f', 1)
                    .arg(doing),
                detail};
    case SqliteReadOnly:
        return {ErrorCode::StorageReadOnly,
                QObject::tr("The store %1 cannot be written (it or its folder is read-only) while "
                            "%2. Nothing was changed; check its permissions.")
                    .arg(m_path, doing),
                detail};
    case SqliteCorrupt:
    case SqliteNotADb:
        return {ErrorCode::StorageCorrupt,
                QObject::tr("The store %1 is damaged or is not a Byline store (while %2). "
                            "Restore it from a backup or an export.")
                    .arg(m_path, doing),
                detail};
    case SqliteFull:
        return {ErrorCode::StorageFull,
                QObject::tr("The disk holding %1 is full (while %2). Nothing was lost; make room "
                            "and try again.")
                    .arg(m_path, doing),
                detail};
    case SqliteCantOpen:
    case SqliteIoErr:
        return {ErrorCode::StorageFailure,
                QObject::tr("Cannot read or write the store %1 (while %2). Check that the disk "
                            "and the path are available.")
                    .arg(m_path, doing),
                detail};
    case SqliteConstraint:
        return {ErrorCode::Conflict,
                QObject::tr("The change contradicts what is already in the store (while %1).")
                    .arg(doing),
                detail};
    default:
        return {ErrorCode::StorageFailure,
                QObject::tr("The store %1 reported an error while %2.").arg(m_path, doing), detail};
    }
}

Result<> Database::backupTo(const QString &file) const
{
    if (isServer()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("A newsroom on a server is backed up on the server, with "
                                "pg_dump (see the README, \"A shared newsroom\"); Byline "
                                "cannot copy it into %1.")
                        .arg(file));
    }
    if (QFileInfo::exists(file)) {
        return fail(ErrorCode::Io,
                    QObject::tr("Cannot back up to %1: the file already exists.").arg(file));
    }
    auto done = run(QStringLiteral("VACUUM INTO ?"), {file}, QObject::tr("taking a backup"));
    if (!done)
        return std::unexpected(done.error());
    return {};
}

} // namespace Byline::Storage
