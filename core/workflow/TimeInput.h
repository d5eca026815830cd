#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QTimeZone>

namespace Byline::Storage {
class Database;
}

namespace Byline::TimeInput {

// Reads a time a person typed: ISO 8601 with an offset ("2026-12-01T09:00:00+04:00",
// "...Z"), or a wall-clock time in the newsroom's zone ("2026-12-01 09:00",
// "2026-12-01T09:00"). A wall-clock time that does not exist (skipped when clocks go forward)
// is refused. Returns UTC, whole seconds.
[[nodiscard]] Result<QDateTime> parse(const QString &text, const QTimeZone &zone);

// The zone of an IANA id ("Asia/Yerevan"); UTC when empty; InvalidInput when unknown.
[[nodiscard]] Result<QTimeZone> zone(const QString &ianaId);

// The newsroom's zone: its `time_zone` setting.
[[nodiscard]] Result<QTimeZone> newsroomZone(Storage::Database &db);

// "2 h 5 min", "45 s", "3 d 1 h": how late something was, for people.
[[nodiscard]] QString duration(qint64 seconds);

} // namespace Byline::TimeInput
