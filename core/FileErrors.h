#pragma once

#include "core/Error.h"

#include <QString>

// Errors of ordinary files and folders (exports, the site) in words for a person, by what the
// system said (errno): a full disk and a refused folder are storage failures (byline-cli exits
// 7) that name the place and say what to do; anything else keeps the caller's own sentence.
namespace Byline::FileErrors {

// `place` is the file or folder to name; `otherwise` the sentence for any other cause.
[[nodiscard]] Error describe(int errnoValue, const QString &place, const QString &otherwise);

} // namespace Byline::FileErrors
