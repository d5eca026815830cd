#pragma once

#include "core/Error.h"

#include <QString>

namespace Byline::Storage {
class Database;
}

namespace Byline::Bench {

// Writes the store's live article pages as a Hugo site (config, minimal layouts with the same
// parts as Byline's page, one Markdown file per article and locale), so that the same content
// can be built by Hugo and by `byline-cli export-site` and the two compared. Returns the
// number of pages.
[[nodiscard]] Result<int> writeHugoSite(Storage::Database &db, const QString &dir);

} // namespace Byline::Bench
