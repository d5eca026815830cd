#include "core/interchange/Seed.h"
#include "core/services/SettingsService.h"
#include "core/site/PageLoader.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/Permissions.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace Byline;
using Byline::Test::TempDir;

namespace {

const QString publishedUid = QStringLiteral("82d8d78f-e875-4ccb-8ba1-d95e4b749068");
const QString admin = QStringLiteral("t.babayan");
const QString editor = QStringLiteral("samvel.harutyunyan");
const QString journalist = QStringLiteral("tom.reid");

User user(Storage::Database &db, const QString &name)
{
    auto found = Storage::UserRepository(db).require(name);
    REQUIRE(found.has_value());
    return *found;
}

QString setting(Storage::Database &db, const char *key)
{
    auto value = Storage::SettingsRepository(db).setting(QString::fromLatin1(key));
    REQUIRE(value.has_value());
    return *value;
}

} // namespace

TEST_CASE("only active admins manage the newsroom", "[settings][permissions]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("perm.sqlite")));
    CHECK(Permissions::mayManageNewsroom(user(*db, admin)));
    for (const QString &name : {editor, journalist, QStringLiteral("lena.mkrtchyan")}) {
        QString why;
        CHECK_FALSE(Permissions::mayManageNewsroom(user(*db, name), &why));
        CHECK(why.contains(name));
        CHECK(why.contains(QLatin1String("admin")));
    }
    User retired = user(*db, admin);
    retired.active = false;
    QString why;
    CHECK_FALSE(Permissions::mayManageNewsroom(retired, &why));
    CHECK(why.contains(QLatin1String("no longer active")));
}

TEST_CASE("an admin's settings reach the rendered page, in one transaction", "[settings][site]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("page.sqlite")));
    SettingsService service(*db);
    SettingsService::Change change;
    change.settings.insert(QStringLiteral("time_zone"), QStringLiteral("America/New_York"));
    change.settings.insert(QStringLiteral("social.x"), QStringLiteral("https://x.example/desk"));
    change.settings.insert(QStringLiteral("social.telegram"), QString()); // no Telegram link
    change.strings[QStringLiteral("ru")].insert(QStringLiteral("newsroom_name"),
                                                QStringLiteral("Новый вестник"));
    REQUIRE_OK(service.apply(change, admin));

    auto page = PageLoader::load(*db, publishedUid, QStringLiteral("ru"));
    REQUIRE_OK(page);
    CHECK(page->newsroomName == QStringLiteral("Новый вестник"));
    CHECK(page->timeZone == QStringLiteral("America/New_York"));
    QStringList social;
    for (const PageData::Link &l : page->social)
        social.append(l.label + QLatin1Char('=') + l.url);
    CHECK(social.contains(QStringLiteral("X=https://x.example/desk")));
    CHECK(std::none_of(page->social.cbegin(), page->social.cend(), [](const PageData::Link &l) {
        return l.label == QLatin1String("Telegram");
    }));
    CHECK(page->apps.size() == 2);
}

TEST_CASE("invalid links, zones and names are refused and nothing is saved", "[settings]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("invalid.sqlite")));
    SettingsService service(*db);
    const QString zoneBefore = setting(*db, "time_zone");
    const QString xBefore = setting(*db, "social.x");

    auto refused = [&](const char *key, const QString &value, const char *says) {
        SettingsService::Change change;
        change.settings.insert(QStringLiteral("time_zone"), QStringLiteral("Europe/Moscow"));
        change.settings.insert(QString::fromLatin1(key), value);
        auto result = service.apply(change, admin);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::InvalidInput);
        CHECK(result.error().message.contains(QString::fromUtf8(says)));
        CHECK(setting(*db, "time_zone") == zoneBefore); // the valid part was not saved either
        CHECK(setting(*db, "social.x") == xBefore);
    };
    refused("social.x", QStringLiteral("javascript:alert(1)"), "https://");
    refused("social.youtube", QStringLiteral("ftp://files.example/x"), "YouTube");
    refused("apps.app_store", QStringLiteral("/relative/path"), "App Store");
    refused("social.x", QStringLiteral("mailto:desk@example.org"), "https://");
    refused("base_url", QStringLiteral("example.org"), "https://");
    refused("time_zone", QStringLiteral("Mars/Olympus_Mons"), "Mars/Olympus_Mons");
    refused("time_zone", QStringLiteral("  "), "time zone");
    CHECK(SettingsService::checkSetting(QStringLiteral("social.x"),
                                        QStringLiteral("https://x.example/desk"))
              .has_value());
    CHECK(SettingsService::checkSetting(QStringLiteral("social.x"), QString()).has_value());

    SettingsService::Change nameless;
    nameless.strings[QStringLiteral("en")].insert(QStringLiteral("newsroom_name"),
                                                  QStringLiteral(" "));
    auto result = service.apply(nameless, admin);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message.contains(QLatin1String("name in en")));
    SettingsService::Change unknownLocale;
    unknownLocale.strings[QStringLiteral("fr")].insert(QStringLiteral("home"),
                                                       QStringLiteral("Accueil"));
    CHECK_FALSE(service.apply(unknownLocale, admin).has_value());
}

TEST_CASE("only an admin changes settings and users, one admin always remains", "[settings][users]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("users.sqlite")));
    SettingsService service(*db);

    SettingsService::Change addTranslator;
    User mari;
    mari.name = QStringLiteral("mari.sargsyan");
    mari.displayName = QStringLiteral("Մարի Սարգսյան");
    mari.role = Role::Translator;
    mari.locales = {QStringLiteral("en"), QStringLiteral("hy")};
    addTranslator.added.append(mari);
    for (const QString &name : {editor, journalist}) {
        auto denied = service.apply(addTranslator, name);
        REQUIRE_FALSE(denied.has_value());
        CHECK(denied.error().code == ErrorCode::PermissionDenied);
    }
    auto missing = Storage::UserRepository(*db).find(mari.name);
    REQUIRE(missing.has_value());
    CHECK_FALSE(missing->has_value());

    REQUIRE_OK(service.apply(addTranslator, admin));
    CHECK(user(*db, mari.name) == mari);
    auto again = service.apply(addTranslator, admin);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == ErrorCode::Conflict);

    SettingsService::Change bad;
    User noLocales = mari;
    noLocales.locales.clear();
    bad.changed.append(noLocales);
    CHECK(service.apply(bad, admin).error().message.contains(QLatin1String("languages")));
    bad.changed = {mari};
    bad.changed.first().locales = {QStringLiteral("fr")};
    CHECK(service.apply(bad, admin).error().message.contains(QLatin1String("fr")));
    bad.changed = {mari};
    bad.changed.first().name = QStringLiteral("Mari S");
    CHECK(service.apply(bad, admin).error().message.contains(QLatin1String("not a valid")));

    // Deactivating: a journalist is kept (their articles need them) but may no longer work.
    User tom = user(*db, journalist);
    tom.active = false;
    SettingsService::Change deactivate;
    deactivate.changed.append(tom);
    REQUIRE_OK(service.apply(deactivate, admin));
    CHECK_FALSE(user(*db, journalist).active);

    // The last admin cannot step down or be deactivated.
    User self = user(*db, admin);
    self.role = Role::Editor;
    SettingsService::Change demote;
    demote.changed.append(self);
    auto lastAdmin = service.apply(demote, admin);
    REQUIRE_FALSE(lastAdmin.has_value());
    CHECK(lastAdmin.error().message.contains(QLatin1String("active admin")));
    CHECK(user(*db, admin).role == Role::Admin);
}

TEST_CASE("the first user of an empty store becomes its admin", "[settings][users]")
{
    TempDir dir;
    auto db = Test::openStore(dir.path(QStringLiteral("empty.sqlite")));
    REQUIRE_OK(Interchange::Seed::defaults(*db));
    SettingsService service(*db);
    User first;
    first.name = QStringLiteral("anna");
    first.role = Role::Journalist; // asked for, but the first user is always an admin
    auto added = service.addFirstUser(first);
    REQUIRE_OK(added);
    CHECK(added->role == Role::Admin);
    CHECK(added->displayName == QStringLiteral("anna"));
    CHECK(user(*db, QStringLiteral("anna")).role == Role::Admin);

    User second;
    second.name = QStringLiteral("boris");
    auto refused = service.addFirstUser(second);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QLatin1String("admin")));

    User invalid;
    invalid.name = QStringLiteral("Not Valid");
    TempDir other;
    auto empty = Test::openStore(other.path(QStringLiteral("empty2.sqlite")));
    CHECK_FALSE(SettingsService(*empty).addFirstUser(invalid).has_value());
}

TEST_CASE("the defaults are written once: a desk that starts while another writes waits for "
          "nothing",
          "[settings][sqlite]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("store.sqlite"));
    auto db = Test::openStore(path);
    REQUIRE_OK(Interchange::Seed::defaults(*db));
    // Another process's long import holds the write lock; this connection gives up on it at
    // once instead of after the usual wait.
    Storage::Database::Options options;
    options.path = path;
    options.busyTimeoutMs = 0;
    auto starting = Storage::Database::open(options);
    REQUIRE_OK(starting);
    auto importing = Storage::Transaction::begin(*db, QStringLiteral("importing"));
    REQUIRE_OK(importing);
    REQUIRE_OK(Storage::SettingsRepository(*db).setSetting(QStringLiteral("newsroom_name"),
                                                           QStringLiteral("Kept")));
    CHECK(Interchange::Seed::defaults(**starting).has_value());

    // What is missing is still put back, once the lock is free.
    REQUIRE_OK(importing->commit());
    const auto removed = (*starting)->run(
        QStringLiteral("DELETE FROM site_strings WHERE locale = 'hy' AND key = 'copy_link'"), {},
        QStringLiteral("test"));
    REQUIRE_OK(removed);
    REQUIRE(removed->numRowsAffected() == 1);
    REQUIRE_OK(Interchange::Seed::defaults(**starting));
    auto strings = Storage::SettingsRepository(**starting).siteStrings();
    REQUIRE_OK(strings);
    CHECK_FALSE(strings->value(QStringLiteral("hy")).value(QStringLiteral("copy_link")).isEmpty());
    CHECK(Storage::SettingsRepository(**starting).settings()->value(QStringLiteral("newsroom_name"))
          == QStringLiteral("Kept"));
}

TEST_CASE("the shipped site strings are readable beside the newsroom's", "[settings][site]")
{
    auto shipped = Interchange::Seed::shippedSiteStrings();
    REQUIRE_OK(shipped);
    CHECK(shipped->value(QStringLiteral("en")).value(QStringLiteral("newsroom_name"))
          == QStringLiteral("Newsroom"));
    CHECK(shipped->value(QStringLiteral("hy")).contains(QStringLiteral("link_copied")));
}
