#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QMap>
#include <QString>

namespace Byline::SiteIcon {

// The site's icon (the browser tab, bookmarks, a phone's home screen). Byline ships one; a
// newsroom replaces it in the settings with a square PNG and, if it has one, an SVG. The
// settings hold the files as base64.
inline constexpr QLatin1StringView pngKey("site_icon_png");
inline constexpr QLatin1StringView svgKey("site_icon_svg");

// The limits a replacement is held to: square, 32 to 1,024 pixels, at most 256 KiB a file.
inline constexpr int smallestSide = 32;
inline constexpr int largestSide = 1024;
inline constexpr qsizetype largestFile = 256 * 1024;

struct Icon
{
    QByteArray png; // always there
    QByteArray svg; // empty when the newsroom gave a PNG alone
};

// The newsroom's icon from its settings, or Byline's own.
[[nodiscard]] Icon of(const QMap<QString, QString> &settings);

// A replacement as the site will use it. InvalidInput says what is wrong and what to give.
[[nodiscard]] Result<> checkPng(const QByteArray &png);
// An SVG is served from the newsroom's own site: only a picture, nothing that runs or fetches
// (no script, no event handler, no foreignObject, no DOCTYPE, no link outside the file).
[[nodiscard]] Result<> checkSvg(const QByteArray &svg);
// A setting (pngKey or svgKey) as stored: empty, or strict base64 of a file that passes.
[[nodiscard]] Result<> checkSetting(QLatin1StringView key, const QString &base64);

// favicon.ico holding `png` as its one image (an ICO may carry a PNG; every browser reads it).
[[nodiscard]] QByteArray ico(const QByteArray &png);

} // namespace Byline::SiteIcon
