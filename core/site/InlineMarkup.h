#pragma once

#include <QString>

namespace Byline::InlineMarkup {

// The one parser of the paragraph markup (docs/interchange.md): **bold**, *italic*,
// [words](https://...). Everything else is text, escaped; a link whose target is not http,
// https or mailto is shown as its words only. Unclosed marks are shown as written.
[[nodiscard]] QString toHtml(const QString &text);

} // namespace Byline::InlineMarkup
