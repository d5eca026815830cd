#include "core/translation/WordDiff.h"

#include <QRegularExpression>

#include <vector>

namespace Byline::WordDiff {
namespace {

// Words with their trailing spaces, so that joining the tokens gives the text back.
QStringList tokens(const QString &text)
{
    static const QRegularExpression word(QStringLiteral(R"(\S+\s*|\s+)"));
    QStringList result;
    auto it = word.globalMatch(text);
    while (it.hasNext())
        result.append(it.next().captured(0));
    return result;
}

void append(QList<Piece> &pieces, Piece::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!pieces.isEmpty() && pieces.last().kind == kind)
        pieces.last().text += text;
    else
        pieces.append({kind, text});
}

} // namespace

QList<Piece> compare(const QString &before, const QString &after)
{
    QList<Piece> pieces;
    if (before == after) {
        append(pieces, Piece::Kind::Same, before);
        return pieces;
    }
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n * m > 4'000'000) {
        append(pieces, Piece::Kind::Removed, before);
        append(pieces, Piece::Kind::Added, after);
        return pieces;
    }
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]; compares words
    // without their trailing spaces so that re-spacing alone does not count as a change.
    auto same = [&](qsizetype i, qsizetype j) { return a[i].trimmed() == b[j].trimmed(); };
    std::vector<int> lcs(std::size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[std::size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = same(i, j) ? at(i + 1, j + 1) + 1 : qMax(at(i + 1, j), at(i, j + 1));
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (same(i, j)) {
            append(pieces, Piece::Kind::Same, b[j]);
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            append(pieces, Piece::Kind::Removed, a[i++]);
        } else {
            append(pieces, Piece::Kind::Added, b[j++]);
        }
    }
    while (i < n)
        append(pieces, Piece::Kind::Removed, a[i++]);
    while (j < m)
        append(pieces, Piece::Kind::Added, b[j++]);
    return pieces;
}

QString inlineText(const QList<Piece> &pieces)
{
    QString out;
    for (const Piece &p : pieces) {
        switch (p.kind) {
        case Piece::Kind::Same: out += p.text; break;
        case Piece::Kind::Removed: out += QStringLiteral("[-") + p.text.trimmed() + QStringLiteral("-] "); break;
        case Piece::Kind::Added: out += QStringLiteral("{+") + p.text.trimmed() + QStringLiteral("+} "); break;
        }
    }
    return out.trimmed();
}

} // namespace Byline::WordDiff
