#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/storage/ArticleLists.h"
#include "core/storage/ArticleRepository.h"
#include "core/workflow/WorkflowService.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Byline;
using namespace Byline::Storage;
using Byline::Test::TempDir;

namespace {

const QString startups = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626"); // submitted
const QString draft = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b");
const QString published10 = QStringLiteral("e1b2f585-c47b-43dc-a622-c82d6e1fb297"); // 11-10 05:30
const QString published17 = QStringLiteral("ec1cd98a-7f6c-485d-9ad7-3a64ace502ce"); // 11-17 06:00
const QString published24 = QStringLiteral("dab78878-3add-42d5-965c-4af310098e11"); // 11-24 07:00

QDateTime utc(const char *text)
{
    return parseUtc(QString::fromLatin1(text)).value();
}

QStringList uidsOn(Database &db, const char *from, const char *to)
{
    auto found = ArticleLists(db).onCalendar(utc(from), utc(to));
    REQUIRE_OK(found);
    QStringList uids;
    for (const ArticleSummary &s : *found)
        uids.append(s.uid);
    return uids;
}

void act(Database &db, const QString &uid, Action action, std::optional<QDateTime> at = {})
{
    WorkflowService::Request request;
    request.uid = uid;
    request.action = action;
    request.user = QStringLiteral("samvel.harutyunyan");
    request.at = at;
    REQUIRE_OK(WorkflowService(db).act(request));
}

struct FixedClock
{
    explicit FixedClock(const char *time) { Clock::setFixed(utc(time)); }
    ~FixedClock() { Clock::setFixed(std::nullopt); }
};

} // namespace

TEST_CASE("the calendar lists scheduled articles by their time and published ones by theirs",
          "[storage][calendar]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("calendar.sqlite")));
    FixedClock clock("2026-11-20T08:00:00Z");
    act(*db, startups, Action::Approve);
    act(*db, startups, Action::Schedule, utc("2026-11-26T06:00:00Z"));

    // Two weeks: two published, one scheduled; never the draft or what lies outside.
    const QStringList fortnight = uidsOn(*db, "2026-11-16T00:00:00Z", "2026-11-30T00:00:00Z");
    CHECK(fortnight.size() == 3);
    CHECK(fortnight.contains(published17));
    CHECK(fortnight.contains(published24));
    CHECK(fortnight.contains(startups));
    CHECK_FALSE(fortnight.contains(published10));
    CHECK_FALSE(fortnight.contains(draft));

    // The range includes its start and excludes its end.
    CHECK(uidsOn(*db, "2026-11-17T06:00:00Z", "2026-11-24T07:00:00Z") == QStringList {published17});
    CHECK(uidsOn(*db, "2026-11-26T06:00:01Z", "2026-12-26T00:00:00Z").isEmpty());

    // The summary carries what a card shows.
    auto found
        = ArticleLists(*db).onCalendar(utc("2026-11-26T00:00:00Z"), utc("2026-11-27T00:00:00Z"));
    REQUIRE_OK(found);
    REQUIRE(found->size() == 1);
    CHECK(found->first().state == WorkflowState::Scheduled);
    CHECK(found->first().scheduledAt == utc("2026-11-26T06:00:00Z"));
    CHECK_FALSE(found->first().title.isEmpty());

    // Taken off the schedule, it leaves the calendar; unpublished, so does a published one.
    act(*db, startups, Action::Unschedule);
    act(*db, published24, Action::Unpublish);
    CHECK(uidsOn(*db, "2026-11-16T00:00:00Z", "2026-11-30T00:00:00Z") == QStringList {published17});
}

TEST_CASE("a busy month lists every article with its authors and languages", "[storage][calendar]")
{
    // More articles than one statement reads the authors and languages of (ArticleLists reads
    // them in batches: preparing one statement with thousands of values takes Qt seconds).
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("busy.sqlite")));
    auto single = Interchange::Exporter(*db).exportJson(published17);
    REQUIRE_OK(single);
    QJsonObject document = QJsonDocument::fromJson(*single).object();
    const QJsonObject original
        = document.value(QLatin1String("articles")).toArray().first().toObject();
    QJsonArray copies;
    constexpr int count = 300;
    for (int i = 0; i < count; ++i) {
        QJsonObject copy = original;
        copy.insert(QLatin1String("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        QJsonObject translations = copy.value(QLatin1String("translations")).toObject();
        for (auto it = translations.begin(); it != translations.end(); ++it) {
            QJsonObject t = it.value().toObject();
            t.insert(QLatin1String("slug"), QStringLiteral("busy-%1-%2").arg(it.key()).arg(i));
            it.value() = t;
        }
        copy.insert(QLatin1String("translations"), translations);
        copies.append(copy);
    }
    document.insert(QLatin1String("articles"), copies);
    Interchange::Importer importer(*db);
    importer.setActor(QStringLiteral("samvel.harutyunyan")); // an editor
    REQUIRE_OK(importer.importJson(QJsonDocument(document).toJson()));

    auto found
        = ArticleLists(*db).onCalendar(utc("2026-11-17T00:00:00Z"), utc("2026-11-18T00:00:00Z"));
    REQUIRE_OK(found);
    REQUIRE(found->size() == count + 1);
    const ArticleSummary &model = found->first();
    REQUIRE_FALSE(model.authors.isEmpty());
    REQUIRE(model.locales.size() >= 2);
    for (const ArticleSummary &s : *found) {
        INFO(s.uid.toStdString());
        CHECK(s.authors == model.authors);
        CHECK(s.locales.size() == model.locales.size());
    }
}
