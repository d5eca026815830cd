// Presence (docs/ARCHITECTURE.md, "Presence"): who has which article open, in which language,
// as long as their connection lives, on both engines; and the board a desk keeps of it.
#include "core/Clock.h"
#include "core/changes/ChangeFeed.h"
#include "core/services/PresenceBoard.h"
#include "core/storage/ChangeWatcher.h"
#include "core/storage/Database.h"
#include "core/storage/PresenceRepository.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

using namespace Byline;
using namespace Byline::Storage;
using Byline::Test::TempDir;

namespace {

const QString draft = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b");
const QString submitted = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626");
const QString irina = QStringLiteral("irina.volkova");
const QString samvel = QStringLiteral("samvel.harutyunyan");

QList<Presence> present(Database &db, const QString &uid = {})
{
    auto all = PresenceRepository(db).present(uid);
    REQUIRE(all.has_value());
    return *all;
}

// The id of a process that has ended: a desk that crashed.
qint64 endedProcess()
{
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    REQUIRE(gone.waitForFinished());
    return gone.processId() > 0 ? gone.processId() : 999999;
}

} // namespace

TEST_CASE("presence: who has which article open in which language, while their connection "
          "lives",
          "[storage][presence]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("presence.sqlite"));
    auto first = Test::openDemoStore(path);
    auto second = Test::openStore(path); // another desk
    CHECK(present(*second).isEmpty());

    REQUIRE_OK(PresenceRepository(*first).enter(draft, QStringLiteral("ru"), irina));
    QList<Presence> seen = present(*second, draft);
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().user == irina);
    CHECK(seen.first().displayName == QStringLiteral("Irina Volkova"));
    CHECK(seen.first().locale == QStringLiteral("ru"));
    CHECK(seen.first().session == first->origin());
    const QDateTime since = seen.first().since;
    CHECK(since.isValid());
    CHECK(present(*second, submitted).isEmpty());

    // Entering again in the same language keeps the time; another language starts it anew.
    REQUIRE_OK(PresenceRepository(*first).enter(draft, QStringLiteral("ru"), irina));
    CHECK(present(*second, draft).first().since == since);
    Clock::setFixed(Clock::now().addSecs(120));
    const auto realTime = qScopeGuard([] { Clock::setFixed(std::nullopt); });
    REQUIRE_OK(PresenceRepository(*first).enter(draft, QStringLiteral("en"), irina));
    seen = present(*second, draft);
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().locale == QStringLiteral("en"));
    CHECK(seen.first().since > since);

    // Two people on one article, each with their own row; leaving removes one's own only.
    REQUIRE_OK(PresenceRepository(*second).enter(draft, QStringLiteral("hy"), samvel));
    REQUIRE_OK(PresenceRepository(*first).enter(submitted, QStringLiteral("en"), irina));
    CHECK(present(*first, draft).size() == 2);
    CHECK(present(*first).size() == 3);
    REQUIRE_OK(PresenceRepository(*second).leave(draft));
    CHECK(present(*first, draft).size() == 1);
    REQUIRE_OK(PresenceRepository(*first).leaveAll());
    CHECK(present(*second).isEmpty());

    // Nobody of that name: nothing entered.
    auto nobody
        = PresenceRepository(*first).enter(draft, QStringLiteral("ru"), QStringLiteral("x"));
    REQUIRE_FALSE(nobody.has_value());
    CHECK(nobody.error().code == ErrorCode::NotFound);
}

TEST_CASE("presence: a desk that is gone without a word is not shown, and is tidied away",
          "[storage][presence]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("gone.sqlite"));
    auto desk = Test::openDemoStore(path);
    {
        auto crashed = Test::openStore(path);
        REQUIRE_OK(PresenceRepository(*crashed).enter(draft, QStringLiteral("ru"), irina));
        CHECK(present(*desk, draft).size() == 1);
        if (!Test::onServer()) {
            // A desk's process that ended on this machine: its row stays behind.
            REQUIRE_OK(
                crashed->run(QStringLiteral("UPDATE presence SET process = ?"), {endedProcess()}));
        }
    } // on a server the connection closes with its Database: the backend ends
    CHECK(QTest::qWaitFor([&] { return present(*desk, draft).isEmpty(); }, 5000));
    auto rows = desk->scalar(QStringLiteral("SELECT count(*) FROM presence"));
    REQUIRE_OK(rows);
    CHECK(rows->toInt() == 1); // still there, skipped by readers
    auto removed = PresenceRepository(*desk).forgetAbsent();
    REQUIRE_OK(removed);
    CHECK(*removed == 1);
    rows = desk->scalar(QStringLiteral("SELECT count(*) FROM presence"));
    CHECK(rows->toInt() == 0);

    // Another machine's row on a SQLite store: nothing here can tell, so it is shown.
    if (!Test::onServer()) {
        REQUIRE_OK(desk->run(
            QStringLiteral("INSERT INTO presence (session, article_uid, locale, user_id, since, "
                           "process, host) SELECT 'elsewhere', ?, 'hy', id, "
                           "'2026-12-07T10:00:00Z', 1, ? FROM users WHERE name = ?"),
            {QVariant(draft), QVariant(QSysInfo::machineHostName() + QStringLiteral("-other")),
             QVariant(samvel)}));
        CHECK(present(*desk, draft).size() == 1);
    }
}

TEST_CASE("presence: a desk's board shows who else has an article open, follows them as they "
          "come and go, and leaves when the desk closes",
          "[storage][presence]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("board.sqlite"));
    auto mine = Test::openDemoStore(path);
    auto theirs = Test::openStore(path);
    ChangeWatcher watcher(*mine);
    watcher.start(); // as the desk does
    PresenceBoard board(*mine);
    board.setUser(samvel);
    board.setOpen(draft, QStringLiteral("en"));
    int changed = 0;
    QObject::connect(&board, &PresenceBoard::changed, &board, [&changed] { ++changed; });
    CHECK(board.isKnown());
    CHECK(board.others(draft).isEmpty()); // this desk is not "someone else"

    {
        PresenceBoard other(*theirs);
        other.setUser(irina);
        other.setOpen(draft, QStringLiteral("ru"));
        // Heard through the hub (a server's notification, SQLite's look), not the slow timer.
        REQUIRE(QTest::qWaitFor([&] { return !board.others(draft).isEmpty(); },
                                PresenceBoard::refreshMs - 500));
        const Presence p = board.others(draft).first();
        CHECK(p.user == irina);
        CHECK(p.locale == QStringLiteral("ru"));
        CHECK(changed >= 1);
        // The other desk sees this one too, in the language it works in.
        other.refresh();
        REQUIRE(other.others(draft).size() == 1);
        CHECK(other.others(draft).first().locale == QStringLiteral("en"));

        other.sync({{submitted, QStringLiteral("en")}}); // closed the draft, opened another
        REQUIRE(QTest::qWaitFor([&] { return board.others(draft).isEmpty(); }, 2500));
        CHECK(board.others(submitted).size() == 1);
    } // the other desk closes: it leaves what it had open
    CHECK(QTest::qWaitFor([&] { return board.others(submitted).isEmpty(); }, 2500));
    CHECK(present(*theirs, draft).size() == 1); // this desk's own row stays

    // A person changing at the desk (SQLite's "You are") enters again in the new name.
    board.setUser(irina);
    auto now = present(*theirs, draft);
    REQUIRE(now.size() == 1);
    CHECK(now.first().user == irina);
}
