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
    bool approved = false;          // checked with the expert
    QMap<QString, QString> texts;     // by locale code
    QMap<QString, QString> contexts;  // where and when it was said, by locale code
    QMap<QString, QString> sources;   // the original each translation was made from, by locale

    friend bool operator==(const Quote &, const Quote &) = default;
};

} // namespace Byline
