#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Byline {

// The store's and the interchange format's time form: "2026-11-20T09:30:00Z".
[[nodiscard]] QString formatUtc(const QDateTime &time);
// Parses exactly that form; anything else is std::nullopt.
[[nodiscard]] std::optional<QDateTime> parseUtc(QStringView text);

} // namespace Byline
