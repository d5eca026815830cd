// The published page (core/site/PageRenderer) from a PageData made of the fuzzer's bytes:
// whatever the newsroom, the article, its quotes and its links say, the page runs nothing the
// template did not write and shows every text escaped (tests/fuzz/HtmlCheck).
#include "core/site/PageRenderer.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/HtmlCheck.h"

#include <QJsonValue>

#include <fuzzer/FuzzedDataProvider.h>

using namespace Byline;

namespace {

QString text(FuzzedDataProvider &in, size_t max = 64)
{
    return QString::fromStdString(in.ConsumeRandomLengthString(max));
}

// An address, often behind a scheme a hostile link would use.
QString url(FuzzedDataProvider &in)
{
    static const char *const starts[] = {"",
                                         "https://",
                                         "http://",
                                         "/",
                                         "//",
                                         "mailto:",
                                         "javascript:",
                                         "JaVaScRiPt:",
                                         " javascript:",
                                         "java\tscript:",
                                         "data:text/html,",
                                         "vbscript:",
                                         "#",
                                         "\x01https://"};
    const char *start = starts[in.ConsumeIntegralInRange<size_t>(0, std::size(starts) - 1)];
    return QString::fromUtf8(start) + text(in);
}

QList<PageData::Link> links(FuzzedDataProvider &in)
{
    QList<PageData::Link> list;
    for (int n = in.ConsumeIntegralInRange(0, 3); n > 0; --n)
        list.append({text(in), url(in), text(in, 8), in.ConsumeBool()});
    return list;
}

const char *const siteStrings[]
    = {"language_label", "search_prompt",   "search_button",   "day_theme",   "night_theme",
       "follow_us",      "apps_prompt",     "skip_to_content", "text_larger", "text_smaller",
       "minutes_read",   "views",           "share_prompt",    "copy_link",   "print",
       "link_copied",    "more_in_section", "reuse_notice",    "copyright",   "back_to_top",
       "no_results"};

PageData page(FuzzedDataProvider &in)
{
    static const char *const locales[] = {"ru", "en", "hy"};
    static const char *const zones[] = {"Asia/Yerevan", "Europe/Moscow", "UTC", ""};
    PageData p;
    p.locale = in.ConsumeBool() ? QString::fromLatin1(locales[in.ConsumeIntegralInRange(0, 2)])
                                : text(in, 8);
    for (const char *key : siteStrings) {
        if (in.ConsumeBool())
            p.strings.insert(QString::fromLatin1(key), text(in));
    }
    p.newsroomName = text(in);
    p.siteUrl = url(in);
    p.canonicalUrl = url(in);
    p.xDefaultUrl = url(in);
    p.alternates = links(in);
    p.social = links(in);
    p.apps = links(in);
    p.searchUrl = url(in);
    p.sectionName = text(in);
    p.sectionDescription = text(in);
    p.sectionUrl = url(in);
    p.title = text(in);
    p.lead = text(in);
    p.description = text(in);
    p.seoTitle = in.ConsumeBool() ? text(in) : QString();
    for (int n = in.ConsumeIntegralInRange(0, 3); n > 0; --n)
        p.authors.append(text(in));
    // Years 1 to 9999 either side of the epoch, as a store may hold them.
    p.publishedAt = QDateTime::fromSecsSinceEpoch(
        in.ConsumeIntegralInRange<qint64>(-62135596800LL, 253402300799LL), Qt::UTC);
    p.modifiedAt = p.publishedAt.addSecs(in.ConsumeIntegralInRange(0, 1000000));
    p.timeZone = in.ConsumeBool() ? QString::fromLatin1(zones[in.ConsumeIntegralInRange(0, 3)])
                                  : text(in, 16);
    for (int n = in.ConsumeIntegralInRange(0, 6); n > 0; --n) {
        PageData::Body b;
        b.type = BlockType(in.ConsumeIntegralInRange(0, 3));
        b.text = text(in, 200);
        if (b.type == BlockType::Quote) {
            b.expertName = text(in);
            b.expertRole = text(in);
            b.expertCountry = text(in);
            b.context = text(in);
        }
        p.body.append(b);
    }
    if (in.ConsumeBool())
        p.views = in.ConsumeIntegral<qint64>();
    p.more = links(in);
    p.readingMinutes = in.ConsumeIntegral<int>();
    return p;
}

void checkPage(const PageData &p, const QString &html, bool listing, const QString &heading)
{
    using namespace Fuzz;
    const HtmlCheck::Report report = HtmlCheck::check(html);
    if (!report.problem.isEmpty())
        broken("the page runs nothing and escapes everything", report.problem);
    if (report.scripts != (listing ? 1 : 2))
        broken("the page has only the template's scripts", html);
    const QString title = listing ? heading : (p.seoTitle.isEmpty() ? p.title : p.seoTitle);
    // "Headline — Newsroom", or the newsroom's name once where the headline is it or is empty.
    const QString expected = title.isEmpty() || title == p.newsroomName
        ? p.newsroomName
        : title + u" — " + p.newsroomName;
    if (report.title != HtmlCheck::withoutControls(expected))
        broken("<title> shows the title as written", report.title);
    if (report.heading != HtmlCheck::withoutControls(heading))
        broken("<h1> shows the headline as written", report.heading);
    if (listing)
        return;
    if (report.jsonLd.value(u"headline").toString() != p.title
        || report.jsonLd.value(u"description").toString() != p.description
        || report.jsonLd.value(u"inLanguage").toString() != p.locale)
        broken("the JSON-LD carries the texts as written", html);
    // Markup comes only from the paragraphs' own marks.
    bool stars = false;
    bool targets = false;
    for (const PageData::Body &b : p.body) {
        if (b.type == BlockType::Paragraph) {
            stars = stars || b.text.contains(u'*');
            targets = targets || b.text.contains(u"](");
        }
    }
    if ((!stars && report.marks > 0) || (!targets && report.bodyLinks > 0))
        broken("bold, italic and links come from the paragraphs' marks only", html);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    PageRenderer::Options options;
    options.dark = in.ConsumeBool();
    options.textSize = in.ConsumeIntegralInRange(-3, 3);
    const PageData p = page(in);
    checkPage(p, PageRenderer::render(p, options), false, p.title);

    const QString heading = text(in);
    const QString description = text(in);
    const QList<PageData::Link> items = links(in);
    const QString searchIndex = in.ConsumeBool() ? url(in) : QString();
    checkPage(p, PageRenderer::renderListing(p, heading, description, items, options, searchIndex),
              true, heading);
    return 0;
}
