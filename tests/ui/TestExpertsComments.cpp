#include "core/models/ArticleListModel.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/ExpertRepository.h"
#include "core/storage/InboxRepository.h"
#include "core/workflow/WorkflowService.h"
#include "tests/TestSupport.h"
#include "ui/desk/EditorTabs.h"
#include "ui/desk/MainWindow.h"
#include "ui/experts/ExpertsWindow.h"
#include "ui/panels/CommentDelegate.h"
#include "ui/panels/CommentsPanel.h"
#include "ui/workflow/WorkflowActions.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Byline;
using Byline::Test::TempDir;

namespace {

const QString gayane = QStringLiteral("772d0137-5f30-483a-8221-8533752dc74c");
const QString editor = QStringLiteral("samvel.harutyunyan");
const QString journalist = QStringLiteral("tom.reid");
const QString submittedUid = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626");

QStringList listedUids(const ExpertsWindow &w)
{
    QStringList uids;
    for (int row = 0; row < w.expertList()->count(); ++row)
        uids.append(w.expertList()->item(row)->data(ExpertsWindow::UidRole).toString());
    return uids;
}

Expert storedExpert(Storage::Database &db, const QString &uid)
{
    auto all = Storage::ExpertRepository(db).all();
    REQUIRE(all.has_value());
    for (const Expert &e : *all) {
        if (e.uid == uid)
            return e;
    }
    FAIL("no expert " << uid.toStdString());
    return {};
}

// What a comment of the panel says: its header line and its words.
QString commentText(const QListWidgetItem *item)
{
    return item->data(CommentDelegate::HeaderRole).toString() + QLatin1Char('\n') + item->text();
}

int rowOf(const MainWindow &window, const QString &uid)
{
    for (int row = 0; row < window.articleModel()->rowCount(); ++row) {
        if (window.articleModel()->summary(row).uid == uid)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("the experts window finds an expert by any script's spelling and saves a role",
          "[ui][experts]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("experts.sqlite")));
    REQUIRE_OK(Storage::ExpertRepository(*db).upsert(
        {QStringLiteral("hovhannisyan"),
         {{QStringLiteral("ru"), {QStringLiteral("Артём Ованесян"), {}, {}}},
          {QStringLiteral("en"), {QStringLiteral("Artyom Hovhannisyan"), {}, {}}},
          {QStringLiteral("hy"), {QStringLiteral("Արտյոմ Հովհաննիսյան"), {}, {}}}}}));
    MainWindow window(*db);
    window.setCurrentUser(editor);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.expertsAction()->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+X")));
    window.expertsAction()->trigger();
    ExpertsWindow *experts = window.showExperts();
    REQUIRE(experts->isVisible());

    // Every script's spelling, and ё typed as е, finds the same person.
    for (const char *query : {"Ованесян", "hovhannisyan", "Հովհաննիսյան", "Артем"}) {
        experts->searchField()->setText(QString::fromUtf8(query));
        INFO(query);
        CHECK(listedUids(*experts) == QStringList {QStringLiteral("hovhannisyan")});
    }
    experts->searchField()->setText(QStringLiteral("Martirosyan"));
    REQUIRE(listedUids(*experts) == QStringList {gayane});
    experts->expertList()->setCurrentRow(0);
    REQUIRE(experts->currentExpert() == gayane);
    CHECK(experts->field(QStringLiteral("hy"), ExpertsWindow::Field::Name)->text()
          == QStringLiteral("Գայանե Մարտիրոսյան"));

    // Edit her English role and save (Ctrl+S is the save button's shortcut).
    QLineEdit *role = experts->field(QStringLiteral("en"), ExpertsWindow::Field::Role);
    REQUIRE_FALSE(role->isReadOnly());
    CHECK_FALSE(experts->saveButton()->isEnabled());
    QApplication::setActiveWindow(experts); // (the offscreen platform leaves the desk active)
    REQUIRE(QTest::qWaitFor([&] { return experts->isActiveWindow(); }));
    role->setFocus();
    role->selectAll();
    QTest::keyClicks(role, QStringLiteral("Chief hydrologist, Institute of Mountain Water"));
    CHECK(experts->isModified());
    REQUIRE(experts->saveButton()->isEnabled());
    QTest::keyClick(role, Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(experts->isModified());
    const Expert saved = storedExpert(*db, gayane);
    CHECK(saved.names.value(QStringLiteral("en")).role
          == QStringLiteral("Chief hydrologist, Institute of Mountain Water"));
    CHECK(saved.names.value(QStringLiteral("ru")).name == QStringLiteral("Гаяне Мартиросян"));

    // Where she is quoted: two quotes, the articles with their titles and states.
    QTreeWidget *quoted = experts->quotedTree();
    REQUIRE(quoted->topLevelItemCount() == 2);
    QTreeWidgetItem *use = nullptr;
    for (int i = 0; i < quoted->topLevelItemCount() && !use; ++i) {
        for (int j = 0; j < quoted->topLevelItem(i)->childCount(); ++j) {
            if (!quoted->topLevelItem(i)->child(j)->data(0, ExpertsWindow::UidRole).isNull())
                use = quoted->topLevelItem(i)->child(j);
        }
    }
    REQUIRE(use != nullptr);
    const QString quotingArticle = use->data(0, ExpertsWindow::UidRole).toString();
    auto article = Storage::ArticleRepository(*db).find(quotingArticle);
    REQUIRE(article.has_value());
    REQUIRE(article->has_value());
    CHECK(use->text(0) == (*article)->sourceTranslation()->title);
    CHECK_FALSE(use->text(1).isEmpty());
    // A double-click shows the article in the desk's list.
    QSignalSpy activated(experts, &ExpertsWindow::articleActivated);
    Q_EMIT quoted->itemActivated(use, 0);
    REQUIRE(activated.size() == 1);
    const int row = rowOf(window, quotingArticle);
    REQUIRE(row >= 0);
    CHECK(window.articleView()->currentIndex().row() == row);
    CHECK(QTest::qWaitForWindowActive(&window)); // the desk comes to the front

    // A row with a role but no name is refused with what to do, and the text stays.
    QStringList warnings;
    experts->warn = [&](const QString &, const QString &message) {
        warnings.append(message);
    };
    experts->field(QStringLiteral("hy"), ExpertsWindow::Field::Name)->clear();
    experts->save();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(QStringLiteral("no name")));
    CHECK(experts->isModified());
    CHECK(storedExpert(*db, gayane).names.value(QStringLiteral("hy")).name
          == QStringLiteral("Գայանե Մարտիրոսյան"));

    // Switching away asks; cancelling stays with the text.
    experts->askUnsaved = [](const QString &) {
        return ExpertsWindow::Unsaved::Cancel;
    };
    experts->searchField()->clear();
    const QStringList all = listedUids(*experts);
    experts->expertList()->setCurrentRow(all.indexOf(QStringLiteral("hovhannisyan")));
    CHECK(experts->currentExpert() == gayane);
    CHECK(experts->field(QStringLiteral("hy"), ExpertsWindow::Field::Name)->text().isEmpty());
    experts->askUnsaved = [](const QString &) {
        return ExpertsWindow::Unsaved::Discard;
    };
    experts->expertList()->setCurrentRow(all.indexOf(QStringLiteral("hovhannisyan")));
    CHECK(experts->currentExpert() == QStringLiteral("hovhannisyan"));

    // A new expert, found by the archive search's index too.
    experts->newButton()->click();
    experts->field(QStringLiteral("en"), ExpertsWindow::Field::Name)
        ->setText(QStringLiteral("Nairi Zakaryan"));
    experts->field(QStringLiteral("en"), ExpertsWindow::Field::Role)
        ->setText(QStringLiteral("Volcanologist"));
    experts->save();
    CHECK(warnings.size() == 1);
    CHECK_FALSE(experts->currentExpert().isEmpty());
    CHECK(storedExpert(*db, experts->currentExpert()).names.value(QStringLiteral("en")).name
          == QStringLiteral("Nairi Zakaryan"));
}

TEST_CASE("the experts window is read-only with the reason, per locale for translators",
          "[ui][experts]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("readonly.sqlite")));
    MainWindow window(*db);
    ExpertsWindow *experts = window.showExperts();
    experts->showExpert(gayane);
    REQUIRE(experts->currentExpert() == gayane);
    // Nobody chosen: nothing is editable, and the notice says what to do.
    CHECK(experts->notice()->isVisibleTo(experts));
    CHECK(experts->notice()->text().contains(QStringLiteral("who you are")));
    CHECK(experts->field(QStringLiteral("en"), ExpertsWindow::Field::Name)->isReadOnly());
    CHECK_FALSE(experts->newButton()->isEnabled());

    window.setCurrentUser(QStringLiteral("lena.mkrtchyan")); // translates into hy only
    CHECK(experts->field(QStringLiteral("en"), ExpertsWindow::Field::Name)->isReadOnly());
    CHECK(experts->field(QStringLiteral("en"), ExpertsWindow::Field::Name)
              ->toolTip()
              .contains(QStringLiteral("does not translate into en")));
    CHECK_FALSE(experts->field(QStringLiteral("hy"), ExpertsWindow::Field::Name)->isReadOnly());
    CHECK(experts->notice()->text().contains(QStringLiteral("AM")));
    CHECK_FALSE(experts->newButton()->isEnabled());

    window.setCurrentUser(journalist);
    CHECK_FALSE(experts->notice()->isVisibleTo(experts));
    CHECK_FALSE(experts->field(QStringLiteral("en"), ExpertsWindow::Field::Name)->isReadOnly());
    CHECK(experts->newButton()->isEnabled());
}

TEST_CASE("merging two records of one person: editors may, journalists are told why not",
          "[ui][experts]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("merge.sqlite")));
    REQUIRE_OK(Storage::ExpertRepository(*db).upsert(
        {QStringLiteral("dup"),
         {{QStringLiteral("en"), {QStringLiteral("Gayane Martirosyan"), {}, {}}}}}));
    MainWindow window(*db);
    window.setCurrentUser(journalist);
    ExpertsWindow *experts = window.showExperts();
    experts->searchField()->setText(QStringLiteral("Gayane"));
    REQUIRE(experts->expertList()->count() == 2);
    experts->expertList()->selectAll();
    CHECK_FALSE(experts->mergeButton()->isEnabled());
    CHECK(experts->mergeButton()->toolTip().contains(QStringLiteral("editors and admins")));

    window.setCurrentUser(editor);
    REQUIRE(experts->mergeButton()->isEnabled());
    int asked = 0;
    experts->chooseMergeKeep = [&](const Expert &, const Expert &) {
        ++asked;
        return std::optional<QString>();
    };
    experts->mergeButton()->click();
    CHECK(asked == 1);
    CHECK(experts->expertList()->count() == 2); // cancelled: nothing merged
    experts->chooseMergeKeep = [&](const Expert &a, const Expert &b) {
        ++asked;
        return std::optional<QString>(a.uid == gayane ? a.uid : b.uid);
    };
    experts->mergeButton()->click();
    CHECK(asked == 2);
    CHECK(experts->expertList()->count() == 1);
    CHECK(experts->currentExpert() == gayane);
    auto all = Storage::ExpertRepository(*db).all();
    REQUIRE(all.has_value());
    for (const Expert &e : *all)
        CHECK(e.uid != QStringLiteral("dup"));
}

TEST_CASE("the comments panel follows the article: add, resolve, the send-back comment",
          "[ui][comments]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("comments.sqlite")));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CommentsPanel *panel = window.commentsPanel();
    REQUIRE(panel != nullptr);
    const int row = rowOf(window, submittedUid);
    REQUIRE(row >= 0);
    window.articleView()->selectRow(row);

    // Nobody chosen: writing is possible, adding is not, and says why.
    QTest::keyClicks(panel->editor(), QStringLiteral("The second quote needs a source."));
    CHECK_FALSE(panel->addButton()->isEnabled());
    CHECK(panel->addButton()->toolTip().contains(QStringLiteral("who you are")));

    window.setCurrentUser(journalist);
    REQUIRE(panel->addButton()->isEnabled());
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    panel->parentWidget()->raise(); // the dock, behind Translations at first
    panel->editor()->setFocus();
    panel->localeChoice()->setCurrentIndex(panel->localeChoice()->findData(QStringLiteral("en")));
    QTest::keyClick(panel->editor(), Qt::Key_Return, Qt::ControlModifier);
    auto comments = Storage::CommentRepository(*db).list(submittedUid);
    REQUIRE(comments.has_value());
    REQUIRE(comments->size() == 1);
    CHECK(comments->first().comment.text == QStringLiteral("The second quote needs a source."));
    CHECK(comments->first().comment.locale == QStringLiteral("en"));
    CHECK(comments->first().comment.user == journalist);
    CHECK(panel->editor()->toPlainText().isEmpty());
    REQUIRE(panel->list()->count() == 1);
    CHECK(commentText(panel->list()->item(0)).contains(QStringLiteral("Tom Reid")));
    CHECK(commentText(panel->list()->item(0)).contains(QStringLiteral("EN")));

    // The editor sends the article back; the comment it carries shows, marked.
    window.setCurrentUser(editor);
    window.workflowActions()->askComment = [](const QString &, const QString &) {
        return std::optional<QString>(QStringLiteral("Check the dates, please."));
    };
    window.articleView()->selectRow(rowOf(window, submittedUid));
    REQUIRE(window.workflowActions()->action(Action::RequestChanges)->isEnabled());
    window.workflowActions()->action(Action::RequestChanges)->trigger();
    QCoreApplication::processEvents(); // the change hub delivers from the event loop
    REQUIRE(panel->list()->count() == 2);
    bool sawSendBack = false;
    for (int i = 0; i < panel->list()->count(); ++i) {
        const QString text = commentText(panel->list()->item(i));
        if (text.contains(QStringLiteral("Check the dates, please.")))
            sawSendBack = text.contains(QStringLiteral("sent the article back"));
    }
    CHECK(sawSendBack);

    // Resolving the first: it leaves the list until "Show resolved", then shows greyed.
    for (int i = 0; i < panel->list()->count(); ++i) {
        if (panel->list()->item(i)->data(CommentsPanel::NumberRole).toInt() == 1)
            panel->list()->setCurrentRow(i);
    }
    REQUIRE(panel->resolveButton()->isEnabled());
    panel->resolveButton()->click();
    comments = Storage::CommentRepository(*db).list(submittedUid);
    REQUIRE(comments.has_value());
    CHECK(comments->first().comment.resolvedBy == editor);
    CHECK(panel->list()->count() == 1);
    CHECK(panel->showResolvedBox()->text().contains(QStringLiteral("1")));
    panel->showResolvedBox()->setChecked(true);
    REQUIRE(panel->list()->count() == 2);
    // Open first, the resolved one after it.
    CHECK(panel->list()->item(0)->data(CommentsPanel::NumberRole).toInt() == 2);
    CHECK(commentText(panel->list()->item(1)).contains(QStringLiteral("Resolved by Samvel")));
    panel->list()->setCurrentRow(1);
    CHECK_FALSE(panel->resolveButton()->isEnabled());

    // Another article: its own comments, and the unsent draft waits for this one.
    QTest::keyClicks(panel->editor(), QStringLiteral("half a thought"));
    window.articleView()->selectRow(rowOf(window, submittedUid) == 0 ? 1 : 0);
    CHECK(panel->editor()->toPlainText().isEmpty());
    window.articleView()->selectRow(rowOf(window, submittedUid));
    CHECK(panel->editor()->toPlainText() == QStringLiteral("half a thought"));
}

TEST_CASE(
    "typing @ in a comment offers the newsroom's people, and the one chosen is named by login "
    "and hears of it in their inbox",
    "[ui][comments][inbox]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("mention.sqlite")));
    MainWindow window(*db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.setCurrentUser(journalist);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CommentsPanel *panel = window.commentsPanel();
    window.articleView()->selectRow(rowOf(window, submittedUid));
    panel->parentWidget()->raise();
    panel->editor()->setFocus();

    QTest::keyClicks(panel->editor(), QStringLiteral("Ask @ani"));
    QCompleter *people = panel->mentionCompleter();
    REQUIRE(people->popup()->isVisible());
    REQUIRE(people->completionCount() == 1);
    CHECK(people->currentIndex().data().toString()
          == QStringLiteral("Ani Hakobyan (@ani.hakobyan)"));
    QTest::keyClick(people->popup(), Qt::Key_Return);
    CHECK_FALSE(people->popup()->isVisible());
    CHECK(panel->editor()->toPlainText() == QStringLiteral("Ask @ani.hakobyan "));
    QTest::keyClicks(panel->editor(), QStringLiteral("about the port"));
    // An address is not a mention: nothing offered.
    QTest::keyClicks(panel->editor(), QStringLiteral(", or desk@ex"));
    CHECK_FALSE(people->popup()->isVisible());
    QTest::keyClick(panel->editor(), Qt::Key_Return, Qt::ControlModifier);

    auto inbox = Storage::InboxRepository(*db).list(QStringLiteral("ani.hakobyan"));
    REQUIRE(inbox.has_value());
    REQUIRE(inbox->size() == 1);
    CHECK(inbox->first().kind == InboxKind::Mentioned);
    CHECK(inbox->first().detail == QStringLiteral("Ask @ani.hakobyan about the port, or desk@ex"));
}

TEST_CASE("closing the desk asks about an expert's unsaved changes first", "[ui][experts]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("experts-close.sqlite")));
    MainWindow window(*db);
    window.setCurrentUser(editor);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ExpertsWindow *experts = window.showExperts();
    experts->searchField()->setText(QStringLiteral("Martirosyan"));
    REQUIRE(listedUids(*experts) == QStringList {gayane});
    experts->expertList()->setCurrentRow(0);
    REQUIRE(experts->currentExpert() == gayane);
    experts->field(QStringLiteral("en"), ExpertsWindow::Field::Role)
        ->setText(QStringLiteral("Hydrologist"));
    REQUIRE(experts->isModified());

    // Cancel: the desk stays open, and so does the text.
    int asked = 0;
    experts->askUnsaved = [&](const QString &) {
        ++asked;
        return ExpertsWindow::Unsaved::Cancel;
    };
    CHECK_FALSE(window.close());
    CHECK(asked == 1);
    CHECK(window.isVisible());
    CHECK(experts->isVisible());
    CHECK(experts->isModified());

    // Save: the desk closes with the change in the store.
    experts->askUnsaved = [&](const QString &) {
        ++asked;
        return ExpertsWindow::Unsaved::Save;
    };
    CHECK(window.close());
    CHECK(asked == 2);
    CHECK(storedExpert(*db, gayane).names.value(QStringLiteral("en")).role
          == QStringLiteral("Hydrologist"));
}

TEST_CASE("another person at the desk does not save what the last one typed in their name",
          "[ui][experts]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("experts-user.sqlite")));
    MainWindow window(*db);
    window.setCurrentUser(editor);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ExpertsWindow *experts = window.showExperts();
    experts->searchField()->setText(QStringLiteral("Martirosyan"));
    REQUIRE(listedUids(*experts) == QStringList {gayane});
    experts->expertList()->setCurrentRow(0);
    experts->field(QStringLiteral("en"), ExpertsWindow::Field::Role)
        ->setText(QStringLiteral("Hydrologist"));
    REQUIRE(experts->isModified());
    QStringList asked;
    experts->askUnsaved = [&](const QString &name) {
        asked.append(name);
        return ExpertsWindow::Unsaved::Discard;
    };
    // The editor leaves; a translator takes the desk: the editor's typing is not theirs.
    window.setCurrentUser(QStringLiteral("lena.mkrtchyan"));
    CHECK(asked.size() == 1);
    CHECK_FALSE(experts->isModified());
    CHECK(storedExpert(*db, gayane).names.value(QStringLiteral("en")).role
          != QStringLiteral("Hydrologist"));
    // Without unsaved text nobody is asked.
    window.setCurrentUser(editor);
    CHECK(asked.size() == 1);
}
