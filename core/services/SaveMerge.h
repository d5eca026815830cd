#pragma once

#include "core/domain/Article.h"

#include <optional>

namespace Byline::SaveMerge {

// A save that lost the race, merged language by language (docs/ARCHITECTURE.md, "Saves per
// language"): someone saved `theirs` since this person loaded `base` and changed it into
// `mine`. Each translation is one part, and each article-wide field (section, source locale,
// editor, authors) another: a part only this person changed comes from `mine`, a part only the
// other changed stays as in `theirs`. When both changed the same part differently there is
// nothing to decide here: std::nullopt, and the save is today's conflict (the text kept as a
// conflict revision, merged by block at the desk). The result carries `theirs`'s version and
// workflow fields; each translation keeps its state as the store holds it.
[[nodiscard]] std::optional<Article> byLanguage(const Article &base, const Article &mine,
                                                const Article &theirs);

} // namespace Byline::SaveMerge
