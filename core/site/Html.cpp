#include "core/site/Html.h"

#include <QUrl>

namespace Byline::Html {

QString escape(QStringView text)
{
    // Most text has nothing to escape: one pass to find out.
    bool plain = true;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'&' || u == u'<' || u == u'>' || u == u'"' || u == u'\''
            || (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text.toString();
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            out += QLatin1String("&#39;");
            break;
        default:
            // Control characters other than tab and line ends are not text.
            if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
                continue;
            out += c;
        }
    }
    return out;
}

QString safeUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return {};
    for (QChar c : trimmed) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSpace())
            return {}; // hides a scheme from naive checks; never a real address
    }
    if (trimmed.startsWith(QLatin1Char('/')) && !trimmed.startsWith(QLatin1String("//")))
        return trimmed;
    // The common case without a parser: an http(s) address with a host.
    for (QLatin1StringView scheme : {QLatin1StringView("https://"), QLatin1StringView("http://")}) {
        if (trimmed.startsWith(scheme, Qt::CaseInsensitive)) {
            const QChar first
                = trimmed.size() > scheme.size() ? trimmed.at(scheme.size()) : QChar();
            if (first.isLetterOrNumber())
                return trimmed;
        }
    }
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid())
        return {};
    const QString scheme = parsed.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        if (parsed.host().isEmpty())
            return {};
        return trimmed;
    }
    if (scheme == QLatin1String("mailto") && !parsed.path().isEmpty())
        return trimmed;
    return {};
}

QString jsonString(QStringView text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'<':
            out += QLatin1String("\\u003c");
            break; // no </script>, no <!--
        case u'>':
            out += QLatin1String("\\u003e");
            break;
        case u'&':
            out += QLatin1String("\\u0026");
            break;
        case 0x2028:
            out += QLatin1String("\\u2028");
            break;
        case 0x2029:
            out += QLatin1String("\\u2029");
            break;
        default:
            if (u < 0x20)
                out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString urlComponent(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace Byline::Html
