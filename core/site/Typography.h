#pragma once

#include <QString>

namespace Byline::Typography {

// A text as it should break on a page in `locale` (BCP 47): a no-break space before a dash set
// off by spaces ("слово — слово", "word – word"), so a line never starts with one; in Russian
// also after a one-letter word (в, к, с, у, о, и, а, я), so a preposition never ends a line.
// Only spaces change; everything else, markup included, stays as it was.
[[nodiscard]] QString fix(const QString &text, const QString &locale);

} // namespace Byline::Typography
