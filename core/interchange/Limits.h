#pragma once

#include <QtGlobal>

namespace Byline::Interchange::Limits {

// What the interchange format accepts (docs/interchange.md, "Limits").
// A document is read as a stream and may be of any size. What is held in memory at once is
// limited instead: any one value read whole (a top-level list other than the articles, one
// article), and the articles that come before the other lists, held until those are read.
inline constexpr qint64 heldBytes = 256LL * 1024 * 1024;
inline constexpr qsizetype shortText = 1000; // titles, names, slugs, labels
inline constexpr qsizetype mediumText = 10000; // leads, descriptions, contexts, site strings
inline constexpr qsizetype longText = 100000; // a block's or a quote's text
inline constexpr qsizetype blocksPerTranslation = 5000;
inline constexpr qsizetype authorsPerArticle = 50;
inline constexpr qsizetype listItems = 10000000; // entries of one top-level list
// Versions, revision and comment numbers. The store never counts past it (a save there is
// refused), so that whatever it holds, its own export imports back.
inline constexpr int maxCounter = 2000000000;

} // namespace Byline::Interchange::Limits
