#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QVariant>

#include <optional>

namespace Byline::Storage {

class Database;

// How the store binds and reads the values the repositories share: times as UTC text (NULL
// when there is none), people by their row id (NULL for nobody).
[[nodiscard]] QVariant optionalTime(const std::optional<QDateTime> &time);
[[nodiscard]] std::optional<QDateTime> timeOrNull(const QVariant &value);
// A user's row id for a name that may be empty (SQL NULL then); NotFound for an unknown name.
[[nodiscard]] Result<QVariant> userIdOrNull(const Database &db, const QString &name);

} // namespace Byline::Storage
