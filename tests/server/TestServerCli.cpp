// byline-cli on a newsroom server (README.md, "A shared newsroom"): `server setup`, people
// with logins of their own, you are your login, and each way a connection goes wrong is one
// clear line and changes nothing. Runs only on the test server ("pg: test_server").

#include "core/services/SettingsService.h"
#include "core/storage/UserRepository.h"
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
    SECTION("an admin gives a login a new password, recorded in the audit trail; nobody else")
    {
        requireError(runCli({QStringLiteral("--db"), joUrl, QStringLiteral("users"),
                             QStringLiteral("password"), server.admin},
                            "taken over\n"),
                     3);
        requireDone(runCli({QStringLiteral("--db"), adminUrl, QStringLiteral("users"),
                            QStringLiteral("password"), jo},
                           "jo's new secret\n"));
        requireError(runCli({QStringLiteral("--db"), joUrl, QStringLiteral("list")}), 3);
        requireDone(
            runCli({QStringLiteral("--db"), server.as(jo, QStringLiteral("jo's new secret")),
                    QStringLiteral("list")}));
        // Someone added at the desk (Settings asks no password) gets their first login so.
        const QString tr = loginIn(server.database, "tr");
        {
            Byline::Storage::Database::Options options;
            options.path = adminUrl;
            auto db = Byline::Storage::Database::open(options);
            REQUIRE(db.has_value());
            Byline::SettingsService::Change change;
            change.added.append({tr,
                                 QStringLiteral("Tatevik"),
                                 Byline::Role::Translator,
                                 {QStringLiteral("hy")},
                                 true});
            REQUIRE(Byline::SettingsService(**db).apply(change, server.admin).has_value());
        }
        requireDone(runCli({QStringLiteral("--db"), adminUrl, QStringLiteral("users"),
                            QStringLiteral("password"), tr},
                           "tr's secret\n"));
        requireDone(runCli({QStringLiteral("--db"), server.as(tr, QStringLiteral("tr's secret")),
                            QStringLiteral("list")}));
        const CliRun audit = runCli({QStringLiteral("--db"), adminUrl, QStringLiteral("audit")});
        requireDone(audit);
        CHECK(audit.out.contains(QLatin1String("user-password")));
        CHECK_FALSE(audit.out.contains(QLatin1String("new secret")));
    }
    SECTION("an admin's login makes a person inactive at the desk, and the login stops")
    {
        Byline::Storage::Database::Options options;
        options.path = adminUrl;
        auto db = Byline::Storage::Database::open(options);
        REQUIRE(db.has_value());
        auto person = Byline::Storage::UserRepository(**db).require(jo);
        REQUIRE(person.has_value());
        Byline::SettingsService::Change change;
        change.changed.append(*person);
        change.changed.first().active = false;
        const auto applied = Byline::SettingsService(**db).apply(change, server.admin);
        INFO((applied ? std::string() : applied.error().detail.toStdString()));
        REQUIRE(applied.has_value());
        const CliRun r = runCli({QStringLiteral("--db"), joUrl, QStringLiteral("list")});
        requireError(r, 3);
        CHECK(r.err.contains(QLatin1String("inactive")));
    }
    SECTION("publish-due runs with an editor's login, not a journalist's")
    {
        const QString ed = loginIn(server.database, "ed");
        requireDone(
            runCli({QStringLiteral("--db"), adminUrl, QStringLiteral("users"),
                    QStringLiteral("add"), ed, QStringLiteral("--role"), QStringLiteral("editor")},
                   "ed's secret\n"));
        const QString edUrl = server.as(ed, QStringLiteral("ed's secret"));
        requireDone(runCli({QStringLiteral("--db"), server.owner(), QStringLiteral("import"),
                            QStringLiteral(BYLINE_SOURCE_DIR "/resources/demo/newsroom.json"),
                            QStringLiteral("--as"), server.admin}));
        // The demo's approved article, due since January (the owner is above the rules).
        (void)valueIn(server.database,
                      QStringLiteral("UPDATE articles SET status = 'scheduled', scheduled_at = "
                                     "'2026-01-01T00:00:00Z' WHERE status = 'submitted'"));
        const QStringList later {QStringLiteral("publish-due"), QStringLiteral("--now"),
                                 QStringLiteral("2099-01-01T00:00:00Z")};
        requireError(runCli(QStringList {QStringLiteral("--db"), joUrl} + later), 3);
        requireDone(runCli(QStringList {QStringLiteral("--db"), edUrl} + later));
        CHECK(valueIn(server.database,
                      QStringLiteral("SELECT count(*) FROM articles "
                                     "WHERE status = 'scheduled'"))
                  .toInt()
              == 0);
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
