#include "tests/fuzz/HtmlCheck.h"

#include <QJsonDocument>
#include <QVarLengthArray>

#include <algorithm>

namespace Byline::Fuzz::HtmlCheck {
namespace {

// What PageRenderer writes itself (read core/site/PageRenderer.cpp): anything else is from the
// input. No style, iframe, object or embed, no on* attribute.
bool isTag(QStringView name)
{
    static const QStringView names[]
        = {u"html", u"head", u"meta", u"title", u"link", u"script", u"body", u"a", u"header",
           u"div", u"nav", u"ul", u"li", u"span", u"form", u"input", u"button", u"main", u"article",
           u"h1", u"h2", u"p", u"time", u"footer", u"section", u"aside", u"figure", u"blockquote",
           u"figcaption", u"strong", u"em",
           // The icons (core/site/SiteLinks.h, PageRenderer's icon()).
           u"svg", u"path", u"rect", u"circle"};
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

bool isAttribute(QStringView name)
{
    static const QStringView names[]
        = {u"lang", u"class", u"charset", u"name", u"content", u"http-equiv", u"rel", u"href",
           u"hreflang", u"property", u"src", u"defer", u"type", u"aria-label", u"aria-current",
           u"aria-live", u"role", u"action", u"method", u"placeholder", u"data-day", u"data-night",
           u"data-url", u"data-index", u"data-none", u"hidden", u"id", u"datetime",
           // The icons' own attributes.
           u"title", u"viewBox", u"width", u"height", u"fill", u"stroke", u"stroke-width",
           u"stroke-linecap", u"stroke-linejoin", u"aria-hidden", u"focusable", u"d", u"x", u"y",
           u"rx", u"cx", u"cy", u"r"};
    return !name.startsWith(u"on")
        && std::find(std::begin(names), std::end(names), name) != std::end(names);
}

bool isUrlAttribute(QStringView name)
{
    return name == u"href" || name == u"src" || name == u"action" || name == u"data-url"
        || name == u"data-index";
}

// Whether a browser would run or load something other than a web page or a mail address:
// it skips leading spaces and control characters and drops tabs and line ends anywhere, then
// reads a scheme up to ":".
bool isSafeUrl(QStringView decoded)
{
    QString scheme;
    bool started = false;
    for (QChar c : decoded) {
        if (c == u'\t' || c == u'\n' || c == u'\r' || (!started && c.unicode() <= 0x20))
            continue;
        started = true;
        if (c == u':') {
            return scheme.isEmpty() || scheme == u"http" || scheme == u"https"
                || scheme == u"mailto";
        }
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        const bool more = (c >= u'0' && c <= u'9') || c == u'+' || c == u'.' || c == u'-';
        if (!letter && !(more && !scheme.isEmpty()))
            return true; // a path, a fragment or nothing: no scheme
        scheme += c.toLower();
    }
    return true;
}

const QStringView entities[] = {u"&amp;", u"&lt;", u"&gt;", u"&quot;", u"&#39;"};

// The length of the character reference at `at`, or 0 when it is not one Html::escape writes.
qsizetype entityAt(QStringView s, qsizetype at)
{
    for (QStringView e : entities) {
        if (s.mid(at).startsWith(e))
            return e.size();
    }
    return 0;
}

// An attribute's name and its value as written (escaped).
using Attribute = std::pair<QStringView, QStringView>;
using Attributes = QVarLengthArray<Attribute, 8>;

class Reader
{
public:
    Reader(const QString &html, bool fragment)
        : m_html(html)
        , m_fragment(fragment)
        , m_inBody(fragment)
    {
    }

    Report run()
    {
        if (!m_fragment) {
            const QString doctype = QStringLiteral("<!DOCTYPE html>\n");
            if (!m_html.startsWith(doctype))
                return fail(0, QStringLiteral("no doctype"));
            m_at = doctype.size();
        }
        while (m_at < m_html.size() && m_report.problem.isEmpty()) {
            if (m_html.at(m_at) == u'<')
                tag();
            else
                text();
        }
        return m_report;
    }

private:
    Report fail(qsizetype at, const QString &what)
    {
        if (m_report.problem.isEmpty()) {
            m_report.problem = QStringLiteral("%1 at %2: ...%3...")
                                   .arg(what)
                                   .arg(at)
                                   .arg(m_html.mid(std::max<qsizetype>(0, at - 60), 140));
        }
        return m_report;
    }

    // Escaped characters up to `end`: none of `raw`, and "&" only as a character reference.
    bool escaped(QChar end, QStringView raw, const QString &where)
    {
        while (m_at < m_html.size() && m_html.at(m_at) != end) {
            const QChar c = m_html.at(m_at);
            if (raw.contains(c)) {
                fail(m_at, QStringLiteral("raw %1 in %2").arg(c).arg(where));
                return false;
            }
            if (c == u'&') {
                const qsizetype n = entityAt(m_html, m_at);
                if (n == 0) {
                    fail(m_at, QStringLiteral("raw & in %1").arg(where));
                    return false;
                }
                m_at += n;
                continue;
            }
            ++m_at;
        }
        return true;
    }

    void text()
    {
        const qsizetype begin = m_at;
        if (escaped(u'<', u">\"'", QStringLiteral("text")) && m_capture)
            *m_capture += decode(QStringView(m_html).mid(begin, m_at - begin));
    }

    QStringView name()
    {
        const qsizetype begin = m_at;
        while (m_at < m_html.size()
               && ((m_html.at(m_at) >= u'a' && m_html.at(m_at) <= u'z')
                   || (m_html.at(m_at) >= u'A' && m_html.at(m_at) <= u'Z') // viewBox
                   || (m_html.at(m_at) >= u'0' && m_html.at(m_at) <= u'9')
                   || m_html.at(m_at) == u'-'))
            ++m_at;
        return QStringView(m_html).mid(begin, m_at - begin);
    }

    void tag()
    {
        const qsizetype begin = m_at++;
        const bool closing = m_at < m_html.size() && m_html.at(m_at) == u'/';
        if (closing)
            ++m_at;
        const QStringView tagName = name();
        if (!isTag(tagName)) {
            fail(begin, QStringLiteral("element <%1> that the template never writes").arg(tagName));
            return;
        }
        Attributes attrs;
        while (true) {
            const qsizetype spaceFrom = m_at;
            while (m_at < m_html.size() && m_html.at(m_at) == u' ')
                ++m_at;
            if (m_at >= m_html.size()) {
                fail(begin, QStringLiteral("unfinished tag"));
                return;
            }
            if (m_html.at(m_at) == u'>') {
                ++m_at;
                break;
            }
            // An icon's shapes close themselves: <path d="..."/>.
            if (m_html.at(m_at) == u'/' && m_at + 1 < m_html.size() && m_html.at(m_at + 1) == u'>'
                && (tagName == u"path" || tagName == u"rect" || tagName == u"circle")) {
                m_at += 2;
                break;
            }
            if (m_at == spaceFrom) {
                fail(m_at, QStringLiteral("no space before an attribute"));
                return;
            }
            const qsizetype attrAt = m_at;
            const QStringView attr = name();
            if (attr.isEmpty()) {
                fail(attrAt, QStringLiteral("not an attribute"));
                return;
            }
            if (!isAttribute(attr)) {
                fail(attrAt,
                     QStringLiteral("attribute %1 that the template never writes").arg(attr));
                return;
            }
            QStringView value; // as written, escaped
            if (m_at < m_html.size() && m_html.at(m_at) == u'=') {
                if (m_at + 1 >= m_html.size() || m_html.at(m_at + 1) != u'"') {
                    fail(m_at, QStringLiteral("unquoted attribute value"));
                    return;
                }
                m_at += 2;
                const qsizetype from = m_at;
                if (!escaped(u'"', u"<>", QStringLiteral("an attribute")))
                    return;
                if (m_at >= m_html.size()) {
                    fail(from, QStringLiteral("unfinished attribute value"));
                    return;
                }
                value = QStringView(m_html).mid(from, m_at - from);
                ++m_at;
            }
            if (isUrlAttribute(attr) && !isSafeUrl(decode(value))) {
                fail(attrAt, QStringLiteral("unsafe URL"));
                return;
            }
            attrs.append({attr, value});
        }
        if (tagName == u"meta" && attrs.contains({u"property", u"og:url"})) {
            for (const auto &[a, v] : attrs) {
                if (a == u"content" && !isSafeUrl(decode(v))) {
                    fail(begin, QStringLiteral("unsafe og:url"));
                    return;
                }
            }
        }
        if (closing) {
            if (!attrs.isEmpty()) {
                fail(begin, QStringLiteral("closing tag with attributes"));
                return;
            }
            if (m_fragment && tagName != u"strong" && tagName != u"em" && tagName != u"a") {
                fail(begin, QStringLiteral("</%1> in a paragraph").arg(tagName));
                return;
            }
            if (tagName == u"div" && !m_fragment)
                m_inBody = false;
            if ((tagName == u"title" || tagName == u"h1") && m_capture)
                m_capture = nullptr;
            return;
        }
        opened(begin, tagName, attrs);
    }

    void opened(qsizetype begin, QStringView tagName, const Attributes &attrs)
    {
        if (tagName == u"div" && attrs.size() == 1
            && attrs.first() == Attribute {u"class", u"body"}) {
            m_inBody = true;
        } else if (tagName == u"strong" || tagName == u"em") {
            if (!m_inBody || !attrs.isEmpty()) {
                fail(begin, QStringLiteral("markup outside the body's paragraphs"));
                return;
            }
            ++m_report.marks;
        } else if (tagName == u"a" && (attrs.size() != 1 || attrs.first().first != u"href")) {
            if (m_fragment) {
                fail(begin, QStringLiteral("a link with more than an href"));
                return;
            }
        } else if (tagName == u"a") {
            if (attrs.first().second == u"#content")
                return; // the footer's "back to top"
            if (!m_inBody) {
                fail(begin, QStringLiteral("a paragraph's link outside the body"));
                return;
            }
            ++m_report.bodyLinks;
        } else if (m_fragment) {
            fail(begin, QStringLiteral("element <%1> in a paragraph").arg(tagName));
            return;
        } else if (tagName == u"script") {
            script(begin, attrs);
        } else if (tagName == u"title" && m_report.title.isNull()) {
            m_report.title = QStringLiteral("");
            m_capture = &m_report.title;
        } else if (tagName == u"h1" && m_report.heading.isNull()) {
            m_report.heading = QStringLiteral("");
            m_capture = &m_report.heading;
        }
    }

    // The template's two scripts, and nothing else: byline.js from the assets, and the
    // JSON-LD, whose text must be JSON with no "<" in it (no "</script>", no "<!--").
    void script(qsizetype begin, const Attributes &attrs)
    {
        ++m_report.scripts;
        const QStringView end = u"</script>";
        if (attrs.size() == 2 && attrs.at(0) == Attribute {u"src", u"/assets/byline.js"}
            && attrs.at(1) == Attribute {u"defer", {}}) {
            if (!QStringView(m_html).mid(m_at).startsWith(end))
                fail(begin, QStringLiteral("byline.js's script element is not empty"));
            m_at += end.size();
            return;
        }
        if (attrs.size() != 1 || attrs.first() != Attribute {u"type", u"application/ld+json"}) {
            fail(begin, QStringLiteral("a script the template never writes"));
            return;
        }
        const qsizetype close = m_html.indexOf(u'<', m_at);
        if (close < 0 || !QStringView(m_html).mid(close).startsWith(end)) {
            fail(begin, QStringLiteral("\"<\" inside the JSON-LD"));
            return;
        }
        QJsonParseError error;
        const QJsonDocument json
            = QJsonDocument::fromJson(m_html.mid(m_at, close - m_at).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !json.isObject()) {
            fail(begin,
                 QStringLiteral("the JSON-LD is not a JSON object: %1").arg(error.errorString()));
            return;
        }
        m_report.jsonLd = json.object();
        m_at = close + end.size();
    }

    const QString &m_html;
    const bool m_fragment;
    bool m_inBody;
    qsizetype m_at = 0;
    QString *m_capture = nullptr;
    Report m_report;
};

} // namespace

Report check(const QString &html, bool fragment)
{
    return Reader(html, fragment).run();
}

QString decode(QStringView escaped)
{
    QString out;
    out.reserve(escaped.size());
    for (qsizetype i = 0; i < escaped.size();) {
        if (escaped.at(i) == u'&') {
            static const QChar plain[] = {u'&', u'<', u'>', u'"', u'\''};
            bool found = false;
            for (int e = 0; e < 5; ++e) {
                if (escaped.mid(i).startsWith(entities[e])) {
                    out += plain[e];
                    i += entities[e].size();
                    found = true;
                    break;
                }
            }
            if (found)
                continue;
        }
        out += escaped.at(i++);
    }
    return out;
}

QString withoutControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
            out += c;
    }
    return out;
}

} // namespace Byline::Fuzz::HtmlCheck
