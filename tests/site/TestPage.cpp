#include "core/site/Html.h"
#include "core/site/InlineMarkup.h"
#include "core/site/PageLoader.h"
#include "core/site/PageRenderer.h"
#include "core/site/SiteExporter.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/WorkflowService.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHashSeed>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Byline;
using Byline::Test::TempDir;

namespace {

const QString glaciers
    = QStringLiteral("82d8d78f-e875-4ccb-8ba1-d95e4b749068"); // published, ru/en/hy
const QString reservoir
    = QStringLiteral("dab78878-3add-42d5-965c-4af310098e11"); // published, ru/en
const QString rails = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b"); // draft

QString page(Storage::Database &db, const QString &uid, const QString &locale,
             PageLoader::Mode mode = PageLoader::Mode::Published)
{
    auto data = PageLoader::load(db, uid, locale, mode);
    REQUIRE_OK(data);
    return PageRenderer::render(*data);
}

QJsonObject jsonLd(const QString &html)
{
    static const QRegularExpression ld(
        QStringLiteral(R"(<script type="application/ld\+json">(.*?)</script>)"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto m = ld.match(html);
    REQUIRE(m.hasMatch());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m.captured(1).toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

// What a reader sees or hears of a page: text between tags and the words in attributes
// (aria-label, placeholder, content, data-*), without scripts, tag and attribute names.
QString readerText(QString html)
{
    static const QRegularExpression scripts(QStringLiteral("<script[^>]*>.*?</script>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    html.remove(scripts);
    QString out;
    static const QRegularExpression words(QStringLiteral(
        R"re((?:aria-label|placeholder|content|data-day|data-night|title|alt)="([^"]*)")re"));
    auto it = words.globalMatch(html);
    while (it.hasNext())
        out += it.next().captured(1) + QLatin1Char('\n');
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    out += html.replace(tags, QStringLiteral("\n"));
    return out;
}

} // namespace

TEST_CASE("escaping: text, attributes, links, JSON in a script", "[site][escaping]")
{
    CHECK(Html::escape(u"<a href=\"x\">'&'</a>")
          == QStringLiteral("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"));
    for (const char *bad : {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                            "java\tscript:alert(1)", "data:text/html,<script>", "vbscript:msgbox",
                            "//evil.example.com/x", "https://", "file:///etc/passwd",
                            "mailto:", "https://exa mple.com",
                            // Browsers read a backslash as a slash: these leave the site.
                            "/\\evil.example.com/x", "/\\\\evil.example.com"}) {
        INFO(bad);
        CHECK(Html::safeUrl(QString::fromUtf8(bad)).isEmpty());
    }
    for (const char *good : {"https://example.org/a?b=c", "http://example.org",
                             "mailto:desk@example.org", "/en/search/"}) {
        INFO(good);
        CHECK(Html::safeUrl(QString::fromUtf8(good)) == QString::fromUtf8(good));
    }
    CHECK(Html::jsonString(u"</script><!--\u2028\"")
          == QStringLiteral("\"\\u003c/script\\u003e\\u003c!--\\u2028\\\"\""));
}

TEST_CASE("a text's direction changes stay inside it on the page", "[site][escaping]")
{
    // U+202E (right-to-left override) in a headline used to turn the rest of the page around.
    // U+202C closes an override or embedding, U+2069 an isolate such as U+2067.
    CHECK(Html::escape(QStringLiteral("cheap \u202Etxt.exe"))
          == QStringLiteral("cheap \u202Etxt.exe\u202C"));
    CHECK(Html::escape(QStringLiteral("\u2067a\u202Eb"))
          == QStringLiteral("\u2067a\u202Eb\u202C\u2069"));
    // An isolate's end closes what was opened inside it; a closer with nothing open goes.
    CHECK(Html::escape(QStringLiteral("\u2067\u202Ex\u2069y"))
          == QStringLiteral("\u2067\u202Ex\u202C\u2069y"));
    CHECK(Html::escape(QStringLiteral("\u202Cplain\u2069")) == QStringLiteral("plain"));
    // Inside an isolate, U+202C cannot end an override opened outside it.
    CHECK(Html::escape(QStringLiteral("\u202E\u2067x\u202Cy\u2069"))
          == QStringLiteral("\u202E\u2067xy\u2069\u202C"));
    // Balanced text is left as written; other text untouched.
    CHECK(Html::escape(QStringLiteral("\u202Eab\u202C & c"))
          == QStringLiteral("\u202Eab\u202C &amp; c"));
    CHECK(Html::escape(QStringLiteral("Երևան, Ереван")) == QStringLiteral("Երևան, Ереван"));
}

TEST_CASE("the inline markup: bold, italic, safe links, everything else is text", "[site][markup]")
{
    using InlineMarkup::toHtml;
    CHECK(
        toHtml(QStringLiteral("a **b** *c* [d](https://e.example/f)"))
        == QStringLiteral("a <strong>b</strong> <em>c</em> <a href=\"https://e.example/f\">d</a>"));
    CHECK(toHtml(QStringLiteral("[click](javascript:alert(1))")) == QStringLiteral("click"));
    CHECK(toHtml(QStringLiteral("<img src=x onerror=alert(1)>"))
          == QStringLiteral("&lt;img src=x onerror=alert(1)&gt;"));
    CHECK(toHtml(QStringLiteral("**a *b** c*"))
          == QStringLiteral("<strong>a <em>b</em></strong><em> c</em>"));
    CHECK(toHtml(QStringLiteral("2 * 3 = 6")) == QStringLiteral("2 * 3 = 6")); // unclosed: text
    CHECK(toHtml(QStringLiteral("\\*not italic\\*")) == QStringLiteral("*not italic*"));
}

TEST_CASE("a paragraph of many unclosed links renders in a moment", "[site][markup][fuzz]")
{
    // Found by fuzz_markup: each "[" looked for its "]", and each "(" after it for its ")", to
    // the end of the text. 25,000 "[x](" (100,000 characters, as much as a block may hold) took
    // over a minute in the sanitizer build; a page with it froze the preview and export-site.
    using InlineMarkup::toHtml;
    const QString links = QStringLiteral("[x](").repeated(25000);
    const QString brackets = QStringLiteral("[").repeated(50000) + QStringLiteral("](")
        + QStringLiteral("(").repeated(49998);
    QElapsedTimer timer;
    timer.start();
    CHECK(toHtml(links) == links); // no link closes: all of it is text
    CHECK(toHtml(brackets) == brackets);
    CHECK(timer.elapsed() < 3000); // linear: a few milliseconds, generous for a busy machine
    // Links around them still are links.
    CHECK(toHtml(QStringLiteral("[x]([a](https://b.example/(c)) [d](e("))
          == QStringLiteral("[x](<a href=\"https://b.example/(c)\">a</a> [d](e("));
}

TEST_CASE("every demo page: its language only, reciprocal hreflang, metadata, no inline code",
          "[site][page]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("site.sqlite")));
    auto strings = Storage::SettingsRepository(*db).siteStrings();
    REQUIRE_OK(strings);
    auto uids = Storage::ArticleRepository(*db).uids();
    REQUIRE_OK(uids);
    int pages = 0;
    for (const QString &uid : std::as_const(*uids)) {
        auto article = Storage::ArticleRepository(*db).find(uid);
        REQUIRE_OK(article);
        QStringList live;
        for (const Translation &t : (*article)->translations) {
            if ((*article)->state == WorkflowState::Published && t.publishedAt)
                live.append(t.locale);
        }
        for (const QString &locale : std::as_const(live)) {
            INFO(uid.toStdString() << " " << locale.toStdString());
            const QString html = page(*db, uid, locale);
            ++pages;
            CHECK(
                html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"").arg(locale)));
            // Every word of the page is in its language: no other locale's site string.
            const QString seen = readerText(html);
            for (auto other = strings->cbegin(); other != strings->cend(); ++other) {
                if (other.key() == locale)
                    continue;
                for (auto s = other->cbegin(); s != other->cend(); ++s) {
                    const QString mine = strings->value(locale).value(s.key());
                    if (s.value().size() < 4 || s.value() == mine
                        || s.value().contains(QLatin1Char('{')))
                        continue;
                    INFO("string " << s.key().toStdString() << " of " << other.key().toStdString());
                    CHECK_FALSE(seen.contains(s.value().toHtmlEscaped()));
                }
            }
            // Reciprocal alternates: this page names every live locale, x-default too.
            for (const QString &l : std::as_const(live))
                CHECK(html.contains(QStringLiteral("hreflang=\"%1\"").arg(l)));
            CHECK(html.contains(QStringLiteral("hreflang=\"x-default\"")));
            const QJsonObject ld = jsonLd(html);
            CHECK(ld.value(QStringLiteral("@type")).toString() == QStringLiteral("NewsArticle"));
            CHECK(ld.value(QStringLiteral("inLanguage")).toString() == locale);
            CHECK_FALSE(ld.value(QStringLiteral("headline")).toString().isEmpty());
            CHECK(html.contains(QStringLiteral("Content-Security-Policy")));
            CHECK(html.contains(QStringLiteral("<meta property=\"og:title\"")));
            // No inline script or style: every script has a src or holds JSON-LD.
            static const QRegularExpression script(
                QStringLiteral("<script(?![^>]*(src=|application/ld\\+json))"));
            CHECK_FALSE(script.match(html).hasMatch());
            CHECK_FALSE(html.contains(QStringLiteral(" style=\"")));
            CHECK_FALSE(html.contains(QStringLiteral(" onclick=")));
        }
    }
    CHECK(pages >= 10);
    // A locale that is not live has no page; the desk's preview shows it anyway.
    CHECK_FALSE(PageLoader::load(*db, reservoir, QStringLiteral("hy")).has_value());
    CHECK(PageLoader::load(*db, rails, QStringLiteral("ru")).error().code == ErrorCode::NotFound);
    CHECK(
        PageLoader::load(*db, rails, QStringLiteral("ru"), PageLoader::Mode::Preview).has_value());
}

TEST_CASE("a page names its authors as readers of its language spell them, in the byline and "
          "the JSON-LD",
          "[site][page][users]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("names.sqlite")));
    // The reservoir interview, by Tom Reid and Ani Hakobyan, live in Russian and English.
    const auto authorsOf = [](const QString &html) {
        QStringList names;
        for (const QJsonValue &person : jsonLd(html).value(QStringLiteral("author")).toArray())
            names.append(person.toObject().value(QStringLiteral("name")).toString());
        return names;
    };
    const QString ru = page(*db, reservoir, QStringLiteral("ru"));
    CHECK(ru.contains(QStringLiteral("<p class=\"byline\">Том Рид, Ани Акопян · ")));
    CHECK(authorsOf(ru) == QStringList {QStringLiteral("Том Рид"), QStringLiteral("Ани Акопян")});
    CHECK_FALSE(ru.contains(QStringLiteral("Tom Reid")));
    const QString en = page(*db, reservoir, QStringLiteral("en"));
    CHECK(en.contains(QStringLiteral("<p class=\"byline\">Tom Reid, Ani Hakobyan · ")));
    CHECK(authorsOf(en)
          == QStringList {QStringLiteral("Tom Reid"), QStringLiteral("Ani Hakobyan")});
    // And the Armenian page of Tom Reid's other interview.
    const QString hy
        = page(*db, QStringLiteral("e1b2f585-c47b-43dc-a622-c82d6e1fb297"), QStringLiteral("hy"));
    CHECK(hy.contains(QStringLiteral("<p class=\"byline\">Թոմ Ռիդ · ")));
    CHECK(authorsOf(hy) == QStringList {QStringLiteral("Թոմ Ռիդ")});

    // A person without a name of their own in a language is signed with their display name.
    User tom = *Storage::UserRepository(*db).require(QStringLiteral("tom.reid"));
    tom.names.remove(QStringLiteral("ru"));
    REQUIRE_OK(Storage::UserRepository(*db).upsert(tom));
    CHECK(authorsOf(page(*db, reservoir, QStringLiteral("ru")))
          == QStringList {QStringLiteral("Tom Reid"), QStringLiteral("Ани Акопян")});
}

TEST_CASE("the date and time of publication in the page's language and the newsroom's zone",
          "[site][page]")
{
    const QDateTime at(QDate(2026, 11, 3), QTime(6, 0), Qt::UTC);
    CHECK(PageRenderer::localDateTime(at, QStringLiteral("ru"), QStringLiteral("Asia/Yerevan"))
          == QStringLiteral("3 ноября 2026, 10:00"));
    CHECK(PageRenderer::localDateTime(at, QStringLiteral("en"), QStringLiteral("Asia/Yerevan"))
          == QStringLiteral("November 3, 2026, 10:00"));
    const QString hy
        = PageRenderer::localDateTime(at, QStringLiteral("hy"), QStringLiteral("Asia/Yerevan"));
    CHECK(hy.startsWith(QStringLiteral("3 նոյեմբերի 2026")));
    CHECK(hy.endsWith(QStringLiteral("10:00")));
}

TEST_CASE("hostile text in every field reaches the page as text", "[site][escaping]")
{
    const QString hostile[] = {
        QStringLiteral("<script>alert(1)</script>"),
        QStringLiteral("\"><img src=x onerror=alert(1)>"),
        QStringLiteral("</script><script>alert(1)</script>"),
        QStringLiteral("' onmouseover='alert(1)"),
        QStringLiteral("{n} {year} %1 %2 \\u003c"),
    };
    for (const QString &evil : hostile) {
        INFO(evil.toStdString());
        PageData p;
        p.locale = QStringLiteral("en\"><script>");
        p.newsroomName = evil;
        p.siteUrl = QStringLiteral("javascript:alert(1)");
        p.canonicalUrl = evil;
        p.xDefaultUrl = evil;
        p.searchUrl = evil;
        p.sectionName = evil;
        p.sectionDescription = evil;
        p.sectionUrl = evil;
        p.title = evil;
        p.lead = evil;
        p.description = evil;
        p.authors = {evil};
        p.alternates = {{evil, evil, evil, false}, {evil, evil, evil, true}};
        p.social = {{evil, QStringLiteral("javascript:alert(1)"), {}, false}};
        p.more = {{evil, QStringLiteral("data:text/html,x"), {}, false}};
        for (const char *key :
             {"share_prompt", "copyright", "views", "search_prompt", "link_copied"})
            p.strings.insert(QString::fromLatin1(key), evil);
        p.views = 5;
        p.body = {{BlockType::Paragraph,
                   evil + QStringLiteral(" [x](javascript:alert(1))"),
                   {},
                   {},
                   {},
                   {}},
                  {BlockType::Heading, evil, {}, {}, {}, {}},
                  {BlockType::PullQuote, evil, {}, {}, {}, {}},
                  {BlockType::Quote, evil, evil, evil, evil, evil}};
        p.publishedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        p.modifiedAt = p.publishedAt;
        const QString full = PageRenderer::render(p);
        CHECK(full.count(QStringLiteral("</script>")) == full.count(QStringLiteral("<script")));
        CHECK_FALSE(full.contains(QStringLiteral("<script>alert")));
        // Outside the JSON-LD (where the text is a JSON string), nothing is markup.
        static const QRegularExpression ld(
            QStringLiteral("<script type=\"application/ld\\+json\">.*?</script>"),
            QRegularExpression::DotMatchesEverythingOption);
        const QString html = QString(full).remove(ld);
        CHECK_FALSE(html.contains(QStringLiteral("<script>alert")));
        CHECK_FALSE(html.contains(QStringLiteral("<img")));

        CHECK_FALSE(html.contains(QStringLiteral("' onmouseover='")));
        CHECK_FALSE(html.contains(QStringLiteral("href=\"javascript:")));
        CHECK_FALSE(html.contains(QStringLiteral("href=\"data:")));
    }
}

TEST_CASE("byline-cli render writes the page a reader sees", "[site][cli]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("render.sqlite"));
    (void)Test::openDemoStore(path);
    const QStringList db {QStringLiteral("--db"), path};
    const auto ru = Test::runCli(db
                                 + QStringList {QStringLiteral("render"), glaciers,
                                                QStringLiteral("--locale"), QStringLiteral("ru")});
    REQUIRE(ru.exitCode == 0);
    CHECK(ru.out.startsWith(
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"ru\" class=\"theme-light")));
    CHECK(ru.out.contains(QStringLiteral("<h1>Ледники отступают")));
    const QString file = dir.path(QStringLiteral("hy.html"));
    const auto hy = Test::runCli(db
                                 + QStringList {QStringLiteral("render"), glaciers,
                                                QStringLiteral("--locale"), QStringLiteral("hy"),
                                                QStringLiteral("--theme"), QStringLiteral("dark"),
                                                QStringLiteral("--output"), file});
    REQUIRE(hy.exitCode == 0);
    CHECK(Test::readFile(file).contains("class=\"theme-dark"));
    // Not on the site: not found, unless previewed.
    CHECK(Test::runCli(db
                       + QStringList {QStringLiteral("render"), rails, QStringLiteral("--locale"),
                                      QStringLiteral("ru")})
              .exitCode
          == 4);
    CHECK(Test::runCli(db
                       + QStringList {QStringLiteral("render"), rails, QStringLiteral("--locale"),
                                      QStringLiteral("ru"), QStringLiteral("--preview")})
              .exitCode
          == 0);
    CHECK(Test::runCli(db + QStringList {QStringLiteral("render"), glaciers}).exitCode == 2);
    CHECK(Test::runCli(db
                       + QStringList {QStringLiteral("render"), glaciers,
                                      QStringLiteral("--locale"), QStringLiteral("ru"),
                                      QStringLiteral("--theme"), QStringLiteral("sepia")})
              .exitCode
          == 2);
}

TEST_CASE("export-site writes the live pages, listings, feeds and sitemap, and swaps them in",
          "[site][export]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("export.sqlite")));
    const QString site = dir.path(QStringLiteral("site"));
    auto first = SiteExporter(*db).exportTo(site);
    REQUIRE_OK(first);
    CHECK(first->pages == 11); // every live article locale of the demo
    CHECK(first->feeds == 3);
    for (const char *file :
         {"/index.html", "/sitemap.xml", "/assets/byline.css", "/assets/byline.js",
          "/ru/index.html", "/hy/rss.xml", "/en/interviews/index.html",
          "/ru/ledniki-otstupayut/index.html", "/hy/search/index.html", "/en/search/index.json"}) {
        INFO(file);
        CHECK(QFileInfo::exists(site + QLatin1String(file)));
    }
    CHECK_FALSE(QFileInfo::exists(
        site + QStringLiteral("/hy/what-the-falling-reservoir-revealed/index.html")));
    for (const char *file : {"/sitemap.xml", "/ru/rss.xml", "/en/rss.xml", "/hy/rss.xml"}) {
        INFO(file);
        QXmlStreamReader xml(Test::readFile(site + QLatin1String(file)));
        while (!xml.atEnd())
            xml.readNext();
        CHECK_FALSE(xml.hasError());
    }
    // The search page works from the site's own files: its index is valid JSON.
    const QJsonDocument searchIndex
        = QJsonDocument::fromJson(Test::readFile(site + QStringLiteral("/ru/search/index.json")));
    CHECK(searchIndex.isArray());
    const QByteArray sitemap = Test::readFile(site + QStringLiteral("/sitemap.xml"));
    CHECK(sitemap.contains("hreflang=\"x-default\""));
    CHECK(sitemap.count("<url>") == 22); // 11 article pages, 3 homes, 5 sections, 3 searches

    // Unpublished, it disappears from the next export; the folder is swapped whole.
    const QString page = site + QStringLiteral("/ru/ledniki-otstupayut/index.html");
    REQUIRE_OK(WorkflowService(*db).act(
        {glaciers, Action::Unpublish, QStringLiteral("samvel.harutyunyan"), {}, {}, {}}));
    auto second = SiteExporter(*db).exportTo(site);
    REQUIRE_OK(second);
    CHECK(second->pages == 8);
    CHECK_FALSE(QFileInfo::exists(page));
    // No staging or old copy is left beside it, only the lock file.
    CHECK(QDir(dir.path(QString()))
              .entryList({QStringLiteral(".site*")}, QDir::AllEntries | QDir::Hidden)
          == QStringList {QStringLiteral(".site.lock")});

    // A folder with someone else's files is never replaced.
    const QString other = dir.path(QStringLiteral("documents"));
    QDir().mkpath(other);
    Test::writeFile(other + QStringLiteral("/letter.txt"), "keep me");
    auto refused = SiteExporter(*db).exportTo(other);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(Test::readFile(other + QStringLiteral("/letter.txt")) == "keep me");
}

TEST_CASE("export-site into a symlink writes into the folder it points to and deletes nothing else",
          "[site][export][reliability]")
{
    // The usual deployment: current -> releases/X. Exporting into `current` once emptied the
    // folder the link pointed to, files Byline never wrote included, and left a dangling link.
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("link.sqlite")));
    const QString release = dir.path(QStringLiteral("other/release1"));
    REQUIRE_OK(SiteExporter(*db).exportTo(release));
    Test::writeFile(dir.path(QStringLiteral("other/keep.txt")), "beside the release");
    QDir().mkpath(dir.path(QStringLiteral("sl")));
    const QString link = dir.path(QStringLiteral("sl/current"));
    REQUIRE(QFile::link(QStringLiteral("../other/release1"), link));

    auto exported = SiteExporter(*db).exportTo(link);
    REQUIRE_OK(exported);
    CHECK(exported->pages == 11);
    // The link is still a link to the release, which holds the new site.
    CHECK(QFileInfo(link).isSymLink());
    CHECK(QFileInfo(link).canonicalFilePath() == QFileInfo(release).canonicalFilePath());
    CHECK(QFileInfo::exists(release + QStringLiteral("/ru/index.html")));
    CHECK(QFileInfo::exists(link + QStringLiteral("/sitemap.xml")));
    CHECK(Test::readFile(dir.path(QStringLiteral("other/keep.txt"))) == "beside the release");
    // Nothing of the export is left beside the link or the release.
    for (const char *folder : {"sl", "other"}) {
        INFO(folder);
        CHECK(QDir(dir.path(QLatin1String(folder)))
                  .entryList({QStringLiteral(".*staging*")},
                             QDir::AllEntries | QDir::Hidden | QDir::System)
                  .isEmpty());
    }

    SECTION("a link that points nowhere is refused, and nothing is written")
    {
        const QString dangling = dir.path(QStringLiteral("sl/gone"));
        REQUIRE(QFile::link(QStringLiteral("../other/nothing-here"), dangling));
        auto refused = SiteExporter(*db).exportTo(dangling);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::Io);
        CHECK(refused.error().message.contains(QStringLiteral("points")));
        CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("other/nothing-here"))));
    }
}

TEST_CASE("export-site removes the staging folders of exports that were killed, and only those",
          "[site][export][reliability]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("stale.sqlite")));
    // A process id no process has now (the kernel's limit is below 2^22), and one that runs.
    const QString dead = dir.path(QStringLiteral(".site.staging-4194304"));
    const QString deadOld = dir.path(QStringLiteral(".site.staging-4194304.old"));
    const QString alive = dir.path(QStringLiteral(".site.staging-1"));
    for (const QString &folder : {dead, deadOld, alive}) {
        QDir().mkpath(folder + QStringLiteral("/ru"));
        Test::writeFile(folder + QStringLiteral("/ru/index.html"), "half written");
    }
    Test::writeFile(dir.path(QStringLiteral(".site.staging-notes.txt")), "not ours");

    REQUIRE_OK(SiteExporter(*db).exportTo(dir.path(QStringLiteral("site"))));
    CHECK_FALSE(QFileInfo::exists(dead));
    CHECK_FALSE(QFileInfo::exists(deadOld));
    CHECK(QFileInfo::exists(alive + QStringLiteral("/ru/index.html"))); // pid 1 still runs
    CHECK(QFileInfo::exists(dir.path(QStringLiteral(".site.staging-notes.txt"))));
}

TEST_CASE("export-site --changed-only keeps every page when run again in another process",
          "[site][export]")
{
    // Each process orders a QHash by its own random seed: the newsroom's signature (experts,
    // quotes, people's names) must not depend on it, or every export rewrites every page.
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("seeds.sqlite")));
    const QString site = dir.path(QStringLiteral("site"));
    QHashSeed::setDeterministicGlobalSeed();
    REQUIRE_OK(SiteExporter(*db).exportTo(site));
    SiteExporter::Options changedOnly;
    changedOnly.changedOnly = true;
    for (int run = 0; run < 5; ++run) {
        QHashSeed::resetRandomGlobalSeed(); // as a new process would have
        auto again = SiteExporter(*db).exportTo(site, changedOnly);
        REQUIRE_OK(again);
        CHECK(again->pages == 0);
        CHECK(again->kept == 11);
    }
}

TEST_CASE("export-site --changed-only rewrites only the pages whose article changed",
          "[site][export]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("changed.sqlite")));
    const QString site = dir.path(QStringLiteral("site"));
    REQUIRE_OK(SiteExporter(*db).exportTo(site));
    SiteExporter::Options changedOnly;
    changedOnly.changedOnly = true;
    auto same = SiteExporter(*db).exportTo(site, changedOnly);
    REQUIRE_OK(same);
    CHECK(same->pages == 0);
    CHECK(same->kept == 11);

    auto found = Storage::ArticleRepository(*db).find(glaciers);
    REQUIRE_OK(found);
    Article a = **found;
    a.translation(u"ru")->lead += QStringLiteral(" Дополнение редакции.");
    REQUIRE_OK(Storage::ArticleRepository(*db).save(a, QStringLiteral("samvel.harutyunyan")));
    auto one = SiteExporter(*db).exportTo(site, changedOnly);
    REQUIRE_OK(one);
    CHECK(one->pages == 3); // the article's three languages (one version for all)
    CHECK(one->kept == 8);
    CHECK(Test::readFile(site + QStringLiteral("/ru/ledniki-otstupayut/index.html"))
              .contains("Дополнение редакции."));
    // Without --changed-only everything is written again, the same bytes.
    const QByteArray before
        = Test::readFile(site + QStringLiteral("/en/an-early-harvest/index.html"));
    auto all = SiteExporter(*db).exportTo(site);
    REQUIRE_OK(all);
    CHECK(all->pages == 11);
    CHECK(Test::readFile(site + QStringLiteral("/en/an-early-harvest/index.html")) == before);
}

namespace {

// The file's identity on disk: the same number after an export means it was not touched.
quint64 inode(const QString &path)
{
    struct stat st
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return quint64(st.st_ino);
}

// Every file under `folder` with its bytes, for "nothing changed" checks.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        files.insert(file.mid(folder.size()), Test::readFile(file));
    }
    return files;
}

} // namespace

TEST_CASE("export-site --changed-only writes in place: the changed pages, the listings, and "
          "removes what went",
          "[site][export][inplace]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("inplace.sqlite")));
    const QString site = dir.path(QStringLiteral("site"));
    REQUIRE_OK(SiteExporter(*db).exportTo(site));
    const QString kept = site + QStringLiteral("/en/an-early-harvest/index.html");
    const QString edited = site + QStringLiteral("/ru/ledniki-otstupayut/index.html");
    const quint64 folderBefore = inode(site);
    const quint64 keptBefore = inode(kept);
    const quint64 editedBefore = inode(edited);

    auto found = Storage::ArticleRepository(*db).find(glaciers);
    REQUIRE_OK(found);
    Article a = **found;
    a.translation(u"ru")->lead += QStringLiteral(" Дополнение редакции.");
    REQUIRE_OK(Storage::ArticleRepository(*db).save(a, QStringLiteral("samvel.harutyunyan")));
    SiteExporter::Options changedOnly;
    changedOnly.changedOnly = true;
    auto one = SiteExporter(*db).exportTo(site, changedOnly);
    REQUIRE_OK(one);
    CHECK(one->pages == 3);
    CHECK(one->kept == 8);
    // The same folder, the untouched page the same file, the edited one a new file in its place.
    CHECK(inode(site) == folderBefore);
    CHECK(inode(kept) == keptBefore);
    CHECK(inode(edited) != editedBefore);
    CHECK(Test::readFile(edited).contains("Дополнение редакции."));
    CHECK(Test::readFile(site + QStringLiteral("/ru/search/index.json"))
              .contains("Дополнение редакции."));
    // No temporary file and no staging folder is left (the lock file stays beside the site).
    CHECK_FALSE(QFileInfo::exists(site + QStringLiteral("/.byline-new")));
    CHECK(QDir(dir.path(QString()))
              .entryList({QStringLiteral(".site*")}, QDir::AllEntries | QDir::Hidden)
          == QStringList {QStringLiteral(".site.lock")});

    // Unpublished: its pages go, and so does every link to them.
    REQUIRE_OK(WorkflowService(*db).act(
        {glaciers, Action::Unpublish, QStringLiteral("samvel.harutyunyan"), {}, {}, {}}));
    auto gone = SiteExporter(*db).exportTo(site, changedOnly);
    REQUIRE_OK(gone);
    CHECK(gone->removed == 3);
    CHECK_FALSE(QFileInfo::exists(edited));
    CHECK_FALSE(QFileInfo::exists(site + QStringLiteral("/ru/ledniki-otstupayut")));
    CHECK_FALSE(Test::readFile(site + QStringLiteral("/ru/index.html")).contains("ledniki"));
    CHECK_FALSE(Test::readFile(site + QStringLiteral("/sitemap.xml")).contains("ledniki"));
    CHECK(inode(site) == folderBefore);

    // The last article of a section in two languages goes: so do those sections' pages.
    REQUIRE(QFileInfo::exists(site + QStringLiteral("/en/analysis/index.html")));
    REQUIRE_OK(WorkflowService(*db).act(
        {reservoir, Action::Unpublish, QStringLiteral("samvel.harutyunyan"), {}, {}, {}}));
    REQUIRE_OK(SiteExporter(*db).exportTo(site, changedOnly));
    CHECK_FALSE(QFileInfo::exists(site + QStringLiteral("/en/analysis")));
    CHECK_FALSE(QFileInfo::exists(site + QStringLiteral("/ru/analysis")));

    // The result is what a full export writes.
    const QString full = dir.path(QStringLiteral("full"));
    REQUIRE_OK(SiteExporter(*db).exportTo(full));
    CHECK(snapshot(site) == snapshot(full));

    // --atomic: a new site swapped in whole.
    SiteExporter::Options atomic = changedOnly;
    atomic.atomic = true;
    REQUIRE_OK(SiteExporter(*db).exportTo(site, atomic));
    CHECK(inode(site) != folderBefore);
}

TEST_CASE("export-site --changed-only that cannot write leaves the site as it was",
          "[site][export][inplace][reliability]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("failing.sqlite")));
    const QString site = dir.path(QStringLiteral("site"));
    REQUIRE_OK(SiteExporter(*db).exportTo(site));
    auto found = Storage::ArticleRepository(*db).find(glaciers);
    REQUIRE_OK(found);
    Article a = **found;
    a.translation(u"en")->title = QStringLiteral("Glaciers, revised");
    REQUIRE_OK(Storage::ArticleRepository(*db).save(a, QStringLiteral("samvel.harutyunyan")));

    // The disk fills halfway through: at the English home, after the article's pages.
    const auto before = snapshot(site);
    SiteExporter::Options changedOnly;
    changedOnly.changedOnly = true;
    SiteExporter::Options full = changedOnly;
    full.failWrite = [](const QString &path) {
        return path.endsWith(QLatin1String("/en/index.html"));
    };
    auto failed = SiteExporter(*db).exportTo(site, full);
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().message.contains(QLatin1String("is full")));
    CHECK(snapshot(site) == before); // every file as it was, no temporary one left
    CHECK_FALSE(QFileInfo::exists(site + QStringLiteral("/.byline-new")));

    // Another export at the same time is turned away, not mixed in.
    const int fd = ::open(QFile::encodeName(dir.path(QStringLiteral(".site.lock"))).constData(),
                          O_RDWR | O_CREAT, 0644);
    REQUIRE(::flock(fd, LOCK_EX) == 0);
    auto busy = SiteExporter(*db).exportTo(site, changedOnly);
    ::close(fd);
    REQUIRE_FALSE(busy.has_value());
    CHECK(busy.error().code == ErrorCode::Conflict);

    auto done = SiteExporter(*db).exportTo(site, changedOnly);
    REQUIRE_OK(done);
    CHECK(Test::readFile(site + QStringLiteral("/en/index.html")).contains("Glaciers, revised"));
}

TEST_CASE("the feeds name each article's authors in the feed's language, and a new spelling "
          "reaches every page",
          "[site][export][names]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("feeds.sqlite")));
    const QString site = dir.path(QStringLiteral("site"));
    REQUIRE_OK(SiteExporter(*db).exportTo(site));
    const QString ru = QString::fromUtf8(Test::readFile(site + QStringLiteral("/ru/rss.xml")));
    CHECK(ru.contains(QStringLiteral("<dc:creator>Том Рид, Ани Акопян</dc:creator>")));
    CHECK(Test::readFile(site + QStringLiteral("/en/rss.xml"))
              .contains("<dc:creator>Tom Reid, Ani Hakobyan</dc:creator>"));

    // Respelled in Russian: --changed-only rewrites the pages that show the name.
    User tom = *Storage::UserRepository(*db).require(QStringLiteral("tom.reid"));
    tom.names.insert(QStringLiteral("ru"), QStringLiteral("Томас Рид"));
    REQUIRE_OK(Storage::UserRepository(*db).upsert(tom));
    SiteExporter::Options changedOnly;
    changedOnly.changedOnly = true;
    REQUIRE_OK(SiteExporter(*db).exportTo(site, changedOnly));
    CHECK(Test::readFile(site
                         + QStringLiteral("/ru/chto-otkrylo-obmelevshee-vodokhranilishche/"
                                          "index.html"))
              .contains(QStringLiteral("Томас Рид").toUtf8()));
    CHECK(Test::readFile(site + QStringLiteral("/ru/rss.xml"))
              .contains(QStringLiteral("<dc:creator>Томас Рид").toUtf8()));
}
