#pragma once

#include <QMap>
#include <QString>

namespace Byline {

// How an expert is presented in one locale's script.
struct ExpertName
{
    QString name;
    QString role;  // role and affiliation
    QString country;

    friend bool operator==(const ExpertName &, const ExpertName &) = default;
};

struct Expert
{
    QString uid;
    QMap<QString, ExpertName> names;  // by locale code

    friend bool operator==(const Expert &, const Expert &) = default;
};

} // namespace Byline
