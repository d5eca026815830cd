#include "core/site/SiteIcon.h"

#include <QFile>
#include <QObject>
#include <QXmlStreamReader>
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

// A file from its setting: strict base64 of at most largestFile bytes; empty if not.
QByteArray decoded(const QString &base64)
{
    if (base64.size() > (largestFile + 2) / 3 * 4)
        return {};
    auto result = QByteArray::fromBase64Encoding(base64.toLatin1(),
                                                 QByteArray::AbortOnBase64DecodingErrors);
    return result ? *result : QByteArray();
}

} // namespace

Icon of(const QMap<QString, QString> &settings)
{
    const QByteArray png = decoded(settings.value(pngKey));
    if (!png.isEmpty() && checkPng(png)) {
        const QByteArray svg = decoded(settings.value(svgKey));
        return {png, !svg.isEmpty() && checkSvg(svg) ? svg : QByteArray()};
    }
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
    auto refuse = [](const QString &why) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The SVG site icon cannot be used: %1. Save it as a plain "
                                "picture, or give a PNG alone.")
                        .arg(why));
    };
    QXmlStreamReader xml(svg);
    bool root = true;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            return refuse(QObject::tr("it declares a DOCTYPE"));
        case QXmlStreamReader::StartElement: {
            const QString name = xml.name().toString().toLower();
            if (root
                && (name != QLatin1String("svg")
                    || xml.namespaceUri() != QLatin1String("http://www.w3.org/2000/svg")))
                return refuse(QObject::tr("it is not an SVG image"));
            root = false;
            if (name == QLatin1String("script") || name == QLatin1String("foreignobject")
                || name == QLatin1String("iframe") || name == QLatin1String("object")
                || name == QLatin1String("embed"))
                return refuse(QObject::tr("it holds a <%1> element").arg(xml.name()));
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                const QString attribute = a.name().toString().toLower();
                if (attribute.startsWith(QLatin1String("on")))
                    return refuse(QObject::tr("it has an event handler (%1)").arg(a.name()));
                // Links only within the file ("#shape"): nothing fetched from elsewhere.
                if ((attribute == QLatin1String("href") || attribute == QLatin1String("src"))
                    && !a.value().trimmed().startsWith(QLatin1Char('#')))
                    return refuse(QObject::tr("it links to %1").arg(a.value().left(80)));
            }
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError() || root)
        return refuse(QObject::tr("it is not an SVG image"));
    return {};
}

Result<> checkSetting(QLatin1StringView key, const QString &base64)
{
    if (base64.isEmpty())
        return {};
    const QByteArray file = decoded(base64);
    if (file.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The site icon is not stored as base64 of at most %1 KiB; "
                                "choose the file again.")
                        .arg(largestFile / 1024));
    }
    return key == pngKey ? checkPng(file) : checkSvg(file);
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
