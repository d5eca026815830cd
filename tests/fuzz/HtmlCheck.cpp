#include "tests/fuzz/HtmlCheck.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Byline::Fuzz::HtmlCheck {
namespace {

// What PageRenderer writes itself (read core/site/PageRenderer.cpp): anything else is from the
// input. No style, iframe, object or embed, no on* attribute.
const QSet<QString> &tags()
{
    static const QSet<QString> names = [] {
        QSet<QString> s;
        for (const char *n :
             {"html",    "head",  "meta",    "title",      "link",       "script", "body", "a",
              "header",  "div",   "nav",     "ul",         "li",         "span",   "form", "input",
              "button",  "main",  "article", "h1",         "h2",         "p",      "time", "footer",
              "section", "aside", "figure",  "blockquote", "figcaption", "strong", "em"})
            s.insert(QString::fromLatin1(n));
        return s;
    }();
    return names;
}

const QSet<QString> &attributes()
{
    static const QSet<QString> names = [] {
        QSet<QString> s;
        for (const char *n :
             {"lang",      "class",       "charset",      "name",       "content",  "http-equiv",
              "rel",       "href",        "hreflang",     "property",   "src",      "defer",
              "type",      "aria-label",  "aria-current", "aria-live",  "role",     "action",
              "method",    "placeholder", "data-day",     "data-night", "data-url", "data-index",
              "data-none", "hidden",      "id",           "datetime"})
            s.insert(QString::fromLatin1(n));
        return s;
    }();
    return names;
}

bool isUrlAttribute(const QString &name)
{
    return name == u"href" || name == u"src" || name == u"action" || name == u"data-url"
        || name == u"data-index";
}

// Whether a browser would run or load something other than a web page or a mail address.
bool isSafeUrl(const QString &decoded)
{
    QString u;
    for (QChar c : decoded) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            u += c;
    }
    while (!u.isEmpty() && u.front().unicode() <= 0x20)
        u.remove(0, 1);
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const auto m = scheme.match(u);
    if (!m.hasMatch())
        return true; // a path, a fragment or nothing
    const QString s = m.captured(1).toLower();
    return s == u"http" || s == u"https" || s == u"mailto";
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

    QString name()
    {
        const qsizetype begin = m_at;
        while (m_at < m_html.size()
               && ((m_html.at(m_at) >= u'a' && m_html.at(m_at) <= u'z')
                   || (m_html.at(m_at) >= u'0' && m_html.at(m_at) <= u'9')
                   || m_html.at(m_at) == u'-'))
            ++m_at;
        return m_html.mid(begin, m_at - begin);
    }

    void tag()
    {
        const qsizetype begin = m_at++;
        const bool closing = m_at < m_html.size() && m_html.at(m_at) == u'/';
        if (closing)
            ++m_at;
        const QString tagName = name();
        if (!tags().contains(tagName)) {
            fail(begin, QStringLiteral("element <%1> that the template never writes").arg(tagName));
            return;
        }
        QList<std::pair<QString, QString>> attrs;
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
            if (m_at == spaceFrom) {
                fail(m_at, QStringLiteral("no space before an attribute"));
                return;
            }
            const qsizetype attrAt = m_at;
            const QString attr = name();
            if (attr.isEmpty()) {
                fail(attrAt, QStringLiteral("not an attribute"));
                return;
            }
            if (attr.startsWith(u"on") || !attributes().contains(attr)) {
                fail(attrAt,
                     QStringLiteral("attribute %1 that the template never writes").arg(attr));
                return;
            }
            QString value;
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
                value = decode(QStringView(m_html).mid(from, m_at - from));
                ++m_at;
            }
            if (isUrlAttribute(attr) && !isSafeUrl(value)) {
                fail(attrAt, QStringLiteral("unsafe URL"));
                return;
            }
            attrs.append({attr, value});
        }
        if (tagName == u"meta"
            && attrs.contains(std::pair(QStringLiteral("property"), QStringLiteral("og:url")))) {
            for (const auto &[a, v] : attrs) {
                if (a == u"content" && !isSafeUrl(v)) {
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

    void opened(qsizetype begin, const QString &tagName,
                const QList<std::pair<QString, QString>> &attrs)
    {
        if (tagName == u"div" && attrs.size() == 1
            && attrs.first() == std::pair(QStringLiteral("class"), QStringLiteral("body"))) {
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
    void script(qsizetype begin, const QList<std::pair<QString, QString>> &attrs)
    {
        ++m_report.scripts;
        const QString end = QStringLiteral("</script>");
        if (attrs
            == QList<std::pair<QString, QString>> {
                {QStringLiteral("src"), QStringLiteral("/assets/byline.js")},
                {QStringLiteral("defer"), QString()}}) {
            if (!QStringView(m_html).mid(m_at).startsWith(end))
                fail(begin, QStringLiteral("byline.js's script element is not empty"));
            m_at += end.size();
            return;
        }
        if (attrs
            != QList<std::pair<QString, QString>> {
                {QStringLiteral("type"), QStringLiteral("application/ld+json")}}) {
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
