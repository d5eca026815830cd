#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Byline::SearchText {

// The form in which text is indexed and queries are matched, beyond what SQLite's unicode61
// tokenizer does: lower case in every script; Russian ё = е; Armenian ligatures spelled out
// (և = եվ, ﬓ = մն, ...); Armenian emphasis, question and exclamation marks and the apostrophe
// inside words dropped (ինչո՞ւ = ինչու); soft hyphens, zero-width characters and combining
// accents (stress marks) dropped; typographic quotes and dashes become spaces.
// `sourceIndex`, when given, receives for each character of the result the index of the
// character of `text` it came from (for highlighting the original text).
[[nodiscard]] QString fold(QStringView text, QList<qsizetype> *sourceIndex = nullptr);

// The words of folded text, as the index sees them (letters and digits; anything else
// separates).
[[nodiscard]] QStringList words(QStringView folded);

struct Term
{
    QStringList words; // folded; more than one: a phrase
    bool prefix = false; // the last word is a prefix ("glac" finds "glacier")
};

// Reads what a person typed: words, "quoted phrases", word* for a prefix (two letters or
// more). With `prefixLast`, the last bare word of `prefixFrom` letters or more is a prefix too
// (search as you type). Hyphenated and punctuated words become phrases of their parts, as the
// index splits them.
[[nodiscard]] QList<Term> parse(QStringView query, bool prefixLast, qsizetype prefixFrom = 3);

// Where the search index takes the last word typed as a prefix. It keeps no prefixes of its
// own (schema 13), so a shorter one reads every word it begins: 0.1 s at 150,000
// article-locales but over a second at a million, where four letters take a few milliseconds
// (tests/bench/README.md). Lists searched in memory (experts, quotes) take three.
inline constexpr qsizetype indexPrefixFrom = 4;

// The FTS5 MATCH expression for the terms: every word quoted, so that nothing a person types
// is taken as FTS5 syntax (AND, NEAR, column filters, ...).
[[nodiscard]] QString matchExpression(const QList<Term> &terms);

// The same for PostgreSQL's to_tsquery('simple', ...): each phrase's words joined by <->, a
// prefix as word:*, the terms joined by &. Words hold only letters and digits, so nothing a
// person types is taken as tsquery syntax.
[[nodiscard]] QString tsQuery(const QList<Term> &terms);

// A short passage of `text` around the first words that match `terms`, with the matching
// words between `open` and `close`; the rest of the text is passed through `escape` (for
// HTML), or left as is. Falls back to the start of the text.
[[nodiscard]] QString snippet(const QString &text, const QList<Term> &terms, const QString &open,
                              const QString &close, bool escapeHtml = false, int words = 24);

// Whether any word of `text` matches the terms (used to pick the field a snippet comes from).
[[nodiscard]] bool matches(const QString &text, const QList<Term> &terms);

} // namespace Byline::SearchText
