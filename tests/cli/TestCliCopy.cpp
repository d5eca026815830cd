// byline-cli copy --from DB --to DB, end to end (README.md, "Moving a newsroom"). The plain
// run copies SQLite -> SQLite -> SQLite, the "pg:" run SQLite -> PostgreSQL -> SQLite.
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QSqlQuery>

namespace {

using namespace Byline::Test;

// byline-cli on exactly `store`: "--db=" keeps a SQLite file a file on the test server too
// (runCli gives "--db PATH" a database of its own there).
CliRun at(const QString &store, const QStringList &args)
{
    return runCli(QStringList {QStringLiteral("--db=") + store} + args);
}

CliRun copy(const QString &from, const QString &to)
{
    return runCli(
        {QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
}

QByteArray exported(const QString &store, const TempDir &dir)
{
    const QString file = dir.path(QFileInfo(store).fileName() + QStringLiteral(".json"));
    requireDone(at(store, {QStringLiteral("export"), file}));
    return readFile(file);
}

QString demoFile(const TempDir &dir)
{
    const QString store = dir.path(QStringLiteral("newsroom.sqlite"));
    requireDone(at(store, {QStringLiteral("init"), QStringLiteral("--demo")}));
    return store;
}

} // namespace

TEST_CASE("cli: copy to the engine under test and back, where check passes and export gives the "
          "same bytes",
          "[cli][copy]")
{
    TempDir dir;
    const QString source = demoFile(dir);
    const QByteArray sourceFile = sha256(source);
    const QString middle = storeLocation(dir.path(QStringLiteral("middle.sqlite")));
    const QString back = dir.path(QStringLiteral("back.sqlite"));

    const CliRun there = copy(source, middle);
    requireDone(there);
    INFO(said(there));
    // The summary alone on standard output (and, for a server, what to run next).
    const QStringList lines = there.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == (onServer() ? 2 : 1));
    CHECK(lines.first().startsWith(QStringLiteral("Copied ")));
    CHECK(lines.first().contains(QStringLiteral("6 articles")));
    if (onServer())
        CHECK(lines.last().contains(QStringLiteral("byline-cli server setup postgresql://")));
    if (onServer())
        CHECK_FALSE(there.out.contains(middle)); // the URL with its password is not shown
    requireDone(copy(middle, back));

    for (const QString &store : {middle, back}) {
        const CliRun check = at(store, {QStringLiteral("check")});
        INFO(said(check));
        CHECK(check.exitCode == 0);
        CHECK(check.out.startsWith(QStringLiteral("ok: ")));
    }
    const QByteArray original = exported(source, dir);
    CHECK(exported(middle, dir) == original);
    CHECK(exported(back, dir) == original);
    CHECK(sha256(source) == sourceFile); // read, never written
}

TEST_CASE("cli: copy refuses a target that holds a newsroom, with exit 5 and one line",
          "[cli][copy]")
{
    TempDir dir;
    const QString source = demoFile(dir);
    const QString target = storeLocation(dir.path(QStringLiteral("taken.sqlite")));
    requireDone(at(target, {QStringLiteral("init")}));
    const QByteArray before = exported(target, dir);

    const CliRun refused = copy(source, target);
    requireError(refused, 5);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(QStringLiteral("already holds a newsroom")));
    CHECK(refused.err.contains(QStringLiteral("Nothing was written")));
    CHECK(exported(target, dir) == before);
}

TEST_CASE("cli: copy says what is wrong with its arguments and its stores in one line",
          "[cli][copy]")
{
    TempDir dir;
    const QString source = demoFile(dir);
    const QString target = dir.path(QStringLiteral("new.sqlite"));

    SECTION("usage")
    {
        CHECK(runCli({QStringLiteral("copy"), QStringLiteral("--from"), source}).exitCode == 2);
        CHECK(runCli({QStringLiteral("copy"), QStringLiteral("--to"), target}).exitCode == 2);
        CHECK(runCli({QStringLiteral("copy"), source, target}).exitCode == 2);
        const CliRun withDb = at(source,
                                 {QStringLiteral("copy"), QStringLiteral("--from"), source,
                                  QStringLiteral("--to"), target});
        CHECK(withDb.exitCode == 2);
        CHECK(withDb.err.contains(QStringLiteral("--from and --to")));
    }
    SECTION("no store to copy")
    {
        requireError(copy(dir.path(QStringLiteral("nothing.sqlite")), target), 4);
    }
    SECTION("a store from a newer Byline")
    {
        Byline::Storage::Database::Options options;
        options.path = source;
        auto store = Byline::Storage::Database::open(options);
        REQUIRE_OK(store);
        REQUIRE_OK((*store)->run(QStringLiteral("PRAGMA user_version = 99")));
        store->reset();
        const CliRun newer = copy(source, target);
        requireError(newer, 7);
        CHECK(newer.err.contains(QStringLiteral("newer Byline")));
        CHECK_FALSE(QFileInfo::exists(target));
    }
    SECTION("a server that cannot be reached")
    {
        const CliRun away = copy(
            source, QStringLiteral("postgresql://byline@/newsroom?host=/nonexistent/socket"));
        requireError(away, 7);
        CHECK(away.err.contains(QStringLiteral("cannot be reached")));
    }
    if (onServer()) {
        SECTION("a wrong password")
        {
            const QString url = storeLocation(dir.path(QStringLiteral("server")));
            const QString database
                = url.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
            const CliRun wrong = copy(source,
                                      serverUrl(database, QStringLiteral("postgres"),
                                                QStringLiteral("not-the-password")));
            requireError(wrong, 3);
            CHECK(wrong.err.contains(QStringLiteral("did not accept the login")));
        }
        SECTION("a server login that does not see all of the newsroom")
        {
            // A person's login sees only their own saved searches: copying off a server takes
            // its owner or a superuser.
            const QString url = storeLocation(dir.path(QStringLiteral("server")));
            requireDone(copy(source, url));
            const QString database
                = url.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
            serverExec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE "
                                      "rolname = 'copy_reader') THEN CREATE ROLE copy_reader "
                                      "LOGIN PASSWORD 'reader'; END IF; END $$"));
            serverExec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO copy_reader"),
                       database);
            const CliRun reader
                = copy(serverUrl(database, QStringLiteral("copy_reader"), QStringLiteral("reader")),
                       dir.path(QStringLiteral("mine.sqlite")));
            requireError(reader, 3);
            CHECK(reader.err.contains(QStringLiteral("superuser or the database's owner")));
            CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("mine.sqlite"))));
        }
    }
}
