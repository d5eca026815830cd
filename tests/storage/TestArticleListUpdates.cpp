// The article list follows the change hub one row at a time: a save updates or moves its row,
// an article that enters or leaves the view is inserted or removed, and only "reload
// everything" resets the list.
#include "core/Clock.h"
#include "core/changes/ChangeFeed.h"
#include "core/models/ArticleListModel.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Transaction.h"
#include "core/workflow/WorkflowService.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSet>

using namespace Byline;
using namespace Byline::Storage;
using Byline::Test::TempDir;

namespace {

const QString submitted = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626");
const QString draft = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b");
const QString editor = QStringLiteral("samvel.harutyunyan");

// How the model told its views what changed.
struct Signals
{
    explicit Signals(ArticleListModel &model)
    {
        QObject::connect(&model, &QAbstractItemModel::modelReset, &context, [this] { ++resets; });
        QObject::connect(&model, &QAbstractItemModel::rowsMoved, &context, [this] { ++moves; });
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &context,
                         [this] { ++inserts; });
        QObject::connect(&model, &QAbstractItemModel::rowsRemoved, &context,
                         [this] { ++removals; });
        QObject::connect(&model, &QAbstractItemModel::dataChanged, &context, [this] { ++updates; });
    }
    QObject context;
    int resets = 0, moves = 0, inserts = 0, removals = 0, updates = 0;
};

struct LaterClock // saves get later times than the demo's, in order
{
    LaterClock() { Clock::setFixed(QDateTime(QDate(2031, 1, 1), QTime(9, 0), Qt::UTC)); }
    ~LaterClock() { Clock::setFixed(std::nullopt); }
    void tick() { Clock::setFixed(Clock::now().addSecs(60)); }
};

Article load(Database &db, const QString &uid)
{
    auto found = ArticleRepository(db).find(uid);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return **found;
}

void saveTitle(Database &db, const QString &uid, const QString &locale, const QString &title)
{
    Article article = load(db, uid);
    article.translation(locale)->title = title;
    REQUIRE_OK(EditService(db).save(article, editor));
}

QStringList uids(const ArticleListModel &model)
{
    QStringList result;
    for (int r = 0; r < model.rowCount(); ++r)
        result.append(model.summary(r).uid);
    return result;
}

} // namespace

TEST_CASE("a save moves its one row to where the order puts it, and the list is not reset",
          "[storage][model][changes]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("rows.sqlite")));
    LaterClock clock;
    ArticleListModel model(*db); // newest change first
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Signals heard(model);
    const QStringList before = uids(model);
    REQUIRE(before.size() == 6);
    const QString oldest = before.last();
    const QString locale = load(*db, oldest).sourceLocale;

    saveTitle(*db, oldest, locale, QStringLiteral("Заголовок после правки"));
    CHECK(uids(model) == before); // announced from the event loop, after the save returned
    QCoreApplication::processEvents();
    CHECK(heard.resets == 0);
    CHECK(heard.moves == 1);
    QStringList expected = before;
    expected.move(expected.indexOf(oldest), 0);
    CHECK(uids(model) == expected);
    CHECK(model.index(0, ArticleListModel::Headline).data().toString()
          == QStringLiteral("Заголовок после правки"));

    // Saved again, it stays where it is: one row changes, nothing moves.
    clock.tick();
    saveTitle(*db, oldest, locale, QStringLiteral("Ещё одна правка"));
    QCoreApplication::processEvents();
    CHECK(heard.moves == 1);
    CHECK(heard.resets == 0);
    CHECK(uids(model) == expected);
    CHECK(model.index(0, ArticleListModel::Headline).data().toString()
          == QStringLiteral("Ещё одна правка"));

    SECTION("a new article comes in at the top")
    {
        clock.tick();
        auto made = EditService(*db).create(QStringLiteral("tom.reid"), load(*db, draft).sectionUid,
                                            QStringLiteral("en"), QStringLiteral("Fresh story"));
        REQUIRE_OK(made);
        QCoreApplication::processEvents();
        CHECK(heard.inserts == 1);
        CHECK(heard.resets == 0);
        CHECK(model.rowCount() == 7);
        CHECK(model.summary(0).uid == made->uid);
    }
    SECTION("too much at once reloads the list, once")
    {
        {
            auto tx = Transaction::begin(*db);
            REQUIRE_OK(tx);
            for (int i = 0; i <= ChangeFeed::maxQueued; ++i)
                db->recordChange({ChangeKind::ArticleSaved, draft, 9});
            REQUIRE_OK(tx->commit());
        }
        QCoreApplication::processEvents();
        CHECK(heard.resets == 1);
        CHECK(uids(model) == expected);
    }
}

TEST_CASE("a workflow step takes the row out of a view that no longer shows it, into one that does",
          "[storage][model][changes]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("views.sqlite")));
    ArticleQuery awaiting;
    awaiting.state = WorkflowState::Submitted;
    ArticleQuery approvedOnly;
    approvedOnly.state = WorkflowState::Approved;
    ArticleListModel review(*db);
    review.setQuery(awaiting);
    ArticleListModel approved(*db);
    approved.setQuery(approvedOnly);
    QAbstractItemModelTester t1(&review, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&approved, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Signals reviewHeard(review);
    Signals approvedHeard(approved);
    REQUIRE(uids(review) == QStringList {submitted});
    REQUIRE(approved.rowCount() == 0);

    REQUIRE_OK(WorkflowService(*db).act({submitted, Action::Approve, editor, {}, {}, {}}));
    QCoreApplication::processEvents();
    CHECK(review.rowCount() == 0);
    CHECK(reviewHeard.removals == 1);
    CHECK(uids(approved) == QStringList {submitted});
    CHECK(approvedHeard.inserts == 1);
    CHECK(reviewHeard.resets + approvedHeard.resets == 0);
    CHECK(approved.index(0, ArticleListModel::State).data().toString()
          == ArticleListModel::stateLabel(WorkflowState::Approved));
}

TEST_CASE("a row that now sorts after the rows fetched so far waits for paging, never twice",
          "[storage][model][changes]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("paging.sqlite")));
    ArticleListModel model(*db);
    model.setPageSize(2);
    model.sort(ArticleListModel::Headline, Qt::AscendingOrder);
    // (No QAbstractItemModelTester here: it would fetch every page at once.)
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.canFetchMore({}));
    const QString first = model.summary(0).uid;
    const QString locale = load(*db, first).sourceLocale;

    // Renamed to sort last, it leaves the fetched rows; paging brings it back at the end.
    saveTitle(*db, first, locale, QStringLiteral("\uFFE0 last of all"));
    QCoreApplication::processEvents();
    CHECK(model.rowCount() == 1);
    CHECK(model.rowOf(first) == -1);
    while (model.canFetchMore({}))
        model.fetchMore({});
    const QStringList all = uids(model);
    CHECK(all.size() == 6);
    CHECK(QSet<QString>(all.cbegin(), all.cend()).size() == 6);
    CHECK(all.last() == first);

    // Everything is fetched now: a row renamed to sort first moves within the list.
    saveTitle(*db, first, locale, QStringLiteral("! first of all"));
    QCoreApplication::processEvents();
    CHECK(uids(model).first() == first);
    CHECK(model.rowCount() == 6);
}

TEST_CASE("a burst of changed articles (someone's import) reloads the list once instead of "
          "reading each article",
          "[storage][model][changes]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("burst.sqlite")));
    ArticleListModel model(*db);
    QAbstractItemModelTester tester(&model);
    Signals seen(model);
    QList<bool> following; // per reset: whether it followed the store's changes
    QObject::connect(&model, &QAbstractItemModel::modelAboutToBeReset, &model,
                     [&] { following.append(model.isFollowingChanges()); });
    LaterClock clock;
    const int burst = ArticleListModel::refreshLimit + 1;
    {
        auto tx = Transaction::begin(*db, QStringLiteral("a burst"));
        REQUIRE_OK(tx);
        for (int i = 0; i < burst; ++i) {
            clock.tick();
            REQUIRE_OK(EditService(*db).create(
                editor, QStringLiteral("9fe74806-a99f-491f-80d7-82a9884d4013"),
                QStringLiteral("ru"), QStringLiteral("Burst %1").arg(i)));
        }
        REQUIRE_OK(tx->commit());
    }
    db->changes().flush();
    CHECK(seen.resets == 1);
    CHECK(seen.inserts == 0);
    ArticleListModel fresh(*db);
    CHECK(uids(model) == uids(fresh));
    CHECK(model.rowCount() == 6 + burst);
    CHECK(following == QList<bool> {true});
    model.sort(ArticleListModel::Headline, Qt::AscendingOrder); // a new order: not following
    CHECK(following == QList<bool> {true, false});

    // A few at a time still go row by row.
    seen.resets = 0;
    model.sort(ArticleListModel::Updated, Qt::DescendingOrder);
    seen.resets = 0;
    clock.tick();
    saveTitle(*db, draft, QStringLiteral("ru"), QStringLiteral("One more change"));
    db->changes().flush();
    CHECK(seen.resets == 0);
}
