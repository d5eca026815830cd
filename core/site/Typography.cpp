#include "core/site/Typography.h"

namespace Byline::Typography {
namespace {

constexpr QChar noBreak(0x00A0);

bool isDash(QChar c)
{
    return c == QChar(0x2014) || c == QChar(0x2013); // em, en
}

} // namespace

QString fix(const QString &text, const QString &locale)
{
    const bool russian = locale == QLatin1String("ru") || locale.startsWith(QLatin1String("ru-"));
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) != QLatin1Char(' '))
            continue;
        // "слово — слово": the dash stays with the word before it.
        if (i + 1 < out.size() && isDash(out.at(i + 1)) && i > 0 && !out.at(i - 1).isSpace()) {
            out[i] = noBreak;
            continue;
        }
        // "в доме": a one-letter word stays with the word after it.
        if (russian && i >= 1 && i + 1 < out.size() && out.at(i - 1).isLetter()
            && out.at(i - 1).script() == QChar::Script_Cyrillic
            && (i == 1 || !out.at(i - 2).isLetterOrNumber()) && !out.at(i + 1).isSpace()) {
            out[i] = noBreak;
        }
    }
    return out;
}

} // namespace Byline::Typography
