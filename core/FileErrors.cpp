#include "core/FileErrors.h"

#include <QObject>

#include <cerrno>
#include <cstring>

namespace Byline::FileErrors {

Error describe(int errnoValue, const QString &place, const QString &otherwise)
{
    const QString detail = QString::fromLocal8Bit(std::strerror(errnoValue));
    switch (errnoValue) {
    case ENOSPC:
    case EDQUOT:
        return {ErrorCode::StorageFull,
                QObject::tr("The disk holding %1 is full. Nothing was changed; make room on it "
                            "or choose another place, and try again.")
                    .arg(place),
                detail};
    case EACCES:
    case EPERM:
        return {ErrorCode::StorageReadOnly,
                QObject::tr("Byline may not write in %1 (permission denied). Nothing was "
                            "changed; check its permissions or choose another place.")
                    .arg(place),
                detail};
    case EROFS:
        return {ErrorCode::StorageReadOnly,
                QObject::tr("%1 is on a read-only disk. Nothing was changed; choose another "
                            "place.")
                    .arg(place),
                detail};
    default:
        return {ErrorCode::Io, otherwise, detail};
    }
}

} // namespace Byline::FileErrors
