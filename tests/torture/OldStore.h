#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringList>

// A store as an older Byline left it: schema `version` (1 up to the latest but one) with a
// newsroom of `articles` drafts, for the torture's migrations (`byline-cli init` upgrading it).
namespace Byline::Torture::OldStore {

struct Contents
{
    QStringList uids; // the articles, in order
    QStringList titles; // their English titles, in the same order
};

// Creates `path` at `version`; `scratch` is a folder for the older program's migrations.
[[nodiscard]] Result<Contents> create(const QString &path, int version, int articles,
                                      const QString &scratch);

} // namespace Byline::Torture::OldStore
