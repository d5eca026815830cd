#pragma once

#include "core/domain/Translation.h"
#include "core/translation/WordDiff.h"

#include <QList>
#include <QString>

namespace Byline::RevisionDiff {

// What changed between two texts of an article (two revisions, or a revision and now), field by
// field and block by block, per locale, with the words that changed.
struct Change
{
    enum class Field { Title, Lead, SeoTitle, SeoDescription, Slug, Block };
    QString locale;
    Field field = Field::Title;
    QString blockId; // for Block
    bool localeAdded = false; // the whole locale is new in `to`
    bool localeRemoved = false; // the whole locale is gone in `to`
    QList<WordDiff::Piece> pieces;
};

// Every change, in locale order (as in `from`, then new ones), fields before blocks, blocks in
// `from`'s order and then the new ones. A quote block compares the quote it points at ("quote
// <uid>").
[[nodiscard]] QList<Change> compare(const QList<Translation> &from, const QList<Translation> &to);

} // namespace Byline::RevisionDiff
