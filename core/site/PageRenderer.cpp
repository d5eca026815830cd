#include "core/site/PageRenderer.h"

#include "core/site/Html.h"
#include "core/site/InlineMarkup.h"
#include "core/site/Typography.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace Byline::PageRenderer {
namespace {

using Html::escape;

// A URL for href, src, action or a URL-valued meta tag: only an allowed one, escaped; "#"
// otherwise (a link to nowhere rather than to a script).
QString url(const QString &target)
{
    const QString safe = Html::safeUrl(target);
    return safe.isEmpty() ? QStringLiteral("#") : escape(safe);
}

// A site string with its {placeholders} filled, escaped for HTML.
QString text(const PageData &page, const char *key,
             const QList<std::pair<const char *, QString>> &values = {})
{
    QString s = page.strings.value(QString::fromLatin1(key));
    for (const auto &[name, value] : values)
        s.replace(QLatin1Char('{') + QLatin1String(name) + QLatin1Char('}'), value);
    return escape(s);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString ogLocale(const QString &code)
{
    const QString name = QLocale(code).name(); // "ru_RU", "hy_AM", "en_US"
    return name == QLatin1String("C") ? code : name;
}

// An icon drawn in the text's colour, hidden from screen readers (the link's words name it).
QString icon(const QString &shapes, const QString &cssClass = QStringLiteral("icon"))
{
    return QStringLiteral("<svg class=\"%2\" viewBox=\"0 0 24 24\" width=\"24\" height=\"24\" "
                          "fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" "
                          "stroke-linecap=\"round\" stroke-linejoin=\"round\" "
                          "aria-hidden=\"true\" focusable=\"false\">%1</svg>")
        .arg(shapes, cssClass);
}

// A list of links. Those with an icon show it, with their name beside it for screen readers
// and, where `named`, for everyone.
// Headlines (`locale` given) are set as the page sets text (Typography).
QString links(const QList<PageData::Link> &list, const QString &cssClass, bool named = true,
              const QString &locale = {})
{
    QString out;
    for (const PageData::Link &l : list) {
        const QString url = Html::safeUrl(l.url);
        if (url.isEmpty())
            continue;
        if (l.icon.isEmpty()) {
            out += QStringLiteral("<li><a class=\"%1\" href=\"%2\" rel=\"noopener\">%3</a></li>")
                       .arg(cssClass, escape(url),
                            escape(locale.isEmpty() ? l.label : Typography::fix(l.label, locale)));
            continue;
        }
        out += QStringLiteral("<li><a class=\"%1\" href=\"%2\" rel=\"noopener\" title=\"%3\">%4"
                              "<span class=\"%5\">%3</span></a></li>")
                   .arg(cssClass, escape(url), escape(l.label), icon(l.icon),
                        named ? QStringLiteral("name") : QStringLiteral("visually-hidden"));
    }
    return out;
}

// The site's icon in every page's head.
QString iconLinks(const PageData &page, const Options &options)
{
    QString h;
    if (page.vectorIcon) {
        h += QStringLiteral("<link rel=\"icon\" href=\"%1/icon.svg\" type=\"image/svg+xml\">\n")
                 .arg(escape(options.assets));
    }
    h += QStringLiteral("<link rel=\"icon\" href=\"%1/icon.png\" type=\"image/png\">\n"
                        "<link rel=\"apple-touch-icon\" href=\"%1/icon.png\">\n")
             .arg(escape(options.assets));
    return h;
}

QString head(const PageData &page, const Options &options)
{
    const QString title = page.seoTitle.isEmpty() ? page.title : page.seoTitle;
    QString h;
    h += QStringLiteral(
        "<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // No inline script or style anywhere: the policy can forbid them.
    h += QStringLiteral(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'self'; script-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'\">\n");
    // "Glaciers — Highland Dispatch", and the home page's "Highland Dispatch" once.
    if (title.isEmpty() || title == page.newsroomName)
        h += QStringLiteral("<title>%1</title>\n").arg(escape(page.newsroomName));
    else
        h += QStringLiteral("<title>%1 — %2</title>\n")
                 .arg(escape(title), escape(page.newsroomName));
    h += QStringLiteral("<meta name=\"description\" content=\"%1\">\n")
             .arg(escape(page.description));
    h += QStringLiteral("<link rel=\"canonical\" href=\"%1\">\n").arg(url(page.canonicalUrl));
    for (const PageData::Link &alt : page.alternates) {
        h += QStringLiteral("<link rel=\"alternate\" hreflang=\"%1\" href=\"%2\">\n")
                 .arg(escape(alt.lang), url(alt.url));
    }
    if (!page.xDefaultUrl.isEmpty()) {
        h += QStringLiteral("<link rel=\"alternate\" hreflang=\"x-default\" href=\"%1\">\n")
                 .arg(url(page.xDefaultUrl));
    }
    const QList<std::pair<const char *, QString>> og = {
        {"og:type", QStringLiteral("article")},
        {"og:title", title},
        {"og:description", page.description},
        {"og:url", Html::safeUrl(page.canonicalUrl)},
        {"og:site_name", page.newsroomName},
        {"og:locale", ogLocale(page.locale)},
        {"article:published_time", iso(page.publishedAt)},
        {"article:modified_time", iso(page.modifiedAt)},
        {"article:section", page.sectionName},
    };
    for (const auto &[property, value] : og) {
        h += QStringLiteral("<meta property=\"%1\" content=\"%2\">\n")
                 .arg(QLatin1String(property), escape(value));
    }
    for (const PageData::Link &alt : page.alternates) {
        if (!alt.current) {
            h += QStringLiteral("<meta property=\"og:locale:alternate\" content=\"%1\">\n")
                     .arg(escape(ogLocale(alt.lang)));
        }
    }
    h += QStringLiteral("<meta name=\"twitter:card\" content=\"summary\">\n"
                        "<meta name=\"twitter:title\" content=\"%1\">\n"
                        "<meta name=\"twitter:description\" content=\"%2\">\n")
             .arg(escape(title), escape(page.description));
    h += iconLinks(page, options);
    h += QStringLiteral("<link rel=\"stylesheet\" href=\"%1/byline.css\">\n")
             .arg(escape(options.assets));
    h += QStringLiteral("<script src=\"%1/byline.js\" defer></script>\n")
             .arg(escape(options.assets));

    QStringList authors;
    for (const QString &a : page.authors)
        authors.append(
            QStringLiteral("{\"@type\": \"Person\", \"name\": %1}").arg(Html::jsonString(a)));
    h += QStringLiteral(
             "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", "
             "\"@type\": \"NewsArticle\", \"headline\": %1, \"description\": %2, "
             "\"inLanguage\": %3, \"datePublished\": %4, \"dateModified\": %5, "
             "\"author\": [%6], \"publisher\": {\"@type\": \"Organization\", \"name\": %7}, "
             "\"mainEntityOfPage\": %8, \"articleSection\": %9}</script>\n")
             .arg(Html::jsonString(page.title), Html::jsonString(page.description),
                  Html::jsonString(page.locale), Html::jsonString(iso(page.publishedAt)),
                  Html::jsonString(iso(page.modifiedAt)), authors.join(QStringLiteral(", ")),
                  Html::jsonString(page.newsroomName), Html::jsonString(page.canonicalUrl),
                  Html::jsonString(page.sectionName));
    h += QStringLiteral("</head>\n");
    return h;
}

// The search field: in the top bar of every page, and in the search page's own content.
QString searchForm(const PageData &page, const QString &cssClass)
{
    return QStringLiteral("<form class=\"%4\" role=\"search\" action=\"%1\" method=\"get\">"
                          "<input type=\"search\" name=\"q\" placeholder=\"%2\" aria-label=\"%2\">"
                          "<button type=\"submit\">%3</button></form>\n")
        .arg(url(page.searchUrl), text(page, "search_prompt"), text(page, "search_button"),
             cssClass);
}

// `withSearch`: false on the search page, which has the field in its content.
QString topBar(const PageData &page, bool withSearch = true)
{
    QString b = QStringLiteral("<header class=\"top\">\n<div class=\"bar\">\n");
    b += QStringLiteral("<a class=\"brand\" href=\"%1\">%2</a>\n")
             .arg(url(page.siteUrl + QLatin1Char('/') + page.locale + QLatin1Char('/')),
                  escape(page.newsroomName));
    b += QStringLiteral("<nav class=\"languages\" aria-label=\"%1\"><ul>")
             .arg(text(page, "language_label"));
    for (const PageData::Link &l : page.alternates) {
        if (l.current) {
            b += QStringLiteral("<li><span lang=\"%1\" aria-current=\"page\">%2</span></li>")
                     .arg(escape(l.lang), escape(l.label));
        } else {
            b += QStringLiteral("<li><a lang=\"%1\" hreflang=\"%1\" href=\"%2\">%3</a></li>")
                     .arg(escape(l.lang), url(l.url), escape(l.label));
        }
    }
    b += QStringLiteral("</ul></nav>\n");
    if (withSearch)
        b += searchForm(page, QStringLiteral("search"));
    // On a phone the form folds into an icon that leads to the search page (which has its own
    // field), and the theme switch is an icon: the header stays one row.
    b += QStringLiteral(
             "<a class=\"search-icon\" href=\"%1\" aria-label=\"%2\" title=\"%2\">%3</a>\n")
             .arg(url(page.searchUrl), text(page, "search_button"),
                  icon(QStringLiteral("<circle cx=\"10.5\" cy=\"10.5\" r=\"6.5\"/>"
                                      "<path d=\"m15.5 15.5 5 5\"/>")));
    b += QStringLiteral("<button type=\"button\" class=\"theme needs-js\" data-day=\"%1\" "
                        "data-night=\"%2\" aria-label=\"%2\" title=\"%2\">%3%4</button>\n")
             .arg(text(page, "day_theme"), text(page, "night_theme"),
                  // The night's moon in the day theme, the day's sun in the night theme.
                  icon(QStringLiteral("<path d=\"M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 "
                                      "10.5z\"/>"),
                       QStringLiteral("icon moon")),
                  icon(QStringLiteral("<circle cx=\"12\" cy=\"12\" r=\"4\"/>"
                                      "<path d=\"M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22"
                                      "M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8"
                                      "M17.3 6.7l1.8-1.8\"/>"),
                       QStringLiteral("icon sun")));
    b += QStringLiteral("</div>\n<div class=\"links\">");
    if (!page.social.isEmpty()) {
        b += QStringLiteral("<nav class=\"social\" aria-label=\"%1\"><ul>%2</ul></nav>")
                 .arg(text(page, "follow_us"),
                      links(page.social, QStringLiteral("social-link"), false));
    }
    if (!page.apps.isEmpty()) {
        b += QStringLiteral("<nav class=\"apps\" aria-label=\"%1\"><ul>%2</ul></nav>")
                 .arg(text(page, "apps_prompt"),
                      links(page.apps, QStringLiteral("app-link"), false));
    }
    b += QStringLiteral("</div>\n</header>\n");
    return b;
}

QString bodyBlock(const PageData::Body &b, const QString &locale)
{
    const QString words = Typography::fix(b.text, locale);
    switch (b.type) {
    case BlockType::Paragraph:
        return QStringLiteral("<p>%1</p>\n").arg(InlineMarkup::toHtml(words));
    case BlockType::Heading:
        return QStringLiteral("<h2>%1</h2>\n").arg(escape(words));
    case BlockType::PullQuote:
        // A figure, not an aside: a landmark inside the article's main one confuses the
        // landmark lists screen readers offer.
        return QStringLiteral("<figure class=\"pullquote\"><p>%1</p></figure>\n")
            .arg(escape(words));
    case BlockType::Quote: {
        QStringList about;
        for (const QString *part : {&b.expertRole, &b.expertCountry}) {
            if (!part->trimmed().isEmpty())
                about.append(escape(*part));
        }
        QString q
            = QStringLiteral("<figure class=\"expert-quote\"><blockquote><p>%1</p></blockquote>"
                             "<figcaption><span class=\"expert\">%2</span>")
                  .arg(escape(words), escape(b.expertName));
        if (!about.isEmpty())
            q += QStringLiteral(", <span class=\"expert-about\">%1</span>")
                     .arg(about.join(QStringLiteral(", ")));
        q += QStringLiteral("</figcaption></figure>\n");
        return q;
    }
    }
    return {};
}

} // namespace

QString localDateTime(const QDateTime &utc, const QString &locale, const QString &timeZone)
{
    QTimeZone zone(timeZone.toUtf8());
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc.toUTC();
    const QLocale l(locale);
    // Month names in the form a date takes in each language (ноября, նոյեմբերի, November).
    const QString format = l.language() == QLocale::English ? QStringLiteral("MMMM d, yyyy, HH:mm")
                                                            : QStringLiteral("d MMMM yyyy, HH:mm");
    return l.toString(local, format);
}

QString renderListing(const PageData &chrome, const QString &heading, const QString &description,
                      const QList<PageData::Link> &items, const Options &options,
                      const QString &searchIndex)
{
    PageData page = chrome;
    page.title = heading;
    page.seoTitle = heading;
    page.description = description.isEmpty() ? heading : description;
    QString classes = options.dark ? QStringLiteral("theme-dark") : QStringLiteral("theme-light");
    classes += QStringLiteral(" text-%1").arg(qBound(-1, options.textSize, 2) + 1);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" class=\"%2\">\n")
                       .arg(escape(page.locale), classes);
    // A listing is not an article: the same head without the article's JSON-LD and dates.
    QString h = head(page, options);
    static const QRegularExpression article(
        QStringLiteral("<script type=\"application/ld\\+json\">.*?</script>\n"
                       "|<meta property=\"article:[^>]*>\n"),
        QRegularExpression::DotMatchesEverythingOption);
    h.remove(article);
    h.replace(QStringLiteral("content=\"article\""), QStringLiteral("content=\"website\""));
    html += h;
    html += QStringLiteral("<body>\n<a class=\"skip\" href=\"#content\">%1</a>\n")
                .arg(text(page, "skip_to_content"));
    html += topBar(page, searchIndex.isEmpty());
    html += QStringLiteral("<main id=\"content\">\n<h1>%1</h1>\n")
                .arg(escape(Typography::fix(heading, page.locale)));
    if (!searchIndex.isEmpty())
        html += searchForm(page, QStringLiteral("search search-page"));
    if (!description.isEmpty())
        html += QStringLiteral("<p class=\"lead\">%1</p>\n")
                    .arg(escape(Typography::fix(description, page.locale)));
    if (!searchIndex.isEmpty()) {
        // The site's search works from its own files: byline.js reads this index.
        html += QStringLiteral(
                    "<div class=\"search-results needs-js\" data-index=\"%1\" data-none=\"%2\" "
                    "aria-live=\"polite\"></div>\n")
                    .arg(url(searchIndex), text(page, "no_results"));
    }
    html += QStringLiteral("<section class=\"more\"><ul>%1</ul></section>\n</main>\n")
                .arg(links(items, QStringLiteral("more-link"), true, page.locale));
    html += QStringLiteral(
                "<footer class=\"site\"><p class=\"reuse\">%1</p><p class=\"copyright\">%2</p>"
                "<p><a href=\"#content\">%3</a></p></footer>\n</body>\n</html>\n")
                .arg(text(page, "reuse_notice", {{"site", page.siteUrl}}),
                     text(page, "copyright",
                          {{"year", QString::number(page.publishedAt.date().year())},
                           {"newsroom", page.newsroomName}}),
                     text(page, "back_to_top"));
    return html;
}

QString renderLanguageChoice(const PageData &chrome, const QList<PageData::Link> &languages,
                             const Options &options)
{
    // The site's own address for the canonical link; a path for the redirect and the list, so a
    // copy of the site served elsewhere (a staging server) keeps its readers there.
    const QString home = QLatin1Char('/') + chrome.locale + QLatin1Char('/');
    QString html
        = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" class=\"theme-light text-1\">\n"
                         "<head>\n<meta charset=\"utf-8\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, "
                         "initial-scale=1\">\n<title>%2</title>\n"
                         "<meta http-equiv=\"refresh\" content=\"0; url=%3\">\n"
                         "<link rel=\"canonical\" href=\"%4\">\n")
              .arg(escape(chrome.locale), escape(chrome.newsroomName), url(home),
                   url(chrome.siteUrl + home));
    html += iconLinks(chrome, options);
    html += QStringLiteral("<link rel=\"stylesheet\" href=\"%1/byline.css\">\n</head>\n<body>\n"
                           "<main id=\"content\" class=\"languages-choice\">\n<h1>%2</h1>\n<ul>")
                .arg(escape(options.assets), escape(chrome.newsroomName));
    for (const PageData::Link &l : languages) {
        html += QStringLiteral("<li><a lang=\"%1\" hreflang=\"%1\" href=\"%2\">%3</a></li>")
                    .arg(escape(l.lang), url(l.url), escape(l.label));
    }
    html += QStringLiteral("</ul>\n</main>\n</body>\n</html>\n");
    return html;
}

QString render(const PageData &page, const Options &options)
{
    QString classes = options.dark ? QStringLiteral("theme-dark") : QStringLiteral("theme-light");
    classes += QStringLiteral(" text-%1").arg(qBound(-1, options.textSize, 2) + 1);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" class=\"%2\">\n")
                       .arg(escape(page.locale), classes);
    html += head(page, options);
    html += QStringLiteral("<body>\n<a class=\"skip\" href=\"#content\">%1</a>\n")
                .arg(text(page, "skip_to_content"));
    html += topBar(page);
    html += QStringLiteral("<main id=\"content\">\n<article>\n<div class=\"kicker\">");
    html += QStringLiteral("<a class=\"section\" href=\"%1\">%2</a>")
                .arg(url(page.sectionUrl), escape(page.sectionName));
    html += QStringLiteral(
                "<span class=\"text-size needs-js\"><button type=\"button\" class=\"larger\" "
                "aria-label=\"A+ (%1)\" title=\"%1\">A+</button><button type=\"button\" "
                "class=\"smaller\" aria-label=\"A− (%2)\" title=\"%2\">A−</button></span></div>\n")
                .arg(text(page, "text_larger"), text(page, "text_smaller"));
    html += QStringLiteral("<h1>%1</h1>\n").arg(escape(Typography::fix(page.title, page.locale)));
    html += QStringLiteral("<p class=\"meta\"><time datetime=\"%1\">%2</time> · %3</p>\n")
                .arg(escape(iso(page.publishedAt)),
                     escape(localDateTime(page.publishedAt, page.locale, page.timeZone)),
                     text(page, "minutes_read", {{"n", QString::number(page.readingMinutes)}}));
    if (!page.lead.isEmpty()) {
        html += QStringLiteral("<p class=\"lead\">%1</p>\n")
                    .arg(escape(Typography::fix(page.lead, page.locale)));
    }
    html += QStringLiteral("<div class=\"body\">\n");
    for (const PageData::Body &b : page.body)
        html += bodyBlock(b, page.locale);
    html += QStringLiteral("</div>\n<footer class=\"signoff\"><p class=\"byline\">%1 · %2</p>")
                .arg(escape(page.authors.join(QStringLiteral(", "))), escape(page.newsroomName));
    if (page.views)
        html += QStringLiteral("<p class=\"views\">%1</p>")
                    .arg(text(page, "views", {{"n", QString::number(*page.views)}}));
    html += QStringLiteral("</footer>\n");

    // Share: links that work without a script; copy and print need one.
    const QString shared = Html::urlComponent(page.canonicalUrl);
    const QString title = Html::urlComponent(page.title);
    const QList<PageData::Link> shares = {
        {QStringLiteral("X"),
         QStringLiteral("https://x.com/intent/post?url=%1&text=%2").arg(shared, title),
         {},
         false},
        {QStringLiteral("Facebook"),
         QStringLiteral("https://www.facebook.com/sharer/sharer.php?u=%1").arg(shared),
         {},
         false},
        {QStringLiteral("Telegram"),
         QStringLiteral("https://t.me/share/url?url=%1&text=%2").arg(shared, title),
         {},
         false},
    };
    html += QStringLiteral(
                "<section class=\"share\" aria-label=\"%1\"><p>%1</p><ul>%2</ul>"
                "<button type=\"button\" class=\"copy needs-js\" data-url=\"%3\">%4</button>"
                "<button type=\"button\" class=\"print needs-js\">%5</button>"
                "<span class=\"copied\" role=\"status\" hidden>%6</span></section>\n")
                .arg(text(page, "share_prompt"), links(shares, QStringLiteral("share-link")),
                     url(page.canonicalUrl), text(page, "copy_link"), text(page, "print"),
                     text(page, "link_copied"));
    html += QStringLiteral("</article>\n");
    if (!page.social.isEmpty()) {
        html
            += QStringLiteral("<section class=\"follow\"><p>%1</p><ul>%2</ul></section>\n")
                   .arg(text(page, "follow_us"), links(page.social, QStringLiteral("social-link")));
    }
    html += QStringLiteral("<section class=\"more\"><h2>%1</h2>")
                .arg(text(page, "more_in_section", {{"section", page.sectionName}}));
    if (!page.sectionDescription.isEmpty())
        html += QStringLiteral("<p class=\"section-about\">%1</p>")
                    .arg(escape(page.sectionDescription));
    if (!page.more.isEmpty())
        html += QStringLiteral("<ul>%1</ul>")
                    .arg(links(page.more, QStringLiteral("more-link"), true, page.locale));
    html += QStringLiteral("</section>\n</main>\n");
    html += QStringLiteral(
                "<footer class=\"site\"><p class=\"reuse\">%1</p><p class=\"copyright\">%2</p>"
                "<p><a href=\"#content\">%3</a></p></footer>\n")
                .arg(text(page, "reuse_notice", {{"site", page.siteUrl}}),
                     text(page, "copyright",
                          {{"year", QString::number(page.publishedAt.date().year())},
                           {"newsroom", page.newsroomName}}),
                     text(page, "back_to_top"));
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace Byline::PageRenderer
