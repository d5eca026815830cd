#include "core/storage/InboxRepository.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "core/TimeFormat.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QObject>
#include <QSqlQuery>

namespace Byline::Storage {

InboxRepository::InboxRepository(Database &db)
    : m_db(db)
{
}

Result<int> InboxRepository::deliver(const QList<InboxEntry> &entries)
{
    if (entries.isEmpty())
        return 0;
    const QString what = QObject::tr("telling people what happened");
    auto tx = Transaction::begin(m_db, what);
    if (!tx)
        return std::unexpected(tx.error());
    int added = 0;
    for (const InboxEntry &e : entries) {
        if (e.user.isEmpty() || e.user == e.actor)
            continue;
        auto q = m_db.run(
            QStringLiteral("INSERT INTO inbox (user_id, kind, article_uid, locale, actor_id, at, "
                           "detail, comment_number) SELECT u.id, ?, ?, ?, "
                           "(SELECT a.id FROM users a WHERE a.name = ?), ?, ?, ? "
                           "FROM users u WHERE u.name = ? AND u.active = 1"),
            {inboxKindName(e.kind), e.articleUid, e.locale, e.actor,
             formatUtc(e.at.isValid() ? e.at : Clock::now()), e.detail, e.comment, e.user},
            what);
        if (!q)
            return std::unexpected(q.error());
        const bool delivered = q->numRowsAffected() > 0;
        q->finish();
        if (delivered) {
            ++added;
            m_db.recordChange({ChangeKind::InboxChanged, e.user});
        }
    }
    if (auto committed = tx->commit(); !committed)
        return std::unexpected(committed.error());
    return added;
}

Result<QList<InboxEntry>> InboxRepository::list(const QString &user, int limit) const
{
    // LEFT JOINs: an entry whose article went is seen here, and skipped below with a line.
    auto q = m_db.run(
        QStringLiteral("SELECT i.id, i.kind, i.article_uid, i.locale, a.name, a.display_name, "
                       "i.at, i.detail, i.comment_number, i.read_at, ar.id, t.title "
                       "FROM inbox i JOIN users u ON u.id = i.user_id "
                       "LEFT JOIN users a ON a.id = i.actor_id "
                       "LEFT JOIN articles ar ON ar.uid = i.article_uid "
                       "LEFT JOIN translations t ON t.article_id = ar.id "
                       "AND t.locale = ar.source_locale "
                       "WHERE u.name = ? ORDER BY i.id DESC LIMIT ?"),
        {user, limit}, QObject::tr("reading the inbox of %1").arg(user));
    if (!q)
        return std::unexpected(q.error());
    QList<InboxEntry> result;
    while (q->next()) {
        const QString uid = q->value(2).toString();
        const auto kind = inboxKindFromName(q->value(1).toString());
        if (q->value(10).isNull() || !kind) {
            qCInfo(lcStorage) << "inbox entry" << q->value(0).toLongLong()
                              << "skipped:" << (kind ? "its article" : "its kind")
                              << (kind ? uid : q->value(1).toString()) << "is unknown here";
            continue;
        }
        InboxEntry e;
        e.id = q->value(0).toLongLong();
        e.user = user;
        e.kind = *kind;
        e.articleUid = uid;
        e.locale = q->value(3).toString();
        e.actor = q->value(4).toString();
        e.actorName = q->value(5).toString();
        e.at = parseUtc(q->value(6).toString()).value_or(QDateTime());
        e.detail = q->value(7).toString();
        e.comment = q->value(8).toInt();
        if (!q->value(9).isNull())
            e.readAt = parseUtc(q->value(9).toString());
        e.headline = q->value(11).toString();
        result.append(e);
    }
    return result;
}

Result<int> InboxRepository::unread(const QString &user) const
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM inbox i "
                                        "JOIN users u ON u.id = i.user_id "
                                        "JOIN articles ar ON ar.uid = i.article_uid "
                                        "WHERE u.name = ? AND i.read_at IS NULL"),
                         {user}, QObject::tr("counting the unread inbox of %1").arg(user));
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<> InboxRepository::markRead(const QString &user, qint64 id)
{
    const QString what = QObject::tr("marking an inbox entry read");
    auto tx = Transaction::begin(m_db, what);
    if (!tx)
        return std::unexpected(tx.error());
    auto found = m_db.scalar(QStringLiteral("SELECT i.read_at IS NULL FROM inbox i "
                                            "JOIN users u ON u.id = i.user_id "
                                            "WHERE i.id = ? AND u.name = ?"),
                             {id, user}, what);
    if (!found)
        return std::unexpected(found.error());
    if (found->isNull()) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("%1 has no inbox entry %2; \"byline-cli inbox\" lists them.")
                        .arg(user)
                        .arg(id));
    }
    if (!found->toBool())
        return {};
    auto q = m_db.run(QStringLiteral("UPDATE inbox SET read_at = ? WHERE id = ?"),
                      {formatUtc(Clock::now()), id}, what);
    if (!q)
        return std::unexpected(q.error());
    q->finish();
    m_db.recordChange({ChangeKind::InboxChanged, user});
    return tx->commit();
}

Result<int> InboxRepository::markAllRead(const QString &user)
{
    const QString what = QObject::tr("marking the inbox read");
    auto tx = Transaction::begin(m_db, what);
    if (!tx)
        return std::unexpected(tx.error());
    auto q = m_db.run(QStringLiteral("UPDATE inbox SET read_at = ? WHERE read_at IS NULL "
                                     "AND user_id = (SELECT id FROM users WHERE name = ?)"),
                      {formatUtc(Clock::now()), user}, what);
    if (!q)
        return std::unexpected(q.error());
    const int marked = q->numRowsAffected();
    q->finish();
    if (marked > 0)
        m_db.recordChange({ChangeKind::InboxChanged, user});
    if (auto committed = tx->commit(); !committed)
        return std::unexpected(committed.error());
    return marked;
}

} // namespace Byline::Storage
