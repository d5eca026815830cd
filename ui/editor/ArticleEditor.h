#pragma once

#include "core/domain/Article.h"
#include "core/domain/User.h"
#include "core/interchange/EditJournal.h"
#include "ui/document/ArticleSaver.h"
#include "ui/document/ConflictDialog.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QToolBar;

namespace Byline {

class PresenceBoard;
class PresenceLine;
class SavedElsewhereBar;
namespace Storage {
class Database;
}

class ArticleDetails;
class ArticleDocument;
class ArticlePage;
class ArticleSession;
class QuoteCatalog;
class UndoKeys;

// The article editor (issue #6): one article, for the person chosen on the desk.
//
// On top the details (language, section, authors, editor, slug, state), then a toolbar, the
// text as a page (headline, lead, blocks; ArticlePage) and a status line (saved or not, words
// and reading time of the language shown). Whatever Permissions::mayEdit would refuse is read
// only, with the reason above the text.
//
// Every change goes through the article's undo history (ArticleDocument explains what one
// step is). About two seconds after the last change the text is saved through EditService;
// half a second after each change the unsaved text is journaled (EditJournal), and the journal
// entry goes once the store has the text. A failed save leaves the text here and in the
// journal and is tried again; a conflict (someone saved meanwhile) asks `resolveConflict`.
// Opening an article whose journal entry holds text the store lacks offers to restore it.
// Closing saves without asking; what cannot be saved stays in the journal.
//
// New blocks are added in the source language only (blocks are shared by id across the
// languages; a translation follows the source's blocks, and the source's new block shows as
// missing there until it is translated).
class ArticleEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Command {
        Undo,
        Redo,
        AddParagraph,
        AddHeading,
        AddPullQuote,
        InsertQuote,
        MoveUp,
        MoveDown,
        Delete,
        Save,
    };
    using SaveState = ArticleSaver::State;

    explicit ArticleEditor(Storage::Database &db, QWidget *parent = nullptr);
    ~ArticleEditor() override;

    // Where unsaved drafts are journaled (default: EditJournal::defaultFolder(the store)).
    void setJournalFolder(const QString &folder);
    void setAutosaveDelay(int ms);

    void setUser(const std::optional<User> &user);
    // Who else has this article open (the desk's board; PresenceLine over the text).
    void setPresence(PresenceBoard *board);
    [[nodiscard]] const std::optional<User> &user() const;

    // Loads the article (and offers to restore an unsaved draft of it). False when it cannot
    // be loaded; the status line says why.
    bool open(const QString &uid);
    [[nodiscard]] QString uid() const;
    // The headline in the language shown, for the tab.
    [[nodiscard]] QString title() const;

    [[nodiscard]] const QString &locale() const { return m_locale; }
    void setLocale(const QString &code);
    // Adds an empty translation for `code` (if the user may) and shows it.
    void addTranslation(const QString &code);

    // Saves now (Ctrl+S). True when the store holds the editor's text afterwards.
    bool save();
    // The store changed the article (a workflow step on the desk): follow it.
    void reloadFromStore();
    // Shows who saved a newer version while this has unsaved text (SavedElsewhereBar).
    void showSavedElsewhere();
    // A quote's words changed in the registry (translated elsewhere): show them.
    void reloadQuotes();

    [[nodiscard]] SaveState saveState() const;
    [[nodiscard]] QString saveStateText() const;
    [[nodiscard]] bool isModified() const;
    [[nodiscard]] bool isReadOnly() const { return !m_textEditable; }
    [[nodiscard]] QString readOnlyReason() const;
    [[nodiscard]] int wordCount() const;
    [[nodiscard]] QString wordCountText() const;

    [[nodiscard]] QAction *action(Command command) const;
    [[nodiscard]] ArticleDocument *document() const;
    [[nodiscard]] ArticlePage *page() const { return m_page; }
    [[nodiscard]] ArticleDetails *details() const { return m_details; }
    [[nodiscard]] QLabel *banner() const { return m_banner; }
    [[nodiscard]] const QuoteCatalog &quotes() const;

    // Seams for the questions the editor asks (tests answer them without dialogs).
    std::function<ConflictDialog::Resolution(const ConflictDialog::Info &)> resolveConflict;
    // An unsaved draft was found: restore it?
    std::function<bool(const Interchange::EditJournal::Entry &draft, const Article &stored)>
        offerRestore;
    // The uid of the quote to insert, or nothing.
    std::function<std::optional<QString>(const QString &locale)> pickQuote;

Q_SIGNALS:
    void saved(const QString &uid);
    void titleChanged(const QString &title);
    void modifiedChanged(bool modified);

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *makeAction(Command command, const QKeySequence &shortcut, QWidget *scope);
    void retranslate();
    void closeDocument();
    void documentChanged();
    void followUndo(const QString &locale, const QString &focus);
    void translationsChanged(const QString &locale);
    void updateRights();
    void updateActions();
    void updateStatus();
    void addBlock(BlockType type);
    void insertQuote();
    void moveCurrent(int by);
    void deleteCurrent();
    void undoOrRedo(bool undo);
    [[nodiscard]] int currentIndex() const;
    [[nodiscard]] QString localeLabel(const QString &code) const;

    Storage::Database &m_db;
    PresenceLine *m_presenceLine = nullptr;
    SavedElsewhereBar *m_savedElsewhere = nullptr; // a newer save while this has unsaved text
    ArticleSession *m_session = nullptr; // the document, its saver, the quotes, the person
    QString m_locale;
    UndoKeys *m_undoKeys = nullptr;
    ArticleDetails *m_details = nullptr;
    QLabel *m_banner = nullptr;
    QToolBar *m_toolbar = nullptr;
    ArticlePage *m_page = nullptr;
    QLabel *m_saveLabel = nullptr;
    QLabel *m_wordsLabel = nullptr;
    QList<QAction *> m_actions;
    bool m_textEditable = false;
    bool m_detailsEditable = false;
    bool m_peopleEditable = false;
    QString m_whyText;
    QString m_whyDetails;
    QString m_whyPeople;
    bool m_inUndo = false;
    bool m_wasModified = false;
};

} // namespace Byline
