#include "ui/document/ArticleSaver.h"

#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/workflow/Permissions.h"
#include "ui/document/ArticleDocument.h"

#include <QLocale>
#include <QMessageBox>
#include <QTimer>

namespace Byline {
namespace {

constexpr int autosaveDelayMs = 2000;
// Someone who never pauses is saved at most this many autosave delays after their first
// unsaved change (16 s by default), so the store and the other desks keep up with them.
constexpr int autosaveDeadlineFactor = 8;
constexpr int journalDelayMs = 500;
constexpr int retryDelayMs = 10000;

// Whether two versions of a translation hold the same text (null: no translation).
bool sameText(const Translation *a, const Translation *b)
{
    if (!a || !b)
        return a == b;
    return a->title == b->title && a->lead == b->lead && a->seoTitle == b->seoTitle
        && a->seoDescription == b->seoDescription && a->slug == b->slug && a->blocks == b->blocks;
}

// Storage trouble that may pass (a lock, a full disk, a lost server): worth trying again by
// itself.
bool passing(ErrorCode code)
{
    return code == ErrorCode::StorageLocked || code == ErrorCode::StorageFull
        || code == ErrorCode::StorageFailure || code == ErrorCode::StorageReadOnly
        || code == ErrorCode::ServerUnreachable || code == ErrorCode::Io;
}

QTimer *singleShot(int ms, QObject *parent)
{
    auto *timer = new QTimer(parent);
    timer->setSingleShot(true);
    timer->setInterval(ms);
    return timer;
}

} // namespace

ArticleSaver::ArticleSaver(Storage::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_journal(Interchange::EditJournal::defaultFolder(db.path()))
{
    m_autosave = singleShot(autosaveDelayMs, this);
    connect(m_autosave, &QTimer::timeout, this, [this] { save(true); });
    m_autosaveDeadline = singleShot(autosaveDelayMs * autosaveDeadlineFactor, this);
    connect(m_autosaveDeadline, &QTimer::timeout, this, [this] { save(true); });
    m_journalTimer = singleShot(journalDelayMs, this);
    connect(m_journalTimer, &QTimer::timeout, this, &ArticleSaver::writeJournal);
    m_retry = singleShot(retryDelayMs, this);
    connect(m_retry, &QTimer::timeout, this, [this] { save(true); });
    displayName = [](const QString &user) {
        return user;
    };
}

void ArticleSaver::setDocument(ArticleDocument *document)
{
    m_document = document;
    m_autosave->stop();
    m_autosaveDeadline->stop();
    m_retry->stop();
    m_journalTimer->stop();
    setState(State::Saved);
}

void ArticleSaver::setJournalFolder(const QString &folder)
{
    m_journal = Interchange::EditJournal(folder);
}

void ArticleSaver::setAutosaveDelay(int ms)
{
    m_autosave->setInterval(ms);
    m_autosaveDeadline->setInterval(ms * autosaveDeadlineFactor);
}

void ArticleSaver::setState(State state, const QString &error)
{
    m_state = state;
    m_error = error;
    Q_EMIT stateChanged();
}

QString ArticleSaver::stateText() const
{
    switch (m_state) {
    case State::Saved:
        return tr("Saved");
    case State::Unsaved:
        return tr("Unsaved changes");
    case State::Failed:
        return tr("Saving failed: %1 Your text stays here and in the safety copy; Byline tries "
                  "again.")
            .arg(m_error);
    case State::Conflict:
        return tr("Not saved: someone saved a newer version meanwhile. Save (Ctrl+S) to compare "
                  "the two texts and choose.");
    }
    return {};
}

void ArticleSaver::documentChanged()
{
    if (!m_document)
        return;
    if (m_document->isModified()) {
        // After a conflict nothing is saved until the person chooses (a save asks again).
        if (m_state == State::Saved)
            setState(State::Unsaved);
        if (m_state != State::Conflict) {
            m_autosave->start();
            if (!m_autosaveDeadline->isActive())
                m_autosaveDeadline->start();
        }
    } else {
        m_autosave->stop();
        m_autosaveDeadline->stop();
        m_retry->stop();
        if (m_state != State::Saved)
            setState(State::Saved);
    }
    // Half a second after the first change not yet journaled, not after the last one: someone
    // typing steadily would otherwise never be journaled (nor autosaved) until they paused.
    if (!m_journalTimer->isActive())
        m_journalTimer->start();
}

bool ArticleSaver::save(bool interactive)
{
    if (!m_document || m_saving)
        return false;
    m_autosave->stop();
    m_autosaveDeadline->stop();
    m_retry->stop();
    if (!m_document->isModified()) {
        setState(State::Saved);
        return true;
    }
    if (!m_user) {
        setState(State::Failed, tr("Choose who you are on the desk to save."));
        return false;
    }
    if (!m_scope.isEmpty() && !followStore())
        return interactive && resolve();
    m_saving = true;
    Article draft = m_document->article();
    const Article base = m_document->stored();
    // With what this desk loaded: a save overtaken by another desk's save of other parts
    // (another language, the section) is merged in the store instead of a conflict.
    bool merged = false;
    auto done = EditService(m_db).save(draft, m_user->name, &base, &merged);
    m_saving = false;
    if (done) {
        if (merged)
            m_document->adoptMerged(draft);
        else
            m_document->markSaved(draft);
        if (auto removed = m_journal.remove(draft.uid); !removed)
            m_journalProblem = removed.error().message;
        setState(State::Saved);
        Q_EMIT saved(draft.uid);
        return true;
    }
    writeJournal(); // the text is safe on disk whatever comes next
    if (done.error().code == ErrorCode::Conflict) {
        setState(State::Conflict, done.error().message);
        return interactive && resolve();
    }
    setState(State::Failed, done.error().message);
    if (passing(done.error().code))
        m_retry->start();
    if (done.error().code == ErrorCode::PermissionDenied)
        Q_EMIT refused();
    return false;
}

bool ArticleSaver::followStore()
{
    // The rights are checked against what the store holds: a translation based on an older
    // version would read as a change to everything changed since. So follow the store first.
    auto found = Storage::ArticleRepository(m_db).find(m_document->article().uid);
    if (!found || !*found || (*found)->version == m_document->stored().version)
        return true; // nothing newer (or the save itself says what is wrong)
    if (!sameText(m_document->stored().translation(m_scope), (*found)->translation(m_scope))) {
        writeJournal(); // the text is safe on disk whatever comes next
        setState(State::Conflict, tr("Someone changed this translation meanwhile."));
        return false;
    }
    m_document->rebase(**found, m_scope);
    return true;
}

bool ArticleSaver::resolve()
{
    const QString uid = m_document->article().uid;
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto found = Storage::ArticleRepository(m_db).find(
            uid, Storage::ArticleRepository::Load::WithHistory);
        if (!found || !*found) {
            setState(State::Failed,
                     found ? tr("The article is no longer in the store.") : found.error().message);
            return false;
        }
        Article theirs = **found;
        ConflictDialog::Info info;
        info.mine = m_document->article();
        for (const Revision &r : std::as_const(theirs.revisions)) {
            if (r.kind != RevisionKind::Conflict && r.version == theirs.version) {
                info.theirAuthor = displayName(r.user);
                info.theirTime
                    = QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat);
            }
            if (r.kind == RevisionKind::Conflict && m_user && r.user == m_user->name
                && r.version == info.mine.version)
                info.keptRevision = r.number;
        }
        theirs.revisions.clear();
        theirs.history.clear();
        theirs.comments.clear();
        info.theirs = theirs;
        const bool elsewhere = !m_scope.isEmpty()
            && sameText(m_document->stored().translation(m_scope), theirs.translation(m_scope));
        const ConflictDialog::Resolution resolution
            = elsewhere ? ConflictDialog::Choice::KeepMine : resolveConflict(info);
        switch (resolution.choice) {
        case ConflictDialog::Choice::Later:
            return false;
        case ConflictDialog::Choice::Merge:
            // The merged text, based on theirs: saved like any edit (and checked again).
            m_document->reset(theirs, resolution.merged.value_or(theirs));
            setState(State::Unsaved);
            if (save(false))
                return true;
            if (m_state != State::Conflict)
                return false;
            continue; // someone saved yet again meanwhile: show the newest
        case ConflictDialog::Choice::TakeTheirs:
            m_document->reset(theirs);
            if (auto removed = m_journal.remove(uid); !removed)
                m_journalProblem = removed.error().message;
            setState(State::Saved);
            Q_EMIT saved(uid);
            return true;
        case ConflictDialog::Choice::KeepMine:
            break;
        }
        // My text on top of theirs: the store checks the rights against what it holds now.
        m_document->rebase(theirs, m_scope);
        setState(State::Unsaved);
        if (save(false))
            return true;
        if (m_state != State::Conflict)
            return false; // failed otherwise; the state says how
        // Someone saved yet again meanwhile: show the newest.
    }
    return false;
}

void ArticleSaver::finish()
{
    if (!m_document || !m_document->isModified() || m_saving)
        return;
    if (!save(false))
        writeJournal();
}

void ArticleSaver::writeJournal()
{
    m_journalTimer->stop();
    if (!m_document)
        return;
    Result<> done;
    if (m_document->isModified() && m_user)
        done = m_journal.write(m_document->article(), m_user->name);
    else if (!m_document->isModified())
        done = m_journal.remove(m_document->article().uid);
    const QString problem = done ? QString() : done.error().message;
    if (problem != m_journalProblem) {
        m_journalProblem = problem;
        Q_EMIT stateChanged();
    }
}

void ArticleSaver::checkJournal()
{
    if (!m_document || !m_user)
        return;
    const Article &stored = m_document->stored();
    auto entry = m_journal.read(stored.uid);
    if (!entry) {
        m_journalProblem = entry.error().message; // the file stays for someone to look at
        Q_EMIT stateChanged();
        return;
    }
    if (!*entry)
        return;
    const Interchange::EditJournal::Entry &draft = **entry;
    if (!Interchange::EditJournal::differs(draft.draft, stored)) {
        (void)m_journal.remove(stored.uid); // saved after all
        return;
    }
    // Someone else's draft, or one this person may not save now, waits for its time.
    if (draft.user != m_user->name || !Permissions::mayEdit(*m_user, stored, draft.draft))
        return;
    if (offerRestore(draft, stored)) {
        const Article base = stored; // reset replaces what `stored` refers to
        m_document->reset(base, draft.draft);
    } else if (auto removed = m_journal.remove(stored.uid); !removed) {
        m_journalProblem = removed.error().message;
        Q_EMIT stateChanged();
    }
}

bool ArticleSaver::askRestore(const Interchange::EditJournal::Entry &draft, const Article &stored,
                              QWidget *parent)
{
    QString text
        = tr("Byline closed on %1 before your last changes to this article were saved. "
             "Restore them?")
              .arg(QLocale().toString(draft.writtenAt.toLocalTime(), QLocale::ShortFormat));
    if (draft.draft.version < stored.version) {
        text += QLatin1Char(' ')
            + tr("Someone saved the article since; you will be shown both texts to choose from.");
    }
    return QMessageBox::question(parent, tr("Unsaved changes found"), text,
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        == QMessageBox::Yes;
}

} // namespace Byline
