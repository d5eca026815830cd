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
        MissingNumber,    // a number or date of the source is not in the translation
        MissingLink,      // a link of the source is not in the translation
        UnbalancedQuotes, // an opening quotation mark without its closing one
        StraightQuotes,   // Russian text with "straight" quotes instead of «ёлочки»
        LatinFullStop,    // an Armenian sentence ended with a Latin . or : instead of ։
        ExpertSpelling,   // an expert's name spelled differently from the registry's form
    };
    Kind kind = Kind::MissingNumber;
    QString segment;  // "title", "block:b3", ...
    QString detail;   // what exactly: the number, the link, the spelling
};

[[nodiscard]] QString kindName(Warning::Kind kind);  // "missing-number", ...

// Checks one translated text against its source.
[[nodiscard]] QList<Warning> checkSegment(const QString &segment, const QString &source,
                                          const QString &translation, const QString &locale);

// Checks every translated segment of one locale of an article, including the spelling of the
// names of the experts it quotes (`experts` and `quotes`: the registry).
[[nodiscard]] QList<Warning> checkLocale(const Article &article, const QString &locale,
                                         const QList<Expert> &experts, const QList<Quote> &quotes);

} // namespace Byline::QualityChecks
