// The live newsroom at the desk (docs/ARCHITECTURE.md, "Presence", "The change hub"): two
// desks in one test process, two connections to one store as two people.
#include "core/models/ArticleListModel.h"
#include "core/services/EditService.h"
#include "core/services/PresenceBoard.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InboxRepository.h"
#include "core/storage/Transaction.h"
#include "core/workflow/WorkflowService.h"
#include "tests/TestSupport.h"
#include "ui/calendar/CalendarDayList.h"
#include "ui/calendar/EditorialCalendar.h"
#include "ui/desk/BackgroundJob.h"
#include "ui/desk/EditorTabs.h"
#include "ui/desk/MainWindow.h"
#include "ui/document/ArticleDocument.h"
#include "ui/document/ConflictDialog.h"
#include "ui/document/SavedElsewhereBar.h"
#include "ui/editor/ArticleDetails.h"
#include "ui/editor/ArticleEditor.h"
#include "ui/editor/ArticlePage.h"
#include "ui/editor/BlockWidget.h"
#include "ui/inbox/InboxPanel.h"
#include "ui/panels/CommentDelegate.h"
#include "ui/panels/CommentsPanel.h"
#include "ui/presence/PresenceLine.h"
#include "ui/translation/SegmentRow.h"
#include "ui/translation/TranslationView.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Byline;
using Byline::Test::TempDir;

namespace {

const QString draftUid = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b");
const QString irina = QStringLiteral("irina.volkova");
const QString samvel = QStringLiteral("samvel.harutyunyan");
const QString lena = QStringLiteral("lena.mkrtchyan");

QString presentCell(MainWindow &window, const QString &uid)
{
    ArticleListModel *model = window.articleModel();
    const int row = model->rowOf(uid);
    if (row < 0)
        return QStringLiteral("(no row)");
    return model->index(row, ArticleListModel::Present).data().toString();
}

PresenceLine *presenceLine(QWidget *view)
{
    auto *line = view->findChild<PresenceLine *>(QStringLiteral("presenceLine"));
    REQUIRE(line != nullptr);
    return line;
}

// One store two desks share: the demo newsroom, opened twice (two connections, as two desks).
struct SharedStore
{
    explicit SharedStore(const QString &name)
        : path(dir.path(name))
        , own(Test::openDemoStore(path))
        , other(Test::openStore(path))
    {
    }
    TempDir dir;
    QString path;
    std::unique_ptr<Storage::Database> own;
    std::unique_ptr<Storage::Database> other;
};

// A desk on `db` with `person` at it, journaling into a folder of its own in `dir`.
std::unique_ptr<MainWindow> deskFor(Storage::Database &db, const TempDir &dir,
                                    const QString &person)
{
    auto window = std::make_unique<MainWindow>(db);
    window->editorTabs()->setJournalFolder(dir.path(QStringLiteral("journal-") + person));
    window->setCurrentUser(person);
    window->show();
    return window;
}

} // namespace

TEST_CASE("two desks see who has which article open, in which language, and when they leave",
          "[ui][live][presence]")
{
    SharedStore shared(QStringLiteral("live.sqlite"));
    auto &[dir, path, ownDb, otherDb] = shared;
    auto desk = deskFor(*ownDb, dir, samvel);
    MainWindow &mine = *desk;
    auto other = deskFor(*otherDb, dir, irina);
    CHECK(presentCell(mine, draftUid).isEmpty());

    // Irina opens her draft at the other desk: this desk's list shows her initials and language.
    ArticleEditor *hers = other->editorTabs()->open(draftUid);
    REQUIRE(hers != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return presentCell(mine, draftUid) == QStringLiteral("IV RU"); },
                            PresenceBoard::refreshMs - 500));
    const QModelIndex cell = mine.articleModel()->index(mine.articleModel()->rowOf(draftUid),
                                                        ArticleListModel::Present);
    CHECK(cell.data(Qt::ToolTipRole).toString()
          == QStringLiteral("Irina Volkova has it open in RU"));

    // Opening it here too is allowed (presence is advisory), and the editor says who is there.
    ArticleEditor *editor = mine.editorTabs()->open(draftUid);
    REQUIRE(editor != nullptr);
    CHECK_FALSE(editor->isReadOnly());
    PresenceLine *line = presenceLine(editor);
    CHECK(line->isVisibleTo(editor));
    CHECK(line->text().startsWith(QStringLiteral("Irina Volkova is editing RU since ")));
    // Her desk shows this one in turn, in the language of its tab.
    REQUIRE(QTest::qWaitFor(
        [&] {
            return presenceLine(hers)->text().startsWith(
                QStringLiteral("Samvel Harutyunyan is editing RU since "));
        },
        PresenceBoard::refreshMs - 500));

    // She moves to the English text: the line follows.
    hers->setLocale(QStringLiteral("en"));
    CHECK(QTest::qWaitFor(
        [&] { return line->text().startsWith(QStringLiteral("Irina Volkova is editing EN")); },
        PresenceBoard::refreshMs - 500));

    // Her desk closes: she is gone from the list and the editor here.
    other.reset();
    CHECK(QTest::qWaitFor([&] { return presentCell(mine, draftUid).isEmpty(); },
                          PresenceBoard::refreshMs - 500));
    CHECK_FALSE(line->isVisibleTo(editor));

    // A translator in the translation view is shown the same way.
    auto third = Test::openStore(path);
    auto translator = deskFor(*third, dir, lena);
    TranslationView *view = translator->editorTabs()->translate(draftUid, QStringLiteral("hy"));
    REQUIRE(view != nullptr);
    CHECK(QTest::qWaitFor(
        [&] { return line->text().startsWith(QStringLiteral("Lena Mkrtchyan is editing AM")); },
        PresenceBoard::refreshMs - 500));
    CHECK(presenceLine(view)->text().startsWith(
        QStringLiteral("Samvel Harutyunyan is editing RU since ")));
}

TEST_CASE("the calendar's cards show who else has an article open", "[ui][live][presence]")
{
    SharedStore shared(QStringLiteral("calendar.sqlite"));
    auto &[dir, path, ownDb, otherDb] = shared;
    const QString published = QStringLiteral("82d8d78f-e875-4ccb-8ba1-d95e4b749068");
    auto found = Storage::ArticleRepository(*ownDb).find(published);
    REQUIRE_OK(found);
    REQUIRE((*found)->publishedAt.has_value());
    auto mine = deskFor(*ownDb, dir, irina);
    mine->calendarAction()->trigger(); // a calendar reads its cards once shown
    EditorialCalendar *calendar = mine->calendar();
    REQUIRE(calendar->isVisible());
    calendar->showDay((*found)->publishedAt->date());
    const auto card = [&]() -> QString {
        for (const QDate &day : calendar->days()) {
            CalendarDayList *list = calendar->dayList(day);
            for (int row = 0; row < list->count(); ++row) {
                if (list->item(row)->data(CalendarDayList::UidRole).toString() == published)
                    return list->item(row)->text();
            }
        }
        return QStringLiteral("(no card)");
    };
    REQUIRE_FALSE(card().contains(QStringLiteral("SH")));

    auto other = deskFor(*otherDb, dir, samvel);
    REQUIRE(other->editorTabs()->translate(published, QStringLiteral("hy")) != nullptr);
    CHECK(QTest::qWaitFor([&] { return card().endsWith(QStringLiteral("\nSH AM")); },
                          PresenceBoard::refreshMs - 500));
    other.reset();
    CHECK(QTest::qWaitFor([&] { return !card().contains(QStringLiteral("SH AM")); },
                          PresenceBoard::refreshMs - 500));
}

TEST_CASE("another desk's save shows in this desk's list without anyone asking", "[ui][live]")
{
    SharedStore shared(QStringLiteral("rows.sqlite"));
    auto &[dir, path, ownDb, otherDb] = shared;
    MainWindow mine(*ownDb);
    mine.setCurrentUser(samvel);
    mine.show();

    auto found = Storage::ArticleRepository(*otherDb).find(draftUid);
    REQUIRE_OK(found);
    Article article = **found;
    article.translation(u"ru")->title = QStringLiteral("Заголовок, сохранённый за другим столом");
    REQUIRE_OK(EditService(*otherDb).save(article, irina));
    CHECK(QTest::qWaitFor(
        [&] {
            const int row = mine.articleModel()->rowOf(draftUid);
            return row >= 0
                && mine.articleModel()->summary(row).title
                == QStringLiteral("Заголовок, сохранённый за другим столом");
        },
        2000));
}

TEST_CASE("an open article with nothing unsaved takes another desk's save in place: the cursor "
          "stays on the same words",
          "[ui][live]")
{
    SharedStore shared(QStringLiteral("inplace.sqlite"));
    auto &[dir, path, ownDb, otherDb] = shared;
    auto desk = deskFor(*ownDb, dir, irina);
    ArticleEditor *editor = desk->editorTabs()->open(draftUid);
    REQUIRE(editor != nullptr);
    ArticlePage *page = editor->page();
    // A paragraph after the first block.
    BlockWidget *second = nullptr;
    for (BlockWidget *w : page->blockWidgets().mid(1)) {
        if (!second && w->type() == BlockType::Paragraph && w->text().size() > 20)
            second = w;
    }
    REQUIRE(second != nullptr);
    QPlainTextEdit *field = second->textEdit();
    REQUIRE(field != nullptr);
    const QString words = field->toPlainText();
    REQUIRE(words.size() > 20);
    page->focusBlock(second->blockId());
    QTextCursor at = field->textCursor();
    at.setPosition(10);
    field->setTextCursor(at);
    QTest::qWait(50); // laid out
    const int scrolled = page->verticalScrollBar()->value();
    INFO("scrolled to " << scrolled);

    // The other desk adds a sentence before her cursor, in the same paragraph, and rewrites
    // the headline and the first paragraph.
    auto found = Storage::ArticleRepository(*otherDb).find(draftUid);
    REQUIRE_OK(found);
    Article article = **found;
    Translation *ru = article.translation(u"ru");
    const QString added = QString::fromUtf8("Сначала главное. ");
    const auto blockText = [](Article &a, const QString &id) -> QString & {
        for (Block &b : a.translation(u"ru")->blocks) {
            if (b.id == id)
                return b.text;
        }
        FAIL("no block " << id.toStdString());
        static QString none;
        return none;
    };
    blockText(article, second->blockId()) = added + blockText(article, second->blockId());
    ru->blocks[0].text += QString::fromUtf8(" Уточнено редактором.");
    ru->title += QString::fromUtf8(" (уточнено)");
    REQUIRE_OK(EditService(*otherDb).save(article, samvel));

    REQUIRE(QTest::qWaitFor([&] { return field->toPlainText() == added + words; }, 3000));
    CHECK(page->titleEdit()->toPlainText().endsWith(QString::fromUtf8(" (уточнено)")));
    // Same widget, still focused, the cursor on the same letter; nothing to save; the page
    // did not jump.
    CHECK(page->blockWidget(second->blockId()) == second);
    CHECK(field->hasFocus());
    CHECK(field->textCursor().position() == 10 + added.size());
    CHECK(page->currentBlockId() == second->blockId());
    CHECK_FALSE(editor->isModified());
    CHECK(page->verticalScrollBar()->value() == scrolled);

    // A change after the cursor leaves it where it is.
    article = **Storage::ArticleRepository(*otherDb).find(draftUid);
    blockText(article, second->blockId()) += QString::fromUtf8(" Конец.");
    REQUIRE_OK(EditService(*otherDb).save(article, samvel));
    REQUIRE(QTest::qWaitFor(
        [&] { return field->toPlainText().endsWith(QString::fromUtf8(" Конец.")); }, 3000));
    CHECK(field->textCursor().position() == 10 + added.size());
}

TEST_CASE("an article sent back at one desk lands in its author's inbox at another, and opens "
          "at the editor's comment",
          "[ui][live][inbox]")
{
    SharedStore shared(QStringLiteral("inbox.sqlite"));
    auto &[dir, path, ownDb, otherDb] = shared;
    const QString submittedUid = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626");
    const QString tom = QStringLiteral("tom.reid");
    auto desk = deskFor(*ownDb, dir, tom);
    MainWindow &his = *desk;
    QAction *inboxAction = his.inboxAction();
    CHECK(inboxAction->text() == QStringLiteral("Inbox"));

    // The editor sends tom's article back from the other desk.
    auto editors = deskFor(*otherDb, dir, samvel);
    WorkflowService::Request back;
    back.uid = submittedUid;
    back.action = Action::RequestChanges;
    back.user = samvel;
    back.comment = QStringLiteral("The growth figures need a source.");
    REQUIRE_OK(WorkflowService(*otherDb).act(back));

    // Tom's toolbar counts it as it commits, and his inbox says who did what.
    REQUIRE(
        QTest::qWaitFor([&] { return inboxAction->text() == QStringLiteral("Inbox (1)"); }, 3000));
    InboxPanel *inbox = his.inbox();
    REQUIRE(inbox->list()->count() == 1);
    QListWidgetItem *item = inbox->list()->item(0);
    const QString header = item->data(CommentDelegate::HeaderRole).toString();
    CHECK(header.startsWith(
        QString::fromUtf8("\u25cf Samvel Harutyunyan sent back \u201cSmall markets")));
    CHECK(item->text() == QStringLiteral("The growth figures need a source."));

    // The toolbar's Inbox shows the panel; opening the entry opens the article in an editor
    // and the comments at the editor's comment, and it is read.
    inboxAction->trigger();
    CHECK(his.inboxDock()->isVisible());
    inbox->list()->setCurrentItem(item);
    inbox->openSelected();
    ArticleEditor *editor = his.editorTabs()->editor(submittedUid);
    REQUIRE(editor != nullptr);
    CHECK(his.editorTabs()->currentWidget() == editor);
    CHECK(his.commentsDock()->isVisible());
    QListWidgetItem *comment = his.commentsPanel()->list()->currentItem();
    REQUIRE(comment != nullptr);
    CHECK(comment->data(CommentsPanel::NumberRole).toInt() == 1);
    CHECK(comment->text() == QStringLiteral("The growth figures need a source."));
    CHECK(inboxAction->text() == QStringLiteral("Inbox"));
    auto unread = Storage::InboxRepository(*otherDb).unread(tom);
    REQUIRE_OK(unread);
    CHECK(*unread == 0);
    // The editor's own desk has nothing: he acted.
    CHECK(editors->inboxAction()->text() == QStringLiteral("Inbox"));
}

TEST_CASE("another desk's import of many articles reloads the list once, and the article this "
          "desk had selected stays selected",
          "[ui][live]")
{
    SharedStore shared(QStringLiteral("burst.sqlite"));
    auto &[dir, path, ownDb, otherDb] = shared;
    auto desk = deskFor(*ownDb, dir, samvel);
    MainWindow &mine = *desk;
    REQUIRE(mine.selectArticle(draftUid));
    int resets = 0;
    QObject::connect(mine.articleModel(), &QAbstractItemModel::modelReset, mine.articleModel(),
                     [&resets] { ++resets; });
    {
        auto tx = Storage::Transaction::begin(*otherDb, QStringLiteral("an import"));
        REQUIRE_OK(tx);
        for (int i = 0; i <= ArticleListModel::refreshLimit; ++i) {
            REQUIRE_OK(EditService(*otherDb).create(
                samvel, QStringLiteral("9fe74806-a99f-491f-80d7-82a9884d4013"),
                QStringLiteral("en"), QStringLiteral("Imported %1").arg(i)));
        }
        REQUIRE_OK(tx->commit());
    }
    const int expected = 6 + ArticleListModel::refreshLimit + 1;
    REQUIRE(QTest::qWaitFor([&] { return mine.articleModel()->rowCount() == expected; }, 3000));
    CHECK(resets == 1);
    const QModelIndex current = mine.articleView()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(mine.articleModel()->summary(current.row()).uid == draftUid);
    CHECK(mine.articleView()->selectionModel()->isRowSelected(current.row(), {}));
}

TEST_CASE("an editor gives a translation to a translator from the article's details: her inbox "
          "opens it in the translation view",
          "[ui][live][inbox]")
{
    SharedStore shared(QStringLiteral("assign.sqlite"));
    auto &[dir, path, ownDb, otherDb] = shared;
    const QString submittedUid = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626");
    auto editors = deskFor(*ownDb, dir, samvel);
    auto translators = deskFor(*otherDb, dir, lena);

    ArticleEditor *editor = editors->editorTabs()->open(submittedUid);
    REQUIRE(editor != nullptr);
    QComboBox *translator = editor->details()->translatorBox();
    CHECK_FALSE(translator->isVisibleTo(editor)); // the English source has no translator
    editor->setLocale(QStringLiteral("hy"));
    REQUIRE(translator->isVisibleTo(editor));
    CHECK(translator->currentData().toString() == QStringLiteral("narine.grigoryan"));
    const int lenaAt = translator->findData(lena);
    REQUIRE(lenaAt > 0);
    CHECK(translator->findData(QStringLiteral("olga.smirnova")) < 0); // she translates Russian
    translator->setCurrentIndex(lenaAt);
    Q_EMIT translator->activated(lenaAt);
    REQUIRE(editor->isModified());
    REQUIRE(editor->save());

    REQUIRE(QTest::qWaitFor(
        [&] { return translators->inboxAction()->text() == QStringLiteral("Inbox (1)"); }, 3000));
    InboxPanel *inbox = translators->inbox();
    REQUIRE(inbox->entries().size() == 1);
    CHECK(inbox->entries().first().kind == InboxKind::AssignedTranslator);
    inbox->list()->setCurrentRow(0);
    inbox->openSelected();
    TranslationView *view
        = translators->editorTabs()->translationView(submittedUid, QStringLiteral("hy"));
    REQUIRE(view != nullptr);
    CHECK(translators->editorTabs()->currentWidget() == view);
}

TEST_CASE("publishing what is due waits for another desk's long transaction without holding up "
          "the window",
          "[ui][live]")
{
    SharedStore shared(QStringLiteral("due.sqlite"));
    auto &[dir, path, ownDb, otherDb] = shared;
    const QString submittedUid = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626");
    WorkflowService workflow(*ownDb);
    WorkflowService::Request step;
    step.uid = submittedUid;
    step.user = samvel;
    step.action = Action::Approve;
    REQUIRE_OK(workflow.act(step));
    step.action = Action::Schedule;
    step.at = QDateTime::currentDateTimeUtc().addSecs(2);
    REQUIRE_OK(workflow.act(step));
    auto desk = deskFor(*ownDb, dir, samvel);
    MainWindow &mine = *desk;
    QTest::qWait(2100); // it is due now

    // Another desk holds the store's write lock (an import, say) for a while.
    auto held = Storage::Transaction::begin(*otherDb, QStringLiteral("a long import"));
    REQUIRE_OK(held);
    QElapsedTimer clock;
    clock.start();
    mine.publishDue();
    CHECK(clock.elapsed() < 100); // the window answers at once
    CHECK(mine.publishJob()->isRunning());
    QTest::qWait(300);
    CHECK(mine.publishJob()->isRunning()); // still waiting for the lock, in the background
    REQUIRE_OK(held->commit());
    REQUIRE(QTest::qWaitFor([&] { return !mine.publishJob()->isRunning(); }, 5000));
    REQUIRE(QTest::qWaitFor(
        [&] {
            const int row = mine.articleModel()->rowOf(submittedUid);
            return row >= 0 && mine.articleModel()->summary(row).state == WorkflowState::Published;
        },
        3000));
    CHECK(mine.statusBar()->currentMessage() == QStringLiteral("Published 1 scheduled article."));
}

// The desk with someone else in the same article, for the README and for looking at it (not
// in the suite: run by hand):
//   BYLINE_SHOTS_DIR=/tmp/shots xvfb-run -a build/dev/tests/test_live "[.shots]"
TEST_CASE("screenshots of presence", "[.shots]")
{
    const QString folder = qEnvironmentVariable("BYLINE_SHOTS_DIR");
    if (folder.isEmpty())
        FAIL("Set BYLINE_SHOTS_DIR to the folder the screenshots go to.");
    QDir().mkpath(folder);
    SharedStore shared(QStringLiteral("shots.sqlite"));
    auto &[dir, path, ownDb, otherDb] = shared;
    auto other = deskFor(*otherDb, dir, lena);
    REQUIRE(other->editorTabs()->translate(draftUid, QStringLiteral("hy")) != nullptr);
    auto desk = deskFor(*ownDb, dir, samvel);
    MainWindow &mine = *desk;
    mine.resize(1366, 768);
    mine.show();
    REQUIRE(QTest::qWaitForWindowExposed(&mine));
    REQUIRE(QTest::qWaitFor([&] { return !presentCell(mine, draftUid).isEmpty(); }, 3000));
    QTest::qWait(300);
    REQUIRE(mine.grab().save(QDir(folder).filePath(QStringLiteral("presence-list.png"))));
    ArticleEditor *editor = mine.editorTabs()->open(draftUid);
    REQUIRE(editor != nullptr);
    QTest::qWait(300);
    REQUIRE(mine.grab().save(QDir(folder).filePath(QStringLiteral("presence-editor.png"))));
    // Unsaved text here, a newer version saved there.
    QPlainTextEdit *title = editor->page()->titleEdit();
    title->moveCursor(QTextCursor::End);
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral(" (draft)"));
    auto found = Storage::ArticleRepository(*otherDb).find(draftUid);
    REQUIRE_OK(found);
    Article english = **found;
    english.translation(u"en")->lead += QStringLiteral(" Checked.");
    REQUIRE_OK(EditService(*otherDb).save(english, QStringLiteral("narine.grigoryan")));
    auto *bar = editor->findChild<SavedElsewhereBar *>(QStringLiteral("savedElsewhereBar"));
    REQUIRE(QTest::qWaitFor([&] { return bar->isVisibleTo(editor); }, 2000));
    QTest::qWait(300);
    REQUIRE(mine.grab().save(QDir(folder).filePath(QStringLiteral("saved-elsewhere.png"))));
}

TEST_CASE("screenshots of the inbox", "[.shots]")
{
    const QString folder = qEnvironmentVariable("BYLINE_SHOTS_DIR");
    if (folder.isEmpty())
        FAIL("Set BYLINE_SHOTS_DIR to the folder the screenshots go to.");
    QDir().mkpath(folder);
    SharedStore shared(QStringLiteral("inbox-shots.sqlite"));
    auto &[dir, path, ownDb, otherDb] = shared;
    const QString submittedUid = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626");
    const QString tom = QStringLiteral("tom.reid");
    WorkflowService workflow(*otherDb);
    REQUIRE_OK(workflow.comment(draftUid, irina, {},
                                QStringLiteral("@tom.reid could you lend me your port contact "
                                               "for the second quote?")));
    WorkflowService::Request back;
    back.uid = submittedUid;
    back.action = Action::RequestChanges;
    back.user = samvel;
    back.comment = QStringLiteral("The growth figures need a source, and the third answer is "
                                  "longer than the interview allows.");
    REQUIRE_OK(workflow.act(back));
    auto desk = deskFor(*ownDb, dir, tom);
    MainWindow &his = *desk;
    his.resize(1366, 768);
    REQUIRE(QTest::qWaitForWindowExposed(&his));
    his.inboxAction()->trigger();
    his.inbox()->list()->setCurrentRow(1);
    QTest::qWait(300);
    REQUIRE(his.grab().save(QDir(folder).filePath(QStringLiteral("inbox.png"))));

    // The editor's details on a translation: who translates it.
    auto editors = deskFor(*otherDb, dir, samvel);
    editors->resize(1366, 768);
    ArticleEditor *editor = editors->editorTabs()->open(submittedUid);
    REQUIRE(editor != nullptr);
    editor->setLocale(QStringLiteral("hy"));
    QTest::qWait(300);
    REQUIRE(editors->grab().save(QDir(folder).filePath(QStringLiteral("translator.png"))));
}

TEST_CASE("a journalist's unsaved Russian and a translator's English saved meanwhile: her save "
          "merges them, no conflict to resolve",
          "[ui][live][parallel]")
{
    SharedStore shared(QStringLiteral("merge.sqlite"));
    auto &[dir, path, ownDb, otherDb] = shared;
    auto desk = deskFor(*ownDb, dir, irina);
    MainWindow &mine = *desk;
    ArticleEditor *editor = mine.editorTabs()->open(draftUid);
    REQUIRE(editor != nullptr);
    bool asked = false;
    editor->resolveConflict = [&asked](const ConflictDialog::Info &) {
        asked = true;
        return ConflictDialog::Resolution(ConflictDialog::Choice::Later);
    };
    QPlainTextEdit *title = editor->page()->titleEdit();
    title->moveCursor(QTextCursor::End);
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral(" - draft"));
    REQUIRE(editor->isModified());

    // Narine saves her English at her desk meanwhile.
    auto found = Storage::ArticleRepository(*otherDb).find(draftUid);
    REQUIRE_OK(found);
    Article english = **found;
    english.translation(u"en")->lead = QStringLiteral("A lead the translator saved meanwhile.");
    REQUIRE_OK(EditService(*otherDb).save(english, QStringLiteral("narine.grigoryan")));
    // Her save reaches this desk, which keeps the unsaved text and says whose the newer
    // version is.
    auto *bar = editor->findChild<SavedElsewhereBar *>(QStringLiteral("savedElsewhereBar"));
    REQUIRE(bar != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return bar->isVisibleTo(editor); }, 2000));
    CHECK(bar->label()->text().startsWith(
        QStringLiteral("Narine Grigoryan saved a newer version at ")));
    CHECK(editor->isModified());

    QTest::mouseClick(bar->mergeButton(), Qt::LeftButton);
    CHECK_FALSE(bar->isVisibleTo(editor));
    CHECK_FALSE(asked);
    CHECK_FALSE(editor->isModified());
    auto stored = Storage::ArticleRepository(*ownDb).find(draftUid);
    REQUIRE_OK(stored);
    CHECK((*stored)->translation(u"ru")->title.endsWith(QStringLiteral(" - draft")));
    CHECK((*stored)->translation(u"en")->lead
          == QStringLiteral("A lead the translator saved meanwhile."));
    // The editor holds both now: her English shows when she looks at it.
    CHECK(editor->document()->article().translation(u"en")->lead
          == QStringLiteral("A lead the translator saved meanwhile."));
    CHECK(editor->page()->titleEdit()->toPlainText().endsWith(QStringLiteral(" - draft")));
}

TEST_CASE("a translator's unsaved Armenian over the journalist's Russian saved meanwhile: the "
          "translation view keeps her place, says who saved, and merges on request",
          "[ui][live][parallel]")
{
    SharedStore shared(QStringLiteral("translate.sqlite"));
    auto &[dir, path, ownDb, otherDb] = shared;
    auto desk = deskFor(*ownDb, dir, lena);
    TranslationView *view = desk->editorTabs()->translate(draftUid, QStringLiteral("hy"));
    REQUIRE(view != nullptr);
    SegmentRow *lead = view->row(QStringLiteral("lead"));
    REQUIRE(lead != nullptr);
    QPlainTextEdit *field = lead->editor();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("Hay"));
    REQUIRE(view->isModified());
    const int at = field->textCursor().position();

    // Irina saves a new Russian headline at her desk.
    auto found = Storage::ArticleRepository(*otherDb).find(draftUid);
    REQUIRE_OK(found);
    Article russian = **found;
    russian.translation(u"ru")->title += QString::fromUtf8(" — обновлено");
    REQUIRE_OK(EditService(*otherDb).save(russian, irina));

    auto *bar = view->findChild<SavedElsewhereBar *>(QStringLiteral("savedElsewhereBar"));
    REQUIRE(bar != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return bar->isVisibleTo(view); }, 2000));
    CHECK(
        bar->label()->text().startsWith(QStringLiteral("Irina Volkova saved a newer version at ")));
    // Her row, her words and her cursor are where they were.
    CHECK(view->row(QStringLiteral("lead")) == lead);
    CHECK(field->toPlainText() == QStringLiteral("Hay"));
    CHECK(field->textCursor().position() == at);
    CHECK(field->hasFocus());

    QTest::mouseClick(bar->mergeButton(), Qt::LeftButton);
    CHECK_FALSE(bar->isVisibleTo(view));
    CHECK_FALSE(view->isModified());
    auto stored = Storage::ArticleRepository(*ownDb).find(draftUid);
    REQUIRE_OK(stored);
    CHECK((*stored)->translation(u"ru")->title.endsWith(QString::fromUtf8(" — обновлено")));
    REQUIRE((*stored)->translation(u"hy") != nullptr);
    CHECK((*stored)->translation(u"hy")->lead == QStringLiteral("Hay"));
}
