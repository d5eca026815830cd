#pragma once

#include <QMap>
#include <QString>

namespace Byline {

struct SectionText
{
    QString name;
    QString description;

    friend bool operator==(const SectionText &, const SectionText &) = default;
};

struct Section
{
    QString uid;
    QString slug;
    int position = 0;
    QMap<QString, SectionText> texts;  // by locale code

    friend bool operator==(const Section &, const Section &) = default;
};

} // namespace Byline
