#include "core/site/SiteIcon.h"

#include <QFile>
#include <QObject>
#include <QtEndian>

namespace Byline::SiteIcon {
namespace {

QByteArray resource(const char *name)
{
    QFile file(QStringLiteral(":/byline/site/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Width and height from a PNG's header (the IHDR chunk comes first); {0, 0} if it is not one.
std::pair<quint32, quint32> pngSize(const QByteArray &png)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (png.size() < 24 || !png.startsWith(signature) || png.mid(12, 4) != "IHDR")
        return {0, 0};
    return {qFromBigEndian<quint32>(png.constData() + 16),
            qFromBigEndian<quint32>(png.constData() + 20)};
}

} // namespace

Icon of(const QMap<QString, QString> &settings)
{
    const QByteArray png = QByteArray::fromBase64(settings.value(pngKey).toLatin1());
    if (!png.isEmpty() && checkPng(png))
        return {png, QByteArray::fromBase64(settings.value(svgKey).toLatin1())};
    return {resource("icon.png"), resource("icon.svg")};
}

Result<> checkPng(const QByteArray &png)
{
    const auto [width, height] = pngSize(png);
    if (width == 0) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The site icon is not a PNG image. Choose a square PNG of %1 to "
                                "%2 pixels.")
                        .arg(smallestSide)
                        .arg(largestSide));
    }
    if (width != height || width < quint32(smallestSide) || width > quint32(largestSide)) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The site icon is %1 × %2 pixels; it must be square, from %3 to "
                                "%4 pixels a side (180 × 180 suits phones too).")
                        .arg(width)
                        .arg(height)
                        .arg(smallestSide)
                        .arg(largestSide));
    }
    if (png.size() > largestFile) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The site icon is %1 KiB; at most %2 KiB. Save it smaller.")
                        .arg(png.size() / 1024)
                        .arg(largestFile / 1024));
    }
    return {};
}

Result<> checkSvg(const QByteArray &svg)
{
    if (svg.size() > largestFile) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The SVG site icon is %1 KiB; at most %2 KiB. Save it smaller.")
                        .arg(svg.size() / 1024)
                        .arg(largestFile / 1024));
    }
    const QByteArray head = svg.left(2048).trimmed();
    if (!(head.startsWith("<svg") || head.startsWith("<?xml")) || !head.contains("<svg")) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The SVG site icon is not an SVG image. Choose an .svg file, or "
                                "give a PNG alone."));
    }
    return {};
}

QByteArray ico(const QByteArray &png)
{
    const auto [width, height] = pngSize(png);
    QByteArray out(22, '\0');
    char *h = out.data();
    qToLittleEndian<quint16>(0, h); // reserved
    qToLittleEndian<quint16>(1, h + 2); // an icon
    qToLittleEndian<quint16>(1, h + 4); // one image
    // The directory entry: 0 stands for 256 pixels or more.
    h[6] = char(width >= 256 ? 0 : width);
    h[7] = char(height >= 256 ? 0 : height);
    h[8] = 0; // no palette
    h[9] = 0;
    qToLittleEndian<quint16>(1, h + 10); // colour planes
    qToLittleEndian<quint16>(32, h + 12); // bits per pixel
    qToLittleEndian<quint32>(quint32(png.size()), h + 14);
    qToLittleEndian<quint32>(22, h + 18); // where the image starts
    return out + png;
}

} // namespace Byline::SiteIcon
