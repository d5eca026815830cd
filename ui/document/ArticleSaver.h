#pragma once

#include "core/domain/Article.h"
#include "core/domain/User.h"
#include "core/interchange/EditJournal.h"
#include "ui/document/ConflictDialog.h"

#include <QObject>

#include <functional>
#include <optional>

class QTimer;
class QWidget;

namespace Byline {
namespace Storage {
class Database;
}

class ArticleDocument;

// Keeps the text of one open article safe. About two seconds after the last change (or when
// asked) it saves through EditService as the current user; at most half a second after a
// change it journals the unsaved text (EditJournal) and removes the entry once the store has
// the text. A save that fails for a passing reason (locked, full, read-only store) is tried
// again every ten seconds; the text stays in the editor and in the journal meanwhile. A
// conflict (someone saved since) goes to `resolveConflict`: keep mine saves my text on top of
// theirs, take theirs shows theirs, later waits until the next explicit save (no autosave
// meanwhile).
class ArticleSaver : public QObject
{
    Q_OBJECT
public:
    enum class State { Saved, Unsaved, Failed, Conflict };

    ArticleSaver(Storage::Database &db, QObject *parent = nullptr);

    void setDocument(ArticleDocument *document);
    void setUser(const std::optional<User> &user) { m_user = user; }
    void setJournalFolder(const QString &folder);
    // Autosaves after a pause of `ms` in the changes, and at most 8 × `ms` after the first
    // unsaved change for someone who never pauses.
    void setAutosaveDelay(int ms);
    // The document changes only the text of `locale` (a translation view): when someone saved
    // meanwhile without touching that locale, their save and this text merge without a
    // question; "keep mine" keeps only this locale's text over theirs.
    void setScope(const QString &locale) { m_scope = locale; }

    [[nodiscard]] State state() const { return m_state; }
    // The state in words for the status line: saved, unsaved, why it failed and what to do.
    [[nodiscard]] QString stateText() const;
    // Why the last save failed (Failed, Conflict).
    [[nodiscard]] const QString &error() const { return m_error; }
    // The journal could not be read or written (the save itself may be fine).
    [[nodiscard]] const QString &journalProblem() const { return m_journalProblem; }

    // The document changed: schedules the save and the journal entry.
    void documentChanged();
    // Saves now; `interactive`: a conflict asks resolveConflict (else it stays a conflict).
    // True when the store holds the document's text afterwards.
    bool save(bool interactive);
    // The last chance (the editor closes): save without asking, else journal at once.
    void finish();
    // Offers a journaled draft of the article back (offerRestore) when it holds text the
    // store lacks and is the current user's to save; a declined one is removed.
    void checkJournal();
    void writeJournal();

    std::function<ConflictDialog::Resolution(const ConflictDialog::Info &)> resolveConflict;
    std::function<bool(const Interchange::EditJournal::Entry &, const Article &)> offerRestore;
    std::function<QString(const QString &user)> displayName;

    // The question offerRestore asks by default.
    [[nodiscard]] static bool askRestore(const Interchange::EditJournal::Entry &draft,
                                         const Article &stored, QWidget *parent);

Q_SIGNALS:
    void stateChanged();
    void saved(const QString &uid);
    // The store refused the user (the article moved on): the editor should look again.
    void refused();

private:
    bool resolve();
    // With a scope: takes what others saved since outside it; false when they changed the
    // scope's text too (a conflict to resolve).
    bool followStore();
    void setState(State state, const QString &error = {});

    Storage::Database &m_db;
    Interchange::EditJournal m_journal;
    ArticleDocument *m_document = nullptr;
    std::optional<User> m_user;
    QTimer *m_autosave = nullptr; // a pause in the typing
    QTimer *m_autosaveDeadline = nullptr; // no pause for a while: saved all the same
    QTimer *m_journalTimer = nullptr;
    QTimer *m_retry = nullptr;
    State m_state = State::Saved;
    QString m_error;
    QString m_journalProblem;
    QString m_scope;
    bool m_saving = false;
};

} // namespace Byline
