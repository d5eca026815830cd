#pragma once

#include "core/domain/Article.h"
#include "core/domain/Expert.h"
#include "core/domain/Locale.h"
#include "core/domain/Quote.h"
#include "core/domain/Section.h"
#include "core/domain/User.h"

#include <QList>
#include <QMap>
#include <QSet>

namespace Byline::Interchange {

// Everything an interchange file holds, as domain values.
struct Document
{
    QList<Locale> locales;
    QMap<QString, QString> settings;
    QMap<QString, QMap<QString, QString>> siteStrings; // locale -> key -> text
    QList<Section> sections;
    QList<User> users;
    // The users whose entry has no "names": on import they keep the names the store has
    // (a document from before names per locale changes nobody's).
    QSet<QString> usersWithoutNames;
    QList<Expert> experts;
    QList<Quote> quotes;
    QList<Article> articles; // with revisions and history
};

} // namespace Byline::Interchange
