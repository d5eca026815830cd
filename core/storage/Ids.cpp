#include "core/storage/Ids.h"

#include "core/storage/Database.h"

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

} // namespace Byline::Storage
