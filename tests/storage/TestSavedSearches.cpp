#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "core/storage/IntegrityChecker.h"
#include "core/storage/SavedSearchRepository.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace Byline;
using namespace Byline::Storage;
using Byline::Test::TempDir;

namespace {

const QString tom = QStringLiteral("tom.reid");
const QString ani = QStringLiteral("ani.hakobyan");

SavedSearch search(const QString &user, const QString &name, const QString &text)
{
    SavedSearch s;
    s.user = user;
    s.name = name;
    s.text = text;
    return s;
}

QStringList names(Database &db, const QString &user)
{
    auto found = SavedSearchRepository(db).forUser(user);
    REQUIRE_OK(found);
    QStringList result;
    for (const SavedSearch &s : *found)
        result.append(s.name);
    return result;
}

} // namespace

TEST_CASE("saved searches keep the words and filters, per person", "[storage][saved]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("saved.sqlite")));
    Clock::setFixed(parseUtc(u"2026-11-20T08:00:00Z"));
    SavedSearchRepository repo(*db);

    SavedSearch water = search(tom, QStringLiteral("  Water stories "), QStringLiteral("вода*"));
    water.locale = QStringLiteral("ru");
    water.state = WorkflowState::Published;
    REQUIRE_OK(repo.add(water));
    CHECK(water.id > 0);
    SavedSearch any = search(tom, QStringLiteral("armenian drafts"), QStringLiteral("\"Երևան\""));
    REQUIRE_OK(repo.add(any));
    SavedSearch anis = search(ani, QStringLiteral("Mine"), QStringLiteral("wine"));
    REQUIRE_OK(repo.add(anis));
    Clock::setFixed(std::nullopt);

    auto toms = repo.forUser(tom);
    REQUIRE_OK(toms);
    REQUIRE(toms->size() == 2);
    CHECK(toms->at(0).name == QStringLiteral("armenian drafts")); // by name, ignoring case
    CHECK(toms->at(0).locale.isEmpty()); // every language
    CHECK_FALSE(toms->at(0).state.has_value()); // any state
    CHECK(toms->at(1) == water);
    CHECK(toms->at(1).name == QStringLiteral("Water stories")); // trimmed
    CHECK(toms->at(1).createdAt == parseUtc(u"2026-11-20T08:00:00Z"));
    CHECK(names(*db, ani) == QStringList {QStringLiteral("Mine")});

    SECTION("names are unique per person, ignoring case")
    {
        auto again = search(tom, QStringLiteral("WATER STORIES"), QStringLiteral("x"));
        auto added = repo.add(again);
        REQUIRE_FALSE(added.has_value());
        CHECK(added.error().code == ErrorCode::Conflict);
        CHECK(added.error().message.contains(QStringLiteral("WATER STORIES")));
        // Another person may use the same name.
        auto hers = search(ani, QStringLiteral("Water stories"), QStringLiteral("x"));
        REQUIRE_OK(repo.add(hers));
        auto renamed = repo.rename(any.id, tom, QStringLiteral("water stories"));
        REQUIRE_FALSE(renamed.has_value());
        CHECK(renamed.error().code == ErrorCode::Conflict);
        // Renaming to its own name in another case is fine.
        REQUIRE_OK(repo.rename(water.id, tom, QStringLiteral("WATER stories")));
    }
    SECTION("empty names and empty words are refused, and unknown users")
    {
        auto noName = search(tom, QStringLiteral("  "), QStringLiteral("x"));
        CHECK(repo.add(noName).error().code == ErrorCode::InvalidInput);
        auto noWords = search(tom, QStringLiteral("n"), QStringLiteral(" "));
        CHECK(repo.add(noWords).error().code == ErrorCode::InvalidInput);
        auto nobody = search(QStringLiteral("nobody"), QStringLiteral("n"), QStringLiteral("x"));
        CHECK(repo.add(nobody).error().code == ErrorCode::NotFound);
        CHECK(repo.rename(water.id, tom, QString()).error().code == ErrorCode::InvalidInput);
        CHECK(names(*db, tom).size() == 2);
    }
    SECTION("rename and delete touch only the person's own")
    {
        REQUIRE_OK(repo.rename(water.id, tom, QStringLiteral("Reservoirs")));
        CHECK(names(*db, tom)
              == QStringList({QStringLiteral("armenian drafts"), QStringLiteral("Reservoirs")}));
        CHECK(repo.rename(anis.id, tom, QStringLiteral("Stolen")).error().code
              == ErrorCode::NotFound);
        CHECK(repo.remove(anis.id, tom).error().code == ErrorCode::NotFound);
        CHECK(names(*db, ani) == QStringList {QStringLiteral("Mine")});
        REQUIRE_OK(repo.remove(water.id, tom));
        CHECK(names(*db, tom) == QStringList {QStringLiteral("armenian drafts")});
        CHECK(repo.remove(water.id, tom).error().code == ErrorCode::NotFound);
    }
    SECTION("the integrity check finds a saved search without words")
    {
        auto problems = IntegrityChecker(*db).run();
        REQUIRE_OK(problems);
        CHECK(problems->isEmpty());
        REQUIRE_OK(db->run(QStringLiteral("UPDATE saved_searches SET query = ' ' WHERE id = ?"),
                           {any.id}));
        problems = IntegrityChecker(*db).run();
        REQUIRE_OK(problems);
        REQUIRE(problems->size() == 1);
        CHECK(problems->first().text.contains(QStringLiteral("tom.reid: armenian drafts")));
    }
}
