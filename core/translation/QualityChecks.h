#pragma once

#include "core/domain/Article.h"
#include "core/domain/Expert.h"
#include "core/domain/Quote.h"

#include <QList>
#include <QString>

namespace Byline::QualityChecks {

// A warning a translator sees on one segment (never a blocker).
struct Warning
{
    enum class Kind {
        MissingNumber, // a number or date of the source is not in the translation
        MissingLink, // a link of the source is not in the translation
        UnbalancedQuotes, // an opening quotation mark without its closing one
        StraightQuotes, // Russian text with "straight" quotes instead of «ёлочки»
        LatinFullStop, // an Armenian sentence ended with a Latin . or : instead of ։
        ExpertSpelling, // an expert's name spelled differently from the registry's form
        HiddenCharacters, // invisible or direction-changing characters (U+202E, U+200B, ...)
    };
    Kind kind = Kind::MissingNumber;
    QString segment; // "title", "block:b3", ...
    QString detail; // what exactly: the number, the link, the spelling
};

[[nodiscard]] QString kindName(Warning::Kind kind); // "missing-number", ...

// The invisible and direction-changing characters in `text`, named ("U+202E RIGHT-TO-LEFT
// OVERRIDE"): they can make a text read otherwise than it is written, on a page or in a
// terminal. Pages keep each text's direction changes inside it (Html::escape).
[[nodiscard]] QStringList hiddenCharacters(QStringView text);

// Checks one translated text against its source.
[[nodiscard]] QList<Warning> checkSegment(const QString &segment, const QString &source,
                                          const QString &translation, const QString &locale);

// Checks every translated segment of one locale of an article, including the spelling of the
// names of the experts it quotes (`experts` and `quotes`: the registry), and every segment of
// any locale (the source too) for hidden characters.
[[nodiscard]] QList<Warning> checkLocale(const Article &article, const QString &locale,
                                         const QList<Expert> &experts, const QList<Quote> &quotes);

} // namespace Byline::QualityChecks
