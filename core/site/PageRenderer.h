#pragma once

#include "core/site/PageData.h"

#include <QString>

namespace Byline::PageRenderer {

struct Options
{
    bool dark = false; // the night theme (a reader's choice persists in the browser)
    int textSize = 0; // -1 smaller, 0 normal, 1 larger, 2 largest
    QString assets = QStringLiteral("/assets"); // where byline.css and byline.js are
};

// The page a reader sees (README.md, "The published page"), as one HTML document. Every text it
// shows comes from `page` and is escaped for where it goes; no inline script or style, so a strict
// Content-Security-Policy holds.
[[nodiscard]] QString render(const PageData &page, const Options &options = {});

// A home or section page: the same top bar and footer as an article (from `chrome`: locale,
// strings, links, alternates) around a heading, an optional description and a list of
// articles (label = headline, url).
// `searchIndex`: the URL of a search index (the search page), where byline.js shows matches.
[[nodiscard]] QString renderListing(const PageData &chrome, const QString &heading,
                                    const QString &description, const QList<PageData::Link> &items,
                                    const Options &options = {}, const QString &searchIndex = {});

// The site's root: it sends the reader to the home page of `chrome`'s language and lists every
// language's home (label = the language's own name, url, lang) for browsers that do not follow.
[[nodiscard]] QString renderLanguageChoice(const PageData &chrome,
                                           const QList<PageData::Link> &languages,
                                           const Options &options = {});

// "3 ноября 2026, 10:00" / "November 3, 2026, 10:00" / "3 նոյեմբերի 2026, 10:00": the
// publication time in the page's language and the newsroom's zone.
[[nodiscard]] QString localDateTime(const QDateTime &utc, const QString &locale,
                                    const QString &timeZone);

} // namespace Byline::PageRenderer
