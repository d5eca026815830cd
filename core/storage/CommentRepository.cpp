#include "core/storage/CommentRepository.h"

#include "core/TimeFormat.h"
#include "core/interchange/Limits.h"
#include "core/storage/Database.h"
#include "core/storage/Ids.h"
#include "core/storage/SqlValues.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace Byline::Storage {

CommentRepository::CommentRepository(Database &db)
    : m_db(db)
{
}

Result<int> CommentRepository::insert(qint64 articleId, const Comment &comment)
{
    const QString what = QObject::tr("saving the comment");
    auto user = userIdOrNull(m_db, comment.user);
    if (!user)
        return std::unexpected(user.error());
    auto resolvedBy = userIdOrNull(m_db, comment.resolvedBy);
    if (!resolvedBy)
        return std::unexpected(resolvedBy.error());
    int number = comment.number;
    if (number <= 0) {
        auto next = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM comments "
                                               "WHERE article_id = ?"),
                                {articleId}, what);
        if (!next)
            return std::unexpected(next.error());
        if (next->toLongLong() > Interchange::Limits::maxCounter) {
            return fail(ErrorCode::InvalidInput,
                        QObject::tr("The article has %1 comments, the most Byline counts; the "
                                    "comment was not added.")
                            .arg(Interchange::Limits::maxCounter));
        }
        number = next->toInt();
    }
    auto q = m_db.run(QStringLiteral("INSERT INTO comments (article_id, number, at, user_id, "
                                     "locale, text, resolved_at, resolved_by) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {articleId, number, formatUtc(comment.at), *user,
                       comment.locale.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                : QVariant(comment.locale),
                       comment.text, optionalTime(comment.resolvedAt), *resolvedBy},
                      what);
    if (!q)
        return std::unexpected(q.error());
    return number;
}

Result<int> CommentRepository::add(const QString &uid, const Comment &comment)
{
    auto tx = Transaction::begin(m_db, QObject::tr("adding a comment"));
    if (!tx)
        return std::unexpected(tx.error());
    // Locked: desks commenting at once number their comments one after the other.
    auto id = articleIdOf(m_db, uid, RowLock::ForUpdate);
    if (!id)
        return std::unexpected(id.error());
    Comment fresh = comment;
    fresh.number = 0;
    auto number = insert(*id, fresh);
    if (!number)
        return number;
    m_db.recordChange({ChangeKind::CommentsChanged, uid, 0, comment.locale});
    if (auto done = tx->commit(); !done)
        return std::unexpected(done.error());
    return number;
}

Result<> CommentRepository::resolve(const QString &uid, int number, const QString &user,
                                    const QDateTime &at)
{
    auto tx = Transaction::begin(m_db, QObject::tr("resolving a comment"));
    if (!tx)
        return std::unexpected(tx.error());
    auto id = articleIdOf(m_db, uid, RowLock::ForUpdate);
    if (!id)
        return std::unexpected(id.error());
    auto who = userIdOrNull(m_db, user);
    if (!who)
        return std::unexpected(who.error());
    auto q = m_db.run(QStringLiteral("UPDATE comments SET resolved_at = ?, resolved_by = ? "
                                     "WHERE article_id = ? AND number = ?"),
                      {formatUtc(at), *who, *id, number}, QObject::tr("resolving a comment"));
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("The article %1 has no comment %2.").arg(uid).arg(number));
    }
    m_db.recordChange({ChangeKind::CommentsChanged, uid});
    return tx->commit();
}

Result<QList<CommentRepository::Entry>> CommentRepository::list(const QString &uid) const
{
    auto id = articleIdOf(m_db, uid);
    if (!id)
        return std::unexpected(id.error());
    return read(*id);
}

Result<QList<CommentRepository::Entry>> CommentRepository::read(qint64 id) const
{
    // A send-back writes its comment and its audit entry at the same moment, by the same user,
    // with the same words.
    auto q = m_db.run(
        QStringLiteral("SELECT c.number, c.at, u.name, c.locale, c.text, "
                       "c.resolved_at, r.name, EXISTS (SELECT 1 FROM audit h "
                       "WHERE h.article_id = c.article_id AND h.at = c.at "
                       "AND h.user_id IS NOT DISTINCT FROM c.user_id AND h.comment = c.text "
                       "AND h.action = 'request-changes') "
                       "FROM comments c "
                       "LEFT JOIN users u ON u.id = c.user_id "
                       "LEFT JOIN users r ON r.id = c.resolved_by "
                       "WHERE c.article_id = ? ORDER BY c.number"),
        {id}, QObject::tr("reading the comments"));
    if (!q)
        return std::unexpected(q.error());
    QList<Entry> result;
    while (q->next()) {
        Entry e;
        e.comment.number = q->value(0).toInt();
        e.comment.at = parseUtc(q->value(1).toString()).value_or(QDateTime());
        e.comment.user = q->value(2).toString();
        e.comment.locale = q->value(3).toString();
        e.comment.text = q->value(4).toString();
        e.comment.resolvedAt = timeOrNull(q->value(5));
        e.comment.resolvedBy = q->value(6).toString();
        e.sentBack = q->value(7).toInt() != 0;
        result.append(e);
    }
    return result;
}

} // namespace Byline::Storage
