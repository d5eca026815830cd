// The change hub: what the store announces after a commit, what other connections' commits
// bring through the watcher, and the translation backlog the store keeps counted.
#include "core/Clock.h"
#include "core/changes/ChangeFeed.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleLists.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/ChangeWatcher.h"
#include "core/storage/IntegrityChecker.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/Transaction.h"
#include "core/workflow/WorkflowService.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace Byline;
using namespace Byline::Storage;
using Byline::Test::TempDir;

namespace {

const QString published = QStringLiteral("82d8d78f-e875-4ccb-8ba1-d95e4b749068"); // ru source
const QString submitted = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626"); // en source
const QString draft = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b"); // ru, has en
const QString editor = QStringLiteral("samvel.harutyunyan");

// Everything a feed announced, batch by batch.
struct Heard
{
    explicit Heard(Database &db)
    {
        QObject::connect(&db.changes(), &ChangeFeed::changed, &context,
                         [this](const Changes &batch) { batches.append(batch); });
    }
    Changes all() const
    {
        Changes result;
        for (const Changes &b : batches)
            result += b;
        return result;
    }
    QObject context;
    QList<Changes> batches;
};

Article load(Database &db, const QString &uid)
{
    auto found = ArticleRepository(db).find(uid);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return **found;
}

qint64 logRows(Database &db)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM change_log"));
    REQUIRE(n.has_value());
    return n->toLongLong();
}

// The backlog as a full count over the archive finds it (what the triggers must keep).
QMap<QString, int> fullBacklogCount(Database &db)
{
    auto counts = ArticleLists(db).countNeedingTranslation();
    REQUIRE(counts.has_value());
    return *counts;
}

void act(Database &db, const QString &uid, Action action, const QString &locale = {},
         const QString &comment = {})
{
    WorkflowService::Request request;
    request.uid = uid;
    request.action = action;
    request.user = editor;
    request.locale = locale;
    request.comment = comment;
    REQUIRE_OK(WorkflowService(db).act(request));
}

} // namespace

TEST_CASE("a save is announced once, after its transaction committed, with the new version",
          "[storage][changes]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("hub.sqlite")));
    Heard heard(*db);
    const qint64 logged = logRows(*db);

    Article article = load(*db, draft);
    const int base = article.version;
    {
        auto tx = Transaction::begin(*db);
        REQUIRE_OK(tx);
        article.translation(u"ru")->title = QStringLiteral("Новый заголовок");
        REQUIRE_OK(ArticleRepository(*db).save(article, QStringLiteral("irina.volkova")));
        QCoreApplication::processEvents();
        CHECK(heard.batches.isEmpty()); // the outer transaction is still open
        REQUIRE_OK(tx->commit());
    }
    CHECK(heard.batches.isEmpty()); // delivered from the event loop, not inside the save
    QCoreApplication::processEvents();
    REQUIRE(heard.batches.size() == 1);
    REQUIRE(heard.batches.first().size() == 1);
    const Change saved = heard.batches.first().first();
    CHECK(saved.kind == ChangeKind::ArticleSaved);
    CHECK(saved.uid == draft);
    CHECK(saved.version == base + 1);
    CHECK(saved.origin == ChangeOrigin::ThisConnection);
    CHECK(logRows(*db) == logged + 1); // written with the save, for the other connections

    SECTION("what is rolled back is neither announced nor logged")
    {
        {
            auto tx = Transaction::begin(*db);
            REQUIRE_OK(tx);
            article.translation(u"ru")->title = QStringLiteral("Не будет сохранено");
            REQUIRE_OK(ArticleRepository(*db).save(article, QStringLiteral("irina.volkova")));
        } // abandoned: rolled back
        QCoreApplication::processEvents();
        CHECK(heard.batches.size() == 1);
        CHECK(logRows(*db) == logged + 1);
        CHECK(load(*db, draft).version == base + 1);
    }
    SECTION("a workflow step names the article's state, a translation's state and a comment")
    {
        heard.batches.clear();
        act(*db, submitted, Action::RequestChanges, {}, QStringLiteral("Please check the dates"));
        act(*db, published, Action::RequestChanges, QStringLiteral("hy"),
            QStringLiteral("Տառասխալ"));
        QCoreApplication::processEvents();
        const Changes all = heard.all();
        CHECK(all.contains(
            Change {ChangeKind::ArticleStateChanged, submitted, load(*db, submitted).version}));
        CHECK(all.contains(Change {ChangeKind::TranslationStateChanged, published,
                                   load(*db, published).version, QStringLiteral("hy")}));
        CHECK(
            all.contains(Change {ChangeKind::CommentsChanged, published, 0, QStringLiteral("hy")}));
        for (const Change &c : all)
            CHECK_FALSE((c.kind == ChangeKind::ArticleStateChanged && c.uid == published));
    }
}

TEST_CASE("a long run of changes in one transaction is announced as one 'reload everything'",
          "[storage][changes]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("many.sqlite")));
    Heard heard(*db);
    const qint64 logged = logRows(*db);
    {
        auto tx = Transaction::begin(*db);
        REQUIRE_OK(tx);
        for (int i = 0; i <= ChangeFeed::maxQueued; ++i)
            db->recordChange({ChangeKind::ArticleSaved, QStringLiteral("uid-%1").arg(i), 2});
        REQUIRE_OK(tx->commit());
    }
    QCoreApplication::processEvents();
    REQUIRE(heard.batches.size() == 1);
    CHECK(heard.batches.first() == Changes {Change {ChangeKind::Many}});
    CHECK(logRows(*db) == logged + 1); // one row, not a thousand
}

TEST_CASE("another connection's commits reach the watcher, and its own connection's are skipped",
          "[storage][changes][watcher]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("two.sqlite"));
    auto desk = Test::openDemoStore(path);
    auto cron = Test::openStore(path); // byline-cli, another desk: another connection
    Heard heard(*desk);
    ChangeWatcher watcher(*desk);
    watcher.start(60 * 60 * 1000, ChangeWatcher::Notifications::Ignore); // looks by hand
    REQUIRE(watcher.checkNow() == 0);

    act(*cron, submitted, Action::Approve);
    auto seen = watcher.checkNow();
    REQUIRE_OK(seen);
    CHECK(*seen >= 1);
    QCoreApplication::processEvents();
    REQUIRE(heard.all().size() == *seen);
    const Change approved = heard.all().first();
    CHECK(approved.kind == ChangeKind::ArticleStateChanged);
    for (const Change &c : heard.all()) {
        CHECK(c.uid == submitted);
        CHECK(c.origin == ChangeOrigin::OtherConnection);
    }
    CHECK(watcher.checkNow() == 0); // nothing new since

    // The desk's own save is announced once, as its own, and the watcher does not repeat it.
    heard.batches.clear();
    Article mine = load(*desk, draft);
    mine.translation(u"ru")->lead = QStringLiteral("Лид, исправленный за столом.");
    REQUIRE_OK(EditService(*desk).save(mine, QStringLiteral("irina.volkova")));
    Article theirs = load(*cron, published);
    theirs.translation(u"en")->lead = QStringLiteral("A lead corrected from the command line.");
    REQUIRE_OK(EditService(*cron).save(theirs, editor));
    CHECK(watcher.checkNow() == 1);
    QCoreApplication::processEvents();
    const Changes all = heard.all();
    REQUIRE(all.size() == 3);
    CHECK(all.at(0) == Change {ChangeKind::ArticleSaved, draft, mine.version});
    // The Russian source changed under narine's English: her inbox says so.
    CHECK(all.at(1) == Change {ChangeKind::InboxChanged, QStringLiteral("narine.grigoryan")});
    CHECK(all.at(2)
          == Change {ChangeKind::ArticleSaved,
                     published,
                     theirs.version,
                     {},
                     ChangeOrigin::OtherConnection});

    SECTION("rows pruned before the watcher read them: it says to reload everything")
    {
        heard.batches.clear();
        auto first = cron->scalar(QStringLiteral("SELECT max(seq) FROM change_log"));
        REQUIRE_OK(first);
        act(*cron, submitted, Action::Publish); // its rows: the state, the author's inbox
        auto last = cron->scalar(QStringLiteral("SELECT max(seq) FROM change_log"));
        REQUIRE_OK(last);
        act(*cron, submitted, Action::Unpublish);
        REQUIRE_OK(cron->run(QStringLiteral("DELETE FROM change_log WHERE seq > ? AND seq <= ?"),
                             {*first, *last}));
        CHECK(watcher.checkNow() == 1);
        QCoreApplication::processEvents();
        CHECK(heard.all()
              == Changes {Change {ChangeKind::Many, {}, 0, {}, ChangeOrigin::OtherConnection}});
    }
}

TEST_CASE("on a server another desk's commit reaches the hub as it commits, also after a "
          "reconnect",
          "[storage][changes][watcher]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("notified.sqlite"));
    auto desk = Test::openDemoStore(path);
    auto other = Test::openStore(path);
    Heard heard(*desk);
    ChangeWatcher watcher(*desk);
    watcher.start(60 * 60 * 1000); // no look of its own during the test: only notifications
    CHECK(watcher.isNotified() == Test::onServer());
    if (!Test::onServer())
        return; // SQLite sends none: the watcher looks every second (the case above)
    const auto heardApproval = [&heard] {
        for (const Change &c : heard.all()) {
            if (c.kind == ChangeKind::ArticleStateChanged && c.uid == submitted
                && c.origin == ChangeOrigin::OtherConnection)
                return true;
        }
        return false;
    };
    QElapsedTimer clock;
    clock.start();
    act(*other, submitted, Action::Approve);
    CHECK(QTest::qWaitFor(heardApproval, 5000));
    CHECK(clock.elapsed() < 2000);

    // The desk's own commits notify nobody but the others: its hub hears each once.
    heard.batches.clear();
    Article mine = load(*desk, draft);
    mine.translation(u"ru")->lead = QStringLiteral("Лид, исправленный за столом.");
    REQUIRE_OK(EditService(*desk).save(mine, QStringLiteral("irina.volkova")));
    QTest::qWait(200);
    CHECK(heard.all()
          == Changes {Change {ChangeKind::ArticleSaved, draft, mine.version},
                      Change {ChangeKind::InboxChanged, QStringLiteral("narine.grigoryan")}});

    // A new session listens again.
    REQUIRE(Test::endOtherSessions(*other) >= 1);
    CHECK_FALSE(watcher.checkNow().has_value()); // the desk finds its connection gone
    REQUIRE_OK(desk->reconnect());
    heard.batches.clear();
    act(*other, submitted, Action::Publish);
    CHECK(QTest::qWaitFor(
        [&heard] { return containsKind(heard.all(), {ChangeKind::ArticleStateChanged}); }, 5000));
}

TEST_CASE("the translation backlog is counted as articles change, as a full count finds it",
          "[storage][changes][backlog]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("backlog.sqlite")));
    ArticleRepository repo(*db);
    auto counted = [&] {
        auto counts = ArticleLists(*db).needingTranslation();
        REQUIRE(counts.has_value());
        return *counts;
    };
    const QMap<QString, int> start = counted();
    CHECK(start == fullBacklogCount(*db));
    CHECK(start.value(QStringLiteral("hy")) >= 2); // the draft and the submitted article

    // A translation approved, sent back, an article spiked and restored, a new language in a
    // save, a new article, a new locale in the newsroom: after each, the count is exact.
    act(*db, submitted, Action::Approve, QStringLiteral("ru"));
    CHECK(counted() == fullBacklogCount(*db));
    CHECK(counted().value(QStringLiteral("ru")) == start.value(QStringLiteral("ru")) - 1);
    act(*db, published, Action::RequestChanges, QStringLiteral("hy"), QStringLiteral("Typo"));
    CHECK(counted() == fullBacklogCount(*db));
    CHECK(counted().value(QStringLiteral("hy")) == start.value(QStringLiteral("hy")) + 1);
    act(*db, draft, Action::Spike);
    CHECK(counted() == fullBacklogCount(*db));
    act(*db, draft, Action::Restore);
    CHECK(counted() == fullBacklogCount(*db));

    Article article = load(*db, draft);
    Translation hy = *article.translation(u"ru");
    hy.locale = QStringLiteral("hy");
    hy.title = QStringLiteral("Նոր վերնագիր");
    hy.slug = QStringLiteral("nor-vernagir");
    article.translations.append(hy);
    REQUIRE_OK(EditService(*db).save(article, QStringLiteral("irina.volkova")));
    CHECK(counted() == fullBacklogCount(*db));

    auto created = EditService(*db).create(QStringLiteral("tom.reid"), load(*db, draft).sectionUid,
                                           QStringLiteral("en"), QStringLiteral("A new story"));
    REQUIRE_OK(created);
    CHECK(counted() == fullBacklogCount(*db));
    CHECK(counted().value(QStringLiteral("ru"))
          == fullBacklogCount(*db).value(QStringLiteral("ru")));

    REQUIRE_OK(LocaleRepository(*db).upsert(
        {QStringLiteral("ka"), QStringLiteral("KA"), QStringLiteral("Georgian"), 4}));
    CHECK(counted() == fullBacklogCount(*db));
    CHECK(counted().value(QStringLiteral("ka")) > 0);

    auto problems = IntegrityChecker(*db).run();
    REQUIRE_OK(problems);
    CHECK(problems->isEmpty());

    SECTION("check finds a count out of step")
    {
        REQUIRE_OK(db->run(QStringLiteral("UPDATE translation_backlog SET articles = 99 "
                                          "WHERE locale = 'en'")));
        auto found = IntegrityChecker(*db).run();
        REQUIRE_OK(found);
        REQUIRE(found->size() == 1);
        CHECK(found->first().text.contains(QStringLiteral("en")));
    }
}
