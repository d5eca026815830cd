#pragma once

#include "core/Error.h"

#include <QMap>
#include <QString>

namespace Byline::Storage {
class Database;
}

namespace Byline::Interchange {

// Content shipped with Byline, imported through the interchange format like any other file.
namespace Seed {

// The shipped locales (ru, en, hy), default settings and site strings. Only fills what is
// missing; a newsroom's own edits are kept.
[[nodiscard]] Result<> defaults(Storage::Database &db);

// The site strings Byline ships (locale -> key -> text), to show beside a newsroom's own.
[[nodiscard]] Result<QMap<QString, QMap<QString, QString>>> shippedSiteStrings();

// The demo newsroom (resources/demo/newsroom.json): sections, people, experts, articles.
[[nodiscard]] Result<> demo(Storage::Database &db);

} // namespace Seed
} // namespace Byline::Interchange
