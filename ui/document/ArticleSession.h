#pragma once

#include "core/domain/Article.h"
#include "core/domain/User.h"
#include "core/interchange/EditJournal.h"
#include "ui/document/ArticleSaver.h"
#include "ui/document/ConflictDialog.h"
#include "ui/document/QuoteCatalog.h"

#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace Byline {
namespace Storage {
class Database;
}
class ArticleDocument;
class SavedElsewhereBar;

// One article being edited, as the editor and the translation view share it (in the manner of
// Tiled's Editor over a Document): the working copy with its undo history (ArticleDocument),
// its saver (the version check, autosave, the journal, conflicts: ArticleSaver), the quotes the
// text points at (QuoteCatalog) and the person editing. The views show the article and turn
// keys into changes; what a change of person, a save elsewhere or a reload does is decided
// here, once.
class ArticleSession : public QObject
{
    Q_OBJECT
public:
    using Resolve = std::function<ConflictDialog::Resolution(const ConflictDialog::Info &)>;
    using OfferRestore
        = std::function<bool(const Interchange::EditJournal::Entry &draft, const Article &stored)>;

    // `view`: the widget whose questions (conflicts, drafts to restore) these are.
    ArticleSession(Storage::Database &db, QWidget *view);

    // The saver asks the view's seams, whatever they hold when it asks (tests answer them).
    void askThrough(const Resolve *resolveConflict, const OfferRestore *offerRestore);
    // The questions as dialogs (the seams' defaults).
    [[nodiscard]] ConflictDialog::Resolution askConflict(const ConflictDialog::Info &info);
    [[nodiscard]] bool askRestore(const Interchange::EditJournal::Entry &draft,
                                  const Article &stored);

    // The store's copy of the article; nothing when it cannot be read (problem() says why).
    [[nodiscard]] std::optional<Article> find(const QString &uid);
    // `stored` is edited from now on, in a new document owned by `parent` (the previous one
    // goes). The saver takes it once the view is ready for the journal: attach().
    ArticleDocument *begin(const Article &stored, QObject *parent);
    void attach();
    // Lets the document go quietly: first the saver and `listener` stop hearing it (its last
    // signals, an undo stack clearing itself, must reach nobody letting go of it), then the
    // view removes what shows it, then end() deletes it.
    void detach(QObject *listener);
    void end();

    // Who edits. A different person first saves what the previous one typed, as theirs. True
    // when it is a different person: the view then looks at the journal for them
    // (checkJournal) once its rights are updated.
    bool setUser(const std::optional<User> &user);
    [[nodiscard]] bool isOtherPerson(const std::optional<User> &user) const;
    // Offers a journaled draft of the article, unless something is typed already.
    void checkJournal();
    [[nodiscard]] const std::optional<User> &user() const { return m_user; }

    // The store changed the article (a workflow step, a save elsewhere): the same version is
    // rebased (the text is the same), an unmodified copy takes the stored text, and unsaved
    // text stays (saving it shows both). False when the article cannot be read.
    bool reloadFromStore();
    // Unsaved text over a newer version saved elsewhere: `bar` says who saved it and when;
    // otherwise (nothing unsaved, nothing newer) it is hidden. Leaves it as it is when the
    // store cannot be read.
    void showNewerSave(SavedElsewhereBar *bar) const;
    // The quote registry read again (a quote translated elsewhere). False when it cannot be.
    bool reloadQuotes();

    [[nodiscard]] ArticleDocument *document() const { return m_document; }
    [[nodiscard]] ArticleSaver *saver() const { return m_saver; }
    [[nodiscard]] QuoteCatalog &quotes() { return m_quotes; }
    [[nodiscard]] const QuoteCatalog &quotes() const { return m_quotes; }
    [[nodiscard]] QString uid() const;
    [[nodiscard]] bool isModified() const;
    [[nodiscard]] ArticleSaver::State saveState() const { return m_saver->state(); }
    // How saving stands, or (nothing open) why nothing is.
    [[nodiscard]] QString saveStateText() const;
    // What could not be read (the article, the registry, the choices); empty: nothing.
    [[nodiscard]] const QString &problem() const { return m_problem; }
    void setProblem(const QString &problem) { m_problem = problem; }

private:
    Storage::Database &m_db;
    QWidget *m_view;
    ArticleSaver *m_saver;
    ArticleDocument *m_document = nullptr;
    QuoteCatalog m_quotes;
    std::optional<User> m_user;
    QString m_problem;
};

} // namespace Byline
