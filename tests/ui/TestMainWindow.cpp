#include "core/Clock.h"
#include "core/models/ArticleListModel.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/WorkflowService.h"
#include "tests/TestSupport.h"
#include "ui/desk/MainWindow.h"
#include "ui/language/UiLanguage.h"
#include "ui/panels/HistoryPanel.h"
#include "ui/panels/PreviewPanel.h"
#include "ui/panels/TranslationStatusPanel.h"
#include "ui/search/SearchPanel.h"
#include "ui/workflow/WorkflowActions.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QWebEngineView>

#include <memory>

using namespace Byline;
using Byline::Test::TempDir;

TEST_CASE("the article list model passes the item model tester while paging", "[ui][model]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("model.sqlite")));
    ArticleListModel model(*db);
    model.setPageSize(2);
    model.reload();
    CHECK(model.rowCount() == 2);
    CHECK(model.canFetchMore({}));
    {
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        while (model.canFetchMore({}))
            model.fetchMore({});
        CHECK(model.rowCount() == 6);
    }
    // (Qt 6.4's tester fetches more from inside its own reset handler, so a reset of a model
    // that pages is checked with a fresh tester after the reset.)
    model.sort(ArticleListModel::Headline, Qt::AscendingOrder);
    CHECK(model.rowCount() == 2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 6);
    for (int row = 1; row < model.rowCount(); ++row) {
        CHECK(model.index(row - 1, ArticleListModel::Headline).data().toString()
              <= model.index(row, ArticleListModel::Headline).data().toString());
    }
    CHECK(model.headerData(ArticleListModel::Locales, Qt::Horizontal).toString()
          == QStringLiteral("Languages"));
    // The language column shows the newsroom's labels, Armenian as AM.
    CHECK(
        model.index(0, ArticleListModel::Locales).data().toString().contains(QStringLiteral("AM")));
}

TEST_CASE("the main window lists the store and filters by view", "[ui]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("window.sqlite")));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.articleModel()->rowCount() == 6);

    auto *views = window.findChild<QListWidget *>(QStringLiteral("views"));
    REQUIRE(views != nullptr);
    auto rowOf = [&](const QString &text) {
        for (int r = 0; r < views->count(); ++r) {
            if (views->item(r)->text() == text)
                return r;
        }
        FAIL("no view " << text.toStdString());
        return -1;
    };
    views->setCurrentRow(rowOf(QStringLiteral("Published")));
    CHECK(window.articleModel()->rowCount() == 4);
    for (int row = 0; row < window.articleModel()->rowCount(); ++row)
        CHECK(window.articleModel()->summary(row).state == WorkflowState::Published);
    views->setCurrentRow(rowOf(QStringLiteral("Drafts")));
    CHECK(window.articleModel()->rowCount() == 1);
    CHECK(window.windowTitle().contains(QStringLiteral("Byline")));

    // My work: nothing until you say who you are; then your articles.
    views->setCurrentRow(rowOf(QStringLiteral("My work")));
    CHECK(window.articleModel()->rowCount() == 0);
    window.setCurrentUser(QStringLiteral("tom.reid"));
    CHECK(window.articleModel()->rowCount() == 3); // his three articles
    for (int row = 0; row < window.articleModel()->rowCount(); ++row)
        CHECK(window.articleModel()->summary(row).authors.contains(QStringLiteral("tom.reid")));

    // Needs translation, per language, with the count in the sidebar: Armenian lacks an
    // approved translation in the reservoir story, the start-ups story and the rail story.
    const int hy = rowOf(QStringLiteral("Needs translation · AM (3)"));
    views->setCurrentRow(hy);
    CHECK(window.articleModel()->rowCount() == 3);
}

TEST_CASE("the desk offers the workflow actions the user's role and the state allow",
          "[ui][workflow]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("actions.sqlite")));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    WorkflowActions *actions = window.workflowActions();
    QAction *approve = actions->action(Action::Approve);
    REQUIRE(approve != nullptr);

    // Nobody chosen yet: nothing can be done, and the tooltip says why.
    int submittedRow = -1;
    for (int row = 0; row < window.articleModel()->rowCount(); ++row) {
        if (window.articleModel()->summary(row).state == WorkflowState::Submitted)
            submittedRow = row;
    }
    REQUIRE(submittedRow >= 0);
    window.articleView()->selectRow(submittedRow);
    CHECK_FALSE(approve->isEnabled());
    CHECK(approve->toolTip().contains(QStringLiteral("who you are")));

    window.setCurrentUser(QStringLiteral("tom.reid")); // a journalist
    CHECK(window.currentUser() == QStringLiteral("tom.reid"));
    CHECK_FALSE(approve->isEnabled());
    CHECK(approve->toolTip().contains(QStringLiteral("journalist")));

    window.setCurrentUser(QStringLiteral("samvel.harutyunyan")); // the editor
    REQUIRE(approve->isEnabled());
    CHECK_FALSE(actions->action(Action::Submit)->isEnabled()); // already submitted
    const QString uid = window.articleModel()->summary(submittedRow).uid;
    approve->trigger();
    QCoreApplication::processEvents(); // the change hub delivers from the event loop
    auto row = [&] {
        for (int r = 0; r < window.articleModel()->rowCount(); ++r) {
            if (window.articleModel()->summary(r).uid == uid)
                return r;
        }
        return -1;
    };
    REQUIRE(row() >= 0);
    CHECK(window.articleModel()->summary(row()).state == WorkflowState::Approved);
    CHECK_FALSE(approve->isEnabled()); // the selection follows the article

    // Scheduling asks for a time; cancelling changes nothing.
    actions->askTime = [](const QDateTime &) {
        return std::optional<QDateTime>();
    };
    actions->action(Action::Schedule)->trigger();
    CHECK(window.articleModel()->summary(row()).state == WorkflowState::Approved);
    actions->askTime = [](const QDateTime &) {
        return std::optional<QDateTime>(QDateTime(QDate(2031, 1, 1), QTime(9, 0), Qt::UTC));
    };
    actions->action(Action::Schedule)->trigger();
    QCoreApplication::processEvents();
    CHECK(window.articleModel()->summary(row()).state == WorkflowState::Scheduled);

    // Sending back asks for the comment the author will read. If it cannot be sent (someone
    // spiked the article meanwhile), the comment is not lost: the next dialog offers it again.
    REQUIRE_OK(WorkflowService(*db).act(
        {uid, Action::Spike, QStringLiteral("samvel.harutyunyan"), {}, {}, {}}));
    QStringList failures;
    window.warn = [&](const QString &, const QString &message) {
        failures.append(message);
    };
    QString offered = QStringLiteral("(not asked)");
    actions->askComment = [&](const QString &, const QString &draft) {
        offered = draft;
        return std::optional<QString>(QStringLiteral("Check the figures."));
    };
    actions->action(Action::RequestChanges)->trigger();
    CHECK(offered.isEmpty());
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().contains(QStringLiteral("Your comment was kept")));
    // The desk now shows the article where it is: spiked, nothing to send back.
    CHECK(window.articleModel()->summary(row()).state == WorkflowState::Spiked);
    CHECK_FALSE(actions->action(Action::RequestChanges)->isEnabled());
    REQUIRE_OK(WorkflowService(*db).act(
        {uid, Action::Restore, QStringLiteral("samvel.harutyunyan"), {}, {}, {}}));
    REQUIRE_OK(WorkflowService(*db).act(
        {uid, Action::Submit, QStringLiteral("samvel.harutyunyan"), {}, {}, {}}));
    window.articleModel()->reload();
    window.articleView()->selectRow(row());
    REQUIRE(actions->action(Action::RequestChanges)->isEnabled());
    actions->action(Action::RequestChanges)->trigger();
    CHECK(offered == QStringLiteral("Check the figures."));
    CHECK(failures.size() == 1);
    const auto after = Storage::ArticleRepository(*db).find(uid);
    REQUIRE_OK(after);
    CHECK((*after)->state == WorkflowState::Draft);
}

TEST_CASE("the translation panel shows the stale segment and lets its translator confirm it",
          "[ui][translation]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("panel.sqlite")));
    const QString uid = QStringLiteral("82d8d78f-e875-4ccb-8ba1-d95e4b749068");
    {
        auto found = Storage::ArticleRepository(*db).find(uid);
        REQUIRE_OK(found);
        Article a = **found;
        for (Block &b : a.translation(u"ru")->blocks) {
            if (b.type == BlockType::Paragraph) {
                b.text += QStringLiteral(" Уточнение.");
                break;
            }
        }
        REQUIRE_OK(EditService(*db).save(a, QStringLiteral("samvel.harutyunyan")));
    }
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.setCurrentUser(QStringLiteral("lena.mkrtchyan")); // translates into Armenian
    int row = -1;
    for (int r = 0; r < window.articleModel()->rowCount(); ++r)
        row = window.articleModel()->summary(r).uid == uid ? r : row;
    REQUIRE(row >= 0);
    window.articleView()->selectRow(row);

    TranslationStatusPanel *panel = window.translationPanel();
    QTreeWidget *tree = panel->tree();
    QTreeWidgetItem *hy = nullptr;
    QTreeWidgetItem *en = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(QStringLiteral("AM")))
            hy = tree->topLevelItem(i);
        if (tree->topLevelItem(i)->text(0).startsWith(QStringLiteral("EN")))
            en = tree->topLevelItem(i);
    }
    REQUIRE(hy != nullptr);
    REQUIRE(en != nullptr);
    CHECK(hy->text(1).contains(QStringLiteral("1 stale")));
    REQUIRE(hy->childCount() == 1);
    CHECK(hy->child(0)->text(1) == QStringLiteral("stale"));

    // The translator into Armenian may confirm the Armenian segment, not the English one.
    tree->setCurrentItem(en->child(0));
    CHECK_FALSE(panel->confirmButton()->isEnabled());
    tree->setCurrentItem(hy->child(0));
    REQUIRE(panel->confirmButton()->isEnabled());
    panel->confirmButton()->click();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(QStringLiteral("AM")))
            CHECK(tree->topLevelItem(i)->text(1).contains(QStringLiteral("0 stale")));
        if (tree->topLevelItem(i)->text(0).startsWith(QStringLiteral("EN")))
            CHECK(tree->topLevelItem(i)->text(1).contains(QStringLiteral("1 stale")));
    }
}

TEST_CASE("the desk searches every language and opens what it finds", "[ui][search]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("search.sqlite")));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    SearchPanel *panel = window.searchPanel();
    REQUIRE(panel != nullptr);

    panel->setQuery(QStringLiteral("еще десят")); // ё typed as е, the last word unfinished
    REQUIRE_FALSE(panel->results().hits.isEmpty());
    const Storage::SearchHit hit = panel->results().hits.first();
    CHECK(hit.locale == QStringLiteral("ru"));
    CHECK(panel->resultView()->toHtml().contains(QStringLiteral("ещё")));
    CHECK(panel->summary().contains(QStringLiteral("best first")));

    // The list shows only drafts; opening a published hit shows every article and selects it.
    window.articleModel()->setQuery([&] {
        Storage::ArticleQuery q = window.articleModel()->query();
        q.state = WorkflowState::Draft;
        return q;
    }());
    Q_EMIT panel->resultView()->anchorClicked(
        QUrl(QStringLiteral("article:%1/%2").arg(hit.articleUid, hit.locale)));
    const QModelIndex current = window.articleView()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(window.articleModel()->summary(current.row()).uid == hit.articleUid);

    panel->setQuery(QStringLiteral("«»")); // punctuation only: no error, just nothing
    CHECK(panel->results().hits.isEmpty());
    CHECK_FALSE(panel->summary().contains(QStringLiteral("failed")));
}

TEST_CASE("the interface language changes while the desk runs", "[ui][i18n]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("language.sqlite")));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto fileMenu = [&] {
        return window.menuBar()->actions().first()->text();
    };
    auto header = [&] {
        return window.articleModel()
            ->headerData(ArticleListModel::Headline, Qt::Horizontal)
            .toString();
    };
    CHECK(fileMenu() == QStringLiteral("&File"));
    const QString english = header();

    REQUIRE(window.uiLanguage()->set(QStringLiteral("ru")));
    // The LanguageChange event arrives through the event loop.
    CHECK(QTest::qWaitFor([&] { return fileMenu().contains(QStringLiteral("Файл")); }));
    CHECK(header() != english);
    REQUIRE(window.uiLanguage()->set(QStringLiteral("hy")));
    CHECK(QTest::qWaitFor([&] { return fileMenu().contains(QStringLiteral("Ֆայլ")); }));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("hy"));
    CHECK_FALSE(window.uiLanguage()->set(QStringLiteral("de")));
    REQUIRE(window.uiLanguage()->set(QStringLiteral("en")));
    CHECK(QTest::qWaitFor([&] { return fileMenu() == QStringLiteral("&File"); }));
    CHECK(header() == english);
}

TEST_CASE("the preview shows the page through the site's renderer, in any language and theme",
          "[ui][preview]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("preview.sqlite")));
    PreviewPanel panel(*db);
    QStringList shown;
    panel.show = [&](const QString &html) {
        shown.append(html);
    }; // no web engine in tests
    panel.resize(500, 600);
    panel.QWidget::show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    CHECK(panel.message().contains(QStringLiteral("Choose an article")));

    panel.setArticle(QStringLiteral("82d8d78f-e875-4ccb-8ba1-d95e4b749068"));
    REQUIRE(QTest::qWaitFor([&] { return !shown.isEmpty(); }));
    CHECK(shown.last().contains(QStringLiteral("<html lang=\"ru\" class=\"theme-light")));
    CHECK(shown.last().contains(QStringLiteral("qrc:/byline/site/byline.css")));
    panel.localeBox()->setCurrentIndex(panel.localeBox()->findData(QStringLiteral("hy")));
    REQUIRE(QTest::qWaitFor(
        [&] { return shown.last().contains(QStringLiteral("<html lang=\"hy\"")); }));
    CHECK(panel.findChild<QWebEngineView *>() == nullptr); // created only for real display
    // Signed with the authors' Armenian names, and again when an admin respells one.
    CHECK(shown.last().contains(QStringLiteral("Իրինա Վոլկովա, Անի Հակոբյան")));
    User irina = *Storage::UserRepository(*db).require(QStringLiteral("irina.volkova"));
    irina.names.insert(QStringLiteral("hy"), QStringLiteral("Իրինա Վոլկովա-Սարգսյան"));
    REQUIRE_OK(Storage::UserRepository(*db).upsert(irina));
    REQUIRE(QTest::qWaitFor(
        [&] { return shown.last().contains(QStringLiteral("Իրինա Վոլկովա-Սարգսյան")); }));

    // A draft has no public page, but the preview shows it.
    panel.setArticle(QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b"));
    REQUIRE(QTest::qWaitFor(
        [&] { return shown.last().contains(QStringLiteral("Рельсы через степь")); }));
}

TEST_CASE("the desk exports the site in the background and reports how it went", "[ui][site]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("export.sqlite")));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QStringList warnings;
    window.warn = [&](const QString &, const QString &message) {
        warnings.append(message);
    };
    QList<bool> results;
    QObject::connect(&window, &MainWindow::siteExported, &window,
                     [&](bool ok) { results.append(ok); });

    window.askExportFolder = [&] {
        return dir.path(QStringLiteral("site"));
    };
    window.exportSite();
    REQUIRE(QTest::qWaitFor([&] { return !results.isEmpty(); }, 20000));
    CHECK(results.first());
    CHECK(QFileInfo::exists(dir.path(QStringLiteral("site/ru/index.html"))));

    // A folder with other files is refused, and the desk says why.
    const QString other = dir.path(QStringLiteral("papers"));
    QDir().mkpath(other);
    Test::writeFile(other + QStringLiteral("/notes.txt"), "mine");
    window.askExportFolder = [&] {
        return other;
    };
    window.exportSite();
    REQUIRE(QTest::qWaitFor([&] { return results.size() == 2; }, 20000));
    CHECK_FALSE(results.last());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(QStringLiteral("not a Byline site")));
}

TEST_CASE("the history panel shows what each revision changed, previews and restores it",
          "[ui][history]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("history.sqlite")));
    const QString uid = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b"); // the draft
    {
        auto found = Storage::ArticleRepository(*db).find(uid);
        REQUIRE_OK(found);
        Article a = **found;
        a.translation(u"ru")->title = QStringLiteral("Рельсы через степь: первый вариант");
        REQUIRE_OK(EditService(*db).save(a, QStringLiteral("samvel.harutyunyan")));
        a.translation(u"ru")->title = QStringLiteral("Рельсы через степь: новый заголовок");
        REQUIRE_OK(EditService(*db).save(a, QStringLiteral("samvel.harutyunyan")));
    }
    HistoryPanel panel(*db);
    panel.setArticle(uid);
    auto user = Storage::UserRepository(*db).find(QStringLiteral("samvel.harutyunyan"));
    REQUIRE_OK(user);
    panel.setUser(**user);
    REQUIRE(panel.revisionList()->count() >= 2);
    // The newest first: it changed the headline.
    CHECK(panel.changes()->toPlainText().contains(QStringLiteral("новый заголовок")));
    CHECK_FALSE(panel.restoreButton()->isEnabled()); // it is the current text already

    panel.revisionList()->setCurrentRow(1);
    REQUIRE(panel.restoreButton()->isEnabled());
    QList<Article> previews;
    QObject::connect(&panel, &HistoryPanel::previewRequested, &panel,
                     [&](const Article &asOf) { previews.append(asOf); });
    panel.previewButton()->click();
    REQUIRE(previews.size() == 1);
    CHECK(previews.first().translation(u"ru")->title
          == QStringLiteral("Рельсы через степь: первый вариант"));

    int asked = 0;
    panel.confirmRestore = [&](int) {
        ++asked;
        return true;
    };
    const int before = panel.revisionList()->count();
    panel.restoreButton()->click();
    CHECK(asked == 1);
    CHECK(panel.revisionList()->count() == before + 1); // restoring adds a revision
    auto now = Storage::ArticleRepository(*db).find(uid);
    REQUIRE_OK(now);
    CHECK((*now)->translation(u"ru")->title == previews.first().translation(u"ru")->title);
}

TEST_CASE("a publish-due run by byline-cli shows in the open desk within two seconds",
          "[ui][changes][watcher]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("cron.sqlite"));
    auto db = Test::openDemoStore(path);
    const QString uid = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626"); // submitted
    const QString editor = QStringLiteral("samvel.harutyunyan");
    // Scheduled for half an hour ago (acting an hour earlier, when that was the future).
    const QDateTime due = QDateTime::currentDateTimeUtc().addSecs(-30 * 60);
    Clock::setFixed(due.addSecs(-30 * 60));
    REQUIRE_OK(WorkflowService(*db).act({uid, Action::Approve, editor, {}, {}, {}}));
    REQUIRE_OK(WorkflowService(*db).act({uid, Action::Schedule, editor, {}, {}, due}));
    Clock::setFixed(std::nullopt);

    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.setCurrentUser(editor);
    REQUIRE(window.selectArticle(uid));
    ArticleListModel *model = window.articleModel();
    auto state = [&] {
        const int row = model->rowOf(uid);
        return row < 0 ? std::optional<WorkflowState>() : model->summary(row).state;
    };
    REQUIRE(state() == WorkflowState::Scheduled);
    // The preview is a tab behind Translations: it starts no web view while it is not seen.
    REQUIRE(QTest::qWaitFor([&] { return !window.previewPanel()->findChild<QWebEngineView *>(); },
                            300));
    int resets = 0;
    QObject::connect(model, &QAbstractItemModel::modelReset, model, [&] { ++resets; });

    // Another process (cron, a second desk) publishes it.
    const Test::CliRun run
        = Test::runCli({QStringLiteral("--db"), path, QStringLiteral("publish-due")});
    REQUIRE(run.exitCode == 0);
    QElapsedTimer shown;
    shown.start();
    REQUIRE(QTest::qWaitFor([&] { return state() == WorkflowState::Published; }, 2500));
    CHECK(shown.elapsed() <= 2000);
    CHECK(resets == 0); // one row updated, not the list reloaded
    // The selection stays on it, and the actions follow its new state.
    CHECK(window.articleView()->currentIndex().row() == model->rowOf(uid));
    CHECK(window.workflowActions()->action(Action::Unpublish)->isEnabled());
    CHECK_FALSE(window.workflowActions()->action(Action::Publish)->isEnabled());
    CHECK_FALSE(window.previewPanel()->findChild<QWebEngineView *>());
}
