#pragma once

#include "core/interchange/Importer.h"
#include "core/storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>
#include <string>

namespace Byline::Test {

// Fails the test with the error's own words when a Result holds an error.
#define REQUIRE_OK(expr)                                                                           \
    do {                                                                                           \
        const auto &bylineResult_ = (expr);                                                        \
        if (!bylineResult_.has_value())                                                            \
            FAIL(#expr << " failed: " << bylineResult_.error().message.toStdString() << " ["       \
                       << bylineResult_.error().detail.toStdString() << "]");                      \
    } while (false)

// A fresh folder per test, removed afterwards.
class TempDir
{
public:
    TempDir();
    [[nodiscard]] QString path(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

// The engine under test. ctest runs the storage, service, workflow, search and CLI tests
// twice: on SQLite files, and (names starting "pg: ") on a throwaway PostgreSQL server that
// scripts/pg-server started (BYLINE_TEST_SERVER names its folder). Tests tagged [sqlite] are
// about SQLite's files and run only there.
[[nodiscard]] bool onServer();
// Where the store a test calls `path` lives: the path itself on SQLite; on the test server, a
// database of its own, made from the template for this test (the same path gives the same
// database; they are dropped when the test program ends).
[[nodiscard]] QString storeLocation(const QString &path);
// The store at `path` as Byline names it in what it says (a server's URL without password).
[[nodiscard]] QString storeShown(const QString &path);
// The test server's URL for `database`, logged in as `user` (default: the superuser) with
// `password` (default: the superuser's).
[[nodiscard]] QString serverUrl(const QString &database, const QString &user = {},
                                const QString &password = {});
// A new, empty database on the test server (no Byline store yet), dropped with the others.
[[nodiscard]] QString emptyServerDatabase();
// Runs `sql` on the test server as its superuser, in `database` (default: the maintenance
// database), and returns the first column of its first row (null when none).
QVariant serverExec(const QString &sql, const QString &database = {});
// Drops the databases this test program made (TestMain, after the run).
void dropServerStores();

// Ends every other session on the server database `admin` is connected to (as an admin would:
// pg_terminate_backend), the connection loss a desk must survive. Returns how many it ended.
[[nodiscard]] int endOtherSessions(Storage::Database &admin);

// A time in UTC from ISO 8601 text ("2026-11-28T12:00:00Z").
[[nodiscard]] QDateTime utc(const char *text);
// While it lives, the core's clock (Clock::now) says `time`.
struct FixedClock
{
    explicit FixedClock(const char *time);
    ~FixedClock();
    FixedClock(const FixedClock &) = delete;
    FixedClock &operator=(const FixedClock &) = delete;
};

// Opens (creating) a store and fails the test on error.
[[nodiscard]] std::unique_ptr<Storage::Database> openStore(const QString &path);
// The same, filled with the shipped defaults and the demo newsroom.
[[nodiscard]] std::unique_ptr<Storage::Database> openDemoStore(const QString &path);
// The demo newsroom at exactly `location` (a SQLite file even on the test server).
[[nodiscard]] std::unique_ptr<Storage::Database> openDemoStoreAt(const QString &location);
// Opens the store at exactly `location` (a file or a server URL), which must exist already.
[[nodiscard]] std::unique_ptr<Storage::Database> openExistingStoreAt(const QString &location);

// Imports `json` as `user` (the demo newsroom's editor unless said), as byline-cli import --as.
[[nodiscard]] Result<Interchange::Importer::Report>
importAs(Storage::Database &db, const QByteArray &json,
         const QString &user = QStringLiteral("samvel.harutyunyan"));

[[nodiscard]] QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
[[nodiscard]] QByteArray sha256(const QString &path);

// Runs byline-cli and collects what it said.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
[[nodiscard]] CliRun runCli(const QStringList &args, const QByteArray &stdinData = {},
                            const QStringList &extraEnv = {});
// Everything a run said, for the report of a failing check.
[[nodiscard]] std::string said(const CliRun &r);
// A non-usage error: the exit code, and exactly one line on stderr starting "byline-cli: ".
void requireError(const CliRun &r, int exitCode);
void requireDone(const CliRun &r);

// Adds and opens a Qt connection named `name` to the server store at `url` (as its login).
void openServerConnection(const QString &name, const QString &url);

} // namespace Byline::Test
