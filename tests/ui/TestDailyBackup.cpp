// The desk's daily backup: Settings > Backups (this computer's choice), the backups it makes
// in the background (ui/desk/DailyBackup) and the banner when one fails.
#include "core/Clock.h"
#include "core/models/ArticleListModel.h"
#include "core/storage/BackupFile.h"
#include "core/storage/BackupRotation.h"
#include "tests/TestSupport.h"
#include "ui/desk/BackupPreferences.h"
#include "ui/desk/DailyBackup.h"
#include "ui/desk/MainWindow.h"
#include "ui/settings/BackupSettingsPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/Banner.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Byline;
using Test::TempDir;

namespace {

const QString journalist = QStringLiteral("tom.reid");

// This test's preferences, and off again afterwards: no other desk of the program backs up.
struct Preferences
{
    explicit Preferences(const BackupPreferences &preferences) { preferences.save(); }
    ~Preferences() { BackupPreferences {}.save(); }
    Preferences(const Preferences &) = delete;
    Preferences &operator=(const Preferences &) = delete;
};

struct FixedClock
{
    explicit FixedClock(const QDateTime &time) { set(time); }
    ~FixedClock() { Clock::setFixed(std::nullopt); }
    FixedClock(const FixedClock &) = delete;
    FixedClock &operator=(const FixedClock &) = delete;
    void set(const QDateTime &time) { Clock::setFixed(time); }
};

void waitFor(const DailyBackup &daily)
{
    REQUIRE(QTest::qWaitFor([&daily] { return !daily.isRunning(); }, 60000));
    QCoreApplication::processEvents(); // the job's finished signal
}

QStringList fileNames(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names.append(QFileInfo(path).fileName());
    return names;
}

} // namespace

TEST_CASE("the desk backs up at start and whenever the newest backup is a day old, keeping the "
          "newest of its own",
          "[ui][backup]")
{
    TempDir dir;
    const QString store = dir.path(QStringLiteral("store.sqlite"));
    auto db = Test::openDemoStore(store);
    const QString folder = dir.path(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(folder));
    const QString theirs = QDir(folder).filePath(QStringLiteral("byline-notes.sqlite"));
    Test::writeFile(theirs, "someone else's file");
    Preferences preferences({true, folder, 2});
    const QDateTime start(QDate(2026, 12, 7), QTime(9, 0, 0));
    FixedClock clock(start);

    DailyBackup daily(store);
    QStringList made;
    QStringList failures;
    QObject::connect(&daily, &DailyBackup::succeeded, &daily,
                     [&made](const QString &file) { made.append(file); });
    QObject::connect(&daily, &DailyBackup::failed, &daily,
                     [&failures](const QString &message) { failures.append(message); });
    daily.start(); // the desk opens
    CHECK(daily.isRunning());
    waitFor(daily);
    REQUIRE(failures.isEmpty());
    REQUIRE(made.size() == 1);
    const Storage::BackupRotation rotation(folder, 2);
    CHECK(fileNames(rotation.files())
          == QStringList {QStringLiteral("byline-2026-12-07-090000.sqlite")});
    REQUIRE_OK(Storage::BackupFile::verify(made.first()));

    clock.set(start.addSecs(60 * 60)); // the hourly look: not due
    CHECK_FALSE(daily.checkNow());
    clock.set(start.addSecs(23 * 60 * 60));
    CHECK_FALSE(daily.checkNow());
    for (int day = 1; day <= 2; ++day) {
        clock.set(start.addDays(day));
        CHECK(daily.checkNow());
        waitFor(daily);
    }
    CHECK(failures.isEmpty());
    CHECK(made.size() == 3);
    CHECK(fileNames(rotation.files())
          == QStringList {QStringLiteral("byline-2026-12-08-090000.sqlite"),
                          QStringLiteral("byline-2026-12-09-090000.sqlite")});
    CHECK(Test::readFile(theirs) == "someone else's file");

    BackupPreferences {false, folder, 2}.save(); // turned off: nothing more
    clock.set(start.addDays(4));
    CHECK_FALSE(daily.checkNow());
}

TEST_CASE("a failed daily backup is a banner on the desk, gone after the next good one",
          "[ui][backup]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("store.sqlite")));
    const QString notAFolder = dir.path(QStringLiteral("notes.txt"));
    Test::writeFile(notAFolder, "notes");
    Preferences preferences({true, notAFolder + QStringLiteral("/backups"), 7});

    MainWindow window(*db); // starts the first backup of the day
    REQUIRE(QTest::qWaitFor([&window] { return !window.dailyBackup()->isRunning(); }, 60000));
    QCoreApplication::processEvents();
    Banner *banner = window.backupBanner();
    REQUIRE(banner != nullptr);
    CHECK_FALSE(banner->isHidden());
    CHECK(banner->text().contains(QStringLiteral("The daily backup was not made")));
    INFO(banner->text().toStdString());
    CHECK(banner->text().contains(QStringLiteral("not a folder")));
    CHECK(banner->text().contains(QStringLiteral("Settings")));
    CHECK(window.articleModel()->rowCount() > 0); // the desk works on

    const QString folder = dir.path(QStringLiteral("backups"));
    BackupPreferences {true, folder, 7}.save();
    REQUIRE(window.dailyBackup()->checkNow());
    REQUIRE(QTest::qWaitFor([&window] { return !window.dailyBackup()->isRunning(); }, 60000));
    QCoreApplication::processEvents();
    CHECK(banner->isHidden());
    CHECK(Storage::BackupRotation(folder, 7).files().size() == 1);
}

TEST_CASE("Settings > Backups is this computer's choice, anyone's to make",
          "[ui][backup][settings]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("store.sqlite")));
    Preferences preferences({});
    SettingsDialog dialog(*db, std::nullopt, nullptr); // nobody chosen: the newsroom is read-only
    QStringList warnings;
    dialog.warn = [&warnings](const QString &, const QString &message) {
        warnings.append(message);
    };
    BackupSettingsPage *page = dialog.backupPage();
    REQUIRE(page != nullptr);
    CHECK_FALSE(dialog.isEditable());
    CHECK_FALSE(page->dailyField()->isChecked());
    CHECK(page->keepField()->value() == 7);
    CHECK_FALSE(page->folderField()->isEnabled()); // off: nothing to fill in
    CHECK(page->newestLabel()->text().contains(QStringLiteral("No daily backup")));

    SECTION("a folder, and how many to keep")
    {
        const QString folder = dir.path(QStringLiteral("Byline backups"));
        page->dailyField()->setChecked(true);
        CHECK(page->folderField()->isEnabled());
        page->askFolder = [&folder](const QString &) {
            return folder;
        };
        page->findChild<QPushButton *>()->click();
        CHECK(page->folderField()->text() == folder);
        page->keepField()->setValue(3);
        REQUIRE(dialog.save());
        CHECK(warnings.isEmpty());
        CHECK(BackupPreferences::load() == BackupPreferences {true, folder, 3});
        CHECK(QFileInfo(folder).isDir()); // made, ready for the first backup

        Test::writeFile(
            Storage::BackupRotation(folder, 3).pathAt(QDateTime(QDate(2026, 12, 7), QTime(9, 30))),
            "a backup");
        SettingsDialog again(*db, std::nullopt, nullptr);
        CHECK(again.backupPage()->dailyField()->isChecked());
        CHECK(again.backupPage()->folderField()->text() == folder);
        CHECK(again.backupPage()->keepField()->value() == 3);
        CHECK(again.backupPage()->newestLabel()->text().contains(
            QStringLiteral("byline-2026-12-07-093000.sqlite")));
    }
    SECTION("a folder that cannot be one is refused and nothing is kept")
    {
        Test::writeFile(dir.path(QStringLiteral("notes.txt")), "notes");
        page->dailyField()->setChecked(true);
        page->folderField()->setText(dir.path(QStringLiteral("notes.txt")));
        CHECK_FALSE(dialog.save());
        REQUIRE(warnings.size() == 1);
        CHECK(warnings.first().contains(QStringLiteral("not a folder")));
        CHECK(dialog.currentPage() == page);
        CHECK(BackupPreferences::load() == BackupPreferences {});
    }
}
