#include "core/site/PageLoader.h"
#include "core/site/PageRenderer.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"
#include "tests/TestSupport.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/WhoAreYouDialog.h"
#include "ui/language/UiLanguage.h"
#include "ui/settings/AuditSettingsPage.h"
#include "ui/settings/InterfaceSettingsPage.h"
#include "ui/settings/LinksSettingsPage.h"
#include "ui/settings/NewsroomSettingsPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/SiteIconField.h"
#include "ui/settings/SiteStringsSettingsPage.h"
#include "ui/settings/UsersSettingsPage.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace {
const QString publishedUid = QStringLiteral("82d8d78f-e875-4ccb-8ba1-d95e4b749068");
const QString admin = QStringLiteral("t.babayan");
const QString journalist = QStringLiteral("tom.reid");

using namespace Byline;

// The dialog MainWindow opens for whoever is in "You are", answered by `answer`.
void withSettings(MainWindow &window, const std::function<void(SettingsDialog &)> &answer)
{
    bool ran = false;
    window.runSettings = [&](SettingsDialog &dialog) {
        ran = true;
        dialog.askDiscard = [] {
            return true;
        }; // a test that cancels means it
        answer(dialog);
    };
    window.settingsAction()->trigger();
    REQUIRE(ran);
}

// Collects what the dialog says when it refuses.
struct Warnings
{
    explicit Warnings(SettingsDialog &dialog)
    {
        dialog.warn = [this](const QString &, const QString &message) {
            messages.append(message);
        };
    }
    QStringList messages;
};

// Shown and active, so that focus moves as a person sees it.
void showActive(QWidget &dialog)
{
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

void retype(QLineEdit *field, const QString &text)
{
    REQUIRE(field != nullptr);
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

// The same for text in any script, as an input method gives it (QTest::keyClicks is Latin-1
// only).
void retypeAnyScript(QLineEdit *field, const QString &text)
{
    REQUIRE(field != nullptr);
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, text, Qt::NoModifier);
}

QString setting(Storage::Database &db, const char *key)
{
    auto value = Storage::SettingsRepository(db).setting(QString::fromLatin1(key));
    REQUIRE(value.has_value());
    return *value;
}

QString renderedPage(Storage::Database &db, const QString &locale)
{
    auto page = PageLoader::load(db, publishedUid, locale);
    REQUIRE(page.has_value());
    return PageRenderer::render(*page);
}

} // namespace

TEST_CASE("an admin renames the newsroom and moves its time zone, the page follows",
          "[ui][settings]")
{
    Test::TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("settings.sqlite")));
    MainWindow window(*db);
    window.setCurrentUser(admin);
    CHECK(window.settingsAction()->shortcut() == QKeySequence(QStringLiteral("Ctrl+,")));
    const QString before = renderedPage(*db, QStringLiteral("en"));
    REQUIRE(before.contains(QLatin1String("Highland Dispatch")));
    REQUIRE(before.contains(QLatin1String("November 3, 2026, 10:00"))); // Asia/Yerevan

    withSettings(window, [&](SettingsDialog &dialog) {
        Warnings warnings(dialog);
        CHECK(dialog.isEditable());
        NewsroomSettingsPage *page = dialog.newsroomPage();
        CHECK(page->timeZoneField()->text() == QStringLiteral("Asia/Yerevan"));
        retype(page->nameField(QStringLiteral("en")), QStringLiteral("Mountain Courier"));
        // The field filters the zones this system knows; choosing one fills it in.
        retype(page->timeZoneField(), QStringLiteral("new_york"));
        QListWidget *zones = page->timeZoneList();
        QStringList shown;
        for (int row = 0; row < zones->count(); ++row) {
            if (!zones->item(row)->isHidden())
                shown.append(zones->item(row)->text());
        }
        REQUIRE(shown == QStringList {QStringLiteral("America/New_York")});
        zones->setCurrentItem(zones->findItems(shown.first(), Qt::MatchExactly).first());
        QTest::keyClick(zones, Qt::Key_Return);
        CHECK(page->timeZoneField()->text() == QStringLiteral("America/New_York"));
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        CHECK(warnings.messages.isEmpty());
        CHECK(dialog.result() == QDialog::Accepted);
    });
    CHECK(setting(*db, "time_zone") == QStringLiteral("America/New_York"));
    const QString after = renderedPage(*db, QStringLiteral("en"));
    CHECK(after.contains(QLatin1String("Mountain Courier")));
    CHECK_FALSE(after.contains(QLatin1String("Highland Dispatch")));
    CHECK(after.contains(QLatin1String("November 3, 2026, 01:00"))); // New York, in November
    // The other languages keep their own names.
    CHECK(renderedPage(*db, QStringLiteral("ru")).contains(QStringLiteral("Горный вестник")));
}

TEST_CASE("an invalid link or time zone is refused with a message and nothing is saved",
          "[ui][settings]")
{
    Test::TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("invalid.sqlite")));
    MainWindow window(*db);
    window.setCurrentUser(admin);
    const QString xBefore = setting(*db, "social.x");

    withSettings(window, [&](SettingsDialog &dialog) {
        Warnings warnings(dialog);
        retype(dialog.newsroomPage()->nameField(QStringLiteral("en")), QStringLiteral("Renamed"));
        QLineEdit *x = dialog.linksPage()->field(QStringLiteral("social.x"));
        retype(x, QStringLiteral("javascript:alert(1)"));
        // Said at once under the field...
        const auto labels = dialog.linksPage()->findChildren<QLabel *>();
        CHECK(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
            return !l->isHidden() && l->text().contains(QLatin1String("https://"));
        }));
        // ...and refused on saving: nothing saved, the dialog stays with what was typed.
        showActive(dialog);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        REQUIRE(warnings.messages.size() == 1);
        CHECK(warnings.messages.first().contains(QLatin1String("javascript:alert(1)")));
        CHECK(warnings.messages.first().contains(QLatin1String("Nothing was saved")));
        CHECK(dialog.isVisible());
        CHECK(dialog.currentPage() == dialog.linksPage());
        CHECK(x->hasFocus());
        CHECK(x->text() == QStringLiteral("javascript:alert(1)"));
        CHECK(dialog.newsroomPage()->nameField(QStringLiteral("en"))->text()
              == QStringLiteral("Renamed"));
        CHECK(setting(*db, "social.x") == xBefore);
        CHECK(renderedPage(*db, QStringLiteral("en")).contains(QLatin1String("Highland")));

        // An unknown time zone: the same.
        retype(x, xBefore);
        retype(dialog.newsroomPage()->timeZoneField(), QStringLiteral("Mars/Olympus_Mons"));
        dialog.buttons()->button(QDialogButtonBox::Apply)->click();
        REQUIRE(warnings.messages.size() == 2);
        CHECK(warnings.messages.last().contains(QLatin1String("Mars/Olympus_Mons")));
        CHECK(dialog.currentPage() == dialog.newsroomPage());
        CHECK(dialog.newsroomPage()->timeZoneField()->hasFocus());
        CHECK(setting(*db, "time_zone") == QStringLiteral("Asia/Yerevan"));
        dialog.reject();
    });
    auto name = Storage::SettingsRepository(*db).siteStrings();
    REQUIRE(name.has_value());
    CHECK(name->value(QStringLiteral("en")).value(QStringLiteral("newsroom_name"))
          == QStringLiteral("Highland Dispatch"));
}

TEST_CASE("a journalist sees the settings read-only, with the reason, and cannot add users",
          "[ui][settings]")
{
    Test::TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("journalist.sqlite")));
    MainWindow window(*db);
    window.setCurrentUser(journalist);
    withSettings(window, [&](SettingsDialog &dialog) {
        CHECK_FALSE(dialog.isEditable());
        auto *notice = dialog.findChild<QLabel *>(QStringLiteral("settingsNotice"));
        REQUIRE(notice != nullptr);
        CHECK_FALSE(notice->isHidden());
        CHECK(notice->text().contains(QLatin1String("Only an admin")));
        UsersSettingsPage *users = dialog.usersPage();
        CHECK_FALSE(users->addButton()->isEnabled());
        const int rows = users->table()->rowCount();
        users->addUser(); // even when asked directly
        CHECK(users->table()->rowCount() == rows);
        REQUIRE(users->selectUser(journalist));
        CHECK(users->displayNameField()->isReadOnly());
        CHECK_FALSE(users->roleField()->isEnabled());
        CHECK(dialog.newsroomPage()->nameField(QStringLiteral("en"))->isReadOnly());
        CHECK(dialog.linksPage()->field(QStringLiteral("social.x"))->isReadOnly());
        CHECK(dialog.siteStringsPage()->table()->editTriggers()
              == QAbstractItemView::NoEditTriggers);
        // The site texts show what Byline ships beside the newsroom's own.
        SiteStringsSettingsPage *strings = dialog.siteStringsPage();
        strings->table()->setCurrentCell(strings->rowOf(QStringLiteral("link_copied")),
                                         strings->columnOf(QStringLiteral("en")));
        CHECK(strings->shippedLabel()->text().contains(QLatin1String("Link copied")));
    });
}

TEST_CASE("an admin adds a translator with the languages they translate into",
          "[ui][settings][users]")
{
    Test::TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("admin.sqlite")));
    MainWindow window(*db);
    window.setCurrentUser(admin);
    auto *you = window.findChild<QComboBox *>();
    withSettings(window, [&](SettingsDialog &dialog) {
        Warnings warnings(dialog);
        showActive(dialog);
        dialog.showPage(dialog.usersPage());
        UsersSettingsPage *users = dialog.usersPage();
        REQUIRE(users->addButton()->isEnabled());
        users->addButton()->click();
        QTest::keyClicks(users->nameField(), QStringLiteral("mari.sargsyan"));
        QTest::keyClicks(users->displayNameField(), QStringLiteral("Mari Sargsyan"));
        users->roleField()->setCurrentIndex(users->roleField()->findData(int(Role::Translator)));
        // A translator without languages is refused, and nothing is saved.
        dialog.buttons()->button(QDialogButtonBox::Apply)->click();
        REQUIRE(warnings.messages.size() == 1);
        CHECK(warnings.messages.first().contains(QLatin1String("languages")));
        CHECK(users->localeBox(QStringLiteral("ru"))->hasFocus());
        auto none = Storage::UserRepository(*db).find(QStringLiteral("mari.sargsyan"));
        REQUIRE(none.has_value());
        CHECK_FALSE(none->has_value());

        users->localeBox(QStringLiteral("en"))->setChecked(true);
        users->localeBox(QStringLiteral("hy"))->setChecked(true);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        CHECK(warnings.messages.size() == 1);
    });
    auto mari = Storage::UserRepository(*db).require(QStringLiteral("mari.sargsyan"));
    REQUIRE(mari.has_value());
    CHECK(mari->role == Role::Translator);
    CHECK(mari->locales == QStringList {QStringLiteral("en"), QStringLiteral("hy")});
    CHECK(mari->displayName == QStringLiteral("Mari Sargsyan"));
    CHECK(mari->active);
    // "You are" offers her now, and still shows the admin.
    QCoreApplication::processEvents(); // the change hub delivers from the event loop
    REQUIRE(you != nullptr);
    CHECK(you->findData(QStringLiteral("mari.sargsyan")) >= 0);
    CHECK(window.currentUser() == admin);

    // Deactivating a user takes them out of "You are".
    withSettings(window, [&](SettingsDialog &dialog) {
        REQUIRE(dialog.usersPage()->selectUser(QStringLiteral("mari.sargsyan")));
        dialog.usersPage()->activeBox()->setChecked(false);
        CHECK(dialog.save());
    });
    QCoreApplication::processEvents();
    CHECK(you->findData(QStringLiteral("mari.sargsyan")) < 0);

    // A translator made an editor loses their languages, and the boxes say so.
    withSettings(window, [&](SettingsDialog &dialog) {
        UsersSettingsPage *users = dialog.usersPage();
        REQUIRE(users->selectUser(QStringLiteral("narine.grigoryan")));
        CHECK(users->localeBox(QStringLiteral("hy"))->isChecked());
        users->roleField()->setCurrentIndex(users->roleField()->findData(int(Role::Editor)));
        CHECK_FALSE(users->localeBox(QStringLiteral("hy"))->isChecked());
        CHECK_FALSE(users->localeBox(QStringLiteral("hy"))->isEnabled());
        CHECK(dialog.save());
    });
    auto narine = Storage::UserRepository(*db).require(QStringLiteral("narine.grigoryan"));
    REQUIRE(narine.has_value());
    CHECK(narine->role == Role::Editor);
    CHECK(narine->locales.isEmpty());
    auto inactive = Storage::UserRepository(*db).require(QStringLiteral("mari.sargsyan"));
    REQUIRE(inactive.has_value());
    CHECK_FALSE(inactive->active);

    // The audit trail says who did each, newest first, to anyone who opens the settings.
    window.setCurrentUser(journalist);
    withSettings(window, [&](SettingsDialog &dialog) {
        dialog.showPage(dialog.auditPage());
        QTreeWidget *events = dialog.auditPage()->events();
        REQUIRE(events->topLevelItemCount() == 3);
        const QStringList subjects {events->topLevelItem(0)->text(3),
                                    events->topLevelItem(1)->text(3),
                                    events->topLevelItem(2)->text(3)};
        CHECK(subjects
              == QStringList {QStringLiteral("narine.grigoryan"), QStringLiteral("mari.sargsyan"),
                              QStringLiteral("mari.sargsyan")});
        for (int row = 0; row < 3; ++row)
            CHECK(events->topLevelItem(row)->text(1) == admin);
        CHECK(events->topLevelItem(2)->text(2) == QLatin1String("Person added"));
        CHECK(events->topLevelItem(0)->text(4).contains(QLatin1String("editor")));
    });
}

TEST_CASE("an admin spells a person's name per language, and the pages are signed with it",
          "[ui][settings][users]")
{
    Test::TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("names.sqlite")));
    MainWindow window(*db);
    window.setCurrentUser(admin);
    // The glaciers article is by Irina Volkova and Ani Hakobyan.
    const QString irina = QStringLiteral("irina.volkova");
    withSettings(window, [&](SettingsDialog &dialog) {
        showActive(dialog);
        dialog.showPage(dialog.usersPage());
        UsersSettingsPage *users = dialog.usersPage();
        REQUIRE(users->selectUser(irina));
        QLineEdit *ru = users->localNameField(QStringLiteral("ru"));
        QLineEdit *en = users->localNameField(QStringLiteral("en"));
        QLineEdit *hy = users->localNameField(QStringLiteral("hy"));
        REQUIRE((ru && en && hy));
        CHECK(ru->text() == QStringLiteral("Ирина Волкова"));
        CHECK(hy->text() == QStringLiteral("Իրինա Վոլկովա"));
        CHECK(en->text().isEmpty());
        CHECK(en->placeholderText() == QStringLiteral("Irina Volkova")); // what the page shows
        CHECK(en->accessibleName() == QStringLiteral("Name in English"));
        CHECK_FALSE(ru->isReadOnly());

        retypeAnyScript(ru, QStringLiteral("Ирина Волкова-Саргсян"));
        hy->selectAll();
        QTest::keyClick(hy, Qt::Key_Delete); // no Armenian spelling: the display name there
        retype(users->displayNameField(), QStringLiteral("Irina Volkova-Sargsyan"));
        CHECK(hy->placeholderText() == QStringLiteral("Irina Volkova-Sargsyan"));
        CHECK(dialog.save());
    });
    auto saved = Storage::UserRepository(*db).require(irina);
    REQUIRE_OK(saved);
    CHECK(saved->names
          == QMap<QString, QString> {
              {QStringLiteral("ru"), QStringLiteral("Ирина Волкова-Саргсян")}});
    CHECK(
        renderedPage(*db, QStringLiteral("ru"))
            .contains(QStringLiteral("<p class=\"byline\">Ирина Волкова-Саргсян, Ани Акопян · ")));
    CHECK(renderedPage(*db, QStringLiteral("hy"))
              .contains(
                  QStringLiteral("<p class=\"byline\">Irina Volkova-Sargsyan, Անի Հակոբյան · ")));

    // Someone else sees them, read-only.
    window.setCurrentUser(journalist);
    withSettings(window, [&](SettingsDialog &dialog) {
        UsersSettingsPage *users = dialog.usersPage();
        REQUIRE(users->selectUser(irina));
        CHECK(users->localNameField(QStringLiteral("ru"))->text()
              == QStringLiteral("Ирина Волкова-Саргсян"));
        CHECK(users->localNameField(QStringLiteral("ru"))->isReadOnly());
    });
}

TEST_CASE("first start: \"Who are you?\" picks a user of the store", "[ui][settings][first]")
{
    Test::TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("first.sqlite")));
    MainWindow window(*db);
    CHECK(window.currentUser().isEmpty());
    bool asked = false;
    window.runWhoAreYou = [&](WhoAreYouDialog &dialog) {
        asked = true;
        CHECK_FALSE(dialog.createsFirstUser());
        CHECK(dialog.noteLabel()->text().contains(QLatin1String("admin")));
        // Only active users are offered; nobody chosen is not accepted.
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.problemLabel()->text().contains(QLatin1String("Choose yourself")));
        REQUIRE(dialog.select(journalist));
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    };
    window.chooseUserIfNone();
    CHECK(asked);
    CHECK(window.currentUser() == journalist);
    CHECK(window.statusBar()->findChild<QLabel *>()->text().contains(QLatin1String("Tom Reid")));

    // Once someone is chosen, it is not asked again.
    asked = false;
    window.chooseUserIfNone();
    CHECK_FALSE(asked);
}

TEST_CASE("first start on an empty store creates the first user, an admin", "[ui][settings][first]")
{
    Test::TempDir dir;
    auto db = Test::openStore(dir.path(QStringLiteral("empty.sqlite")));
    MainWindow window(*db);
    window.runWhoAreYou = [&](WhoAreYouDialog &dialog) {
        REQUIRE(dialog.createsFirstUser());
        CHECK(dialog.userList()->isHidden());
        QTest::keyClicks(dialog.nameField(), QStringLiteral("Anna P"));
        QTest::keyClicks(dialog.displayNameField(), QStringLiteral("Anna Petrosyan"));
        dialog.accept(); // an invalid login: said in the dialog, what was typed stays
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.problemLabel()->text().contains(QLatin1String("not a valid user name")));
        CHECK(dialog.displayNameField()->text() == QStringLiteral("Anna Petrosyan"));
        retype(dialog.nameField(), QStringLiteral("anna"));
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    };
    window.chooseUserIfNone();
    CHECK(window.currentUser() == QStringLiteral("anna"));
    auto anna = Storage::UserRepository(*db).require(QStringLiteral("anna"));
    REQUIRE(anna.has_value());
    CHECK(anna->role == Role::Admin);
    CHECK(anna->displayName == QStringLiteral("Anna Petrosyan"));
    // The first admin can open the settings to add the others.
    withSettings(window, [](SettingsDialog &dialog) {
        CHECK(dialog.isEditable());
        CHECK(dialog.usersPage()->addButton()->isEnabled());
    });
}

TEST_CASE("the interface language is chosen in the settings too, by anyone", "[ui][settings]")
{
    Test::TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("language.sqlite")));
    MainWindow window(*db);
    window.setCurrentUser(journalist); // the newsroom's pages are read-only for him
    auto fileMenu = [&] {
        return window.menuBar()->actions().first()->text();
    };
    REQUIRE(fileMenu() == QStringLiteral("&File"));
    withSettings(window, [&](SettingsDialog &dialog) {
        QComboBox *languages = dialog.interfacePage()->languageField();
        REQUIRE(languages->isEnabled());
        languages->setCurrentIndex(languages->findData(QStringLiteral("ru")));
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        CHECK(dialog.result() == QDialog::Accepted);
    });
    CHECK(window.uiLanguage()->current() == QStringLiteral("ru"));
    CHECK(QTest::qWaitFor([&] { return fileMenu().contains(QStringLiteral("Файл")); }));
    REQUIRE(window.uiLanguage()->set(QStringLiteral("en")));
    CHECK(QTest::qWaitFor([&] { return fileMenu() == QStringLiteral("&File"); }));
}

TEST_CASE("a save the store cannot take says why and keeps what was typed", "[ui][settings]")
{
    Test::TempDir dir;
    const QString path = dir.path(QStringLiteral("locked.sqlite"));
    {
        auto seeded = Test::openDemoStore(path);
    }
    Storage::Database::Options options;
    options.path = path;
    options.busyTimeoutMs = 200;
    auto db = Storage::Database::open(options);
    REQUIRE(db.has_value());
    MainWindow window(**db);
    window.setCurrentUser(admin);
    auto other = Storage::Database::open(options); // another program, holding the write lock
    REQUIRE(other.has_value());

    withSettings(window, [&](SettingsDialog &dialog) {
        Warnings warnings(dialog);
        QLineEdit *name = dialog.newsroomPage()->nameField(QStringLiteral("en"));
        retype(name, QStringLiteral("Kept Through a Lock"));
        {
            auto lock = Storage::Transaction::begin(**other);
            REQUIRE(lock.has_value());
            CHECK_FALSE(dialog.save());
        }
        REQUIRE(warnings.messages.size() == 1);
        CHECK(warnings.messages.first().contains(QLatin1String("Nothing was saved")));
        CHECK(name->text() == QStringLiteral("Kept Through a Lock"));
        // Once the other program is done, the same dialog saves what was typed.
        CHECK(dialog.save());
    });
    auto strings = Storage::SettingsRepository(**db).siteStrings();
    REQUIRE(strings.has_value());
    CHECK(strings->value(QStringLiteral("en")).value(QStringLiteral("newsroom_name"))
          == QStringLiteral("Kept Through a Lock"));
}

TEST_CASE("a read-only store shows the settings read-only, saying why", "[ui][settings]")
{
    Test::TempDir dir;
    const QString path = dir.path(QStringLiteral("ro.sqlite"));
    {
        auto seeded = Test::openDemoStore(path);
        REQUIRE(seeded->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).has_value());
    }
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    Storage::Database::Options options;
    options.path = path;
    auto db = Storage::Database::open(options);
    REQUIRE(db.has_value());
    REQUIRE((*db)->isReadOnly());
    MainWindow window(**db);
    window.setCurrentUser(admin);
    withSettings(window, [&](SettingsDialog &dialog) {
        CHECK_FALSE(dialog.isEditable());
        CHECK(dialog.readOnlyReason().contains(QLatin1String("read-only")));
        CHECK(dialog.newsroomPage()->nameField(QStringLiteral("en"))->isReadOnly());
        CHECK_FALSE(dialog.usersPage()->addButton()->isEnabled());
    });
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

TEST_CASE("cancelling the settings with changes asks first, nothing typed goes by accident",
          "[ui][settings]")
{
    Test::TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("cancel.sqlite")));
    MainWindow window(*db);
    window.setCurrentUser(admin);
    withSettings(window, [&](SettingsDialog &dialog) {
        int asked = 0;
        bool discard = false;
        dialog.askDiscard = [&] {
            ++asked;
            return discard;
        };
        dialog.show();
        // Nothing changed: Cancel closes without a question.
        dialog.reject();
        CHECK(asked == 0);
        CHECK_FALSE(dialog.isVisible());
        dialog.show();
        retype(dialog.newsroomPage()->nameField(QStringLiteral("en")), QStringLiteral("Typed"));
        dialog.reject(); // "keep editing"
        CHECK(asked == 1);
        CHECK(dialog.isVisible());
        CHECK(dialog.newsroomPage()->nameField(QStringLiteral("en"))->text()
              == QStringLiteral("Typed"));
        discard = true;
        dialog.reject();
        CHECK(asked == 2);
        CHECK_FALSE(dialog.isVisible());
    });
    CHECK(renderedPage(*db, QStringLiteral("en")).contains(QLatin1String("Highland Dispatch")));
}

TEST_CASE("an admin gives the site its own icon, and a wrong file is refused and changes nothing",
          "[ui][settings][icon]")
{
    Test::TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("icon.sqlite")));
    MainWindow window(*db);
    window.setCurrentUser(admin);
    QByteArray png = Test::readFile(QStringLiteral(":/byline/site/icon.png"));
    png.append("ours");
    const QString pngFile = dir.path(QStringLiteral("ours.png"));
    Test::writeFile(pngFile, png);
    const QString wrongFile = dir.path(QStringLiteral("photo.png"));
    Test::writeFile(wrongFile, "this is a JPEG, really");

    withSettings(window, [&](SettingsDialog &dialog) {
        Warnings warnings(dialog);
        SiteIconField *icon = dialog.newsroomPage()->iconField();
        auto *choosePng = icon->findChild<QPushButton *>(QStringLiteral("siteIconPng"));
        auto *about = icon->findChild<QLabel *>(QStringLiteral("siteIconAbout"));
        CHECK(about->text().contains(QLatin1String("Byline's icon")));
        CHECK(icon->pngBase64().isEmpty());
        // A file that is not a PNG: said under the buttons, the icon stays.
        icon->askFile = [&](const QString &, const QString &) {
            return wrongFile;
        };
        choosePng->click();
        CHECK(about->text().contains(QLatin1String("not a PNG")));
        CHECK(icon->pngBase64().isEmpty());
        // A square PNG: taken, shown with its size.
        icon->askFile = [&](const QString &, const QString &) {
            return pngFile;
        };
        choosePng->click();
        CHECK(about->text().contains(QString::fromUtf8("180 × 180")));
        CHECK(icon->pngBase64() == QString::fromLatin1(png.toBase64()));
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        CHECK(warnings.messages.isEmpty());
    });
    CHECK(QByteArray::fromBase64(setting(*db, "site_icon_png").toLatin1()) == png);
    const QString page = renderedPage(*db, QStringLiteral("en"));
    CHECK_FALSE(page.contains(QLatin1String("icon.svg"))); // a PNG alone
    CHECK(page.contains(QLatin1String("icon.png")));

    // Back to Byline's own.
    withSettings(window, [&](SettingsDialog &dialog) {
        SiteIconField *icon = dialog.newsroomPage()->iconField();
        CHECK(icon->pngBase64() == QString::fromLatin1(png.toBase64()));
        icon->findChild<QPushButton *>(QStringLiteral("siteIconDefault"))->click();
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    });
    CHECK(setting(*db, "site_icon_png").isEmpty());
    CHECK(renderedPage(*db, QStringLiteral("en")).contains(QLatin1String("icon.svg")));
}
