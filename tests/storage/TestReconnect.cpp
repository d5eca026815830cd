// A server connection that goes away mid-session (docs/ARCHITECTURE.md, "Two engines"): the
// loss is named precisely, nothing is sent on half way, and reconnect() makes the session anew.
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace Byline;
using namespace Byline::Storage;
using Byline::Test::TempDir;

namespace {

const QString draftUid = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b");
const QString irina = QStringLiteral("irina.volkova");

Article draft(Database &db)
{
    auto found = ArticleRepository(db).find(draftUid);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return **found;
}

// Appends `words` to the first Russian paragraph of `article` (the draft as read) and saves it
// as its journalist.
Result<> appendAndSave(Database &db, Article article, const QString &words)
{
    Translation *ru = article.translation(u"ru");
    REQUIRE(ru != nullptr);
    ru->blocks[0].text += words;
    return EditService(db).save(article, irina);
}

Result<> appendAndSave(Database &db, const QString &words)
{
    return appendAndSave(db, draft(db), words);
}

} // namespace

TEST_CASE("a lost server connection is named, fails fast, and reconnect makes the session anew",
          "[storage][server]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("lost.sqlite"));
    auto db = Test::openDemoStore(path);
    int announced = 0;
    db->setConnectionLostHandler([&announced] { ++announced; });
    REQUIRE_OK(appendAndSave(*db, QStringLiteral(" One."))); // its statements are prepared now
    if (!Test::onServer()) {
        // A file has no connection to lose: nothing to make anew.
        CHECK_FALSE(db->isConnectionLost());
        REQUIRE_OK(db->reconnect());
        REQUIRE_OK(appendAndSave(*db, QStringLiteral(" Two.")));
        CHECK(announced == 0);
        return;
    }
    auto admin = Test::openStore(path); // another session on the same database
    auto lockTimeout = db->scalar(QStringLiteral("SHOW lock_timeout"));
    REQUIRE(lockTimeout.has_value());

    const Article read = draft(*db);
    REQUIRE(Test::endOtherSessions(*admin) >= 1);
    auto failed = appendAndSave(*db, read, QStringLiteral(" Two."));
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().code == ErrorCode::ServerUnreachable);
    CHECK(failed.error().message.contains(QStringLiteral("cannot be reached")));
    CHECK(db->isConnectionLost());
    CHECK(announced == 1);
    // Until reconnected, nothing goes to the server, and the loss is announced once.
    auto again = db->scalar(QStringLiteral("SELECT 1"));
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == ErrorCode::ServerUnreachable);
    CHECK(announced == 1);

    REQUIRE_OK(db->reconnect());
    CHECK_FALSE(db->isConnectionLost());
    // The session is set up as at opening, and the statements prepared on the old one are
    // prepared again.
    auto restored = db->scalar(QStringLiteral("SHOW lock_timeout"));
    REQUIRE(restored.has_value());
    CHECK(restored->toString() == lockTimeout->toString());
    REQUIRE_OK(appendAndSave(*db, QStringLiteral(" Three.")));
    const QString text = draft(*db).translation(u"ru")->blocks.at(0).text;
    CHECK(text.endsWith(QStringLiteral(" One. Three.")));
    CHECK(db->login() == QStringLiteral("postgres"));
}

TEST_CASE("a transaction cut off by a lost server is not replayed after reconnecting",
          "[storage][server]")
{
    if (!Test::onServer())
        return; // SQLite has no connection to lose (the case above checks that)
    TempDir dir;
    const QString path = dir.path(QStringLiteral("half.sqlite"));
    auto db = Test::openDemoStore(path);
    auto admin = Test::openStore(path);
    const Article before = draft(*db);
    {
        auto tx = Transaction::begin(*db, QStringLiteral("a test change"));
        REQUIRE(tx.has_value());
        REQUIRE_OK(db->run(QStringLiteral("UPDATE articles SET version = version + 100 "
                                          "WHERE uid = ?"),
                           {draftUid}));
        REQUIRE(Test::endOtherSessions(*admin) >= 1);
        auto committed = tx->commit();
        REQUIRE_FALSE(committed.has_value());
        CHECK(committed.error().code == ErrorCode::ServerUnreachable);
    }
    // Not inside a transaction any more: the connection can be made anew.
    REQUIRE_OK(db->reconnect());
    CHECK(draft(*db).version == before.version); // the half-done change is gone, not replayed
    REQUIRE_OK(appendAndSave(*db, QStringLiteral(" After.")));
    CHECK(draft(*db).version == before.version + 1);
}

TEST_CASE("reconnecting is refused in the middle of a transaction", "[storage][server]")
{
    if (!Test::onServer())
        return;
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("inside.sqlite")));
    auto tx = Transaction::begin(*db, QStringLiteral("a test change"));
    REQUIRE(tx.has_value());
    auto refused = db->reconnect();
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("middle of a change")));
    REQUIRE_OK(tx->commit());
}

TEST_CASE("a server that cannot be reached at all is reported as unreachable", "[storage][server]")
{
    // Qt's PostgreSQL driver is there on both runs; no server is needed to miss one.
    Database::Options options;
    options.path = QStringLiteral("postgresql://nobody@/newsroom?host=/nonexistent-byline-socket");
    auto db = Database::open(options);
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == ErrorCode::ServerUnreachable);
    CHECK(db.error().message.contains(QStringLiteral("cannot be reached")));
}
