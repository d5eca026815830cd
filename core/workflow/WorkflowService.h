#pragma once

#include "core/Error.h"
#include "core/domain/User.h"
#include "core/domain/WorkflowState.h"
#include "core/workflow/Action.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Byline::Storage {
class Database;
}

namespace Byline {

// Moves articles (and their locales) through the workflow: checks the acting user's role and
// the current state, applies the change atomically and records it in the audit trail.
class WorkflowService
{
public:
    explicit WorkflowService(Storage::Database &db)
        : m_db(db)
    {
    }

    struct Request
    {
        QString uid;
        Action action = Action::Submit;
        QString user; // who acts
        QString locale; // empty: the whole article
        QString comment; // required for request-changes
        std::optional<QDateTime> at; // schedule: when (UTC)
    };

    struct Outcome
    {
        QString from; // state names (workflow states, or translation states with a locale)
        QString to;
        std::optional<QDateTime> scheduledAt;
    };

    [[nodiscard]] Result<Outcome> act(const Request &request);

    // An editorial comment by any active user, on the article or on one of its locales.
    // Returns the comment's number.
    [[nodiscard]] Result<int> comment(const QString &uid, const QString &user,
                                      const QString &locale, const QString &text);
    // Marks comment `number` resolved by `user` (any active user), now. InvalidInput if it
    // already is.
    [[nodiscard]] Result<> resolveComment(const QString &uid, const QString &user, int number);

    struct Published
    {
        QString uid;
        QString title;
        QDateTime scheduledAt;
        qint64 lateSeconds = 0;
    };

    // Publishes every scheduled article whose time has come (at or before `now`), each
    // exactly once even when several run at the same time. Late ones (more than a minute past
    // their time) are recorded as late. Running it again publishes nothing new.
    [[nodiscard]] Result<QList<Published>> publishDue(const QDateTime &now);

    static constexpr qint64 lateToleranceSeconds = 60;

private:
    // Any user may comment, as long as they are still active.
    [[nodiscard]] Result<User> activeUser(const QString &name) const;

    Storage::Database &m_db;
};

} // namespace Byline
