#include "core/storage/NewsroomAuditRepository.h"

#include "core/TimeFormat.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>

namespace Byline::Storage {

Result<> NewsroomAuditRepository::append(const QList<NewsroomEvent> &events)
{
    for (const NewsroomEvent &e : events) {
        auto user = userIdOrNull(m_db, e.user);
        if (!user)
            return std::unexpected(user.error());
        auto q = m_db.run(QStringLiteral("INSERT INTO newsroom_audit (at, user_id, action, "
                                         "subject, detail) VALUES (?, ?, ?, ?, ?)"),
                          {formatUtc(e.at), *user, e.action, e.subject, e.detail},
                          QObject::tr("recording the change in the newsroom's audit trail"));
        if (!q)
            return std::unexpected(q.error());
    }
    return {};
}

Result<QList<NewsroomEvent>> NewsroomAuditRepository::recent(int limit) const
{
    auto q = m_db.run(QStringLiteral("SELECT h.at, u.name, h.action, h.subject, h.detail "
                                     "FROM newsroom_audit h LEFT JOIN users u ON u.id = h.user_id "
                                     "ORDER BY h.id DESC LIMIT ?"),
                      {limit}, QObject::tr("reading the newsroom's audit trail"));
    if (!q)
        return std::unexpected(q.error());
    QList<NewsroomEvent> events;
    while (q->next()) {
        events.append({parseUtc(q->value(0).toString()).value_or(QDateTime()),
                       q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                       q->value(4).toString()});
    }
    return events;
}

} // namespace Byline::Storage
