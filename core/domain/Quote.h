#pragma once

#include <QMap>
#include <QString>

namespace Byline {

// An expert's words in the language they were said in, with translations.
struct Quote
{
    QString uid;
    QString expertUid;
    QString spokenLocale;
    bool approved = false; // checked with the expert
    QMap<QString, QString> texts; // by locale code
    QMap<QString, QString> contexts; // where and when it was said, by locale code
    QMap<QString, QString> sources; // the original each translation was made from, by locale

    // The words in `locale` if there are any (not blank) there, else the words as spoken.
    [[nodiscard]] QString textIn(const QString &locale) const
    {
        const QString words = texts.value(locale);
        return words.trimmed().isEmpty() ? texts.value(spokenLocale) : words;
    }

    friend bool operator==(const Quote &, const Quote &) = default;
};

} // namespace Byline
