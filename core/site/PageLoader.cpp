#include "core/site/PageLoader.h"

#include "core/site/SiteIcon.h"
#include "core/site/SiteLinks.h"
#include "core/storage/ArticleLists.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/ExpertRepository.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/QuoteRepository.h"
#include "core/storage/SectionRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/UserRepository.h"

#include <QObject>

namespace Byline::PageLoader {
namespace {

// Words: runs of letters and digits (marks such as ** are not words).
int wordCount(QStringView text)
{
    int n = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++n;
        inWord = letter;
    }
    return n;
}

} // namespace

QString articlePath(const QString &locale, const QString &slug, const QString &uid)
{
    return QStringLiteral("/%1/%2/").arg(locale, slug.trimmed().isEmpty() ? uid : slug);
}

Result<Newsroom> newsroom(Storage::Database &db)
{
    auto settings = Storage::SettingsRepository(db).settings();
    auto strings = Storage::SettingsRepository(db).siteStrings();
    auto locales = Storage::LocaleRepository(db).all();
    auto sections = Storage::SectionRepository(db).all();
    auto users = Storage::UserRepository(db).all();
    auto experts = Storage::ExpertRepository(db).all();
    auto quotes = Storage::QuoteRepository(db).all();
    for (const Error *e :
         {settings ? nullptr : &settings.error(), strings ? nullptr : &strings.error(),
          locales ? nullptr : &locales.error(), sections ? nullptr : &sections.error(),
          users ? nullptr : &users.error(), experts ? nullptr : &experts.error(),
          quotes ? nullptr : &quotes.error()}) {
        if (e)
            return std::unexpected(*e);
    }
    Newsroom n;
    n.settings = *settings;
    n.strings = *strings;
    n.locales = *locales;
    n.sections = *sections;
    for (const User &u : std::as_const(*users)) {
        n.displayNames.insert(u.name, u.displayName);
        if (!u.names.isEmpty())
            n.localNames.insert(u.name, u.names);
    }
    for (const Expert &e : std::as_const(*experts))
        n.experts.insert(e.uid, e);
    for (const Quote &q : std::as_const(*quotes))
        n.quotes.insert(q.uid, q);
    return n;
}

QString authorName(const Newsroom &newsroom, const QString &login, const QString &locale)
{
    QString shown = newsroom.localNames.value(login).value(locale);
    if (shown.isEmpty())
        shown = newsroom.displayNames.value(login);
    return shown.isEmpty() ? login : shown;
}

Result<PageData> load(Storage::Database &db, const QString &articleUid, const QString &locale,
                      Mode mode, const QString &baseUrl)
{
    auto found = Storage::ArticleRepository(db).find(articleUid);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, QObject::tr("There is no article %1.").arg(articleUid));
    auto shared = newsroom(db);
    if (!shared)
        return std::unexpected(shared.error());
    return build(db, *shared, **found, locale, mode, baseUrl);
}

Result<PageData> build(Storage::Database &db, const Newsroom &newsroom, const Article &a,
                       const QString &locale, Mode mode, const QString &baseUrl,
                       const MoreArticles &more)
{
    const QString articleUid = a.uid;
    const Translation *t = a.translation(locale);
    if (!t) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("The article %1 has no %2 translation.").arg(articleUid, locale));
    }
    auto live = [&](const Translation &tr) {
        return a.state == WorkflowState::Published && tr.publishedAt.has_value();
    };
    if (mode == Mode::Published && !live(*t)) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("The %1 page of %2 is not on the site (the article or this "
                                "translation is not published).")
                        .arg(locale, articleUid));
    }
    const auto *settings = &newsroom.settings;
    const auto *strings = &newsroom.strings;
    const auto *locales = &newsroom.locales;
    const auto *sections = &newsroom.sections;

    PageData page;
    page.locale = locale;
    page.strings = strings->value(locale);
    page.newsroomName = page.strings.value(QStringLiteral("newsroom_name"));
    page.siteUrl = baseUrl.isEmpty() ? settings->value(QStringLiteral("base_url")) : baseUrl;
    while (page.siteUrl.endsWith(QLatin1Char('/')))
        page.siteUrl.chop(1);
    page.timeZone = settings->value(QStringLiteral("time_zone"));
    page.canonicalUrl = page.siteUrl + articlePath(locale, t->slug, a.uid);
    page.searchUrl = page.siteUrl + QStringLiteral("/%1/search/").arg(locale);
    // Byline's icon has both forms; a newsroom's own may be a PNG alone (SiteIcon).
    page.vectorIcon = settings->value(SiteIcon::pngKey).isEmpty()
        || !settings->value(SiteIcon::svgKey).isEmpty();
    for (const Locale &l : std::as_const(*locales)) {
        const Translation *other = a.translation(l.code);
        if (!other || (mode == Mode::Published && !live(*other)))
            continue;
        page.alternates.append({l.label, page.siteUrl + articlePath(l.code, other->slug, a.uid),
                                l.code, l.code == locale});
    }
    const QString defaultLocale = settings->value(QStringLiteral("default_locale"));
    for (const QString &preferred : {defaultLocale, a.sourceLocale}) {
        for (const PageData::Link &alt : std::as_const(page.alternates)) {
            if (page.xDefaultUrl.isEmpty() && alt.lang == preferred)
                page.xDefaultUrl = alt.url;
        }
    }
    for (const SiteLinks::Link &link : SiteLinks::all) {
        const QString url = settings->value(link.key);
        if (!url.isEmpty())
            (link.app ? page.apps : page.social).append({link.label, url, {}, false, link.icon});
    }

    for (const Section &s : std::as_const(*sections)) {
        if (s.uid != a.sectionUid)
            continue;
        page.sectionName = s.texts.value(locale).name;
        page.sectionDescription = s.texts.value(locale).description;
        page.sectionUrl = page.siteUrl + QStringLiteral("/%1/%2/").arg(locale, s.slug);
    }
    page.title = t->title;
    page.lead = t->lead;
    page.seoTitle = t->seoTitle;
    page.description = t->seoDescription.isEmpty() ? t->lead : t->seoDescription;
    for (const QString &name : a.authors)
        page.authors.append(authorName(newsroom, name, locale));
    page.publishedAt
        = (t->publishedAt ? *t->publishedAt : a.publishedAt.value_or(a.updatedAt)).toUTC();
    // A translation approved or scheduled after its last edit went live later than that edit:
    // a page is never modified before it was published.
    page.modifiedAt = qMax(a.updatedAt.toUTC(), page.publishedAt);
    page.views = a.viewCount;

    int words = wordCount(t->title) + wordCount(t->lead);
    for (const Block &b : t->blocks) {
        PageData::Body body;
        body.type = b.type;
        if (b.type == BlockType::Quote) {
            const auto q = newsroom.quotes.constFind(b.quoteUid);
            if (q != newsroom.quotes.cend()) {
                body.text = q->textIn(locale);
                body.context = q->contexts.value(locale);
                const ExpertName n = newsroom.experts.value(q->expertUid).names.value(locale);
                body.expertName = n.name;
                body.expertRole = n.role;
                body.expertCountry = n.country;
            }
        } else {
            body.text = b.text;
        }
        words += wordCount(body.text);
        page.body.append(body);
    }
    page.readingMinutes = qMax(1, (words + 199) / 200);

    // More of the section: its newest other articles on the site in this locale.
    if (more) {
        page.more = more(a, locale);
        return page;
    }
    Storage::ArticleRepository articles(db);
    Storage::ArticleQuery query;
    query.state = WorkflowState::Published;
    query.locale = locale;
    query.sectionUid = a.sectionUid;
    query.sort = Storage::ArticleSort::Published;
    query.limit = 8;
    auto others = Storage::ArticleLists(db).summaries(query);
    if (!others)
        return std::unexpected(others.error());
    for (const ArticleSummary &s : std::as_const(*others)) {
        if (s.uid == a.uid || page.more.size() >= 5)
            continue;
        auto other = articles.find(s.uid);
        if (!other)
            return std::unexpected(other.error());
        const Translation *ot = *other ? (*other)->translation(locale) : nullptr;
        if (!ot || !ot->publishedAt)
            continue;
        page.more.append(
            {ot->title, page.siteUrl + articlePath(locale, ot->slug, s.uid), locale, false});
    }
    return page;
}

} // namespace Byline::PageLoader
