// byline-cli on a newsroom server (README.md, "A shared newsroom"): `server setup`, people
// with logins of their own, you are your login, and each way a connection goes wrong is one
// clear line and changes nothing. Runs only on the test server ("pg: test_server").

#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QVariant>

using namespace Byline::Test;

namespace {

// Logins are the server's, shared by every test's database: each gets the database's name.
QString loginIn(const QString &database, const char *name)
{
    return QString::fromLatin1(name) + QLatin1Char('_') + database;
}

QVariant valueIn(const QString &database, const QString &sql)
{
    return serverExec(sql, database);
}

struct SetUpServer
{
    QString database = emptyServerDatabase();
    QString admin = loginIn(database, "ani");
    QString owner() const { return serverUrl(database); }
    QString as(const QString &login, const QString &password) const
    {
        return serverUrl(database, login, password);
    }
    SetUpServer()
    {
        const CliRun r = runCli({QStringLiteral("server"), QStringLiteral("setup"), owner(),
                                 QStringLiteral("--admin"), admin, QStringLiteral("--display-name"),
                                 QStringLiteral("Ani Petrosyan")},
                                "ani's secret\n");
        requireDone(r);
        CHECK(r.out.contains(QLatin1String("Newsroom ready")));
        CHECK(r.out.contains(admin));
    }
};

} // namespace

TEST_CASE("server setup makes a newsroom whose admin adds people with logins of their own",
          "[server][cli]")
{
    SetUpServer server;
    // A second run changes nothing and says so.
    const CliRun again = runCli({QStringLiteral("server"), QStringLiteral("setup"), server.owner(),
                                 QStringLiteral("--admin"), server.admin});
    requireDone(again);
    CHECK(again.out.contains(QLatin1String("already")));

    const QString adminUrl = server.as(server.admin, QStringLiteral("ani's secret"));
    const QString jo = loginIn(server.database, "jo");
    requireDone(
        runCli({QStringLiteral("--db"), adminUrl, QStringLiteral("users"), QStringLiteral("add"),
                jo, QStringLiteral("--role"), QStringLiteral("journalist")},
               "jo's secret\n"));
    const QString joUrl = server.as(jo, QStringLiteral("jo's secret"));
    const CliRun people
        = runCli({QStringLiteral("--db"), joUrl, QStringLiteral("users"), QStringLiteral("list")});
    requireDone(people);
    CHECK(people.out.contains(jo));
    CHECK(people.out.contains(server.admin));

    SECTION("a journalist adds nobody, even with a password ready")
    {
        requireError(runCli({QStringLiteral("--db"), joUrl, QStringLiteral("users"),
                             QStringLiteral("add"), loginIn(server.database, "eve"),
                             QStringLiteral("--role"), QStringLiteral("admin")},
                            "eve\n"),
                     3);
        CHECK(valueIn(server.database, QStringLiteral("SELECT count(*) FROM users")).toInt() == 2);
    }
    SECTION("you are your login: --as naming another is refused")
    {
        const CliRun r
            = runCli({QStringLiteral("--db"), joUrl, QStringLiteral("users"), QStringLiteral("add"),
                      loginIn(server.database, "eve"), QStringLiteral("--role"),
                      QStringLiteral("editor"), QStringLiteral("--as"), server.admin},
                     "eve\n");
        requireError(r, 3);
        CHECK(r.err.contains(jo));
    }
    SECTION("a wrong password is refused in one line")
    {
        const CliRun r = runCli({QStringLiteral("--db"), server.as(jo, QStringLiteral("guess")),
                                 QStringLiteral("list")});
        requireError(r, 3);
        CHECK(r.err.contains(QLatin1String("password")));
    }
    SECTION("only the server's administrator sets a newsroom up")
    {
        requireError(runCli({QStringLiteral("server"), QStringLiteral("setup"), joUrl}), 3);
    }
    SECTION("a new person without a password is not added")
    {
        requireError(runCli({QStringLiteral("--db"), adminUrl, QStringLiteral("users"),
                             QStringLiteral("add"), loginIn(server.database, "eve"),
                             QStringLiteral("--role"), QStringLiteral("editor")}),
                     6);
        CHECK(valueIn(server.database, QStringLiteral("SELECT count(*) FROM users")).toInt() == 2);
    }
}

TEST_CASE("a connection that cannot be used says why in one line and writes nothing",
          "[server][cli]")
{
    SECTION("a database of another program")
    {
        const QString database = emptyServerDatabase();
        (void)valueIn(database, QStringLiteral("CREATE TABLE invoices (id int)"));
        const CliRun r
            = runCli({QStringLiteral("server"), QStringLiteral("setup"), serverUrl(database)});
        requireError(r, 7);
        CHECK(r.err.contains(QLatin1String("not a Byline newsroom")));
        CHECK(valueIn(database,
                      QStringLiteral("SELECT count(*) FROM pg_tables "
                                     "WHERE schemaname = 'public'"))
                  .toInt()
              == 1);
    }
    SECTION("an empty database is not a newsroom until it is set up")
    {
        const QString database = emptyServerDatabase();
        const CliRun r
            = runCli({QStringLiteral("--db"), serverUrl(database), QStringLiteral("list")});
        requireError(r, 4);
        CHECK(r.err.contains(QLatin1String("server setup")));
        CHECK(valueIn(database,
                      QStringLiteral("SELECT count(*) FROM pg_tables "
                                     "WHERE schemaname = 'public'"))
                  .toInt()
              == 0);
    }
    SECTION("a newsroom set up by a newer Byline")
    {
        SetUpServer server;
        (void)valueIn(server.database,
                      QStringLiteral("UPDATE byline_meta SET value = '999' "
                                     "WHERE key = 'schema_version'"));
        const CliRun r = runCli({QStringLiteral("--db"), server.owner(), QStringLiteral("list")});
        requireError(r, 7);
        CHECK(r.err.contains(QLatin1String("newer Byline")));
        const CliRun setup
            = runCli({QStringLiteral("server"), QStringLiteral("setup"), server.owner()});
        requireError(setup, 7);
    }
    SECTION("a login that belongs to no Byline group")
    {
        SetUpServer server;
        const QString stranger = loginIn(server.database, "stranger");
        serverExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'x'").arg(stranger));
        const CliRun r = runCli({QStringLiteral("--db"), server.as(stranger, QStringLiteral("x")),
                                 QStringLiteral("list")});
        serverExec(QStringLiteral("DROP ROLE %1").arg(stranger));
        requireError(r, 3);
        CHECK(r.err.contains(QLatin1String("not one of the newsroom's people")));
    }
    SECTION("a server that is not there")
    {
        const CliRun r = runCli({QStringLiteral("--db"),
                                 QStringLiteral("postgresql://ani@/newsroom?host=/nonexistent"),
                                 QStringLiteral("list")});
        requireError(r, 7);
        CHECK(r.err.contains(QLatin1String("cannot be reached")));
    }
}
