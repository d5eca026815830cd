#pragma once

#include <QDateTime>

#include <optional>

namespace Byline {

// The one place core asks for the time, so tests (and `--now`) can move it.
class Clock
{
public:
    // Current time in UTC, whole seconds (the store keeps whole seconds).
    [[nodiscard]] static QDateTime now();

    // Fixes the time until reset with std::nullopt.
    static void setFixed(std::optional<QDateTime> time);
};

} // namespace Byline
