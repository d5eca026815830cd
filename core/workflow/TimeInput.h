#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QTimeZone>

namespace Byline::TimeInput {

// Reads a time a person typed: ISO 8601 with an offset ("2026-12-01T09:00:00+04:00",
// "...Z"), or a wall-clock time in the newsroom's zone ("2026-12-01 09:00",
// "2026-12-01T09:00"). A wall-clock time that does not exist (skipped when clocks go forward)
// is refused. Returns UTC, whole seconds.
[[nodiscard]] Result<QDateTime> parse(const QString &text, const QTimeZone &zone);

// The newsroom's zone from its IANA id; UTC when empty or unknown.
[[nodiscard]] QTimeZone zone(const QString &ianaId);

// "2 h 5 min", "45 s", "3 d 1 h": how late something was, for people.
[[nodiscard]] QString duration(qint64 seconds);

} // namespace Byline::TimeInput
