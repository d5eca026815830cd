// The article editor (issue #6), offscreen: editing, blocks, quotes, undo, rights, autosave,
// conflicts and the journal that survives an abrupt end.
#include "core/interchange/EditJournal.h"
#include "core/models/ArticleListModel.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/WorkflowService.h"
#include "tests/TestSupport.h"
#include "ui/desk/EditorTabs.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/NewArticleDialog.h"
#include "ui/document/ArticleDocument.h"
#include "ui/document/ConflictDialog.h"
#include "ui/document/QuoteCatalog.h"
#include "ui/editor/ArticleDetails.h"
#include "ui/editor/ArticleEditor.h"
#include "ui/editor/ArticlePage.h"
#include "ui/editor/BlockWidget.h"
#include "ui/editor/QuotePickerDialog.h"
#include "ui/language/UiLanguage.h"
#include "ui/widgets/FieldText.h"
#include "ui/workflow/WorkflowActions.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Byline;
using Byline::Test::TempDir;
using Command = ArticleEditor::Command;

namespace {

const QString draftUid
    = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b"); // ru source, ru + en
const QString submittedUid = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626");
const QString irina = QStringLiteral("irina.volkova"); // the draft's journalist
const QString lena = QStringLiteral("lena.mkrtchyan"); // translates into hy
const QString samvel = QStringLiteral("samvel.harutyunyan"); // editor
const QString gayaneQuote = QStringLiteral("0bd6d7a9-cee9-45c5-b8ba-28f6cc064772");

User user(Storage::Database &db, const QString &name)
{
    auto found = Storage::UserRepository(db).require(name);
    REQUIRE(found.has_value());
    return *found;
}

Article stored(Storage::Database &db, const QString &uid,
               Storage::ArticleRepository::Load load = Storage::ArticleRepository::Load::Text)
{
    auto found = Storage::ArticleRepository(db).find(uid, load);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return **found;
}

// An editor in a window of its own, shown and active (shortcuts need an active window).
struct Fixture
{
    TempDir dir;
    std::unique_ptr<Storage::Database> db
        = Test::openDemoStore(dir.path(QStringLiteral("editor.sqlite")));
    QString journal = dir.path(QStringLiteral("journal"));
    std::unique_ptr<ArticleEditor> editor;

    ArticleEditor &open(const QString &who, const QString &uid = draftUid, int autosaveMs = 60000)
    {
        editor = std::make_unique<ArticleEditor>(*db);
        editor->setJournalFolder(journal);
        editor->setAutosaveDelay(autosaveMs);
        editor->setUser(user(*db, who));
        editor->resize(1000, 700);
        REQUIRE(editor->open(uid));
        editor->show();
        editor->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(editor.get()));
        return *editor;
    }
};

BlockWidget *block(ArticleEditor &editor, const QString &id)
{
    BlockWidget *w = editor.page()->blockWidget(id);
    REQUIRE(w != nullptr);
    return w;
}

QStringList ids(const QList<Block> &blocks)
{
    QStringList result;
    for (const Block &b : blocks)
        result.append(b.id);
    return result;
}

void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClicks(field, text);
}

} // namespace

TEST_CASE("a journalist edits her draft: text, blocks, a quote, and it saves itself",
          "[ui][editor]")
{
    Fixture f;
    ArticleEditor &editor = f.open(irina, draftUid, 50);
    CHECK_FALSE(editor.isReadOnly());
    CHECK(editor.locale() == QStringLiteral("ru"));
    CHECK(editor.details()->localeBox()->currentText().contains(QStringLiteral("source")));
    CHECK(editor.details()->stateLabel()->text().startsWith(QStringLiteral("Draft")));
    CHECK(editor.saveStateText() == QStringLiteral("Saved"));
    const int wordsBefore = editor.wordCount();
    CHECK(wordsBefore > 100);
    CHECK(editor.wordCountText().contains(QStringLiteral("about 1 min")));

    // The headline and the first paragraph, typed.
    QPlainTextEdit *title = editor.page()->titleEdit();
    title->moveCursor(QTextCursor::End);
    typeInto(title, QStringLiteral(" (draft)"));
    QPlainTextEdit *first = block(editor, QStringLiteral("b1"))->textEdit();
    REQUIRE(first != nullptr);
    first->moveCursor(QTextCursor::End);
    typeInto(first, QStringLiteral(" Extra words."));
    CHECK(editor.isModified());
    CHECK(editor.wordCount() == wordsBefore + 3);

    // A new paragraph after the first: a fresh id above every id of every locale.
    editor.action(Command::AddParagraph)->trigger();
    const QStringList afterAdd = ids(editor.document()->blocks(QStringLiteral("ru")));
    REQUIRE(afterAdd.size() == 9);
    CHECK(afterAdd.at(1) == QStringLiteral("b9"));
    CHECK(editor.page()->currentBlockId() == QStringLiteral("b9"));
    QPlainTextEdit *added = block(editor, QStringLiteral("b9"))->textEdit();
    REQUIRE(added != nullptr);
    CHECK(added->hasFocus());
    QTest::keyClicks(added, QStringLiteral("A new paragraph."));
    // The English translation does not have it: there it is missing, not added.
    CHECK(editor.document()->blockIndex(QStringLiteral("en"), QStringLiteral("b9")) < 0);

    // Alt+Up moves it above b1, Alt+Down back.
    QTest::keyClick(added, Qt::Key_Up, Qt::AltModifier);
    CHECK(ids(editor.document()->blocks(QStringLiteral("ru"))).mid(0, 2)
          == QStringList({QStringLiteral("b9"), QStringLiteral("b1")}));
    CHECK_FALSE(editor.action(Command::MoveUp)->isEnabled()); // at the top
    QTest::keyClick(added, Qt::Key_Down, Qt::AltModifier);
    CHECK(ids(editor.document()->blocks(QStringLiteral("ru"))).mid(0, 2)
          == QStringList({QStringLiteral("b1"), QStringLiteral("b9")}));

    // A heading added and deleted again.
    editor.action(Command::AddHeading)->trigger();
    CHECK(editor.page()->currentBlockId() == QStringLiteral("b10"));
    CHECK(block(editor, QStringLiteral("b10"))->lineEdit() != nullptr);
    editor.action(Command::Delete)->trigger();
    CHECK(editor.document()->blockIndex(QStringLiteral("ru"), QStringLiteral("b10")) < 0);
    CHECK(editor.page()->blockWidget(QStringLiteral("b10")) == nullptr);

    // An expert's quote, chosen through the seam, shown with the expert in Russian.
    QString askedLocale;
    editor.pickQuote = [&](const QString &locale) {
        askedLocale = locale;
        return std::optional<QString>(gayaneQuote);
    };
    editor.page()->focusBlock(QStringLiteral("b9"));
    editor.action(Command::InsertQuote)->trigger();
    CHECK(askedLocale == QStringLiteral("ru"));
    const QList<Block> ru = editor.document()->blocks(QStringLiteral("ru"));
    REQUIRE(ru.size() == 10);
    CHECK(ru.at(2).type == BlockType::Quote);
    CHECK(ru.at(2).quoteUid == gayaneQuote);
    const QString quoteId = ru.at(2).id;
    auto *shown = qobject_cast<QLabel *>(block(editor, quoteId)->editor());
    REQUIRE(shown != nullptr);
    CHECK(shown->text().contains(QStringLiteral("Гаяне Мартиросян")));
    CHECK(shown->text().contains(editor.quotes()
                                     .quote(gayaneQuote)
                                     ->texts.value(QStringLiteral("ru"))
                                     .left(20)
                                     .toHtmlEscaped()));

    // Autosave about the delay after the last change; the journal entry goes with it.
    CHECK(QTest::qWaitFor([&] { return !editor.isModified(); }, 5000));
    CHECK(editor.saveStateText() == QStringLiteral("Saved"));
    CHECK_FALSE(QFileInfo::exists(f.journal + QStringLiteral("/%1.json").arg(draftUid)));
    const Article saved = stored(*f.db, draftUid);
    CHECK(saved.version >= 4);
    const Translation *t = saved.translation(u"ru");
    REQUIRE(t != nullptr);
    CHECK(t->title.endsWith(QStringLiteral(" (draft)")));
    CHECK(t->blocks.at(0).text.endsWith(QStringLiteral(" Extra words.")));
    CHECK(t->blocks.at(1).id == QStringLiteral("b9"));
    CHECK(t->blocks.at(1).text == QStringLiteral("A new paragraph."));
    CHECK(t->blocks.at(2).quoteUid == gayaneQuote);
    CHECK(saved.translation(u"en")->blocks.size() == 8); // untouched
    CHECK(saved.authors == QStringList {irina});
}

TEST_CASE("structural changes undo and redo, one step each, in their own language",
          "[ui][editor][undo]")
{
    Fixture f;
    ArticleEditor &editor = f.open(irina);
    QUndoStack *stack = editor.document()->undoStack();
    const QList<Block> original = editor.document()->blocks(QStringLiteral("ru"));

    editor.page()->focusBlock(QStringLiteral("b4"));
    editor.action(Command::Delete)->trigger();
    CHECK(editor.document()->blockIndex(QStringLiteral("ru"), QStringLiteral("b4")) < 0);
    CHECK(stack->undoText() == QStringLiteral("Delete a block"));
    CHECK(editor.action(Command::Undo)->toolTip().contains(QStringLiteral("Delete a block")));

    // Ctrl+Z, typed into a text field, undoes the deletion (not the field's own typing).
    QPlainTextEdit *b1 = block(editor, QStringLiteral("b1"))->textEdit();
    b1->setFocus();
    QTest::keyClick(b1, Qt::Key_Z, Qt::ControlModifier);
    CHECK(editor.document()->blocks(QStringLiteral("ru")) == original);
    REQUIRE(editor.page()->blockWidget(QStringLiteral("b4")) != nullptr);
    CHECK(editor.page()->currentBlockId() == QStringLiteral("b4"));
    CHECK_FALSE(editor.isModified());
    editor.action(Command::Redo)->trigger();
    CHECK(editor.document()->blockIndex(QStringLiteral("ru"), QStringLiteral("b4")) < 0);
    editor.action(Command::Undo)->trigger();
    CHECK(editor.document()->blocks(QStringLiteral("ru")) == original);

    // A burst of typing is one step; the author list and section are steps of their own.
    b1->moveCursor(QTextCursor::End);
    const int steps = stack->index();
    typeInto(b1, QStringLiteral("abc"));
    CHECK(stack->index() == steps + 1);
    CHECK(stack->undoText() == QStringLiteral("Edit a paragraph"));
    QTest::keyClick(b1, Qt::Key_Z, Qt::ControlModifier);
    CHECK(editor.document()->blocks(QStringLiteral("ru")) == original);

    // Typing in English, then Russian shown: undo goes back to English to undo it there.
    editor.setLocale(QStringLiteral("en"));
    QPlainTextEdit *title = editor.page()->titleEdit();
    title->moveCursor(QTextCursor::End);
    typeInto(title, QStringLiteral("!"));
    editor.setLocale(QStringLiteral("ru"));
    editor.action(Command::Undo)->trigger();
    CHECK(editor.locale() == QStringLiteral("en"));
    CHECK(editor.document()->text(QStringLiteral("en"), QStringLiteral("title"))
          == stored(*f.db, draftUid).translation(u"en")->title);
    CHECK(editor.page()->titleEdit()->toPlainText()
          == stored(*f.db, draftUid).translation(u"en")->title);
    CHECK_FALSE(editor.isModified());
}

TEST_CASE("what the user may not change is read only, with the reason", "[ui][editor][permissions]")
{
    Fixture f;
    SECTION("a translator on the source, then in her own new translation")
    {
        ArticleEditor &editor = f.open(lena);
        CHECK(editor.locale() == QStringLiteral("ru")); // the article has no Armenian yet
        CHECK(editor.isReadOnly());
        CHECK(editor.readOnlyReason().contains(QStringLiteral("source text")));
        CHECK(editor.banner()->isVisibleTo(&editor));
        CHECK(editor.banner()->text().contains(QStringLiteral("source text")));
        CHECK(editor.page()->titleEdit()->isReadOnly());
        CHECK(block(editor, QStringLiteral("b1"))->textEdit()->isReadOnly());
        CHECK_FALSE(editor.action(Command::AddParagraph)->isEnabled());
        CHECK_FALSE(editor.details()->sectionBox()->isEnabled());
        CHECK_FALSE(editor.details()->authorsButton()->isEnabled());
        editor.setLocale(QStringLiteral("en"));
        CHECK(editor.readOnlyReason().contains(QStringLiteral("does not translate")));

        // "Add translation: AM" is offered, and she may: every source block waits, empty.
        const int add = editor.details()->localeBox()->findText(
            QStringLiteral("Add translation: AM"), Qt::MatchStartsWith);
        REQUIRE(add >= 0);
        Q_EMIT editor.details()->localeBox()->activated(add);
        CHECK(editor.locale() == QStringLiteral("hy"));
        CHECK_FALSE(editor.isReadOnly());
        CHECK_FALSE(editor.banner()->isVisibleTo(&editor));
        CHECK_FALSE(
            editor.action(Command::AddParagraph)->isEnabled()); // blocks come from the source
        BlockWidget *b1 = block(editor, QStringLiteral("b1"));
        CHECK_FALSE(b1->isPresent());
        CHECK(b1->textEdit()->placeholderText().contains(QStringLiteral("Not translated")));
        // (QTest types Latin-1 only: Armenian goes in as an input method would put it.)
        b1->textEdit()->setFocus();
        b1->textEdit()->insertPlainText(QStringLiteral("Առաջին պարբերություն"));
        CHECK(b1->isPresent());
        editor.page()->titleEdit()->insertPlainText(QStringLiteral("Երկաթուղի"));
        REQUIRE(editor.save());
        const Article saved = stored(*f.db, draftUid);
        const Translation *hy = saved.translation(u"hy");
        REQUIRE(hy != nullptr);
        CHECK(hy->translator == lena);
        CHECK(hy->title == QStringLiteral("Երկաթուղի"));
        QStringList hyIds;
        for (const Block &b : hy->blocks)
            hyIds.append(b.id);
        // The translated paragraph and the source's quotes, nothing empty.
        CHECK(hyIds
              == QStringList({QStringLiteral("b1"), QStringLiteral("b3"), QStringLiteral("b5"),
                              QStringLiteral("b7")}));
        CHECK(hy->sources.value(QStringLiteral("block:b1"))
              == saved.translation(u"ru")->blocks.first().text);
    }
    SECTION("a journalist on a submitted article")
    {
        ArticleEditor &editor = f.open(QStringLiteral("tom.reid"), submittedUid);
        CHECK(editor.isReadOnly());
        CHECK(editor.readOnlyReason().contains(QStringLiteral("no longer a draft")));
        CHECK_FALSE(editor.action(Command::Delete)->isEnabled());
    }
    SECTION("only editors change authors; the editor does")
    {
        {
            ArticleEditor &editor = f.open(irina);
            CHECK(editor.details()->sectionBox()->isEnabled());
            CHECK_FALSE(editor.details()->authorsButton()->isEnabled());
            CHECK(editor.details()->authorsButton()->toolTip().contains(
                QStringLiteral("Only editors")));
        }
        ArticleEditor &editor = f.open(samvel, submittedUid);
        CHECK_FALSE(editor.isReadOnly());
        REQUIRE(editor.details()->authorsButton()->isEnabled());
        Q_EMIT editor.details()->authorsChosen({QStringLiteral("tom.reid"), irina});
        CHECK(editor.document()->undoStack()->undoText() == QStringLiteral("Change the authors"));
        REQUIRE(editor.save());
        CHECK(stored(*f.db, submittedUid).authors
              == QStringList({QStringLiteral("tom.reid"), irina}));
        CHECK(editor.details()->authorsButton()->text()
              == QStringLiteral("Tom Reid, Irina Volkova"));
    }
}

TEST_CASE("a conflict shows both texts, keeping mine loses theirs to the revisions only",
          "[ui][editor][conflict]")
{
    Fixture f;
    ArticleEditor &editor = f.open(irina);
    QPlainTextEdit *title = editor.page()->titleEdit();
    title->moveCursor(QTextCursor::End);
    typeInto(title, QStringLiteral(" (mine)"));

    // Meanwhile the editor saves a new lead.
    Article theirs = stored(*f.db, draftUid);
    theirs.translation(u"ru")->lead = QStringLiteral("Новый лид от редактора.");
    REQUIRE_OK(EditService(*f.db).save(theirs, samvel));

    std::optional<ConflictDialog::Info> asked;
    SECTION("keep mine")
    {
        editor.resolveConflict = [&](const ConflictDialog::Info &info) {
            asked = info;
            return ConflictDialog::Choice::KeepMine;
        };
        REQUIRE(editor.save());
        REQUIRE(asked.has_value());
        CHECK(asked->mine.translation(u"ru")->title.endsWith(QStringLiteral(" (mine)")));
        CHECK(asked->theirs.translation(u"ru")->lead == QStringLiteral("Новый лид от редактора."));
        CHECK(asked->theirAuthor == QStringLiteral("Samvel Harutyunyan"));
        CHECK(asked->keptRevision > 0);
        // Both sides, the differences marked.
        const auto [left, right]
            = ConflictDialog::sideBySide(asked->mine, asked->theirs, editor.quotes());
        CHECK(left.contains(QStringLiteral("(mine)")));
        CHECK(right.contains(QStringLiteral("Новый лид от редактора.")));
        CHECK_FALSE(right.contains(QStringLiteral("(mine)")));

        const Article now = stored(*f.db, draftUid, Storage::ArticleRepository::Load::WithHistory);
        CHECK(now.translation(u"ru")->title.endsWith(QStringLiteral(" (mine)")));
        CHECK(now.version == 5);
        bool theirsKept = false;
        for (const Revision &r : now.revisions) {
            for (const Translation &t : r.snapshot)
                theirsKept = theirsKept
                    || (r.user == samvel && t.lead == QStringLiteral("Новый лид от редактора."));
        }
        CHECK(theirsKept);
        CHECK(editor.saveState() == ArticleEditor::SaveState::Saved);
        CHECK_FALSE(editor.isModified());
    }
    SECTION("take theirs")
    {
        editor.resolveConflict = [&](const ConflictDialog::Info &info) {
            asked = info;
            return ConflictDialog::Choice::TakeTheirs;
        };
        REQUIRE(editor.save());
        CHECK(editor.page()->leadEdit()->toPlainText()
              == QStringLiteral("Новый лид от редактора."));
        CHECK_FALSE(editor.page()->titleEdit()->toPlainText().contains(QStringLiteral("(mine)")));
        const Article now = stored(*f.db, draftUid, Storage::ArticleRepository::Load::WithHistory);
        CHECK(now.version == 4);
        const Revision &last = now.revisions.last();
        CHECK(last.kind == RevisionKind::Conflict);
        CHECK(last.user == irina);
        CHECK(last.snapshot.first().title.endsWith(QStringLiteral(" (mine)")));
    }
    SECTION("merge by block: my headline and their lead, both kept")
    {
        int rows = -1;
        editor.resolveConflict = [&](const ConflictDialog::Info &info) {
            ConflictDialog dialog(info, editor.quotes());
            dialog.showMerge();
            QTreeWidget *parts = dialog.partsView();
            rows = parts->topLevelItemCount();
            for (int i = 0; i < rows; ++i) {
                QTreeWidgetItem *item = parts->topLevelItem(i);
                // Their lead wins; my headline stays (all parts start as mine).
                if (item->data(0, Qt::UserRole + 1).toString() == QStringLiteral("lead")) {
                    CHECK(item->text(3) == QStringLiteral("Новый лид от редактора."));
                    item->setCheckState(0, Qt::Unchecked);
                }
            }
            dialog.acceptMerge();
            return dialog.resolution();
        };
        REQUIRE(editor.save());
        CHECK(rows == 2); // the headline and the lead differ, nothing else
        const Article now = stored(*f.db, draftUid);
        CHECK(now.version == 5);
        CHECK(now.translation(u"ru")->title.endsWith(QStringLiteral(" (mine)")));
        CHECK(now.translation(u"ru")->lead == QStringLiteral("Новый лид от редактора."));
        // The editor shows what was saved, and is clean.
        CHECK(editor.page()->leadEdit()->toPlainText()
              == QStringLiteral("Новый лид от редактора."));
        CHECK(editor.page()->titleEdit()->toPlainText().endsWith(QStringLiteral(" (mine)")));
        CHECK(editor.saveState() == ArticleEditor::SaveState::Saved);
        CHECK_FALSE(editor.isModified());
    }
    SECTION("decide later: nothing saved, nothing lost, asked again on Ctrl+S")
    {
        int asks = 0;
        editor.resolveConflict = [&](const ConflictDialog::Info &) {
            ++asks;
            return ConflictDialog::Choice::Later;
        };
        CHECK_FALSE(editor.save());
        CHECK(editor.saveState() == ArticleEditor::SaveState::Conflict);
        CHECK(editor.saveStateText().contains(QStringLiteral("newer version")));
        CHECK(editor.page()->titleEdit()->toPlainText().endsWith(QStringLiteral(" (mine)")));
        CHECK(QFileInfo::exists(f.journal + QStringLiteral("/%1.json").arg(draftUid)));
        QTest::keyClick(editor.page()->titleEdit(), Qt::Key_S, Qt::ControlModifier);
        CHECK(asks == 2);
    }
}

TEST_CASE("someone typing without a pause is saved all the same, not only when they stop",
          "[ui][editor]")
{
    // The autosave waited for a pause: ten steady minutes of typing reached the store only at
    // the end (the journal had them, the other desks did not).
    Fixture f;
    ArticleEditor &editor = f.open(irina, draftUid, 200);
    QPlainTextEdit *title = editor.page()->titleEdit();
    title->setFocus();
    QTest::keyClick(title, Qt::Key_End);
    const int before = stored(*f.db, draftUid).version;
    QElapsedTimer typing;
    typing.start();
    bool savedWhileTyping = false;
    while (typing.elapsed() < 4000 && !savedWhileTyping) {
        QTest::keyClicks(title, QStringLiteral("x"));
        QTest::qWait(50); // never the 200 ms pause the autosave waits for
        savedWhileTyping = stored(*f.db, draftUid).version > before;
    }
    CHECK(savedWhileTyping);
    CHECK(typing.elapsed() < 3000); // at most eight pauses' time after the first change
}

TEST_CASE("a refused save keeps the text in the editor and the journal", "[ui][editor]")
{
    Fixture f;
    ArticleEditor &editor = f.open(irina);
    QPlainTextEdit *title = editor.page()->titleEdit();
    title->moveCursor(QTextCursor::End);
    typeInto(title, QStringLiteral(" kept"));
    // The article moves on (submitted elsewhere) before the save.
    REQUIRE_OK(WorkflowService(*f.db).act({draftUid, Action::Submit, irina, {}, {}, {}}));
    CHECK_FALSE(editor.save());
    CHECK(editor.saveState() == ArticleEditor::SaveState::Failed);
    CHECK(editor.saveStateText().startsWith(QStringLiteral("Saving failed: ")));
    CHECK(editor.saveStateText().contains(QStringLiteral("no longer a draft")));
    CHECK(title->toPlainText().endsWith(QStringLiteral(" kept")));
    CHECK(editor.isReadOnly()); // and the banner says why
    auto entry = Interchange::EditJournal(f.journal).read(draftUid);
    REQUIRE_OK(entry);
    REQUIRE(entry->has_value());
    CHECK((*entry)->draft.translation(u"ru")->title.endsWith(QStringLiteral(" kept")));
}

TEST_CASE("after an abrupt end the journal offers the unsaved text back", "[ui][editor][journal]")
{
    Fixture f;
    {
        // Typing is journaled about half a second after each change.
        ArticleEditor &editor = f.open(irina);
        QPlainTextEdit *lead = editor.page()->leadEdit();
        lead->moveCursor(QTextCursor::End);
        typeInto(lead, QStringLiteral(" Journaled."));
        CHECK(QTest::qWaitFor(
            [&] { return QFileInfo::exists(f.journal + QStringLiteral("/%1.json").arg(draftUid)); },
            3000));
    }
    // The editor above saved on closing; an abrupt end would not have: leave a draft behind.
    Article draft = stored(*f.db, draftUid);
    draft.translation(u"ru")->title = QStringLiteral("Заголовок, который не успел сохраниться");
    REQUIRE_OK(Interchange::EditJournal(f.journal).write(draft, irina));

    SECTION("restored")
    {
        int offers = 0;
        auto editor = std::make_unique<ArticleEditor>(*f.db);
        editor->setJournalFolder(f.journal);
        editor->setAutosaveDelay(50);
        editor->setUser(user(*f.db, irina));
        editor->offerRestore
            = [&](const Interchange::EditJournal::Entry &entry, const Article &now) {
                  ++offers;
                  CHECK(entry.user == irina);
                  CHECK(entry.draft.version == now.version);
                  return true;
              };
        REQUIRE(editor->open(draftUid));
        CHECK(offers == 1);
        CHECK(editor->page()->titleEdit()->toPlainText()
              == QStringLiteral("Заголовок, который не успел сохраниться"));
        CHECK(editor->isModified());
        CHECK(QTest::qWaitFor([&] { return !editor->isModified(); }, 5000));
        CHECK(stored(*f.db, draftUid).translation(u"ru")->title
              == QStringLiteral("Заголовок, который не успел сохраниться"));
        CHECK_FALSE(QFileInfo::exists(f.journal + QStringLiteral("/%1.json").arg(draftUid)));
    }
    SECTION("declined, or someone else's")
    {
        auto other = std::make_unique<ArticleEditor>(*f.db);
        other->setJournalFolder(f.journal);
        other->setUser(user(*f.db, samvel));
        other->offerRestore = [](const auto &, const auto &) {
            FAIL("offered someone else's draft");
            return true;
        };
        REQUIRE(other->open(draftUid));
        other.reset();
        CHECK(QFileInfo::exists(f.journal + QStringLiteral("/%1.json").arg(draftUid)));

        auto editor = std::make_unique<ArticleEditor>(*f.db);
        editor->setJournalFolder(f.journal);
        editor->setUser(user(*f.db, irina));
        editor->offerRestore = [](const auto &, const auto &) {
            return false;
        };
        REQUIRE(editor->open(draftUid));
        CHECK_FALSE(editor->isModified());
        CHECK_FALSE(QFileInfo::exists(f.journal + QStringLiteral("/%1.json").arg(draftUid)));
    }
}

TEST_CASE("the quote picker finds an expert by any spelling", "[ui][editor][quotes]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("quotes.sqlite")));
    QuoteCatalog catalog;
    REQUIRE_OK(catalog.load(*db));
    QuotePickerDialog dialog(catalog, QStringLiteral("en"));
    CHECK(dialog.expertList()->count() == 16);
    for (const QString &spelling : {QStringLiteral("Martirosyan"), QStringLiteral("мартиросян"),
                                    QStringLiteral("Մարտիրոսյան"), QStringLiteral("Гая")}) {
        dialog.setSearch(spelling);
        REQUIRE(dialog.expertList()->count() == 1);
        CHECK(
            dialog.expertList()->item(0)->text().startsWith(QStringLiteral("Gayane Martirosyan")));
    }
    CHECK(dialog.quoteList()->count() == 2);
    dialog.quoteList()->setCurrentRow(1);
    CHECK_FALSE(dialog.selectedQuote().isEmpty());
    // Armenian ligature folding: Լեբեդև is found as Լեբեդեվ.
    dialog.setSearch(QStringLiteral("Լեբեդեվ"));
    REQUIRE(dialog.expertList()->count() == 1);
    CHECK(dialog.expertList()->item(0)->text().startsWith(QStringLiteral("Nikolai Lebedev")));
    dialog.setSearch(QStringLiteral("Zzyzxq"));
    CHECK(dialog.expertList()->count() == 0);
    CHECK(dialog.quoteList()->count() == 0);
    CHECK(dialog.selectedQuote().isEmpty());
}

TEST_CASE("the desk opens an article on Enter and its row follows a save", "[ui][editor][desk]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("desk.sqlite")));
    MainWindow window(*db);
    window.editorTabs()->setJournalFolder(dir.path(QStringLiteral("journal")));
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.setCurrentUser(irina);
    REQUIRE(window.selectArticle(draftUid));
    QTableView *view = window.articleView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    ArticleEditor *editor = window.editorTabs()->editor(draftUid);
    REQUIRE(editor != nullptr);
    CHECK(window.editorTabs()->currentWidget() == editor);
    CHECK(editor->user().has_value());
    CHECK(editor->user()->name == irina);
    CHECK_FALSE(editor->isReadOnly());
    // Opening again shows the same editor.
    window.openAction()->trigger();
    CHECK(window.editorTabs()->editors().size() == 1);

    QPlainTextEdit *title = editor->page()->titleEdit();
    title->moveCursor(QTextCursor::End);
    typeInto(title, QStringLiteral(" - updated"));
    CHECK(window.editorTabs()->tabText(1).startsWith(QStringLiteral("\u2022 ")));
    REQUIRE(editor->save());
    QCoreApplication::processEvents(); // the change hub delivers from the event loop
    CHECK_FALSE(window.editorTabs()->tabText(1).startsWith(QStringLiteral("\u2022 ")));
    int row = -1;
    for (int r = 0; r < window.articleModel()->rowCount(); ++r)
        row = window.articleModel()->summary(r).uid == draftUid ? r : row;
    REQUIRE(row >= 0);
    CHECK(window.articleModel()->summary(row).title.endsWith(QStringLiteral(" - updated")));

    // Submitting with unsaved text saves the text first; then it is read only for her.
    typeInto(title, QStringLiteral("!"));
    REQUIRE(editor->isModified());
    QAction *submit = window.workflowActions()->action(Action::Submit);
    REQUIRE(submit->isEnabled());
    submit->trigger();
    QCoreApplication::processEvents(); // the change hub delivers from the event loop
    const Article after = stored(*db, draftUid);
    CHECK(after.state == WorkflowState::Submitted);
    CHECK(after.translation(u"ru")->title.endsWith(QStringLiteral(" - updated!")));
    CHECK_FALSE(editor->isModified());
    CHECK(editor->isReadOnly());
    CHECK(editor->details()->stateLabel()->text().startsWith(QStringLiteral("Submitted")));

    // The interface language changes while the editor is open.
    auto fileMenu = [&] {
        return window.menuBar()->actions().first()->text();
    };
    REQUIRE(window.uiLanguage()->set(QStringLiteral("ru")));
    CHECK(QTest::qWaitFor([&] { return fileMenu().contains(QStringLiteral("Файл")); }));
    CHECK(editor->page()->blockWidget(QStringLiteral("b1")) != nullptr);
    CHECK(editor->isReadOnly());
    REQUIRE(window.uiLanguage()->set(QStringLiteral("en")));
    CHECK(QTest::qWaitFor([&] { return fileMenu() == QStringLiteral("&File"); }));
    CHECK(window.editorTabs()->tabText(0) == QStringLiteral("Articles"));

    // Someone else on the desk: the open editor follows.
    window.setCurrentUser(lena);
    CHECK(editor->isReadOnly());
    window.editorTabs()->close(editor);
    CHECK(window.editorTabs()->editors().isEmpty());
}

TEST_CASE("a journalist starts a new article from the desk and writes it in the editor",
          "[ui][editor][desk][create]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("new.sqlite")));
    MainWindow window(*db);
    window.editorTabs()->setJournalFolder(dir.path(QStringLiteral("journal")));
    QStringList warnings;
    window.warn = [&](const QString &, const QString &message) {
        warnings.append(message);
    };
    int asked = 0;
    window.askNewArticle
        = [&](const NewArticleDialog::Choice &) -> std::optional<NewArticleDialog::Choice> {
        ++asked;
        return NewArticleDialog::Choice {QStringLiteral("A tram line for Gyumri"),
                                         QStringLiteral("en"),
                                         QStringLiteral("9fe74806-a99f-491f-80d7-82a9884d4013")};
    };
    window.show();
    const qint64 before = *Storage::ArticleRepository(*db).count();
    // The status bar counts the store's articles once the window shows (not while it is built:
    // counting scans the archive), and again when one comes in.
    const auto inStore = [&](qint64 n) {
        const QString text = QStringLiteral("%1 in the store").arg(n);
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
            if (label->text().endsWith(text))
                return true;
        }
        return false;
    };
    CHECK(QTest::qWaitFor([&] { return inStore(before); }, 2000));
    auto *newAction = window.findChild<QAction *>(QStringLiteral("newArticle"));
    REQUIRE(newAction != nullptr);

    // Nobody chosen, or a translator: not offered, and the tooltip says why.
    CHECK_FALSE(newAction->isEnabled());
    window.setCurrentUser(QStringLiteral("lena.mkrtchyan"));
    CHECK_FALSE(newAction->isEnabled());
    CHECK(newAction->toolTip().contains(QStringLiteral("Journalists and editors")));
    window.newArticle();
    CHECK(asked == 0);

    window.setCurrentUser(irina);
    REQUIRE(newAction->isEnabled());
    newAction->trigger();
    CHECK(asked == 1);
    CHECK(warnings.isEmpty());
    CHECK(*Storage::ArticleRepository(*db).count() == before + 1);
    CHECK(QTest::qWaitFor([&] { return inStore(before + 1); }, 2000));
    REQUIRE(window.editorTabs()->editors().size() == 1);
    ArticleEditor *editor = window.editorTabs()->editors().first();
    CHECK(window.editorTabs()->currentWidget() == editor);
    CHECK(editor->title() == QStringLiteral("A tram line for Gyumri"));
    CHECK_FALSE(editor->isReadOnly());
    // The list shows it, selected, as Irina's draft.
    const QModelIndex current = window.articleView()->currentIndex();
    REQUIRE(current.isValid());
    const ArticleSummary &row = window.articleModel()->summary(current.row());
    CHECK(row.uid == editor->uid());
    CHECK(row.state == WorkflowState::Draft);

    // A refusal from core (here: the section is gone from the choice) is shown, nothing made,
    // and the dialog comes back with what was typed; cancelling it then ends there.
    QList<NewArticleDialog::Choice> offered;
    window.askNewArticle
        = [&](const NewArticleDialog::Choice &typed) -> std::optional<NewArticleDialog::Choice> {
        offered.append(typed);
        if (offered.size() > 1)
            return std::nullopt;
        return NewArticleDialog::Choice {QStringLiteral("Second"), QStringLiteral("en"),
                                         QStringLiteral("no-such-section")};
    };
    window.newArticle();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(QStringLiteral("no section")));
    CHECK(*Storage::ArticleRepository(*db).count() == before + 1);
    REQUIRE(offered.size() == 2);
    CHECK(offered.first().title.isEmpty());
    CHECK(offered.last().title == QStringLiteral("Second"));
    // The dialog shows what it is given.
    NewArticleDialog dialog(*db, QStringLiteral("en"));
    dialog.setChoice({QStringLiteral("Again"), QStringLiteral("hy"), {}});
    CHECK(dialog.choice().title == QStringLiteral("Again"));
    CHECK(dialog.choice().sourceLocale == QStringLiteral("hy"));
    CHECK_FALSE(dialog.choice().sectionUid.isEmpty());
}

TEST_CASE("closing the desk with unsaved text in an open editor saves it and does not crash",
          "[ui][editor][desk]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("desk-close.sqlite")));
    auto window = std::make_unique<MainWindow>(*db);
    window->editorTabs()->setJournalFolder(dir.path(QStringLiteral("journal")));
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    window->setCurrentUser(irina);
    REQUIRE(window->selectArticle(draftUid));
    window->openAction()->trigger();
    ArticleEditor *editor = window->editorTabs()->editor(draftUid);
    REQUIRE(editor != nullptr);
    QPlainTextEdit *title = editor->page()->titleEdit();
    title->moveCursor(QTextCursor::End);
    typeInto(title, QStringLiteral(" - typed before closing"));
    REQUIRE(editor->isModified());

    // The program ends: the window goes, and with it the editor, which saves on its way out.
    window.reset();
    CHECK(stored(*db, draftUid)
              .translation(u"ru")
              ->title.endsWith(QStringLiteral(" - typed before closing")));
}

TEST_CASE("a field's text keeps its non-breaking spaces and lines, and text from the store keeps "
          "the cursor on the same words",
          "[ui][editor]")
{
    QPlainTextEdit field;
    field.setUndoRedoEnabled(false);
    const QString words = QString::fromUtf8("Ереван,\u00a01\u00a0декабря\nвторая строка");
    FieldText::replace(&field, words);
    CHECK(FieldText::text(&field) == words);
    FieldText::replace(&field, words); // the same text: nothing happens
    QTextCursor at = field.textCursor();
    at.setPosition(9); // after "1"
    field.setTextCursor(at);

    // Before the cursor: it moves along. After it: it stays. Around it: after the change.
    FieldText::replace(&field, QStringLiteral("Ag ") + words, FieldText::Cursor::Kept);
    CHECK(field.textCursor().position() == 12);
    FieldText::replace(&field, QStringLiteral("Ag ") + words + QStringLiteral("!"),
                       FieldText::Cursor::Kept);
    CHECK(field.textCursor().position() == 12);
    // An undo shows where the change was.
    FieldText::replace(&field, words + QStringLiteral("!"), FieldText::Cursor::AtChange);
    CHECK(field.textCursor().position() == 0);

    // A field with its own undo (a quote's words) starts it again: loaded text is not undone.
    QPlainTextEdit quote;
    quote.setPlainText(QStringLiteral("first words"));
    QTest::keyClicks(&quote, QStringLiteral(" typed"));
    REQUIRE(quote.document()->isUndoAvailable());
    FieldText::replace(&quote, QStringLiteral("the registry's words"), FieldText::Cursor::Kept);
    CHECK_FALSE(quote.document()->isUndoAvailable());
    CHECK(FieldText::text(&quote) == QStringLiteral("the registry's words"));
}
