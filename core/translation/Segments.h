#pragma once

#include "core/domain/Article.h"
#include "core/domain/Quote.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Byline::Segments {

// One unit of translation work: a field or a text block of the source locale.
struct Segment
{
    QString key; // "title", "lead", "seo_title", "seo_description", "block:<id>"
    QString text; // in the translation it was taken from
};

enum class State { Done, Stale, Missing };
[[nodiscard]] QString stateName(State state); // "done", "stale", "missing"

struct SegmentStatus
{
    QString key;
    State state = State::Missing;
    QString source; // the source text now
    QString previousSource; // what it was translated from (for stale segments)
    QString translation; // the current translation
};

struct Coverage
{
    QString locale;
    bool present = false; // the locale has a translation at all
    int done = 0;
    int stale = 0;
    int missing = 0;
    QList<SegmentStatus> segments;
};

// Whitespace-insensitive form used to compare sources: an edit that only re-spaces the source
// does not make translations stale.
[[nodiscard]] QString normalized(const QString &text);
[[nodiscard]] QString hash(const QString &text); // SHA-1 of normalized(text), hex

// The text segments of a translation, in reading order (quote blocks are not text segments:
// the quote's own translations cover them).
[[nodiscard]] QList<Segment> of(const Translation &translation);
// The segment key of a block ("block:<id>"), and the block id a key names (empty: the key
// names a field, not a block).
[[nodiscard]] QString blockKey(const QString &blockId);
[[nodiscard]] QString blockIdOf(const QString &key);
[[nodiscard]] QString textOf(const Translation &translation, const QString &key);

// Per-locale state of every segment of the article's source.
[[nodiscard]] Coverage coverage(const Article &article, const QString &locale);

// After a save: every segment whose translation changed records the source it was translated
// from now; an untouched segment keeps its record, or stays without one (unconfirmed, shown as
// stale) if it never had one. `stored` is the article before the save, may be null for a new
// article. An import (`trustRecorded`) keeps exactly the records the file carries.
void stamp(const Article *stored, Article &proposed, bool trustRecorded = false);

// Marks one segment of `locale` as translated from the current source (clears stale).
// False when there is no such translated segment.
[[nodiscard]] bool markDone(Article &article, const QString &locale, const QString &key);

// Quote translations: stale when the original changed since they were made.
[[nodiscard]] bool quoteStale(const Quote &quote, const QString &locale);
void stampQuote(const Quote *stored, Quote &proposed, bool trustRecorded = false);

} // namespace Byline::Segments
