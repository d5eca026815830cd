#include "ui/document/ArticleSession.h"

#include "core/storage/ArticleRepository.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/TimeInput.h"
#include "ui/document/ArticleDocument.h"
#include "ui/document/SavedElsewhereBar.h"

#include <QUndoStack>
#include <QWidget>

#include <utility>

namespace Byline {

ArticleSession::ArticleSession(Storage::Database &db, QWidget *view)
    : QObject(view)
    , m_db(db)
    , m_view(view)
    , m_saver(new ArticleSaver(db, view))
{
}

void ArticleSession::askThrough(const Resolve *resolveConflict, const OfferRestore *offerRestore)
{
    m_saver->resolveConflict = [resolveConflict](const ConflictDialog::Info &info) {
        return (*resolveConflict)(info);
    };
    m_saver->offerRestore
        = [offerRestore](const Interchange::EditJournal::Entry &draft, const Article &now) {
              return (*offerRestore)(draft, now);
          };
}

ConflictDialog::Resolution ArticleSession::askConflict(const ConflictDialog::Info &info)
{
    return ConflictDialog::ask(info, m_quotes, m_view);
}

bool ArticleSession::askRestore(const Interchange::EditJournal::Entry &draft, const Article &stored)
{
    return ArticleSaver::askRestore(draft, stored, m_view);
}

std::optional<Article> ArticleSession::find(const QString &uid)
{
    auto found = Storage::ArticleRepository(m_db).find(uid);
    if (!found || !*found) {
        m_problem = found ? tr("There is no article %1.").arg(uid) : found.error().message;
        return std::nullopt;
    }
    return std::move(**found);
}

ArticleDocument *ArticleSession::begin(const Article &stored, QObject *parent)
{
    m_document = new ArticleDocument(stored, parent);
    return m_document;
}

void ArticleSession::attach()
{
    m_saver->setDocument(m_document);
}

void ArticleSession::detach(QObject *listener)
{
    m_saver->setDocument(nullptr);
    if (m_document) {
        m_document->undoStack()->disconnect(listener);
        m_document->disconnect(listener);
    }
}

void ArticleSession::end()
{
    delete std::exchange(m_document, nullptr);
}

bool ArticleSession::isOtherPerson(const std::optional<User> &user) const
{
    return !user || !m_user || user->name != m_user->name;
}

bool ArticleSession::setUser(const std::optional<User> &user)
{
    const bool other = isOtherPerson(user);
    // What the previous person typed is saved as theirs.
    if (other && m_user && m_document && m_document->isModified())
        m_saver->save(true);
    m_user = user;
    m_saver->setUser(user);
    return other;
}

void ArticleSession::checkJournal()
{
    if (m_document && !m_document->isModified())
        m_saver->checkJournal();
}

bool ArticleSession::reloadFromStore()
{
    if (!m_document)
        return false;
    auto found = Storage::ArticleRepository(m_db).find(uid());
    if (!found || !*found) {
        m_problem = found ? tr("The article is no longer in the store.") : found.error().message;
        return false;
    }
    const Article &stored = **found;
    if (stored.version == m_document->stored().version)
        m_document->rebase(stored); // the workflow moved it: same text
    else if (!m_document->isModified())
        m_document->reset(stored); // someone saved: show their text
    // Otherwise my unsaved text stays; saving it shows both texts.
    return true;
}

void ArticleSession::showNewerSave(SavedElsewhereBar *bar) const
{
    if (!m_document || !m_document->isModified()) {
        bar->hide();
        return;
    }
    auto latest = Storage::ArticleRepository(m_db).latestSave(uid());
    if (!latest || !*latest || (*latest)->version <= m_document->stored().version)
        return;
    const QString login = (*latest)->user;
    auto user = Storage::UserRepository(m_db).find(login);
    const QString who
        = user && *user && !(*user)->displayName.isEmpty() ? (*user)->displayName : login;
    bar->showSave(who, (*latest)->createdAt,
                  TimeInput::newsroomZone(m_db).value_or(QTimeZone::utc()));
}

bool ArticleSession::reloadQuotes()
{
    if (auto loaded = m_quotes.load(m_db); !loaded) {
        m_problem = loaded.error().message;
        return false;
    }
    return true;
}

QString ArticleSession::uid() const
{
    return m_document ? m_document->article().uid : QString();
}

bool ArticleSession::isModified() const
{
    return m_document && m_document->isModified();
}

QString ArticleSession::saveStateText() const
{
    return m_document ? m_saver->stateText() : m_problem;
}

} // namespace Byline
