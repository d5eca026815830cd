// The translation view (issue #6), offscreen: segment by segment, Ctrl+Enter, stale segments
// after a source edit, the filter, rights and the coverage bar.
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/QuoteRepository.h"
#include "core/storage/UserRepository.h"
#include "core/translation/Segments.h"
#include "tests/TestSupport.h"
#include "ui/desk/EditorTabs.h"
#include "ui/desk/MainWindow.h"
#include "ui/editor/ArticleEditor.h"
#include "ui/panels/TranslationStatusPanel.h"
#include "ui/translation/CoverageBar.h"
#include "ui/translation/SegmentRow.h"
#include "ui/translation/TranslationView.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>

#include <memory>
#include <optional>

using namespace Byline;
using Byline::Test::TempDir;
using State = SegmentRow::State;

namespace {

const QString draftUid
    = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b"); // ru source; en done, no hy
const QString irina = QStringLiteral("irina.volkova"); // the draft's journalist
const QString lena = QStringLiteral("lena.mkrtchyan"); // translates into hy
const QString narine = QStringLiteral("narine.grigoryan"); // translates into en and hy

User user(Storage::Database &db, const QString &name)
{
    auto found = Storage::UserRepository(db).require(name);
    REQUIRE(found.has_value());
    return *found;
}

Article stored(Storage::Database &db, const QString &uid)
{
    auto found = Storage::ArticleRepository(db).find(uid);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return **found;
}

struct Fixture
{
    TempDir dir;
    std::unique_ptr<Storage::Database> db
        = Test::openDemoStore(dir.path(QStringLiteral("translate.sqlite")));
    std::unique_ptr<TranslationView> view;

    TranslationView &open(const QString &who, const QString &locale, int autosaveMs = 60000)
    {
        view = std::make_unique<TranslationView>(*db);
        view->setJournalFolder(dir.path(QStringLiteral("journal")));
        view->setAutosaveDelay(autosaveMs);
        view->setUser(user(*db, who));
        view->resize(1100, 760);
        REQUIRE(view->open(draftUid, locale));
        view->show();
        view->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
        return *view;
    }
};

SegmentRow *row(TranslationView &view, const QString &key)
{
    SegmentRow *r = view.row(key);
    REQUIRE(r != nullptr);
    return r;
}

// The first paragraph of the source, by key.
QString firstParagraph(const Article &article)
{
    for (const Block &b : article.sourceTranslation()->blocks) {
        if (b.type == BlockType::Paragraph)
            return QStringLiteral("block:") + b.id;
    }
    FAIL("the demo draft has no paragraph");
    return {};
}

void checkCoverageMatchesCore(TranslationView &view, Storage::Database &db, const QString &locale)
{
    const Segments::Coverage core = Segments::coverage(stored(db, draftUid), locale);
    CHECK(view.coverageBar()->done() == core.done);
    CHECK(view.coverageBar()->stale() == core.stale);
    CHECK(view.coverageBar()->missing() == core.missing);
    CHECK(view.coverageBar()->text()
          == QStringLiteral("%1 done · %2 stale · %3 missing")
                 .arg(core.done)
                 .arg(core.stale)
                 .arg(core.missing));
}

} // namespace

TEST_CASE("a translator types a segment, Ctrl+Enter saves it as done and moves on",
          "[ui][translate]")
{
    Fixture f;
    TranslationView &view = f.open(lena, QStringLiteral("hy"));
    CHECK_FALSE(view.isReadOnly());
    CHECK(view.banner()->isHidden());
    REQUIRE(view.rows().size() >= 3);
    CHECK(view.rows().first()->key() == QStringLiteral("title"));
    CHECK(row(view, QStringLiteral("title"))->state() == State::Missing);
    CHECK(row(view, QStringLiteral("title"))
              ->stateLabel()
              ->text()
              .contains(QStringLiteral("Missing")));
    checkCoverageMatchesCore(view, *f.db, QStringLiteral("hy"));
    const int missingBefore = view.coverageBar()->missing();

    view.focusSegment(QStringLiteral("title"));
    QPlainTextEdit *title = row(view, QStringLiteral("title"))->editor();
    QTest::keyClicks(title, QStringLiteral("Rails across the steppe"));
    CHECK(row(view, QStringLiteral("title"))->state() == State::InProgress);
    CHECK(view.isModified());
    // Not saved yet: the store has no Armenian.
    CHECK(stored(*f.db, draftUid).translation(u"hy") == nullptr);

    QTest::keyClick(title, Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(view.isModified());
    CHECK(view.saveState() == TranslationView::SaveState::Saved);
    CHECK(view.statusLabel()->text().startsWith(QStringLiteral("Saved")));
    const Article after = stored(*f.db, draftUid);
    REQUIRE(after.translation(u"hy") != nullptr);
    CHECK(after.translation(u"hy")->title == QStringLiteral("Rails across the steppe"));
    CHECK(after.translation(u"hy")->translator == lena);
    const Segments::Coverage hy = Segments::coverage(after, QStringLiteral("hy"));
    CHECK(hy.done == 1);
    CHECK(hy.missing == missingBefore - 1);
    CHECK(row(view, QStringLiteral("title"))->state() == State::Done);
    // The next open segment (the lead) has the keys now.
    REQUIRE(view.currentRow() != nullptr);
    CHECK(view.currentRow()->key() == QStringLiteral("lead"));
    CHECK(QApplication::focusWidget() == row(view, QStringLiteral("lead"))->editor());
    checkCoverageMatchesCore(view, *f.db, QStringLiteral("hy"));

    // An empty segment is not done: the view says what to do and stays.
    CHECK_FALSE(view.markDoneAndNext());
    CHECK(view.statusLabel()->text().contains(QStringLiteral("Type the translation first")));
    CHECK(view.currentRow()->key() == QStringLiteral("lead"));

    // Copy the source (Ctrl+Shift+C), then done: saved as the source's words.
    QTest::keyClick(row(view, QStringLiteral("lead"))->editor(), Qt::Key_C,
                    Qt::ControlModifier | Qt::ShiftModifier);
    const QString sourceLead = after.sourceTranslation()->lead;
    CHECK(row(view, QStringLiteral("lead"))->translation() == sourceLead);
    CHECK(view.markDoneAndNext());
    CHECK(stored(*f.db, draftUid).translation(u"hy")->lead == sourceLead);
    checkCoverageMatchesCore(view, *f.db, QStringLiteral("hy"));
}

TEST_CASE("typing saves itself after a pause, like the editor", "[ui][translate]")
{
    Fixture f;
    TranslationView &view = f.open(lena, QStringLiteral("hy"), 50);
    view.focusSegment(QStringLiteral("lead"));
    QTest::keyClicks(row(view, QStringLiteral("lead"))->editor(),
                     QStringLiteral("A new freight corridor"));
    CHECK(view.saveState() == TranslationView::SaveState::Unsaved);
    REQUIRE(QTest::qWaitFor([&] { return !view.isModified(); }, 5000));
    CHECK(stored(*f.db, draftUid).translation(u"hy")->lead
          == QStringLiteral("A new freight corridor"));
    CHECK(row(view, QStringLiteral("lead"))->state() == State::Done);
}

TEST_CASE("after a source edit exactly that segment is stale, with the old and new source",
          "[ui][translate]")
{
    Fixture f;
    Article a = stored(*f.db, draftUid);
    const QString key = firstParagraph(a);
    const QString id = key.mid(6);
    QString before;
    for (Block &b : a.translation(u"ru")->blocks) {
        if (b.id == id) {
            before = b.text;
            b.text += QStringLiteral(" Уточнение редакции.");
        }
    }
    REQUIRE_OK(EditService(*f.db).save(a, irina));

    TranslationView &view = f.open(narine, QStringLiteral("en"));
    int stale = 0;
    for (SegmentRow *r : view.rows()) {
        if (r->isQuote())
            continue;
        CHECK(r->state() == (r->key() == key ? State::Stale : State::Done));
        stale += r->state() == State::Stale ? 1 : 0;
    }
    CHECK(stale == 1);
    SegmentRow *changed = row(view, key);
    CHECK(changed->stateLabel()->text().contains(QStringLiteral("Stale")));
    // The old source without the new words, the new one with them marked.
    CHECK(changed->previousLabel()->isVisibleTo(&view));
    CHECK_FALSE(changed->previousLabel()->text().contains(QStringLiteral("Уточнение")));
    CHECK(changed->sourceLabel()->text().contains(QStringLiteral("Уточнение")));
    CHECK(changed->sourceLabel()->text().contains(QStringLiteral("underline")));
    checkCoverageMatchesCore(view, *f.db, QStringLiteral("en"));
    CHECK(view.coverageBar()->stale() == 1);

    // Only stale: that one segment.
    view.filterBox()->setCurrentIndex(int(TranslationView::Filter::Stale));
    CHECK(view.filter() == TranslationView::Filter::Stale);
    for (SegmentRow *r : view.rows())
        CHECK(r->isVisibleTo(&view) == (r->key() == key));
    // Only missing: nothing, and the view says so.
    view.filterBox()->setCurrentIndex(int(TranslationView::Filter::Missing));
    for (SegmentRow *r : view.rows())
        CHECK_FALSE(r->isVisibleTo(&view));

    // The translation still holds: Ctrl+Enter confirms it without editing.
    view.filterBox()->setCurrentIndex(int(TranslationView::Filter::All));
    view.focusSegment(key);
    QTest::keyClick(changed->editor(), Qt::Key_Enter, Qt::ControlModifier);
    CHECK(changed->state() == State::Done);
    const Segments::Coverage en = Segments::coverage(stored(*f.db, draftUid), QStringLiteral("en"));
    CHECK(en.stale == 0);
    checkCoverageMatchesCore(view, *f.db, QStringLiteral("en"));
    CHECK(view.statusLabel()->text().contains(QStringLiteral("Every segment of EN is done")));
}

TEST_CASE("a translator cannot edit a language that is not theirs", "[ui][translate]")
{
    Fixture f;
    TranslationView &view = f.open(lena, QStringLiteral("en")); // lena translates into hy
    CHECK(view.isReadOnly());
    CHECK(view.banner()->isVisibleTo(&view));
    CHECK(view.banner()->text().startsWith(QStringLiteral("Read only: ")));
    CHECK_FALSE(view.readOnlyReason().isEmpty());
    SegmentRow *title = row(view, QStringLiteral("title"));
    CHECK(title->editor()->isReadOnly());
    CHECK_FALSE(title->copyButton()->isEnabled());
    const QString before = title->translation();
    view.focusSegment(QStringLiteral("title"));
    QTest::keyClicks(title->editor(), QStringLiteral("xyz"));
    CHECK(title->translation() == before);
    CHECK_FALSE(view.isModified());
    CHECK_FALSE(view.markDoneAndNext());
    CHECK(stored(*f.db, draftUid).translation(u"en")->title == before);

    // The source language is the editor's, not a translation.
    TranslationView source(*f.db);
    source.setUser(user(*f.db, lena));
    CHECK_FALSE(source.open(draftUid, QStringLiteral("ru")));
    CHECK(source.saveStateText().contains(QStringLiteral("open the article")));
}

TEST_CASE("the desk opens the translation view from the menu and the Translations dock",
          "[ui][translate]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("desk.sqlite")));
    MainWindow window(*db);
    window.editorTabs()->setJournalFolder(dir.path(QStringLiteral("journal")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.setCurrentUser(lena);
    REQUIRE(window.selectArticle(draftUid));
    CHECK(window.articleView()->actions().contains(window.translateAction()));
    CHECK(window.translateAction()->shortcut() == QKeySequence(QStringLiteral("Ctrl+T")));

    // Article > Translate…: lena's language.
    window.translateAction()->trigger();
    REQUIRE(window.editorTabs()->translationViews().size() == 1);
    TranslationView *hy = window.editorTabs()->translationView(draftUid, QStringLiteral("hy"));
    REQUIRE(hy != nullptr);
    CHECK(window.editorTabs()->currentWidget() == hy);
    CHECK(window.editorTabs()
              ->tabText(window.editorTabs()->indexOf(hy))
              .startsWith(QStringLiteral("AM · ")));

    // The dock's button for English opens a second tab; asking again shows the same one.
    window.editorTabs()->setCurrentIndex(0);
    QToolButton *en = window.translationPanel()->translateButton(QStringLiteral("en"));
    REQUIRE(en != nullptr);
    CHECK(window.translationPanel()->translateButton(QStringLiteral("ru")) == nullptr);
    en->click();
    en->click();
    CHECK(window.editorTabs()->translationViews().size() == 2);
    TranslationView *enView = window.editorTabs()->translationView(draftUid, QStringLiteral("en"));
    REQUIRE(enView != nullptr);
    CHECK(enView->isReadOnly()); // not lena's

    // A save in the translation view shows in the article's editor.
    ArticleEditor *editor = window.editorTabs()->open(draftUid);
    REQUIRE(editor != nullptr);
    window.editorTabs()->setCurrentWidget(hy);
    hy->focusSegment(QStringLiteral("title"));
    QTest::keyClicks(hy->row(QStringLiteral("title"))->editor(), QStringLiteral("Vernagir"));
    REQUIRE(hy->save());
    QCoreApplication::processEvents(); // the change hub delivers from the event loop
    editor->setLocale(QStringLiteral("hy"));
    CHECK(editor->locale() == QStringLiteral("hy"));
    CHECK(editor->title() == QStringLiteral("Vernagir"));

    // Ctrl+W closes the tab shown, saving first.
    window.editorTabs()->closeTab(hy);
    CHECK(window.editorTabs()->translationView(draftUid, QStringLiteral("hy")) == nullptr);
}

TEST_CASE("a save elsewhere merges with the translation, a conflict keeps the translator's text",
          "[ui][translate]")
{
    Fixture f;
    TranslationView &view = f.open(narine, QStringLiteral("en"));
    std::optional<ConflictDialog::Info> asked;
    view.resolveConflict = [&](const ConflictDialog::Info &info) {
        asked = info;
        return ConflictDialog::Choice::KeepMine;
    };
    view.focusSegment(QStringLiteral("title"));
    QPlainTextEdit *title = row(view, QStringLiteral("title"))->editor();
    title->moveCursor(QTextCursor::End);
    QTest::keyClicks(title, QStringLiteral(" (updated)"));

    SECTION("the editor changed only the source: both are kept, nobody is asked")
    {
        Article theirs = stored(*f.db, draftUid);
        theirs.translation(u"ru")->lead += QStringLiteral(" Дополнение.");
        theirs.translation(u"ru")->blocks.append(
            {QStringLiteral("b900"), BlockType::Paragraph, QStringLiteral("Новый абзац."), {}});
        REQUIRE_OK(EditService(*f.db).save(theirs, QStringLiteral("samvel.harutyunyan")));
        REQUIRE(view.save());
        CHECK_FALSE(asked.has_value());
        // Their new paragraph is a new segment to translate.
        REQUIRE(view.row(QStringLiteral("block:b900")) != nullptr);
        CHECK(view.row(QStringLiteral("block:b900"))->state() == State::Missing);
        const Article after = stored(*f.db, draftUid);
        CHECK(after.translation(u"en")->title.endsWith(QStringLiteral(" (updated)")));
        CHECK(after.translation(u"ru")->lead.endsWith(QStringLiteral(" Дополнение.")));
        // The lead's source changed under its translation: stale now, and shown so.
        CHECK(row(view, QStringLiteral("lead"))->state() == State::Stale);
        CHECK(row(view, QStringLiteral("title"))->state() == State::Done);
    }
    SECTION("the editor changed the English too: asked, and keeping mine keeps their source")
    {
        Article theirs = stored(*f.db, draftUid);
        theirs.translation(u"ru")->lead += QStringLiteral(" Дополнение.");
        theirs.translation(u"en")->title = QStringLiteral("Their headline");
        REQUIRE_OK(EditService(*f.db).save(theirs, QStringLiteral("samvel.harutyunyan")));
        const bool saved = view.save();
        INFO(view.saveStateText().toStdString());
        REQUIRE(saved);
        REQUIRE(asked.has_value());
        CHECK(asked->theirs.translation(u"en")->title == QStringLiteral("Their headline"));
        const Article after = stored(*f.db, draftUid);
        CHECK(after.translation(u"en")->title.endsWith(QStringLiteral(" (updated)")));
        CHECK(after.translation(u"ru")->lead.endsWith(QStringLiteral(" Дополнение.")));
    }
}

namespace {

Quote storedQuote(Storage::Database &db, const QString &uid)
{
    auto found = Storage::QuoteRepository(db).find(uid);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return **found;
}

// The row of the draft's first quote of `quoteUid`.
QString quoteKey(Storage::Database &db, const QString &quoteUid)
{
    const Article draft = stored(db, draftUid); // kept: the loop reads its blocks
    for (const Block &b : draft.sourceTranslation()->blocks) {
        if (b.type == BlockType::Quote && b.quoteUid == quoteUid)
            return QStringLiteral("block:") + b.id;
    }
    FAIL("the demo draft does not quote " << quoteUid.toStdString());
    return {};
}

} // namespace

TEST_CASE("a translator translates a quote into their language, it goes stale when the original "
          "changes, another language is read only",
          "[ui][translate][quotes]")
{
    Fixture f;
    // Said in Russian, quoted by the draft; nobody has translated it into Armenian yet.
    const QString quoteUid = QStringLiteral("fb2464b9-c149-4f78-9be7-c651619a8e0e");
    const QString hy = QStringLiteral("hy");
    Quote q = storedQuote(*f.db, quoteUid);
    q.texts.remove(hy);
    q.contexts.remove(hy);
    q.sources.remove(hy);
    REQUIRE_OK(Storage::QuoteRepository(*f.db).upsert(q));
    const QString key = quoteKey(*f.db, quoteUid);

    TranslationView &view = f.open(lena, hy);
    QStringList announced;
    QObject::connect(&view, &TranslationView::quoteSaved, &view,
                     [&](const QString &uid) { announced.append(uid); });
    SegmentRow *quote = row(view, key);
    CHECK(quote->isQuote());
    CHECK_FALSE(quote->isReadOnly());
    CHECK(quote->state() == State::Missing);
    CHECK(quote->sourceLabel()->text().contains(QStringLiteral("Расстояние")));

    const QString words = QStringLiteral("Հեռավորությունը դեռ ճանապարհի տևողությունը չէ։");
    view.focusSegment(key);
    quote->editor()->insertPlainText(words); // Armenian letters: QTest types only ASCII keys
    CHECK(quote->state() == State::InProgress);
    CHECK(view.isModified());
    CHECK(storedQuote(*f.db, quoteUid).texts.value(hy).isEmpty()); // not saved yet

    QTest::keyClick(quote->editor(), Qt::Key_Return, Qt::ControlModifier);
    INFO(view.statusLabel()->text().toStdString());
    Quote after = storedQuote(*f.db, quoteUid);
    CHECK(after.texts.value(hy) == words);
    CHECK_FALSE(Segments::quoteStale(after, hy));
    CHECK(quote->state() == State::Done);
    CHECK_FALSE(view.isModified());
    CHECK(announced == QStringList {quoteUid});
    // Saved as the quote's, not through the article: the draft still has no Armenian text.
    CHECK(stored(*f.db, draftUid).translation(hy) == nullptr);

    // The original is corrected: the translation is stale, with the old and new original.
    Quote corrected = after;
    corrected.texts[QStringLiteral("ru")] += QStringLiteral(" Это главное.");
    Segments::stampQuote(&after, corrected);
    REQUIRE_OK(Storage::QuoteRepository(*f.db).upsert(corrected));
    view.reloadQuotes();
    CHECK(quote->state() == State::Stale);
    CHECK(quote->stateLabel()->text().contains(QStringLiteral("Stale")));
    CHECK(quote->previousLabel()->isVisibleTo(&view));
    CHECK_FALSE(quote->previousLabel()->text().contains(QStringLiteral("главное")));
    CHECK(quote->sourceLabel()->text().contains(QStringLiteral("главное")));
    CHECK(quote->translation() == words);
    // The words still hold: the Done button confirms them.
    view.focusSegment(key);
    REQUIRE(quote->doneButton()->isVisibleTo(&view));
    quote->doneButton()->click();
    CHECK(quote->state() == State::Done);
    CHECK_FALSE(Segments::quoteStale(storedQuote(*f.db, quoteUid), hy));
    CHECK(announced.size() == 2);

    // lena does not translate into English: that row is read only, and says why.
    const Quote before = storedQuote(*f.db, quoteUid);
    TranslationView &en = f.open(lena, QStringLiteral("en"));
    SegmentRow *english = row(en, key);
    CHECK(english->isReadOnly());
    CHECK(english->translation() == before.texts.value(QStringLiteral("en")));
    REQUIRE(english->findChildren<QLabel *>().size() > 0);
    bool explained = false;
    for (const QLabel *label : english->findChildren<QLabel *>())
        explained
            = explained || label->text().contains(QStringLiteral("does not translate into en"));
    CHECK(explained);
    en.focusSegment(key);
    QTest::keyClicks(english->editor(), QStringLiteral("xyz"));
    CHECK(english->translation() == before.texts.value(QStringLiteral("en")));
    CHECK_FALSE(en.markDoneAndNext());
    CHECK(en.statusLabel()->text().contains(QStringLiteral("does not translate into en")));
    CHECK(storedQuote(*f.db, quoteUid) == before);
}
