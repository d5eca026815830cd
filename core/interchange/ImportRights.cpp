#include "core/interchange/ImportRights.h"

#include "core/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/ExpertRepository.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/QuoteRepository.h"
#include "core/storage/SectionRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/NewsroomAudit.h"
#include "core/workflow/Permissions.h"

#include <QObject>

#include <algorithm>

namespace Byline::Interchange {
namespace {

// At most this many names in one sentence; the rest are "and N more".
constexpr int namesShown = 5;

QString someOf(QStringList names)
{
    const int more = int(names.size()) - namesShown;
    if (more > 0) {
        names = names.mid(0, namesShown);
        names << QObject::tr("%n more", nullptr, more);
    }
    return names.join(QStringLiteral(", "));
}

// What a quote says and of whom: the stamps of where each translation came from are the
// store's bookkeeping, not a change of words.
bool sameWords(const Quote &a, const Quote &b)
{
    return a.expertUid == b.expertUid && a.spokenLocale == b.spokenLocale
        && a.approved == b.approved && a.texts == b.texts && a.contexts == b.contexts;
}

// Where the article stands in the workflow, for every locale.
bool sameWorkflow(const Article &a, const Article &b)
{
    if (a.state != b.state || a.scheduledAt != b.scheduledAt || a.publishedAt != b.publishedAt
        || a.translations.size() != b.translations.size()) {
        return false;
    }
    for (const Translation &t : a.translations) {
        const Translation *other = b.translation(t.locale);
        if (!other || other->state != t.state || other->publishedAt != t.publishedAt)
            return false;
    }
    return true;
}

bool isLive(const Article &a)
{
    return std::any_of(a.translations.cbegin(), a.translations.cend(),
                       [](const Translation &t) { return t.publishedAt.has_value(); });
}

template<class T, class Key>
const T *findBy(const QList<T> &list, const Key &key, QString T::*member)
{
    auto it = std::find_if(list.cbegin(), list.cend(),
                           [&](const T &item) { return item.*member == key; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

Result<> ImportRights::checkNewsroom(const Document &doc)
{
    m_now = Clock::now();
    if (auto ok = resolveActor(); !ok)
        return ok;
    if (auto ok = checkRecords(doc); !ok)
        return ok;
    if (auto ok = checkSettings(doc); !ok)
        return ok;
    if (auto ok = checkUsers(doc); !ok)
        return ok;
    return checkExpertsAndQuotes(doc);
}

Result<> ImportRights::resolveActor()
{
    if (m_acting == Acting::Program)
        return {};
    Storage::UserRepository users(m_db);
    if (m_actorName.isEmpty()) {
        auto all = users.all();
        if (!all)
            return std::unexpected(all.error());
        if (all->isEmpty())
            return {}; // a new store being set up
        return fail(ErrorCode::PermissionDenied,
                    QObject::tr("This newsroom has users, so an import acts as one of them: say "
                                "who is importing (an editor or an admin for published text, an "
                                "admin for users and settings). Nothing was imported."));
    }
    auto actor = users.require(m_actorName);
    if (!actor)
        return std::unexpected(actor.error());
    if (!actor->active) {
        return fail(ErrorCode::PermissionDenied,
                    QObject::tr("%1 is no longer active in this newsroom; nothing was imported.")
                        .arg(actor->name));
    }
    m_actor = *actor;
    return {};
}

bool ImportRights::isEditorOrAdmin() const
{
    return !m_actor || m_actor->role == Role::Editor || m_actor->role == Role::Admin;
}

Result<> ImportRights::needsAdmin(const QString &what) const
{
    if (!m_actor || m_actor->role == Role::Admin)
        return {};
    return fail(ErrorCode::PermissionDenied,
                QObject::tr("Importing %1 needs an admin: it changes %2, and %3 is not an admin. "
                            "Ask an admin to import it; nothing was imported.")
                    .arg(m_source, what, m_actor->name));
}

Result<> ImportRights::needsEditor(const QString &what) const
{
    if (isEditorOrAdmin())
        return {};
    return fail(ErrorCode::PermissionDenied,
                QObject::tr("Importing %1 needs an editor or an admin: it changes %2. Ask an "
                            "editor to import it; nothing was imported.")
                    .arg(m_source, what));
}

Result<> ImportRights::checkRecords(const Document &doc)
{
    auto locales = Storage::LocaleRepository(m_db).all();
    if (!locales)
        return std::unexpected(locales.error());
    QStringList changed;
    QList<NewsroomEvent> events;
    for (const Locale &l : doc.locales) {
        const Locale *stored = findBy(*locales, l.code, &Locale::code);
        if (stored && *stored == l)
            continue;
        changed << l.code;
        events << NewsroomAudit::recordChanged(QStringLiteral("locale"), l.code, !stored);
    }
    auto sections = Storage::SectionRepository(m_db).all();
    if (!sections)
        return std::unexpected(sections.error());
    for (const Section &s : doc.sections) {
        const Section *stored = findBy(*sections, s.uid, &Section::uid);
        if (stored && *stored == s)
            continue;
        changed << s.uid;
        events << NewsroomAudit::recordChanged(QStringLiteral("section"), s.uid, !stored);
    }
    if (!changed.isEmpty()) {
        if (auto ok = needsAdmin(
                QObject::tr("the newsroom's sections or languages (%1)").arg(someOf(changed)));
            !ok) {
            return ok;
        }
    }
    m_events << events;
    return {};
}

Result<> ImportRights::checkSettings(const Document &doc)
{
    Storage::SettingsRepository repo(m_db);
    auto settings = repo.settings();
    if (!settings)
        return std::unexpected(settings.error());
    auto strings = repo.siteStrings();
    if (!strings)
        return std::unexpected(strings.error());
    QStringList changed;
    QList<NewsroomEvent> events;
    for (auto it = doc.settings.cbegin(); it != doc.settings.cend(); ++it) {
        const QString before = settings->value(it.key());
        if (settings->contains(it.key()) && before == it.value())
            continue;
        changed << it.key();
        events << NewsroomAudit::settingChanged(it.key(), before, it.value());
    }
    for (auto locale = doc.siteStrings.cbegin(); locale != doc.siteStrings.cend(); ++locale) {
        const QMap<QString, QString> storedStrings = strings->value(locale.key());
        for (auto it = locale->cbegin(); it != locale->cend(); ++it) {
            const QString before = storedStrings.value(it.key());
            if (storedStrings.contains(it.key()) && before == it.value())
                continue;
            changed << QStringLiteral("%1 (%2)").arg(it.key(), locale.key());
            events << NewsroomAudit::siteStringChanged(locale.key(), it.key(), before, it.value());
        }
    }
    if (!changed.isEmpty()) {
        if (auto ok = needsAdmin(QObject::tr("the newsroom's settings (%1)").arg(someOf(changed)));
            !ok) {
            return ok;
        }
    }
    m_events << events;
    return {};
}

Result<> ImportRights::checkUsers(const Document &doc)
{
    auto users = Storage::UserRepository(m_db).all();
    if (!users)
        return std::unexpected(users.error());
    QMap<QString, User> after;
    for (const User &u : std::as_const(*users))
        after.insert(u.name, u);
    QStringList changed;
    QList<NewsroomEvent> events;
    for (const User &u : doc.users) {
        const User *stored = findBy(*users, u.name, &User::name);
        if (stored && *stored == u)
            continue;
        changed << u.name;
        events << (stored ? NewsroomAudit::userChanged(*stored, u) : NewsroomAudit::userAdded(u));
        after.insert(u.name, u);
    }
    if (changed.isEmpty())
        return {};
    if (auto ok = needsAdmin(QObject::tr("the newsroom's people (%1)").arg(someOf(changed))); !ok)
        return ok;
    // As in the settings: a newsroom that had an admin keeps one.
    const bool hadAdmin = std::any_of(users->cbegin(), users->cend(), [](const User &u) {
        return u.active && u.role == Role::Admin;
    });
    const bool hasAdmin = std::any_of(after.cbegin(), after.cend(), [](const User &u) {
        return u.active && u.role == Role::Admin;
    });
    if (hadAdmin && !hasAdmin) {
        return fail(ErrorCode::Conflict,
                    QObject::tr("Importing %1 would leave the newsroom without an active admin "
                                "(%2); nothing was imported. Keep an admin active in the file.")
                        .arg(m_source, someOf(changed)));
    }
    m_events << events;
    return {};
}

Result<> ImportRights::checkExpertsAndQuotes(const Document &doc)
{
    if (isEditorOrAdmin())
        return {};
    auto experts = Storage::ExpertRepository(m_db).all();
    if (!experts)
        return std::unexpected(experts.error());
    QStringList changed;
    for (const Expert &e : doc.experts) {
        const Expert *stored = findBy(*experts, e.uid, &Expert::uid);
        if (!stored) {
            if (QString why; !Permissions::mayAddExperts(*m_actor, &why))
                return fail(ErrorCode::PermissionDenied, why);
        } else if (!(*stored == e)) {
            changed << e.uid;
        }
    }
    auto quotes = Storage::QuoteRepository(m_db).all();
    if (!quotes)
        return std::unexpected(quotes.error());
    for (const Quote &q : doc.quotes) {
        const Quote *stored = findBy(*quotes, q.uid, &Quote::uid);
        if (!stored) {
            if (!Permissions::mayCreate(*m_actor))
                return needsEditor(QObject::tr("the quotes (%1 is new)").arg(q.uid));
        } else if (!sameWords(*stored, q)) {
            changed << q.uid;
        }
    }
    if (!changed.isEmpty())
        return needsEditor(
            QObject::tr("experts or quotes already in the newsroom (%1)").arg(someOf(changed)));
    return {};
}

Result<> ImportRights::checkArticle(const Article *stored, const Article &result) const
{
    if (isEditorOrAdmin())
        return {};
    const User &user = *m_actor;
    auto refuse = [&](const QString &why) -> Result<> {
        return fail(ErrorCode::PermissionDenied,
                    QObject::tr("Importing %1: %2 %3 Nothing was imported.")
                        .arg(m_source, result.uid, why));
    };
    // History and comments are records of what people did: nobody adds them for another.
    const QList<AuditEntry> oldHistory = stored ? stored->history : QList<AuditEntry>();
    for (const AuditEntry &e : result.history) {
        if (e.user != user.name && !oldHistory.contains(e))
            return needsEditor(QObject::tr("the workflow history of %1").arg(result.uid));
    }
    const QList<Comment> oldComments = stored ? stored->comments : QList<Comment>();
    for (const Comment &c : result.comments) {
        const bool known
            = std::any_of(oldComments.cbegin(), oldComments.cend(), [&](const Comment &o) {
                  return o.at == c.at && o.user == c.user && o.text == c.text;
              });
        if (!known && c.user != user.name)
            return needsEditor(
                QObject::tr("comments on %1 in other people's names").arg(result.uid));
    }
    if (!stored) {
        if (!Permissions::mayCreate(user))
            return needsEditor(QObject::tr("a new article (%1)").arg(result.uid));
        if (!result.authors.contains(user.name)) {
            return refuse(QObject::tr("is a new article of which %1 is not an author; journalists "
                                      "import their own drafts.")
                              .arg(user.name));
        }
        if (result.state != WorkflowState::Draft || isLive(result))
            return needsEditor(QObject::tr("the workflow state of %1").arg(result.uid));
        return {};
    }
    if (!sameWorkflow(*stored, result))
        return needsEditor(QObject::tr("the workflow state of %1").arg(result.uid));
    if (QString why; !Permissions::mayEdit(user, *stored, result, &why))
        return refuse(why);
    return {};
}

std::optional<AuditEntry> ImportRights::articleEntry(const Article *stored,
                                                     const Article &result) const
{
    if (!m_actor)
        return std::nullopt;
    AuditEntry e;
    e.at = m_now;
    e.user = actor();
    e.action = QStringLiteral("import");
    e.from = stored ? workflowStateName(stored->state) : QString();
    e.to = workflowStateName(result.state);
    e.comment = QObject::tr("imported from %1").arg(m_source);
    return e;
}

QList<NewsroomEvent> ImportRights::events(const QString &summary) const
{
    // What the program ships only fills gaps a person left: nobody changed anything.
    if (m_acting == Acting::Program)
        return {};
    // A new store set up from a file: the file is the record of what it brought, line by line.
    QList<NewsroomEvent> all = m_actor ? m_events : QList<NewsroomEvent>();
    all << NewsroomAudit::imported(m_source, summary);
    for (NewsroomEvent &e : all) {
        e.at = m_now;
        e.user = actor();
    }
    return all;
}

} // namespace Byline::Interchange
