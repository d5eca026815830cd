#pragma once

#include "core/Progress.h"

#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3;

namespace Byline::Storage {

class Database;

// One SQLite file opened with SQLite itself, below Qt's driver: what a backup and a restore
// need that QSQLITE does not offer. Copies pages between two connections with SQLite's
// online backup API, a step at a time, and reads the few pragmas that tell a Byline store from
// any other file. Results are SQLite's own codes; Backup turns them into words.
class SqliteFile
{
public:
    enum class Mode {
        ReadOnly, // an existing file; nothing is written to it, nor beside it
        Create, // a new file (or an empty one) that pages are copied into
    };

    SqliteFile() = default;
    ~SqliteFile();
    SqliteFile(SqliteFile &&other) noexcept;
    SqliteFile &operator=(SqliteFile &&other) noexcept;
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    // Opens `path`; check code() (0 when open) and errorText().
    [[nodiscard]] static SqliteFile open(const QString &path, Mode mode);
    // A URI that reads `path` as a file nobody changes (SQLite's immutable=1): no lock, and
    // no -wal or -shm made beside it, which a read-only connection would otherwise leave
    // behind. Empty when a -wal with content lies beside it (its pages count: read normally).
    [[nodiscard]] static QString immutableUri(const QString &path);
    // The connection under a Database (QSQLITE's handle): not closed by this object.
    [[nodiscard]] static sqlite3 *handleOf(const Database &db);

    [[nodiscard]] bool isOpen() const { return m_db != nullptr && m_code == 0; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }
    [[nodiscard]] int code() const { return m_code; } // SQLite's primary result code
    [[nodiscard]] QString errorText() const { return m_error; }

    // Runs statements that return nothing to read; false (code() and errorText() say why)
    // when one fails.
    bool exec(const char *sql);
    // The first column of each row of one statement (at most `limit` rows); nothing on
    // failure (code() and errorText() say why).
    [[nodiscard]] std::optional<QStringList> column(const char *sql, int limit = 1);
    // The first column of the first row as a number.
    [[nodiscard]] std::optional<qint64> number(const char *sql);

    // Copies every page of `from` into `to` (SQLite's online backup API), `pagesPerStep` at a
    // time, reporting pages done and cancelling between steps. `to` is written in one
    // transaction: until the last step it holds what it held before, and a failure or a
    // cancel leaves it so. While `to` is busy (another writer), waits up to `busyTimeoutMs`.
    // Returns 0 when done, SQLITE_INTERRUPT when cancelled, else SQLite's code, with its text
    // in `error`.
    [[nodiscard]] static int copyPages(sqlite3 *from, sqlite3 *to, int pagesPerStep,
                                       int busyTimeoutMs, const Progress &progress, QString *error);

private:
    void close();
    void noteError();

    sqlite3 *m_db = nullptr;
    int m_code = 0;
    QString m_error;
};

} // namespace Byline::Storage
