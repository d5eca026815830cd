#pragma once

#include "core/Error.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Byline::Storage {
class Database;
}

namespace Byline {

// The static site: every live page, each locale's home and section pages, RSS per locale,
// sitemap.xml with hreflang alternates, and the assets.
// - A full export (and --changed-only --atomic) builds it in a staging folder next to the
//   target and swaps it in at once: the target is always the old site or the new one.
// - --changed-only writes in place: only the pages whose inputs changed since the last export
//   (the manifest, .byline-site, records them), the listings, feeds and sitemap, and removes
//   the pages no longer live. Every file is written under a temporary name first and renamed
//   over the old one once all are written: each file is whole, a failure (a full disk) leaves
//   the site as it was, the set is consistent once the run ends, and a run killed halfway is
//   finished by the next.
class SiteExporter
{
public:
    struct Options
    {
        QString baseUrl; // empty: the newsroom's base_url setting
        bool changedOnly
            = false; // keep the pages whose inputs did not change since the last export
        bool atomic = false; // with changedOnly: a new site swapped in whole, not in place
        // Addresses in one sitemap file (the protocol's most); a bigger site gets several and
        // an index. Tests set fewer.
        int sitemapLimit = 50000;
        std::function<void(int done, int total)> progress;
        // Tests: a file whose path this accepts fails to write as on a full disk (ENOSPC).
        std::function<bool(const QString &path)> failWrite;
        const std::atomic_bool *cancel = nullptr; // set from another thread to stop
    };
    struct Report
    {
        int pages = 0; // article pages written
        int kept = 0; // article pages kept from the last export (--changed-only)
        int removed = 0; // pages no longer live, removed in place
        int listings = 0; // home and section pages
        int feeds = 0;
        int files = 0; // everything written
    };

    explicit SiteExporter(Storage::Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<Report> exportTo(const QString &dir, const Options &options);
    [[nodiscard]] Result<Report> exportTo(const QString &dir) { return exportTo(dir, Options()); }

private:
    Storage::Database &m_db;
};

} // namespace Byline
