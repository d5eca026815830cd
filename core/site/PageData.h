#pragma once

#include "core/domain/Block.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Byline {

// Everything one published page shows, in its locale, gathered from the store (PageLoader)
// and turned into HTML by PageRenderer. Plain values: a test can fill it with anything.
struct PageData
{
    struct Link
    {
        QString label; // what the reader sees
        QString url;
        QString lang; // BCP 47, for hreflang / lang
        bool current = false;
        // Social and app links: SVG shapes in a 24 x 24 box, Byline's own (SiteLinks.h), put in
        // the page as they are: never text from a person.
        QString icon {};
    };
    struct Body
    {
        BlockType type = BlockType::Paragraph;
        QString text; // paragraph (inline markup), heading, pull quote, quote words
        QString expertName; // quote: in the page's locale
        QString expertRole;
        QString expertCountry;
        QString context; // quote: where it was said
    };

    QString locale; // the page's BCP 47 code ("hy")
    QMap<QString, QString> strings; // the site strings of that locale
    QString newsroomName;
    QString siteUrl; // base URL, no trailing slash
    QString canonicalUrl;
    QString xDefaultUrl;
    QList<Link> alternates; // every locale the article is published in (hreflang)
    QList<Link> social; // label = network (X, YouTube...), url
    QList<Link> apps; // App Store, Google Play
    QString searchUrl; // this locale's search page
    bool vectorIcon = true; // the site's icon has an SVG form (assets/icon.svg) beside its PNG

    QString sectionName;
    QString sectionDescription;
    QString sectionUrl;
    QString title;
    QString lead;
    QString description; // SEO description (or the lead)
    QString seoTitle; // or the title
    QStringList authors; // display names
    QDateTime publishedAt; // UTC
    QDateTime modifiedAt; // UTC
    QString timeZone; // IANA id of the newsroom
    QList<Body> body;
    std::optional<qint64> views;
    QList<Link> more; // more of the section, in this locale
    int readingMinutes = 1;
};

} // namespace Byline
