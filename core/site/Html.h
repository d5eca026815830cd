#pragma once

#include <QString>

namespace Byline::Html {

// Text for an element's content or a quoted attribute value: & < > " ' escaped, control
// characters dropped, and direction changes (U+202A-U+202E, U+2066-U+2069) kept inside the
// text: every one it opens is closed at its end, a closer with nothing open is dropped.
[[nodiscard]] QString escape(QStringView text);

// A link target a page may carry: http, https and mailto (and paths within the site starting
// with "/", but not "//" or "/\", which browsers read as another host). Anything else
// (javascript:, data:, vbscript:, a scheme hidden behind spaces or control characters) gives
// an empty string.
[[nodiscard]] QString safeUrl(const QString &url);

// A JSON string literal safe inside <script type="application/ld+json">: "</", "<!--",
// U+2028 and U+2029 cannot end the script or confuse a parser.
[[nodiscard]] QString jsonString(QStringView text);

// Percent-encodes a component of a URL (for share links).
[[nodiscard]] QString urlComponent(const QString &text);

} // namespace Byline::Html
