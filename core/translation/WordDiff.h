#pragma once

#include <QList>
#include <QString>

namespace Byline::WordDiff {

struct Piece
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;  // words with the spaces between them

    friend bool operator==(const Piece &, const Piece &) = default;
};

// A word-level difference between two texts (longest common subsequence of words). Texts too
// long to compare word by word (over ~4 million word pairs) come back as one removal and one
// addition.
[[nodiscard]] QList<Piece> compare(const QString &before, const QString &after);

// The diff in git's word-diff style: "the [-old-]{+new+} word".
[[nodiscard]] QString inlineText(const QList<Piece> &pieces);

} // namespace Byline::WordDiff
