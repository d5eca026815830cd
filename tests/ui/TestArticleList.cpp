#include "core/Clock.h"
#include "core/models/ArticleListModel.h"
#include "core/storage/ArticleRepository.h"
#include "core/workflow/WorkflowService.h"
#include "tests/TestSupport.h"
#include "ui/calendar/EditorialCalendar.h"
#include "ui/desk/EditorTabs.h"
#include "ui/desk/MainWindow.h"
#include "ui/language/UiLanguage.h"
#include "ui/search/SearchPanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QPointer>
#include <QTest>

using namespace Byline;
using Byline::Test::TempDir;

TEST_CASE("the list marks a scheduled article whose time passed as overdue", "[ui][model][late]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("late.sqlite")));
    const QString uid = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626"); // submitted
    const QString editor = QStringLiteral("samvel.harutyunyan");
    const QDateTime at(QDate(2031, 3, 2), QTime(9, 0), Qt::UTC);
    struct ClockBack // the other tests run on the real time even if this one fails
    {
        ~ClockBack() { Clock::setFixed(std::nullopt); }
    } clockBack;
    Clock::setFixed(at.addDays(-1));
    REQUIRE_OK(WorkflowService(*db).act({uid, Action::Approve, editor, {}, {}, {}}));
    REQUIRE_OK(WorkflowService(*db).act({uid, Action::Schedule, editor, {}, {}, at}));

    ArticleListModel model(*db);
    model.reload();
    auto find = [&] {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.summary(r).uid == uid)
                return model.index(r, ArticleListModel::Scheduled);
        }
        return QModelIndex();
    };
    QModelIndex cell = find();
    REQUIRE(cell.isValid());
    CHECK_FALSE(cell.data(ArticleListModel::OverdueRole).toBool());
    CHECK_FALSE(cell.data().toString().contains(QStringLiteral("overdue")));

    // Within the minute of grace it is not late yet; after it, it is.
    Clock::setFixed(at.addSecs(WorkflowService::lateToleranceSeconds));
    CHECK_FALSE(cell.data(ArticleListModel::OverdueRole).toBool());
    Clock::setFixed(at.addSecs(WorkflowService::lateToleranceSeconds + 1));
    CHECK(cell.data(ArticleListModel::OverdueRole).toBool());
    CHECK(cell.data().toString().endsWith(QStringLiteral("(overdue)")));
    CHECK(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not published")));

    // Published, it is no longer overdue (the Published column says it was late).
    REQUIRE_OK(WorkflowService(*db).publishDue(Clock::now()));
    model.reload();
    cell = find();
    REQUIRE(cell.isValid());
    CHECK_FALSE(cell.data(ArticleListModel::OverdueRole).toBool());
    CHECK(model.index(cell.row(), ArticleListModel::Published)
              .data()
              .toString()
              .endsWith(QStringLiteral("(late)")));
}

TEST_CASE("closing the calendar's tab hides it, the menu shows it again", "[ui][calendar][tabs]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("tabs.sqlite")));
    MainWindow window(*db);
    window.show();
    QPointer<EditorialCalendar> calendar = window.calendar();
    EditorTabs *tabs = window.editorTabs();
    window.calendarAction()->trigger();
    REQUIRE(tabs->indexOf(calendar) > 0);
    CHECK(tabs->currentWidget() == calendar);
    Q_EMIT tabs->tabCloseRequested(tabs->indexOf(calendar));
    REQUIRE(calendar); // not deleted: MainWindow keeps it
    CHECK(tabs->indexOf(calendar) < 0);
    window.calendarAction()->trigger();
    CHECK(tabs->currentWidget() == calendar);
    // The list itself never closes.
    Q_EMIT tabs->tabCloseRequested(0);
    CHECK(tabs->count() == 2);
}

TEST_CASE("the desk fits a 1366-pixel-wide screen in every interface language",
          "[ui][layout][languages]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("fit.sqlite")));
    const QString draftUid = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b");
    UiLanguage language;
    MainWindow window(*db, &language);
    window.editorTabs()->setJournalFolder(dir.path(QStringLiteral("journal")));
    window.show();
    window.setCurrentUser(QStringLiteral("narine.grigoryan"));
    REQUIRE(window.editorTabs()->open(draftUid));
    REQUIRE(window.editorTabs()->translate(draftUid, QStringLiteral("en")));
    window.calendarAction()->trigger();
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("hy")}) {
        INFO("interface language " << code.toStdString());
        REQUIRE(language.set(code));
        QCoreApplication::processEvents();
        // Every tab and every panel at its narrowest still leaves the window within the screen.
        for (const auto *dock : window.findChildren<QDockWidget *>())
            dock->widget()->ensurePolished();
        CHECK(window.minimumSizeHint().width() <= 1366);
        for (int i = 0; i < window.editorTabs()->count(); ++i) {
            INFO("tab " << i);
            CHECK(window.editorTabs()->widget(i)->minimumSizeHint().width() <= 1366 - 400);
        }
    }
    REQUIRE(language.set(QStringLiteral("en")));
}

TEST_CASE("\"What are you looking for?\" above the list searches every language",
          "[ui][search][quick]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("quick.sqlite")));
    MainWindow window(*db);
    window.show();
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("quickSearch"));
    REQUIRE(field != nullptr);
    CHECK(field->placeholderText() == QStringLiteral("What are you looking for?"));
    SearchPanel *panel = window.searchPanel();
    // An Armenian word and a Russian one, each found in its own language.
    for (const auto &[words, locale] :
         {std::pair(QStringLiteral("երկրաշարժ"), QStringLiteral("hy")),
          std::pair(QStringLiteral("землетрясение"), QStringLiteral("ru"))}) {
        field->setText(words);
        QTest::keyClick(field, Qt::Key_Return);
        REQUIRE_FALSE(panel->results().hits.isEmpty());
        CHECK(panel->results().hits.first().locale == locale);
    }
    // Nothing typed: nothing searched.
    field->clear();
    panel->setQuery(QStringLiteral("землетрясение"));
    QTest::keyClick(field, Qt::Key_Return);
    CHECK_FALSE(panel->results().hits.isEmpty());
}
