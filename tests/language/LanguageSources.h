#pragma once

#include <QList>
#include <QString>

// Byline's own words, each with the language it is written in, read from the files that hold
// them: the interface translations (translations/*.ts), the shipped site strings
// (resources/defaults.json) and the demo newsroom (resources/demo/newsroom.json).
namespace Byline::Test::LanguageSources {

struct Text
{
    QString where; // the file and the place in it (a message's English source, a JSON path)
    QString locale; // "ru", "hy", "en"
    QString text;
    bool headline = false; // a title or a heading, which ends without a full stop
};

// The translations in a .ts file (each plural form on its own), in the file's language;
// unfinished and empty ones are left out.
[[nodiscard]] QList<Text> translations(const QString &tsPath, const QString &shownAs);
// The English source strings of a .ts file, once each.
[[nodiscard]] QList<Text> sources(const QString &tsPath, const QString &shownAs);
// Every string of a JSON file that is in a known language: under a key naming a locale ("ru",
// "en", "hy": site strings, names, translations, quote texts), or under "sources", which holds
// text in the language it was written in (an object's "source_locale" or "spoken_locale").
// Titles, names and heading blocks are headlines.
[[nodiscard]] QList<Text> jsonTexts(const QString &jsonPath, const QString &shownAs);

} // namespace Byline::Test::LanguageSources
