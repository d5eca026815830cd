#pragma once

#include "core/domain/Article.h"

namespace Byline::Interchange {

// What an import does with an article the store already holds. Import never goes back in
// time and never deletes history: revisions, transitions and comments of both sides are kept.
enum class MergeOutcome {
    Unchanged, // the file holds what the store holds
    Updated, // the file is newer: its text and state win; the store's text stays a revision
    KeptNewer, // the store is newer: it keeps its text; the file's text becomes a revision
    Conflict, // same version, different text: the store keeps its text, the file's is kept
              // as a conflict revision for an editor to compare
};

struct MergeResult
{
    Article article;
    MergeOutcome outcome = MergeOutcome::Unchanged;
    bool changed = false; // whether the store must be written at all
};

// `stored` and `incoming` carry their revisions, history and comments.
[[nodiscard]] MergeResult mergeImported(const Article &stored, const Article &incoming);

} // namespace Byline::Interchange
