#pragma once

#include "core/domain/Article.h"

#include <QList>
#include <QString>

namespace Byline::BlockMerge {

// One part of an article two people changed differently: a field of one locale ("title",
// "lead", "slug", "seo_title", "seo_description"), one of its blocks ("block:<id>"), or the
// whole locale ("translation") when only one side has it.
struct Part
{
    QString locale;
    QString key;

    friend bool operator==(const Part &, const Part &) = default;
};

// The parts where `mine` and `theirs` differ: locales in `theirs`' order, then those only
// mine has; fields, then blocks in my order, then the blocks only theirs has.
[[nodiscard]] QList<Part> differences(const Article &mine, const Article &theirs);

// `theirs` with the parts in `fromMine` as `mine` has them. A block only mine has goes after
// the block that precedes it in mine (the first if none does); a block I removed goes; a locale
// only mine has is added whole, one only theirs has is removed. Everything else is theirs,
// including the version, so the result saves on top of theirs.
[[nodiscard]] Article merge(const Article &mine, const Article &theirs,
                            const QList<Part> &fromMine);

} // namespace Byline::BlockMerge
