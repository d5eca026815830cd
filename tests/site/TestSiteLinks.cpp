// The exported demo site walked as a crawler and a reader's browser would: every link, alternate
// and canonical resolves to a written file, listings point at listings, dates agree, the sitemap
// and feeds say what their specifications ask. README.md, "The published site".
#include "core/services/SettingsService.h"
#include "core/site/SiteExporter.h"
#include "core/site/SiteIcon.h"
#include "core/site/Typography.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <QtEndian>

using namespace Byline;
using Byline::Test::TempDir;

namespace {

const QString base = QStringLiteral("https://byline-demo.example.org");

struct Site
{
    QString root; // the folder
    QMap<QString, QString> pages; // "/en/analysis/" -> HTML
};

// The text an HTML attribute or text node stands for (the entities the renderer writes).
QString unescape(QString s)
{
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    return s.replace(QLatin1String("&amp;"), QLatin1String("&"));
}

// The site's address of a file: "/en/analysis/index.html" -> "/en/analysis/".
QString addressOf(const QString &root, const QString &file)
{
    QString path = file.mid(root.size());
    if (path.endsWith(QLatin1String("/index.html")))
        path.chop(int(qstrlen("index.html")));
    return path;
}

Site exportDemo(TempDir &dir)
{
    auto db = Test::openDemoStore(dir.path(QStringLiteral("links.sqlite")));
    Site site;
    site.root = dir.path(QStringLiteral("site"));
    REQUIRE_OK(SiteExporter(*db).exportTo(site.root));
    QDirIterator it(site.root, {QStringLiteral("*.html")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        site.pages.insert(addressOf(site.root, file), QString::fromUtf8(Test::readFile(file)));
    }
    REQUIRE(site.pages.size() >= 20);
    return site;
}

// The file an in-site address is served from, or an empty string for an address elsewhere.
QString fileFor(const Site &site, QString url)
{
    if (url.startsWith(base))
        url = url.mid(base.size());
    if (!url.startsWith(QLatin1Char('/')) || url.startsWith(QLatin1String("//")))
        return {};
    url = url.section(QLatin1Char('#'), 0, 0).section(QLatin1Char('?'), 0, 0);
    url = QUrl::fromPercentEncoding(url.toUtf8());
    if (url.endsWith(QLatin1Char('/')))
        url += QLatin1String("index.html");
    return site.root + url;
}

QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression re(QStringLiteral("\\s%1=\"([^\"]*)\"").arg(name));
    const auto m = re.match(tag);
    return m.hasMatch() ? unescape(m.captured(1)) : QString();
}

QStringList tags(const QString &html, const QString &name)
{
    QStringList out;
    const QRegularExpression re(QStringLiteral("<%1\\b[^>]*>").arg(name));
    for (auto it = re.globalMatch(html); it.hasNext();)
        out.append(it.next().captured(0));
    return out;
}

QString hreflang(const QString &html, const QString &lang)
{
    for (const QString &link : tags(html, QStringLiteral("link"))) {
        if (attribute(link, QStringLiteral("rel")) == QLatin1String("alternate")
            && attribute(link, QStringLiteral("hreflang")) == lang)
            return attribute(link, QStringLiteral("href"));
    }
    return {};
}

std::optional<QJsonObject> newsArticle(const QString &html)
{
    static const QRegularExpression ld(
        QStringLiteral(R"(<script type="application/ld\+json">(.*?)</script>)"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto m = ld.match(html);
    if (!m.hasMatch())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(m.captured(1).toUtf8()).object();
    if (o.value(QStringLiteral("@type")).toString() != QLatin1String("NewsArticle"))
        return std::nullopt;
    return o;
}

bool isRedirect(const QString &html)
{
    return html.contains(QLatin1String("http-equiv=\"refresh\""));
}

} // namespace

TEST_CASE("the site's links: every link, alternate and canonical leads to a written file",
          "[site][links]")
{
    TempDir dir;
    const Site site = exportDemo(dir);
    int checked = 0;
    for (auto page = site.pages.cbegin(); page != site.pages.cend(); ++page) {
        for (const char *name : {"a", "link", "script", "form", "img"}) {
            for (const QString &tag : tags(*page, QLatin1String(name))) {
                for (const char *attr : {"href", "src", "action", "data-index"}) {
                    const QString url = attribute(tag, QLatin1String(attr));
                    const QString file = fileFor(site, url);
                    if (file.isEmpty())
                        continue;
                    INFO(page.key().toStdString() << ": " << tag.toStdString());
                    CHECK(QFileInfo(file).isFile());
                    ++checked;
                }
            }
        }
    }
    CHECK(checked > 300);
}

TEST_CASE("the site's alternates: reciprocal, and a listing's x-default is a listing",
          "[site][links]")
{
    TempDir dir;
    const Site site = exportDemo(dir);
    for (auto page = site.pages.cbegin(); page != site.pages.cend(); ++page) {
        if (isRedirect(*page))
            continue;
        INFO(page.key().toStdString());
        const QString lang = QRegularExpression(QStringLiteral("<html lang=\"([^\"]+)\""))
                                 .match(*page)
                                 .captured(1);
        // The page names itself among its alternates, and every alternate names it back.
        CHECK(hreflang(*page, lang) == base + page.key());
        for (const QString &link : tags(*page, QStringLiteral("link"))) {
            if (attribute(link, QStringLiteral("rel")) != QLatin1String("alternate"))
                continue;
            const QString other = attribute(link, QStringLiteral("href")).mid(base.size());
            INFO("alternate " << other.toStdString());
            REQUIRE(site.pages.contains(other));
            CHECK(hreflang(site.pages.value(other), lang) == base + page.key());
        }
        // A home, section or search page's x-default is a page of the same kind.
        const QString xDefault = hreflang(*page, QStringLiteral("x-default")).mid(base.size());
        REQUIRE(site.pages.contains(xDefault));
        const bool article = newsArticle(*page).has_value();
        CHECK(article == newsArticle(site.pages.value(xDefault)).has_value());
        if (!article) // "/en/analysis/" -> "/ru/analysis/": the same listing
            CHECK(xDefault.section(QLatin1Char('/'), 2) == page.key().section(QLatin1Char('/'), 2));
    }
}

TEST_CASE("the site's dates: modified never before published, in pages, sitemap and feeds",
          "[site][links]")
{
    TempDir dir;
    const Site site = exportDemo(dir);
    QHash<QString, QDateTime> published;
    for (auto page = site.pages.cbegin(); page != site.pages.cend(); ++page) {
        const auto ld = newsArticle(*page);
        if (!ld)
            continue;
        INFO(page.key().toStdString());
        const auto when = QDateTime::fromString(
            ld->value(QStringLiteral("datePublished")).toString(), Qt::ISODate);
        const auto modified = QDateTime::fromString(
            ld->value(QStringLiteral("dateModified")).toString(), Qt::ISODate);
        REQUIRE(when.isValid());
        REQUIRE(modified.isValid());
        CHECK(modified >= when);
        published.insert(base + page.key(), when);
    }
    CHECK(published.size() == 11);

    // The sitemap: every page a search engine should know, each once, and nothing else.
    QXmlStreamReader xml(Test::readFile(site.root + QStringLiteral("/sitemap.xml")));
    QSet<QString> listed;
    QString loc;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("loc")) {
            loc = xml.readElementText();
            INFO(loc.toStdString());
            CHECK_FALSE(listed.contains(loc));
            listed.insert(loc);
            CHECK(QFileInfo(fileFor(site, loc)).isFile());
        } else if (xml.name() == QLatin1String("lastmod")) {
            const auto lastmod = QDateTime::fromString(xml.readElementText(), Qt::ISODate);
            INFO(loc.toStdString());
            REQUIRE(lastmod.isValid());
            if (published.contains(loc))
                CHECK(lastmod >= published.value(loc));
        } else if (xml.name() == QLatin1String("link")) {
            const QString href = xml.attributes().value(QStringLiteral("href")).toString();
            INFO(loc.toStdString() << " alternate " << href.toStdString());
            CHECK(QFileInfo(fileFor(site, href)).isFile());
        }
    }
    REQUIRE_FALSE(xml.hasError());
    for (auto page = site.pages.cbegin(); page != site.pages.cend(); ++page) {
        INFO(page.key().toStdString());
        CHECK(listed.contains(base + page.key()) == !isRedirect(*page));
    }

    // RSS 2.0 with the Atom self link feed readers and validators ask for.
    for (const char *feed : {"/ru/rss.xml", "/en/rss.xml", "/hy/rss.xml"}) {
        INFO(feed);
        QXmlStreamReader rss(Test::readFile(site.root + QLatin1String(feed)));
        QString buildDate;
        QString self;
        QList<QDateTime> items;
        while (!rss.atEnd()) {
            rss.readNext();
            if (!rss.isStartElement())
                continue;
            if (rss.name() == QLatin1String("lastBuildDate"))
                buildDate = rss.readElementText();
            else if (rss.name() == QLatin1String("pubDate"))
                items.append(QLocale::c().toDateTime(rss.readElementText().chopped(6),
                                                     QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")));
            else if (rss.name() == QLatin1String("link")
                     && rss.namespaceUri() == QLatin1String("http://www.w3.org/2005/Atom")
                     && rss.attributes().value(QStringLiteral("rel")) == QLatin1String("self"))
                self = rss.attributes().value(QStringLiteral("href")).toString();
        }
        REQUIRE_FALSE(rss.hasError());
        CHECK(self == base + QLatin1String(feed));
        const QDateTime built = QLocale::c().toDateTime(
            buildDate.chopped(6), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        REQUIRE(built.isValid());
        CHECK(buildDate.endsWith(QLatin1String(" +0000")));
        REQUIRE_FALSE(items.isEmpty());
        for (const QDateTime &item : std::as_const(items))
            CHECK(built >= item);
    }
}

TEST_CASE("the site's pages: titles, names that hold their visible text, the root and the icon",
          "[site][links]")
{
    TempDir dir;
    const Site site = exportDemo(dir);
    static const QRegularExpression title(QStringLiteral("<title>([^<]*)</title>"));
    static const QRegularExpression labelled(
        QStringLiteral("<(button|a)\\b([^>]*\\saria-label=\"[^\"]*\"[^>]*)>(.*?)</\\1>"));
    static const QRegularExpression markup(QStringLiteral("<[^>]*>"));
    for (auto page = site.pages.cbegin(); page != site.pages.cend(); ++page) {
        INFO(page.key().toStdString());
        // "Highland Dispatch — Highland Dispatch" says nothing twice.
        const QStringList parts
            = unescape(title.match(*page).captured(1)).split(QStringLiteral(" — "));
        CHECK(parts.size() == QSet<QString>(parts.cbegin(), parts.cend()).size());
        // WCAG 2.5.3: a control's accessible name contains the words it shows.
        for (auto it = labelled.globalMatch(*page); it.hasNext();) {
            const auto m = it.next();
            const QString shown = unescape(QString(m.captured(3)).remove(markup)).simplified();
            const QString name = attribute(m.captured(2), QStringLiteral("aria-label"));
            INFO(m.captured(0).toStdString());
            CHECK(name.contains(shown, Qt::CaseInsensitive));
        }
        // Every page has the site's icon, a viewport, a main landmark and a heading.
        bool icon = false;
        for (const QString &link : tags(*page, QStringLiteral("link"))) {
            if (attribute(link, QStringLiteral("rel")) == QLatin1String("icon"))
                icon = QFileInfo(fileFor(site, attribute(link, QStringLiteral("href")))).isFile();
        }
        CHECK(icon);
        CHECK(page->contains(QLatin1String("<meta name=\"viewport\"")));
        CHECK(page->contains(QLatin1String("<main")));
        CHECK(page->contains(QLatin1String("<h1")));
    }
    // Browsers ask for /favicon.ico whatever the page says.
    const QByteArray ico = Test::readFile(site.root + QStringLiteral("/favicon.ico"));
    REQUIRE(ico.size() > 22);
    CHECK(ico.startsWith(QByteArray("\0\0\1\0", 4)));
}

TEST_CASE("the site's icon: checked, replaced in the settings, written as favicon.ico",
          "[site][icon]")
{
    const QByteArray shipped = Test::readFile(QStringLiteral(":/byline/site/icon.png"));
    REQUIRE_OK(SiteIcon::checkPng(shipped));
    CHECK_FALSE(SiteIcon::checkPng("GIF89a not a png").has_value());
    // A PNG header that claims 300 x 200: not square.
    QByteArray oblong = shipped;
    qToBigEndian<quint32>(300, oblong.data() + 16);
    qToBigEndian<quint32>(200, oblong.data() + 20);
    const auto refused = SiteIcon::checkPng(oblong);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QString::fromUtf8("300 × 200")));
    CHECK_FALSE(SiteIcon::checkSvg("<html><script>alert(1)</script></html>").has_value());

    // favicon.ico carries the PNG as its one image.
    const QByteArray ico = SiteIcon::ico(shipped);
    CHECK(ico.left(6) == QByteArray("\0\0\1\0\1\0", 6));
    CHECK(quint8(ico.at(6)) == 180);
    CHECK(qFromLittleEndian<quint32>(ico.constData() + 14) == quint32(shipped.size()));
    CHECK(ico.mid(22) == shipped);

    // A newsroom's own icon, a PNG alone: the site uses it and links no SVG.
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("icon.sqlite")));
    QByteArray own = shipped;
    own.append("own"); // still a PNG as far as the header goes, and not Byline's
    SettingsService::Change change;
    change.settings.insert(SiteIcon::pngKey, QString::fromLatin1(own.toBase64()));
    REQUIRE_OK(SettingsService(*db).apply(change, QStringLiteral("t.babayan")));
    SettingsService::Change wrong;
    wrong.settings.insert(SiteIcon::pngKey, QString::fromLatin1(oblong.toBase64()));
    CHECK_FALSE(SettingsService(*db).apply(wrong, QStringLiteral("t.babayan")).has_value());
    const QString site = dir.path(QStringLiteral("site"));
    REQUIRE_OK(SiteExporter(*db).exportTo(site));
    CHECK(Test::readFile(site + QStringLiteral("/assets/icon.png")) == own);
    CHECK(Test::readFile(site + QStringLiteral("/favicon.ico")).mid(22) == own);
    CHECK_FALSE(QFileInfo::exists(site + QStringLiteral("/assets/icon.svg")));
    const QString page = QString::fromUtf8(Test::readFile(site + QStringLiteral("/en/index.html")));
    CHECK(page.contains(QLatin1String("<link rel=\"icon\" href=\"/assets/icon.png\"")));
    CHECK_FALSE(page.contains(QLatin1String("icon.svg")));
}

TEST_CASE("Russian typography on the page: prepositions and dashes keep their words",
          "[site][typography]")
{
    const QString nbsp(QChar(0x00A0));
    CHECK(Typography::fix(QStringLiteral("Вода в июле и к осени — мало"), QStringLiteral("ru"))
          == QStringLiteral("Вода в%1июле и%1к%1осени%1— мало").arg(nbsp));
    // A one-letter word at the start, after a quote mark, or in markup.
    CHECK(Typography::fix(QStringLiteral("В горах «и вода»"), QStringLiteral("ru"))
          == QStringLiteral("В%1горах «и%1вода»").arg(nbsp));
    // Other languages keep their spaces, but a dash never starts a line.
    CHECK(Typography::fix(QStringLiteral("I saw a river – low"), QStringLiteral("en"))
          == QStringLiteral("I saw a river%1– low").arg(nbsp));
    CHECK(Typography::fix(QStringLiteral("Ու ջուր և հող"), QStringLiteral("hy"))
          == QStringLiteral("Ու ջուր և հող"));
    // A word of two letters, a digit and a Latin letter are left alone in Russian.
    CHECK(Typography::fix(QStringLiteral("во дворе 5 лет, a b"), QStringLiteral("ru"))
          == QStringLiteral("во дворе 5 лет, a b"));
}

TEST_CASE("a sitemap of more addresses than one file may hold becomes an index of sitemaps",
          "[site][links]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("sitemaps.sqlite")));
    const QString site = dir.path(QStringLiteral("site"));
    SiteExporter::Options options;
    options.sitemapLimit = 5; // the protocol's 50,000, scaled down to the demo's 22 addresses
    REQUIRE_OK(SiteExporter(*db).exportTo(site, options));
    QXmlStreamReader index(Test::readFile(site + QStringLiteral("/sitemap.xml")));
    QStringList parts;
    while (!index.atEnd()) {
        if (index.readNext() == QXmlStreamReader::StartElement
            && index.name() == QLatin1String("loc"))
            parts.append(index.readElementText());
    }
    REQUIRE_FALSE(index.hasError());
    CHECK(parts.size() == 5); // 22 addresses, 5 a file
    QSet<QString> listed;
    for (const QString &part : std::as_const(parts)) {
        INFO(part.toStdString());
        REQUIRE(part.startsWith(base));
        QXmlStreamReader xml(Test::readFile(site + part.mid(base.size())));
        int urls = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement
                && xml.name() == QLatin1String("loc")) {
                listed.insert(xml.readElementText());
                ++urls;
            }
        }
        REQUIRE_FALSE(xml.hasError());
        CHECK(urls >= 1);
        CHECK(urls <= 5);
    }
    CHECK(listed.size() == 22);
    // robots.txt tells crawlers where it is.
    CHECK(Test::readFile(site + QStringLiteral("/robots.txt"))
              .contains("Sitemap: https://byline-demo.example.org/sitemap.xml"));
}

TEST_CASE("an SVG site icon that could run or fetch anything is refused", "[site][icon]")
{
    const QByteArray shipped = Test::readFile(QStringLiteral(":/byline/site/icon.svg"));
    REQUIRE_OK(SiteIcon::checkSvg(shipped));
    const QByteArray plain
        = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\">"
          "<defs><path id=\"p\" d=\"M0 0h8v8z\"/></defs><use href=\"#p\"/></svg>";
    REQUIRE_OK(SiteIcon::checkSvg(plain));
    for (const char *hostile : {
             "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
             "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
             "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><div "
             "xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>",
             "<svg xmlns=\"http://www.w3.org/2000/svg\" "
             "xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
             "<image xlink:href=\"https://tracker.example/p.png\"/></svg>",
             "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x \"y\">]>"
             "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
             "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script><svg/></html>",
             "<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M0 0\"", // cut short
         }) {
        INFO(hostile);
        CHECK_FALSE(SiteIcon::checkSvg(hostile).has_value());
    }
    // The setting: strict base64, no junk around a valid file, no more than the limit.
    const QString good = QString::fromLatin1(plain.toBase64());
    REQUIRE_OK(SiteIcon::checkSetting(SiteIcon::svgKey, good));
    CHECK_FALSE(
        SiteIcon::checkSetting(SiteIcon::svgKey, good + QStringLiteral("!!junk!!")).has_value());
    CHECK_FALSE(SiteIcon::checkSetting(SiteIcon::svgKey,
                                       QString(SiteIcon::largestFile * 2, QLatin1Char('A')))
                    .has_value());
}
