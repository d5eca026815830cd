#pragma once

#include "core/Error.h"
#include "core/site/PageData.h"

namespace Byline::Storage {
class Database;
}

namespace Byline::PageLoader {

enum class Mode {
    Published,  // what readers see: only a locale that is live; the switcher offers live ones
    Preview,    // any locale the article has, live or not (the desk's preview)
};

// Gathers one page from the store: the article in `locale`, its section, the experts and
// quotes it uses, the site strings and settings, the other locales for the switcher and the
// section's other articles.
// `baseUrl` replaces the newsroom's base_url setting when not empty (a site exported elsewhere).
[[nodiscard]] Result<PageData> load(Storage::Database &db, const QString &articleUid,
                                    const QString &locale, Mode mode = Mode::Published,
                                    const QString &baseUrl = {});

// Where a page lives on the site: "<base>/<locale>/<slug>/".
[[nodiscard]] QString articlePath(const QString &locale, const QString &slug, const QString &uid);

} // namespace Byline::PageLoader
