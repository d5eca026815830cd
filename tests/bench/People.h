#pragma once

#include "core/domain/Expert.h"

#include <QMap>
#include <QString>

namespace Byline::Bench {

class Random;

// The people and places of a generated archive, spelled in each locale's script: Cyrillic for
// "ru", Latin for "en", Armenian for "hy" (the transliterations a newsroom would print).
namespace People {

// An expert: a name from one of a few naming traditions, a role with an affiliation, and a
// country that fits the name. `names` gets "ru", "en" and "hy".
[[nodiscard]] Expert expert(Random &random, const QString &uid);

// The surname alone, as a text mentions someone after introducing them.
[[nodiscard]] QString surname(const Expert &expert, const QString &locale);

// The language an expert most likely spoke in ("ru", "en" or "hy").
[[nodiscard]] QString spokenLocale(Random &random, const Expert &expert);

// Where and when a quote was said, per locale: "by phone, Gyumri, March 2024".
[[nodiscard]] QMap<QString, QString> quoteContext(Random &random, int year);

} // namespace People
} // namespace Byline::Bench
