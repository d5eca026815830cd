#include "core/storage/SqlValues.h"

#include "core/TimeFormat.h"
#include "core/storage/Ids.h"

#include <QObject>

namespace Byline::Storage {

QVariant optionalTime(const std::optional<QDateTime> &time)
{
    return time ? QVariant(formatUtc(*time)) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<QDateTime> timeOrNull(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return parseUtc(value.toString());
}

Result<QVariant> userIdOrNull(const Database &db, const QString &name)
{
    if (name.isEmpty())
        return QVariant(QMetaType(QMetaType::LongLong));
    auto id = findId(db, "users", "name", name);
    if (!id)
        return std::unexpected(id.error());
    if (!*id) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("There is no user \"%1\"; add them with \"byline-cli users add\".")
                        .arg(name));
    }
    return QVariant(**id);
}

} // namespace Byline::Storage
