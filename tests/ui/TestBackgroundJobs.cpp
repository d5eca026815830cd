#include "core/interchange/Exporter.h"
#include "core/models/ArticleListModel.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/NewsroomAuditRepository.h"
#include "core/storage/SettingsRepository.h"
#include "tests/TestSupport.h"
#include "ui/desk/BackgroundJob.h"
#include "ui/desk/MainWindow.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProgressDialog>
#include <QTest>

#include <memory>

using namespace Byline;
using Byline::Test::TempDir;

TEST_CASE("the desk imports and exports byline/1 files in the background", "[ui][jobs]")
{
    TempDir dir;
    // What to import: the demo newsroom, exported from a store of its own.
    auto demo = Test::openDemoStore(dir.path(QStringLiteral("demo.sqlite")));
    auto json = Interchange::Exporter(*demo).exportJson();
    REQUIRE_OK(json);
    const QString file = dir.path(QStringLiteral("newsroom.json"));
    Test::writeFile(file, *json);

    auto db = Test::openStore(dir.path(QStringLiteral("empty.sqlite")));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QStringList warnings;
    window.warn = [&](const QString &, const QString &message) {
        warnings.append(message);
    };
    QList<bool> imported;
    QList<bool> exported;
    QObject::connect(&window, &MainWindow::imported, &window,
                     [&](bool ok) { imported.append(ok); });
    QObject::connect(&window, &MainWindow::exported, &window,
                     [&](bool ok) { exported.append(ok); });
    CHECK(window.articleModel()->rowCount() == 0);

    SECTION("an import fills the store and the list, and says what it brought")
    {
        window.askImportFile = [&] {
            return file;
        };
        window.importFile();
        // After the file is read, the search index: the dialog says so and counts again.
        QStringList stages;
        for (BackgroundJob *job : window.findChildren<BackgroundJob *>()) {
            QObject::connect(job, &BackgroundJob::staged, &window, [&](const QString &what) {
                auto *dialog = window.findChild<QProgressDialog *>();
                stages.append(what + QLatin1Char('|') + (dialog ? dialog->labelText() : QString()));
            });
        }
        REQUIRE(QTest::qWaitFor([&] { return !imported.isEmpty(); }, 20000));
        CHECK(imported.first());
        CHECK(warnings.isEmpty());
        CHECK(stages == QStringList {QStringLiteral("Indexing for search|Indexing for search…")});
        CHECK(*Storage::ArticleRepository(*db).count() == 6);
        CHECK(window.articleModel()->rowCount() == 6);

        // Exported again from the desk: the same bytes as the file it came from.
        const QString out = dir.path(QStringLiteral("out/again.json"));
        QDir().mkpath(dir.path(QStringLiteral("out")));
        window.askExportFile = [&] {
            return out;
        };
        window.exportFile();
        REQUIRE(QTest::qWaitFor([&] { return !exported.isEmpty(); }, 20000));
        CHECK(exported.first());
        CHECK(Test::readFile(out) == *json);
    }
    SECTION("a broken file is refused with the reason, and nothing is written")
    {
        const QString broken = dir.path(QStringLiteral("broken.json"));
        Test::writeFile(broken, json->left(json->size() / 2));
        window.askImportFile = [&] {
            return broken;
        };
        window.importFile();
        REQUIRE(QTest::qWaitFor([&] { return !imported.isEmpty(); }, 20000));
        CHECK_FALSE(imported.first());
        REQUIRE(warnings.size() == 1);
        CHECK(warnings.first().contains(QStringLiteral("broken.json")));
        CHECK(*Storage::ArticleRepository(*db).count() == 0);
    }
    SECTION("an export into a folder that does not exist says so")
    {
        window.askExportFile = [&] {
            return dir.path(QStringLiteral("no/such/folder/x.json"));
        };
        window.exportFile();
        REQUIRE(QTest::qWaitFor([&] { return !exported.isEmpty(); }, 20000));
        CHECK_FALSE(exported.first());
        REQUIRE(warnings.size() == 1);
        CHECK(warnings.first().contains(QStringLiteral("Cannot write")));
    }
    SECTION("cancelling the file dialog starts nothing")
    {
        window.askImportFile = [] {
            return QString();
        };
        window.importFile();
        QTest::qWait(50);
        CHECK(imported.isEmpty());
    }
}

TEST_CASE("long work runs on its own connection, reports progress and stops when cancelled",
          "[ui][jobs]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("job.sqlite")));
    BackgroundJob job;
    QList<std::pair<int, int>> progress;
    struct Outcome
    {
        bool ok;
        QString message;
        bool cancelled;
    };
    std::optional<Outcome> outcome;
    QObject::connect(&job, &BackgroundJob::progressed, &job, [&](int done, int total) {
        progress.append({done, total});
    });
    QObject::connect(&job, &BackgroundJob::finished, &job,
                     [&](bool ok, const QString &message, bool cancelled) {
                         outcome = Outcome {ok, message, cancelled};
                     });
    // Work that goes on until it is told to stop, as an import of a large file would.
    REQUIRE(
        job.start(db->path(), [](Storage::Database &worker, const Progress &p) -> Result<QString> {
            int step = 0;
            while (!p.cancelled()) {
                p.report(++step, 0);
                if (auto count = Storage::ArticleRepository(worker).count(); !count)
                    return std::unexpected(count.error());
                QThread::msleep(5);
            }
            return fail(ErrorCode::Cancelled, QStringLiteral("stopped"));
        }));
    CHECK(job.isRunning());
    // A second piece of work waits its turn: it is not started at all.
    CHECK_FALSE(job.start(db->path(), [](Storage::Database &, const Progress &) -> Result<QString> {
        return QStringLiteral("never");
    }));
    REQUIRE(QTest::qWaitFor([&] { return progress.size() >= 3; }, 10000));
    job.cancel();
    REQUIRE(QTest::qWaitFor([&] { return outcome.has_value(); }, 10000));
    CHECK_FALSE(outcome->ok);
    CHECK(outcome->cancelled);
    CHECK(outcome->message == QStringLiteral("stopped"));

    // Done work says what it did.
    outcome.reset();
    REQUIRE(
        job.start(db->path(), [](Storage::Database &worker, const Progress &) -> Result<QString> {
            auto count = Storage::ArticleRepository(worker).count();
            if (!count)
                return std::unexpected(count.error());
            return QString::number(*count);
        }));
    REQUIRE(QTest::qWaitFor([&] { return outcome.has_value(); }, 10000));
    CHECK(outcome->ok);
    CHECK(outcome->message == QStringLiteral("6"));
}

TEST_CASE("File > Import acts as the person working: their rights, their name in the audit",
          "[ui][jobs][rights]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("demo.sqlite")));
    auto json = Interchange::Exporter(*db).exportJson();
    REQUIRE_OK(json);
    QJsonObject doc = QJsonDocument::fromJson(*json).object();
    QJsonObject settings = doc.value(QLatin1String("settings")).toObject();
    settings.insert(QStringLiteral("base_url"), QStringLiteral("https://elsewhere.example.net"));
    doc.insert(QStringLiteral("settings"), settings);
    const QString file = dir.path(QStringLiteral("moved.json"));
    Test::writeFile(file, QJsonDocument(doc).toJson());

    MainWindow window(*db);
    QStringList warnings;
    window.warn = [&](const QString &, const QString &message) {
        warnings.append(message);
    };
    QList<bool> imported;
    QObject::connect(&window, &MainWindow::imported, &window,
                     [&](bool ok) { imported.append(ok); });
    window.askImportFile = [&] {
        return file;
    };

    // A journalist cannot move the newsroom's site by importing a file.
    window.setCurrentUser(QStringLiteral("tom.reid"));
    window.importFile();
    REQUIRE(QTest::qWaitFor([&] { return !imported.isEmpty(); }, 20000));
    CHECK_FALSE(imported.first());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(QStringLiteral("admin")));
    CHECK(*Storage::SettingsRepository(*db).setting(QStringLiteral("base_url"))
          == QStringLiteral("https://byline-demo.example.org"));

    // The admin can, and the audit trail names them.
    window.setCurrentUser(QStringLiteral("t.babayan"));
    window.importFile();
    REQUIRE(QTest::qWaitFor([&] { return imported.size() == 2; }, 20000));
    CHECK(imported.at(1));
    CHECK(*Storage::SettingsRepository(*db).setting(QStringLiteral("base_url"))
          == QStringLiteral("https://elsewhere.example.net"));
    auto events = Storage::NewsroomAuditRepository(*db).recent();
    REQUIRE_OK(events);
    REQUIRE(events->size() == 2);
    CHECK(events->first().action == QStringLiteral("import"));
    CHECK(events->first().user == QStringLiteral("t.babayan"));
}
