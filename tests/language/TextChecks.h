#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

// The language editor's rules for Byline's own words (the interface translations, the shipped
// site strings, the demo newsroom), as checks a test runs over every text. Each check returns
// the offending pieces of the text, quoted as they stand, so that a failure says what to fix.
namespace Byline::Test::TextChecks {

// One rule broken in one text.
struct Problem
{
    QString rule; // what is wrong, in a few words
    QString excerpt; // where, as it stands in the text
};

// Words that mix letters of two scripts (Latin, Cyrillic, Armenian), such as a Latin "c" in a
// Russian word. Placeholders (%1, %n, {year}), markup, URLs and the & of an accelerator are
// not words; `knownNames` are words allowed to mix.
[[nodiscard]] QStringList mixedScriptWords(const QString &text, const QStringList &knownNames = {});

// Latin punctuation after an Armenian word: a full stop (Armenian ends a sentence with ։ and
// separates with the միջակետ ․), a question or exclamation mark (՞ and ՜ sit on the word; the
// sentence still ends with ։), a colon (Armenian has ՝). Abbreviations such as «թ.» keep theirs.
[[nodiscard]] QStringList latinPunctuationInArmenian(const QString &text);

// An Armenian question (՞ on the stressed word) that does not end with ։ as every sentence does.
[[nodiscard]] QStringList armenianQuestionsWithoutStop(const QString &text);

// Straight double quotes in prose, where Russian and Armenian write «ёлочки». Shell arguments
// (--name "Full Name", LOCALE="TEXT"), JSON ("format": "byline/1") and markup are not prose.
[[nodiscard]] QStringList straightQuotes(const QString &text);

// An ordinary space where a line must not break: between a number (or the placeholder of one)
// and its unit (72 часа, 5 мин, 2026 թ.), and before a dash.
[[nodiscard]] QStringList breakingSpaces(const QString &text);

// The Armenian definite article -ը where the next word begins with a vowel (ա, ե, է, ը, ի, ո,
// օ, ու): there it is -ն («տեքստն ընթացիկ», not «տեքստը ընթացիկ»).
[[nodiscard]] QStringList armenianArticleBeforeVowel(const QString &text);

// What a text is: prose, or a headline or a fragment set into another sentence, which end
// without a full stop.
enum class Kind { Prose, Headline, Fragment };

// Every rule that applies to a text in `locale` ("ru", "hy", "en").
[[nodiscard]] QList<Problem> check(const QString &text, const QString &locale,
                                   Kind kind = Kind::Prose, const QStringList &knownNames = {});

// The accelerator of a menu item's text ("U&npublish": n), lower-cased; null if none ("&&" is
// a literal ampersand).
[[nodiscard]] QChar accelerator(const QString &text);

// Two items of one menu with the same accelerator (case-insensitive).
struct AcceleratorClash
{
    QChar key;
    QString first;
    QString second;
};
[[nodiscard]] QList<AcceleratorClash> acceleratorClashes(const QStringList &texts);

} // namespace Byline::Test::TextChecks
