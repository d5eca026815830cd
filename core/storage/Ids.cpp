#include "core/storage/Ids.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

namespace Byline::Storage {

Result<std::optional<qint64>> findId(const Database &db, const char *table, const char *column,
                                     const QString &key)
{
    const QString sql = QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                            .arg(QLatin1StringView(table), QLatin1StringView(column));
    auto id = db.scalar(sql, {key}, QObject::tr("looking up %1").arg(key));
    if (!id)
        return std::unexpected(id.error());
    if (id->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(id->toLongLong());
}

Result<QSet<QString>> allKeys(const Database &db, const char *table, const char *column)
{
    const QString sql = QStringLiteral("SELECT %2 FROM %1")
                            .arg(QLatin1StringView(table), QLatin1StringView(column));
    auto q = db.run(sql, {}, QObject::tr("reading what the store holds"));
    if (!q)
        return std::unexpected(q.error());
    QSet<QString> result;
    while (q->next())
        result.insert(q->value(0).toString());
    return result;
}

Result<qint64> articleIdOf(const Database &db, const QString &uid, RowLock lock)
{
    Result<std::optional<qint64>> id;
    if (lock == RowLock::ForUpdate && db.isServer()) {
        auto locked = db.scalar(QStringLiteral("SELECT id FROM articles WHERE uid = ? "
                                               "FOR NO KEY UPDATE"),
                                {uid}, QObject::tr("looking up %1").arg(uid));
        if (!locked)
            return std::unexpected(locked.error());
        id = locked->isNull() ? std::optional<qint64>() : std::optional(locked->toLongLong());
    } else {
        id = findId(db, "articles", "uid", uid);
    }
    if (!id)
        return std::unexpected(id.error());
    if (!*id) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("There is no article %1 in the store.").arg(uid));
    }
    return **id;
}

} // namespace Byline::Storage
