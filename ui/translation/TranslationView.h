#pragma once

#include "core/domain/Article.h"
#include "core/domain/User.h"
#include "core/interchange/EditJournal.h"
#include "core/translation/Segments.h"
#include "ui/document/ArticleSaver.h"
#include "ui/document/ConflictDialog.h"
#include "ui/document/QuoteCatalog.h"
#include "ui/translation/SegmentRow.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace Byline {

class PresenceBoard;
class PresenceLine;
class SavedElsewhereBar;
namespace Storage {
class Database;
}

class ArticleDocument;
class ArticleSession;
class CoverageBar;
class QuoteTranslations;
class UndoKeys;

// Translating one article into one locale, segment by segment (issue #6), like Qt Linguist:
// the source's headline, lead, SEO texts and blocks on the left, the translation on the right,
// each segment with its state (done, stale, missing, in progress) in words and colour. A stale
// segment shows what it was translated from and the source now, the changed words marked.
//
// Ctrl+Enter: the segment is done (typed text is saved; an unchanged stale translation is
// confirmed as still right), and the next open segment gets the focus. Ctrl+Shift+C copies the
// source into the translation. The coverage bar counts what the store holds (as
// Segments::coverage does); the filter shows every segment, only stale or only missing ones.
//
// Saving is the editor's: an ArticleDocument with its undo history and an ArticleSaver (the
// version check, autosave two seconds after typing, the journal, the conflict dialog). What
// Permissions::mayEditText refuses (another translator's locale) is read only, with the reason
// above the segments.
//
// An expert quote's row shows its words as said and their translation into the locale. The
// words are shared by every article that quotes it, so they are not the article's text: who may
// translate them is QuoteService's question (asked for each quote; the row is read only with
// the reason otherwise), Ctrl+Enter or the row's Done button saves them through QuoteService
// (confirming a stale translation that still holds), and so do Ctrl+S and closing the view.
// The row's field keeps its own undo. A saved quote is announced (quoteSaved) so that every
// view of an article quoting it follows.
class TranslationView : public QWidget
{
    Q_OBJECT
public:
    enum class Filter { All, Stale, Missing };
    using SaveState = ArticleSaver::State;

    explicit TranslationView(Storage::Database &db, QWidget *parent = nullptr);
    ~TranslationView() override;

    void setJournalFolder(const QString &folder);
    void setAutosaveDelay(int ms);
    void setUser(const std::optional<User> &user);
    // Who else has this article open (the desk's board; PresenceLine over the segments).
    void setPresence(PresenceBoard *board);

    // Loads the article for translating into `locale`. False when it cannot (the status line
    // says why): no such article, or `locale` is its source language.
    bool open(const QString &uid, const QString &locale);
    [[nodiscard]] QString uid() const;
    [[nodiscard]] const QString &locale() const { return m_locale; }
    // "EN · headline", for the tab.
    [[nodiscard]] QString title() const;

    // Saves now (Ctrl+S). True when the store holds the text afterwards.
    bool save();
    // The store changed the article (a workflow step, a save elsewhere): follow it.
    void reloadFromStore();
    // A quote's words changed in the store (saved in another view): show them, keeping what is
    // typed into a quote here.
    void reloadQuotes();
    [[nodiscard]] bool isModified() const;
    [[nodiscard]] SaveState saveState() const;
    [[nodiscard]] QString saveStateText() const;
    [[nodiscard]] bool isReadOnly() const { return !m_editable; }
    [[nodiscard]] QString readOnlyReason() const { return m_editable ? QString() : m_why; }

    // Ctrl+Enter on the current segment. True when it is done and saved.
    bool markDoneAndNext();
    // Ctrl+Shift+C: the source text into the current segment's translation.
    void copySource();
    void setFilter(Filter filter);
    [[nodiscard]] Filter filter() const { return m_filter; }
    void focusSegment(const QString &key);

    [[nodiscard]] QList<SegmentRow *> rows() const { return m_rows; }
    [[nodiscard]] SegmentRow *row(const QString &key) const;
    [[nodiscard]] SegmentRow *currentRow() const { return row(m_current); }
    [[nodiscard]] CoverageBar *coverageBar() const { return m_coverage; }
    [[nodiscard]] QComboBox *filterBox() const { return m_filterBox; }
    [[nodiscard]] QLabel *banner() const { return m_banner; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QAction *doneAction() const { return m_doneAction; }
    [[nodiscard]] QAction *copyAction() const { return m_copyAction; }
    [[nodiscard]] ArticleDocument *document() const;

    // Seams for the questions the view asks (tests answer them without dialogs).
    std::function<ConflictDialog::Resolution(const ConflictDialog::Info &)> resolveConflict;
    std::function<bool(const Interchange::EditJournal::Entry &draft, const Article &stored)>
        offerRestore;

Q_SIGNALS:
    void saved(const QString &uid);
    void titleChanged(const QString &title);
    void modifiedChanged(bool modified);
    // A quote's translation was saved here: every article quoting it shows the new words.
    void quoteSaved(const QString &quoteUid);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The rows the source asks for, in reading order (none when nothing is open).
    [[nodiscard]] QList<SegmentRow::Kind> rowKinds() const;
    void retranslate();
    void closeDocument();
    void rebuild();
    void refresh();
    void refreshRow(SegmentRow *row);
    void applyFilter();
    void updateRights();
    void updateStatus();
    void documentChanged();
    void edited(const QString &key, const QString &text);
    void setCurrent(const QString &key);
    bool confirm(const QString &key);
    bool doneSegment(const QString &key);
    // Expert quotes (QuoteTranslations): saving one, and announcing it.
    bool saveQuote(SegmentRow *row, bool confirmStale);
    bool saveQuotes(); // every quote typed over; true when all are stored
    void updateModified();
    [[nodiscard]] bool matches(const SegmentRow *row) const;
    [[nodiscard]] SegmentRow::State stateOf(const QString &key) const;
    [[nodiscard]] QString localeLabel(const QString &code) const;
    [[nodiscard]] QString segmentLabel(const QString &key) const;
    QAction *addShortcut(const QKeySequence &keys);

    Storage::Database &m_db;
    PresenceLine *m_presenceLine = nullptr;
    SavedElsewhereBar *m_savedElsewhere = nullptr; // a newer save while this has unsaved text
    ArticleSession *m_session = nullptr; // the document, its saver, the quotes, the person
    QString m_locale;
    UndoKeys *m_undoKeys = nullptr;
    QMap<QString, QString> m_localeLabels;
    QList<SegmentRow *> m_rows;
    Segments::Coverage m_stored; // what the store holds, as core counts it
    QString m_current;
    QString m_typing; // the segment whose typing is being recorded
    Filter m_filter = Filter::All;
    bool m_editable = false;
    QString m_why;
    QString m_notice;
    bool m_wasModified = false;
    std::unique_ptr<QuoteTranslations> m_quoteRows; // the expert quotes' rows

    QLabel *m_heading = nullptr;
    CoverageBar *m_coverage = nullptr;
    QLabel *m_filterLabel = nullptr;
    QComboBox *m_filterBox = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_sourceHeader = nullptr;
    QLabel *m_targetHeader = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_keys = nullptr;
    QAction *m_doneAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace Byline
