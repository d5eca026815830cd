#include "core/site/Html.h"

#include <QUrl>

namespace Byline::Html {

namespace {

// Direction changes a text opens (embeddings and overrides end with U+202C, isolates with
// U+2069) and the ones that close them.
bool opensDirection(char16_t u)
{
    return (u >= 0x202A && u <= 0x202E && u != 0x202C) || (u >= 0x2066 && u <= 0x2068);
}
bool isDirectionControl(char16_t u)
{
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

// Adds the direction control `u` to `out` only where it is balanced, keeping `open` (what is
// still open, innermost last): an unmatched closer is dropped.
void addDirection(QString &out, QString &open, char16_t u)
{
    if (opensDirection(u)) {
        open.append(QChar(u >= 0x2066 ? 0x2069 : 0x202C)); // its closer
        out += QChar(u);
        return;
    }
    if (u == 0x202C) {
        // Ends the innermost embedding or override; inside an isolate it cannot reach out.
        if (!open.isEmpty() && open.back() == QChar(0x202C)) {
            out += QChar(u);
            open.chop(1);
        }
        return;
    }
    const qsizetype at = open.lastIndexOf(QChar(0x2069));
    if (at < 0)
        return;
    // Closing an isolate closes the embeddings opened inside it too (as Unicode's rules do).
    for (qsizetype i = open.size() - 1; i >= at; --i)
        out += open.at(i);
    open.truncate(at);
}

} // namespace

QString escape(QStringView text)
{
    // Most text has nothing to escape: one pass to find out.
    bool plain = true;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'&' || u == u'<' || u == u'>' || u == u'"' || u == u'\''
            || (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || isDirectionControl(u)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text.toString();
    QString out;
    QString open; // direction changes still open: each text closes its own (U+202E cannot
                  // turn the rest of a page around)
    out.reserve(text.size() + text.size() / 8);
    for (QChar c : text) {
        if (isDirectionControl(c.unicode())) {
            addDirection(out, open, c.unicode());
            continue;
        }
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
    for (qsizetype i = open.size() - 1; i >= 0; --i)
        out += open.at(i);
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
    // A path within the site; "//host" and "/\host" (browsers read a backslash as a slash)
    // leave it.
    if (trimmed.startsWith(QLatin1Char('/'))) {
        const QChar second = trimmed.size() > 1 ? trimmed.at(1) : QChar();
        if (second == QLatin1Char('/') || second == QLatin1Char('\\'))
            return {};
        return trimmed;
    }
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
