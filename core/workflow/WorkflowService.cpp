#include "core/workflow/WorkflowService.h"

#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/InboxRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/Notices.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/StateMachine.h"
#include "core/workflow/TimeInput.h"

#include <QObject>

namespace Byline {
namespace {

QString roleWord(Role role)
{
    switch (role) {
    case Role::Journalist:
        return QObject::tr("a journalist");
    case Role::Editor:
        return QObject::tr("an editor");
    case Role::Translator:
        return QObject::tr("a translator");
    case Role::Admin:
        return QObject::tr("an admin");
    }
    return {};
}

// Why a role may not do something, and who may.
QString refusal(const User &user, Action action, const QString &locale)
{
    if (!user.active)
        return QObject::tr("%1 is no longer active in this newsroom.").arg(user.name);
    const QString who = QObject::tr("%1 is %2").arg(user.name, roleWord(user.role));
    if (action == Action::Submit && locale.isEmpty())
        return QObject::tr("%1: only the article's authors and editors submit it.").arg(who);
    if (action == Action::Submit)
        return QObject::tr("%1: only translators into %2 and editors mark it ready for review.")
            .arg(who, locale);
    return QObject::tr("%1: only editors may %2.").arg(who, actionName(action));
}

// Publishing: the source locale is approved by publishing, and it and every approved
// translation go live now (those already live keep their time).
void goLive(const Article &article, const QDateTime &now, Storage::WorkflowChange &change)
{
    for (const Translation &t : article.translations) {
        const bool isSource = t.locale == article.sourceLocale;
        if (isSource && t.state != TranslationState::Approved)
            change.localeStates.insert(t.locale, TranslationState::Approved);
        if ((isSource || t.state == TranslationState::Approved) && !t.publishedAt)
            change.localePublishedAt.insert(t.locale, now);
    }
}

// The locales a change takes live.
QStringList goingLive(const Storage::WorkflowChange &change)
{
    QStringList locales;
    for (auto it = change.localePublishedAt.cbegin(); it != change.localePublishedAt.cend(); ++it) {
        if (it.value())
            locales.append(it.key());
    }
    return locales;
}

QStringList names(const QList<Action> &actions)
{
    QStringList result;
    for (Action a : actions)
        result.append(actionName(a));
    return result;
}

} // namespace

Result<WorkflowService::Outcome> WorkflowService::act(const Request &request)
{
    // Read, check and write under one write lock (the store's on SQLite, the article's row on a
    // server): no one can move the article in between.
    auto tx = Storage::Transaction::begin(m_db,
                                          QObject::tr("changing the state of %1").arg(request.uid));
    if (!tx)
        return std::unexpected(tx.error());
    auto user = Storage::UserRepository(m_db).require(request.user);
    if (!user)
        return std::unexpected(user.error());
    Storage::ArticleRepository articles(m_db);
    if (auto locked = articles.lock(request.uid); !locked)
        return std::unexpected(locked.error());
    auto found = articles.find(request.uid);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, QObject::tr("There is no article %1.").arg(request.uid));
    const Article &article = **found;
    const QString name = actionName(request.action);
    const bool onLocale = !request.locale.isEmpty();

    if (onLocale
        && (request.action == Action::Schedule || request.action == Action::Unschedule
            || request.action == Action::Spike || request.action == Action::Restore)) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("%1 applies to the whole article, not to one locale: leave out "
                                "--locale.")
                        .arg(name));
    }
    const Translation *translation = onLocale ? article.translation(request.locale) : nullptr;
    if (onLocale && !translation) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("The article %1 has no %2 translation yet.")
                        .arg(request.uid, request.locale));
    }
    if (!Permissions::mayAct(*user, request.action, article, request.locale))
        return fail(ErrorCode::PermissionDenied, refusal(*user, request.action, request.locale));

    const QDateTime now = Clock::now();
    Storage::WorkflowChange change;
    change.from = article.state;
    change.to = article.state;
    change.scheduledAt = article.scheduledAt;
    change.publishedAt = article.publishedAt;
    change.publishedLateSeconds = article.publishedLateSeconds;
    change.audit.at = now;
    change.audit.user = request.user;
    change.audit.action = name;
    change.audit.locale = request.locale;
    change.audit.comment = request.comment;
    if (request.action == Action::RequestChanges) {
        if (request.comment.trimmed().isEmpty()) {
            return fail(ErrorCode::InvalidInput,
                        QObject::tr("Sending back needs a comment saying what to change."));
        }
        change.comment = Comment {0, now, request.user, request.locale, request.comment, {}, {}};
    }

    Outcome outcome;
    if (onLocale) {
        const auto next = StateMachine::translationTarget(translation->state, request.action);
        if (!next) {
            QStringList allowed;
            for (Action a : allActions()) {
                if (StateMachine::translationTarget(translation->state, a))
                    allowed.append(actionName(a));
            }
            return fail(
                ErrorCode::Conflict,
                QObject::tr("Cannot %1 the %2 translation: it is in the state %3. From %3 it "
                            "can: %4.")
                    .arg(name, request.locale, translationStateName(translation->state),
                         allowed.join(QStringLiteral(", "))));
        }
        if (request.action == Action::Publish && article.state != WorkflowState::Published) {
            return fail(ErrorCode::Conflict,
                        QObject::tr("The article is in the state %1, not published: publish the "
                                    "article first; its approved translations go live with it.")
                            .arg(workflowStateName(article.state)));
        }
        if (request.locale == article.sourceLocale
            && (request.action == Action::Unpublish || request.action == Action::RequestChanges)) {
            return fail(ErrorCode::Conflict,
                        request.action == Action::Unpublish
                            ? QObject::tr("%1 is the article's source locale; to take it down, "
                                          "unpublish the whole article.")
                                  .arg(request.locale)
                            : QObject::tr("%1 is the article's source locale; to send it back, "
                                          "send back the whole article.")
                                  .arg(request.locale));
        }
        change.localeStates.insert(request.locale, *next);
        // A locale that is no longer approved is no longer on the site.
        if (*next != TranslationState::Approved && translation->publishedAt)
            change.localePublishedAt.insert(request.locale, std::nullopt);
        const bool live = article.state == WorkflowState::Published;
        if ((request.action == Action::Approve && live) || request.action == Action::Publish) {
            if (!translation->publishedAt)
                change.localePublishedAt.insert(request.locale, now);
        }
        if (request.action == Action::Unpublish)
            change.localePublishedAt.insert(request.locale, std::nullopt);
        change.audit.from = translationStateName(translation->state);
        change.audit.to = translationStateName(*next);
    } else {
        const auto next = StateMachine::target(article.state, request.action);
        if (!next) {
            return fail(
                ErrorCode::Conflict,
                QObject::tr("Cannot %1: the article is in the state %2. From %2 it can: %3.")
                    .arg(name, workflowStateName(article.state),
                         names(StateMachine::allowedFrom(article.state))
                             .join(QStringLiteral(", "))));
        }
        change.to = *next;
        switch (request.action) {
        case Action::Approve:
            change.localeStates.insert(article.sourceLocale, TranslationState::Approved);
            break;
        case Action::Schedule:
            if (!request.at) {
                return fail(ErrorCode::InvalidInput,
                            QObject::tr("Scheduling needs a time (--at), e.g. --at \"2026-12-01 "
                                        "09:00\" in the newsroom's time zone."));
            }
            if (*request.at <= now) {
                return fail(ErrorCode::InvalidInput,
                            QObject::tr("%1 is not in the future. To publish now, use publish.")
                                .arg(formatUtc(*request.at)));
            }
            change.scheduledAt = *request.at;
            break;
        case Action::Unschedule:
        case Action::RequestChanges:
        case Action::Restore:
            change.scheduledAt.reset();
            break;
        case Action::Publish:
            change.publishedAt = now;
            change.publishedLateSeconds.reset();
            goLive(article, now, change);
            break;
        case Action::Unpublish:
        case Action::Spike:
            change.scheduledAt.reset();
            for (const Translation &t : article.translations) {
                if (t.publishedAt)
                    change.localePublishedAt.insert(t.locale, std::nullopt);
            }
            break;
        case Action::Submit:
            break;
        }
        change.audit.from = workflowStateName(article.state);
        change.audit.to = workflowStateName(*next);
        if (request.action == Action::Schedule && change.audit.comment.isEmpty())
            change.audit.comment = QObject::tr("for %1").arg(formatUtc(*change.scheduledAt));
    }
    auto applied = articles.applyWorkflow(request.uid, change);
    if (!applied)
        return std::unexpected(applied.error());
    const Notices::Step step {request.action,    request.user, request.locale,
                              request.comment,   *applied,     change.scheduledAt,
                              goingLive(change), now};
    if (auto told = Storage::InboxRepository(m_db).deliver(Notices::ofStep(article, step)); !told)
        return std::unexpected(told.error());
    if (auto committed = tx->commit(); !committed)
        return std::unexpected(committed.error());
    outcome.from = change.audit.from;
    outcome.to = change.audit.to;
    outcome.scheduledAt = change.scheduledAt;
    return outcome;
}

Result<User> WorkflowService::activeUser(const QString &name) const
{
    auto user = Storage::UserRepository(m_db).require(name);
    if (!user)
        return std::unexpected(user.error());
    if (!user->active)
        return fail(ErrorCode::PermissionDenied,
                    QObject::tr("%1 is no longer active in this newsroom.").arg(user->name));
    return user;
}

Result<int> WorkflowService::comment(const QString &uid, const QString &userName,
                                     const QString &locale, const QString &text)
{
    auto tx = Storage::Transaction::begin(m_db, QObject::tr("adding a comment to %1").arg(uid));
    if (!tx)
        return std::unexpected(tx.error());
    auto user = activeUser(userName);
    if (!user)
        return std::unexpected(user.error());
    if (text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, QObject::tr("An empty comment says nothing."));
    Storage::ArticleRepository articles(m_db);
    auto found = articles.find(uid);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, QObject::tr("There is no article %1.").arg(uid));
    if (!locale.isEmpty() && !(*found)->translation(locale)) {
        QStringList locales;
        for (const Translation &t : (*found)->translations)
            locales.append(t.locale);
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The article %1 has no %2 translation to comment on; it has: %3.")
                        .arg(uid, locale, locales.join(QStringLiteral(", "))));
    }
    const QDateTime now = Clock::now();
    auto number = Storage::CommentRepository(m_db).add(
        uid, Comment {0, now, userName, locale, text, {}, {}});
    if (!number)
        return number;
    if (auto told = Storage::InboxRepository(m_db).deliver(
            Notices::ofComment(uid, locale, userName, text, *number, now));
        !told)
        return std::unexpected(told.error());
    if (auto committed = tx->commit(); !committed)
        return std::unexpected(committed.error());
    return number;
}

Result<> WorkflowService::resolveComment(const QString &uid, const QString &userName, int number)
{
    auto tx = Storage::Transaction::begin(m_db, QObject::tr("resolving a comment on %1").arg(uid));
    if (!tx)
        return std::unexpected(tx.error());
    auto user = activeUser(userName);
    if (!user)
        return std::unexpected(user.error());
    Storage::CommentRepository comments(m_db);
    auto listed = comments.list(uid);
    if (!listed)
        return std::unexpected(listed.error());
    for (const auto &e : std::as_const(*listed)) {
        if (e.comment.number == number && e.comment.resolvedAt) {
            return fail(ErrorCode::InvalidInput,
                        QObject::tr("Comment %1 was already resolved by %2.")
                            .arg(number)
                            .arg(e.comment.resolvedBy));
        }
    }
    if (auto done = comments.resolve(uid, number, userName, Clock::now()); !done)
        return done;
    return tx->commit();
}

Result<QList<WorkflowService::Published>> WorkflowService::publishDue(const QDateTime &now)
{
    Storage::ArticleRepository articles(m_db);
    auto due = articles.dueForPublication(now);
    if (!due)
        return std::unexpected(due.error());
    QList<Published> done;
    for (const QString &uid : std::as_const(*due)) {
        // Each article with its inbox entries, all or nothing.
        auto tx = Storage::Transaction::begin(m_db, QObject::tr("publishing %1").arg(uid));
        if (!tx)
            return std::unexpected(tx.error());
        auto found = articles.find(uid);
        if (!found)
            return std::unexpected(found.error());
        if (!*found || (*found)->state != WorkflowState::Scheduled || !(*found)->scheduledAt)
            continue; // moved by someone else since the list was read
        const Article &a = **found;
        const qint64 late = qMax<qint64>(0, a.scheduledAt->secsTo(now));
        Storage::WorkflowChange change;
        change.from = WorkflowState::Scheduled;
        change.to = WorkflowState::Published;
        change.scheduledAt = a.scheduledAt;
        change.publishedAt = now;
        if (late > lateToleranceSeconds)
            change.publishedLateSeconds = late;
        goLive(a, now, change);
        change.audit = {now,
                        {},
                        QStringLiteral("publish"),
                        workflowStateName(WorkflowState::Scheduled),
                        workflowStateName(WorkflowState::Published),
                        {},
                        late > lateToleranceSeconds
                            ? QObject::tr("scheduled for %1; published by publish-due %2 late")
                                  .arg(formatUtc(*a.scheduledAt), TimeInput::duration(late))
                            : QObject::tr("scheduled for %1; published by publish-due")
                                  .arg(formatUtc(*a.scheduledAt))};
        auto applied = articles.applyWorkflow(uid, change);
        if (!applied) {
            if (applied.error().code == ErrorCode::Conflict)
                continue; // another publish-due got there first: published exactly once
            return std::unexpected(applied.error());
        }
        const Notices::Step step {Action::Publish,   {}, {}, {}, 0, a.scheduledAt,
                                  goingLive(change), now};
        if (auto told = Storage::InboxRepository(m_db).deliver(Notices::ofStep(a, step)); !told)
            return std::unexpected(told.error());
        if (auto committed = tx->commit(); !committed)
            return std::unexpected(committed.error());
        const Translation *source = a.sourceTranslation();
        done.append({uid, source ? source->title : QString(), *a.scheduledAt,
                     late > lateToleranceSeconds ? late : 0});
    }
    return done;
}

} // namespace Byline
