#include "core/storage/SavedSearchRepository.h"

#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "core/storage/Database.h"
#include "core/storage/UserRepository.h"

#include <QObject>
#include <QSqlQuery>

namespace Byline::Storage {

Result<QList<SavedSearch>> SavedSearchRepository::forUser(const QString &user) const
{
    auto q = m_db.run(QStringLiteral("SELECT s.id, s.name, s.query, COALESCE(s.locale, ''), "
                                     "s.state, s.created_at FROM saved_searches s "
                                     "JOIN users u ON u.id = s.user_id WHERE u.name = ? "
                                     "ORDER BY lower(s.name), s.id"),
                      {user}, QObject::tr("reading the saved searches of %1").arg(user));
    if (!q)
        return std::unexpected(q.error());
    QList<SavedSearch> result;
    while (q->next()) {
        SavedSearch s;
        s.id = q->value(0).toLongLong();
        s.user = user;
        s.name = q->value(1).toString();
        s.text = q->value(2).toString();
        s.locale = q->value(3).toString();
        if (!q->value(4).isNull())
            s.state = workflowStateFromName(q->value(4).toString());
        s.createdAt = parseUtc(q->value(5).toString()).value_or(QDateTime());
        result.append(s);
    }
    return result;
}

Result<> SavedSearchRepository::checkName(const QString &user, const QString &name,
                                          qint64 except) const
{
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, QObject::tr("A saved search needs a name."));
    auto taken = m_db.scalar(QStringLiteral("SELECT count(*) FROM saved_searches s JOIN users u "
                                            "ON u.id = s.user_id WHERE u.name = ? AND "
                                            "lower(s.name) = lower(?) AND s.id <> ?"),
                             {user, name.trimmed(), except},
                             QObject::tr("reading the saved searches of %1").arg(user));
    if (!taken)
        return std::unexpected(taken.error());
    if (taken->toInt() > 0) {
        return fail(ErrorCode::Conflict,
                    QObject::tr("You already have a saved search called \"%1\": choose another "
                                "name, or delete that one first.")
                        .arg(name.trimmed()));
    }
    return {};
}

Result<> SavedSearchRepository::add(SavedSearch &search)
{
    if (search.text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("There is nothing to save: type what to search for first."));
    if (auto user = UserRepository(m_db).require(search.user); !user)
        return std::unexpected(user.error());
    if (auto free = checkName(search.user, search.name, 0); !free)
        return free;
    search.name = search.name.trimmed();
    search.createdAt = Clock::now();
    auto id = m_db.insert(
        QStringLiteral("INSERT INTO saved_searches (user_id, name, query, locale, state, "
                       "created_at) VALUES ((SELECT id FROM users WHERE name = ?), ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {search.user, search.name, search.text,
         search.locale.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : search.locale,
         search.state ? workflowStateName(*search.state) : QVariant(QMetaType(QMetaType::QString)),
         formatUtc(search.createdAt)},
        QObject::tr("saving the search \"%1\"").arg(search.name));
    if (!id)
        return std::unexpected(id.error());
    search.id = *id;
    m_db.recordChange({ChangeKind::SavedSearchesChanged, search.user});
    return {};
}

Result<> SavedSearchRepository::rename(qint64 id, const QString &user, const QString &name)
{
    if (auto free = checkName(user, name, id); !free)
        return free;
    return changeOne(QStringLiteral("UPDATE saved_searches SET name = ? WHERE id = ? AND "
                                    "user_id = (SELECT id FROM users WHERE name = ?)"),
                     {name.trimmed(), id, user}, user,
                     QObject::tr("renaming the search \"%1\"").arg(name.trimmed()));
}

Result<> SavedSearchRepository::remove(qint64 id, const QString &user)
{
    return changeOne(QStringLiteral("DELETE FROM saved_searches WHERE id = ? AND "
                                    "user_id = (SELECT id FROM users WHERE name = ?)"),
                     {id, user}, user, QObject::tr("deleting a saved search"));
}

Result<> SavedSearchRepository::changeOne(const QString &sql, const QVariantList &binds,
                                          const QString &user, const QString &what)
{
    auto q = m_db.run(sql, binds, what);
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::NotFound,
                    QObject::tr("That saved search is no longer there; it may have been "
                                "deleted."));
    m_db.recordChange({ChangeKind::SavedSearchesChanged, user});
    return {};
}

} // namespace Byline::Storage
