#pragma once

#include <QString>

namespace Byline {

// A language the newsroom publishes in. Data, not code: a newsroom can add more.
struct Locale
{
    QString code;   // BCP 47 tag: "ru", "en", "hy"
    QString label;  // what readers see in the switcher: "RU", "EN", "AM"
    QString name;   // the language's own name: "Русский", "English", "Հայերեն"
    int position = 0;

    friend bool operator==(const Locale &, const Locale &) = default;
};

} // namespace Byline
