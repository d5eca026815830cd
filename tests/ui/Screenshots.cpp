// Screenshots of every screen of the desk, in each interface language and size, for the README
// and for looking at the screens as a journalist would. Not part of the suite (the tag starts
// with a dot, so ctest never lists it); run it by hand:
//
//   QT_QPA_PLATFORM=offscreen BYLINE_SHOTS_DIR=/tmp/shots build/dev/tests/test_ui "[.shots]"
//
// BYLINE_SHOTS_LANGUAGES (default "en ru hy") and BYLINE_SHOTS_SIZES (default
// "1366x768 1920x1080") choose what is taken.
#include "core/Clock.h"
#include "core/services/EditService.h"
#include "core/services/SettingsService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Backup.h"
#include "core/storage/BackupRotation.h"
#include "core/storage/UserRepository.h"
#include "tests/TestSupport.h"
#include "tests/bench/ArchiveGenerator.h"
#include "ui/calendar/EditorialCalendar.h"
#include "ui/desk/BackupPreferences.h"
#include "ui/desk/EditorTabs.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/NewArticleDialog.h"
#include "ui/document/ConflictDialog.h"
#include "ui/document/QuoteCatalog.h"
#include "ui/editor/ArticleEditor.h"
#include "ui/experts/ExpertsWindow.h"
#include "ui/language/UiLanguage.h"
#include "ui/settings/AuditSettingsPage.h"
#include "ui/settings/BackupSettingsPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/UsersSettingsPage.h"
#include "ui/translation/TranslationView.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QListWidget>
#include <QProgressDialog>
#include <QTest>

using namespace Byline;
using Byline::Test::TempDir;

namespace {

const QString draftUid = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b");
const QString editorName = QStringLiteral("samvel.harutyunyan");
const QString journalist = QStringLiteral("irina.volkova");
const QString translator = QStringLiteral("narine.grigoryan");
const QString admin = QStringLiteral("t.babayan");

std::optional<User> userNamed(Storage::Database &db, const QString &name)
{
    auto found = Storage::UserRepository(db).find(name);
    return found && *found ? std::optional<User>(**found) : std::nullopt;
}

void save(QWidget *widget, const QString &folder, const QString &name)
{
    QTest::qWait(150); // layouts settle, lazy parts fill in
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    REQUIRE(widget->grab().save(path));
}

} // namespace

TEST_CASE("screenshots of every screen", "[.shots]")
{
    const QString folder = qEnvironmentVariable("BYLINE_SHOTS_DIR");
    if (folder.isEmpty())
        FAIL("Set BYLINE_SHOTS_DIR to the folder the screenshots go to.");
    QDir().mkpath(folder);
    const QStringList languages
        = qEnvironmentVariable("BYLINE_SHOTS_LANGUAGES", QStringLiteral("en ru hy"))
              .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList sizes
        = qEnvironmentVariable("BYLINE_SHOTS_SIZES", QStringLiteral("1366x768 1920x1080"))
              .split(QLatin1Char(' '), Qt::SkipEmptyParts);

    UiLanguage language;
    for (const QString &code : languages) {
        REQUIRE(language.set(code));
        for (const QString &sizeText : sizes) {
            const QStringList wh = sizeText.split(QLatin1Char('x'));
            REQUIRE(wh.size() == 2);
            const QSize size(wh.at(0).toInt(), wh.at(1).toInt());
            const QString suffix = QStringLiteral("-%1-%2").arg(code, sizeText);
            TempDir dir;
            auto db = Test::openDemoStore(dir.path(QStringLiteral("shots.sqlite")));

            // The journalist has just changed the first paragraph of the draft's Russian source:
            // one segment of each translation is stale.
            {
                auto draft = Storage::ArticleRepository(*db).find(draftUid);
                REQUIRE(draft);
                REQUIRE(*draft);
                Article changed = **draft;
                Translation *source = changed.translation(changed.sourceLocale);
                REQUIRE(source);
                REQUIRE_FALSE(source->blocks.isEmpty());
                source->blocks.first().text.replace(QStringLiteral("На бумаге"),
                                                    QStringLiteral("По словам министерства, в "
                                                                   "2027 году"));
                REQUIRE(EditService(*db).save(changed, journalist));
            }
            MainWindow window(*db, &language);
            window.editorTabs()->setJournalFolder(dir.path(QStringLiteral("journal")));
            window.resize(size);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));

            // The desk as an editor sees it, a draft selected, its translations beside it.
            window.setCurrentUser(editorName);
            REQUIRE(window.selectArticle(draftUid));
            save(&window, folder, QStringLiteral("desk") + suffix);
            window.findChild<QDockWidget *>(QStringLiteral("comments"))->raise();
            save(&window, folder, QStringLiteral("comments") + suffix);

            // The calendar.
            window.calendarAction()->trigger();
            save(&window, folder, QStringLiteral("calendar") + suffix);

            // The journalist's editor, the translations of the article beside it.
            window.findChild<QDockWidget *>(QStringLiteral("translations"))->raise();
            window.setCurrentUser(journalist);
            REQUIRE(window.editorTabs()->open(draftUid));
            save(&window, folder, QStringLiteral("editor") + suffix);
            window.editorTabs()->close(window.editorTabs()->editor(draftUid));

            // The translator's view of the draft's English, one segment stale.
            window.setCurrentUser(translator);
            REQUIRE(window.editorTabs()->translate(draftUid, QStringLiteral("en")));
            save(&window, folder, QStringLiteral("translate") + suffix);

            // Dialogs and windows, at the size they open with.
            NewArticleDialog newArticle(*db, code, &window);
            newArticle.show();
            save(&newArticle, folder, QStringLiteral("new-article") + suffix);

            SettingsDialog settings(*db, userNamed(*db, admin), &language, &window);
            settings.show();
            save(&settings, folder, QStringLiteral("settings") + suffix);
            // A reporter's name as each language's readers spell it.
            settings.showPage(settings.usersPage());
            REQUIRE(settings.usersPage()->selectUser(QStringLiteral("tom.reid")));
            save(&settings, folder, QStringLiteral("settings-users") + suffix);
            {
                // What the admin did this morning, as the audit trail shows it.
                SettingsService::Change change;
                User added;
                added.name = QStringLiteral("mari.sargsyan");
                added.displayName = QStringLiteral("Mari Sargsyan");
                added.role = Role::Translator;
                added.locales = {QStringLiteral("en"), QStringLiteral("hy")};
                change.added.append(added);
                change.settings.insert(QStringLiteral("base_url"),
                                       QStringLiteral("https://news.example.am"));
                REQUIRE(SettingsService(*db).apply(change, admin));
                SettingsDialog audited(*db, userNamed(*db, admin), &language, &window);
                audited.showPage(audited.auditPage());
                audited.show();
                save(&audited, folder, QStringLiteral("settings-audit") + suffix);
                // Daily backups on, the last two days' in the folder.
                const QString backups = dir.path(QStringLiteral("Byline backups"));
                REQUIRE(QDir().mkpath(backups));
                const Storage::BackupRotation rotation(backups, 7);
                for (int daysAgo : {1, 0})
                    REQUIRE(Storage::Backup(*db).backupTo(
                        rotation.pathAt(Clock::now().addDays(-daysAgo))));
                BackupPreferences {true, backups, 7}.save();
                SettingsDialog backupSettings(*db, userNamed(*db, journalist), &language, &window);
                backupSettings.showPage(backupSettings.backupPage());
                backupSettings.show();
                save(&backupSettings, folder, QStringLiteral("settings-backups") + suffix);
                BackupPreferences {}.save();
            }

            ExpertsWindow experts(*db);
            experts.setNameLocale(code);
            experts.setUser(userNamed(*db, editorName));
            experts.resize(size * 3 / 4);
            experts.show();
            if (experts.expertList()->count() > 0)
                experts.expertList()->setCurrentRow(0);
            save(&experts, folder, QStringLiteral("experts") + suffix);

            // A conflict, on the page that merges by block.
            auto found = Storage::ArticleRepository(*db).find(draftUid);
            REQUIRE(found);
            REQUIRE(*found);
            ConflictDialog::Info info;
            info.theirs = **found;
            info.mine = **found;
            info.theirAuthor = QStringLiteral("Samvel Harutyunyan");
            info.theirTime = QStringLiteral("10:42");
            Translation &mine = info.mine.translations.first();
            mine.title += QStringLiteral(" (2)");
            if (!mine.blocks.isEmpty())
                mine.blocks.first().text += QStringLiteral(" …");
            info.theirs.translations.first().lead += QStringLiteral(" …");
            QuoteCatalog quotes;
            REQUIRE(quotes.load(*db));
            ConflictDialog conflict(info, quotes, &window);
            conflict.show();
            save(&conflict, folder, QStringLiteral("conflict") + suffix);
            conflict.showMerge();
            save(&conflict, folder, QStringLiteral("conflict-merge") + suffix);
        }
    }
    REQUIRE(language.set(QStringLiteral("en")));
}

TEST_CASE("screenshots of a long import under way", "[.shots]")
{
    const QString folder = qEnvironmentVariable("BYLINE_SHOTS_DIR");
    if (folder.isEmpty())
        FAIL("Set BYLINE_SHOTS_DIR to the folder the screenshots go to.");
    QDir().mkpath(folder);
    UiLanguage language;
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("hy")}) {
        REQUIRE(language.set(code));
        TempDir dir;
        // A generated archive (tests/bench) large enough to take several seconds.
        auto archive = Bench::ArchiveGenerator::create(2500, 3);
        REQUIRE(archive.has_value());
        const QString file = dir.path(QStringLiteral("archive.json"));
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(archive->write(out, 0, archive->articleCount(), true).has_value());
        out.close();
        auto db = Test::openDemoStore(dir.path(QStringLiteral("shots.sqlite")));
        MainWindow window(*db, &language);
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.setCurrentUser(admin);
        bool done = false;
        QObject::connect(&window, &MainWindow::imported, &window, [&](bool) { done = true; });
        window.askImportFile = [&] {
            return file;
        };
        window.importFile();
        QTest::qWait(4000); // past the two seconds after which the time left is known
        auto *dialog = window.findChild<QProgressDialog *>();
        REQUIRE(dialog);
        REQUIRE(dialog->isVisible());
        save(dialog, folder, QStringLiteral("import-progress-") + code);
        REQUIRE(QTest::qWaitFor([&] { return done; }, 300000));
    }
}
