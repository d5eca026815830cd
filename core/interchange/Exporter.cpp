#include "core/interchange/Exporter.h"

#include "core/TimeFormat.h"
#include "core/interchange/ArticleCodec.h"
#include "core/interchange/JsonWriter.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/ExpertRepository.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/QuoteRepository.h"
#include "core/storage/ReadSnapshot.h"
#include "core/storage/SectionRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/UserRepository.h"

#include <QBuffer>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Byline::Interchange {
namespace {

// The keys of a per-locale map in the store's locale order, then any others by code.
template<class Map>
QStringList keysInLocaleOrder(const Map &map, const QStringList &order)
{
    QStringList keys;
    for (const QString &code : order) {
        if (map.contains(code))
            keys.append(code);
    }
    for (auto it = map.keyBegin(); it != map.keyEnd(); ++it) {
        if (!order.contains(*it))
            keys.append(*it);
    }
    return keys;
}

std::optional<QString> optionalText(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

std::optional<QString> optionalTime(const std::optional<QDateTime> &time)
{
    return time ? std::optional<QString>(formatUtc(*time)) : std::nullopt;
}

void writeArticle(JsonWriter &out, const Article &a)
{
    out.beginObject();
    out.field(u"uid", a.uid);
    out.field(u"section", a.sectionUid);
    out.field(u"source_locale", a.sourceLocale);
    out.field(u"status", workflowStateName(a.state));
    out.key(u"authors");
    out.stringList(a.authors);
    out.field(u"editor", optionalText(a.editor));
    out.field(u"created_at", formatUtc(a.createdAt));
    out.field(u"updated_at", formatUtc(a.updatedAt));
    out.field(u"scheduled_at", optionalTime(a.scheduledAt));
    out.field(u"published_at", optionalTime(a.publishedAt));
    out.field(u"version", a.version);
    out.field(u"view_count", a.viewCount);
    out.field(u"published_late_seconds", a.publishedLateSeconds);
    out.key(u"translations");
    ArticleCodec::writeTranslations(out, a.translations);
    out.key(u"revisions");
    out.beginArray();
    for (const Revision &r : a.revisions) {
        out.beginObject();
        out.field(u"number", r.number);
        out.field(u"created_at", formatUtc(r.createdAt));
        out.field(u"user", optionalText(r.user));
        out.field(u"kind", revisionKindName(r.kind));
        out.field(u"version", r.version);
        out.key(u"snapshot");
        ArticleCodec::writeTranslations(out, r.snapshot);
        out.endObject();
    }
    out.endArray();
    out.key(u"history");
    out.beginArray();
    for (const AuditEntry &e : a.history) {
        out.beginObject();
        out.field(u"at", formatUtc(e.at));
        out.field(u"user", optionalText(e.user));
        out.field(u"action", e.action);
        out.field(u"from", e.from);
        out.field(u"to", e.to);
        out.field(u"locale", optionalText(e.locale));
        out.field(u"comment", e.comment);
        out.endObject();
    }
    out.endArray();
    out.key(u"comments");
    out.beginArray();
    for (const Comment &c : a.comments) {
        out.beginObject();
        out.field(u"number", c.number);
        out.field(u"at", formatUtc(c.at));
        out.field(u"user", optionalText(c.user));
        out.field(u"locale", optionalText(c.locale));
        out.field(u"text", c.text);
        out.field(u"resolved_at", optionalTime(c.resolvedAt));
        out.field(u"resolved_by", optionalText(c.resolvedBy));
        out.endObject();
    }
    out.endArray();
    out.endObject();
}

} // namespace

Result<Document> Exporter::loadNewsroom(bool settings, bool withQuotes) const
{
    Document doc;
    auto locales = Storage::LocaleRepository(m_db).all();
    auto sections = Storage::SectionRepository(m_db).all();
    auto users = Storage::UserRepository(m_db).all();
    auto experts = Storage::ExpertRepository(m_db).all();
    auto quotes = withQuotes ? Storage::QuoteRepository(m_db).all() : Result<QList<Quote>>();
    for (const Error *e :
         {locales ? nullptr : &locales.error(), sections ? nullptr : &sections.error(),
          users ? nullptr : &users.error(), experts ? nullptr : &experts.error(),
          quotes ? nullptr : &quotes.error()}) {
        if (e)
            return std::unexpected(*e);
    }
    doc.locales = *locales;
    doc.sections = *sections;
    doc.users = *users;
    doc.experts = *experts;
    doc.quotes = *quotes;
    if (settings) {
        auto values = Storage::SettingsRepository(m_db).settings();
        if (!values)
            return std::unexpected(values.error());
        auto strings = Storage::SettingsRepository(m_db).siteStrings();
        if (!strings)
            return std::unexpected(strings.error());
        doc.settings = *values;
        doc.siteStrings = *strings;
    }
    return doc;
}

Result<std::optional<Article>> Exporter::loadArticle(const QString &uid, int position,
                                                     int total) const
{
    if (m_progress.cancelled()) {
        return fail(ErrorCode::Cancelled,
                    QObject::tr("The export was cancelled; no file was written."));
    }
    if (position % 25 == 0)
        m_progress.report(position, total);
    return Storage::ArticleRepository(m_db).find(uid,
                                                 Storage::ArticleRepository::Load::WithHistory);
}

Result<Document> Exporter::load(const QString &articleUid) const
{
    Storage::ReadSnapshot snapshot(m_db);
    if (auto begun = snapshot.begin(); !begun)
        return std::unexpected(begun.error());
    if (articleUid.isEmpty()) {
        auto doc = loadNewsroom(true);
        if (!doc)
            return doc;
        auto uids = Storage::ArticleRepository(m_db).uids();
        if (!uids)
            return std::unexpected(uids.error());
        for (qsizetype i = 0; i < uids->size(); ++i) {
            auto article = loadArticle(uids->at(i), int(i), int(uids->size()));
            if (!article)
                return std::unexpected(article.error());
            if (*article) // else removed since the list was read
                doc->articles.append(std::move(**article));
        }
        return doc;
    }

    auto found = loadArticle(articleUid, 0, 1);
    if (!found)
        return std::unexpected(found.error());
    if (!*found) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("There is no article %1 in the store.").arg(articleUid));
    }
    auto all = loadNewsroom(false);
    if (!all)
        return all;
    Document doc;
    doc.locales = all->locales;
    doc.articles.append(std::move(**found));

    // One article: only what it refers to, so the file imports into another store.
    const Article &a = doc.articles.first();
    QSet<QString> userNames(a.authors.cbegin(), a.authors.cend());
    userNames.insert(a.editor);
    QSet<QString> quoteUids;
    auto collect = [&](const QList<Translation> &translations) {
        for (const Translation &t : translations) {
            userNames.insert(t.translator);
            for (const Block &b : t.blocks) {
                if (b.type == BlockType::Quote)
                    quoteUids.insert(b.quoteUid);
            }
        }
    };
    collect(a.translations);
    for (const Revision &r : a.revisions) {
        userNames.insert(r.user);
        collect(r.snapshot);
    }
    for (const AuditEntry &e : a.history)
        userNames.insert(e.user);
    for (const Comment &c : a.comments) {
        userNames.insert(c.user);
        userNames.insert(c.resolvedBy);
    }
    QSet<QString> expertUids;
    for (const Quote &q : std::as_const(all->quotes)) {
        if (quoteUids.contains(q.uid)) {
            doc.quotes.append(q);
            expertUids.insert(q.expertUid);
        }
    }
    for (const Expert &e : std::as_const(all->experts)) {
        if (expertUids.contains(e.uid))
            doc.experts.append(e);
    }
    for (const User &u : std::as_const(all->users)) {
        if (userNames.contains(u.name))
            doc.users.append(u);
    }
    for (const Section &s : std::as_const(all->sections)) {
        if (s.uid == a.sectionUid)
            doc.sections.append(s);
    }
    return doc;
}

namespace {

Result<> put(QIODevice &out, const QByteArray &bytes, qint64 &written)
{
    if (out.write(bytes) != bytes.size()) {
        return fail(ErrorCode::Io,
                    QObject::tr("The export could not be written past byte %1: %2. Make room "
                                "or choose another place, then export again.")
                        .arg(QLocale().toString(written), out.errorString()));
    }
    written += bytes.size();
    return {};
}

} // namespace

// Written out every megabyte or so: only one article or quote and one piece are held at once.
constexpr qsizetype piece = 1 << 20;

Result<qint64> Exporter::writeDocument(QIODevice &out, const Document &newsroom, int count,
                                       const ArticleSource &article)
{
    qint64 written = 0;
    JsonWriter json;
    writeNewsroom(json, newsroom);
    if (auto done = writeArticles(out, json, written, count, article); !done)
        return std::unexpected(done.error());
    return written;
}

Result<> Exporter::writeArticles(QIODevice &out, JsonWriter &json, qint64 &written, int count,
                                 const ArticleSource &article)
{
    for (int i = 0; i < count; ++i) {
        auto a = article(i);
        if (!a)
            return std::unexpected(a.error());
        if (!*a)
            continue;
        writeArticle(json, **a);
        if (json.pending() >= piece) {
            if (auto done = put(out, json.drain(), written); !done)
                return done;
        }
    }
    json.endArray();
    json.endObject();
    return put(out, json.finish(), written);
}

Result<qint64> Exporter::write(QIODevice &out, const QString &articleUid) const
{
    qint64 written = 0;
    if (!articleUid.isEmpty()) {
        auto doc = load(articleUid);
        if (!doc)
            return std::unexpected(doc.error());
        if (auto done = put(out, toJson(*doc), written); !done)
            return std::unexpected(done.error());
        return written;
    }
    // The whole store as it was when the export began; the quotes and the articles, the many
    // and the long, one at a time.
    Storage::ReadSnapshot snapshot(m_db);
    if (auto begun = snapshot.begin(); !begun)
        return std::unexpected(begun.error());
    auto newsroom = loadNewsroom(true, false);
    if (!newsroom)
        return std::unexpected(newsroom.error());
    auto uids = Storage::ArticleRepository(m_db).uids();
    if (!uids)
        return std::unexpected(uids.error());
    QStringList order;
    for (const Locale &l : std::as_const(newsroom->locales))
        order.append(l.code);
    JsonWriter json;
    writeNewsroom(json, *newsroom, false);
    auto quotes = Storage::QuoteRepository(m_db).forEach([&](const Quote &q) -> Result<> {
        writeQuote(json, q, order);
        return json.pending() >= piece ? put(out, json.drain(), written) : Result<>();
    });
    if (!quotes)
        return std::unexpected(quotes.error());
    endQuotes(json);
    const int total = int(uids->size());
    auto done = writeArticles(out, json, written, total, [&](int i) {
        return loadArticle(uids->at(i), i, total); // nothing: removed since the list was read
    });
    if (!done)
        return std::unexpected(done.error());
    m_progress.report(total, total);
    return written;
}

Result<QByteArray> Exporter::exportJson(const QString &articleUid) const
{
    QByteArray json;
    QBuffer buffer(&json);
    buffer.open(QIODevice::WriteOnly);
    if (auto done = write(buffer, articleUid); !done)
        return std::unexpected(done.error());
    return json;
}

QByteArray Exporter::articleJson(const Article &article)
{
    JsonWriter out;
    writeArticle(out, article);
    return out.finish();
}

void Exporter::writeUser(JsonWriter &out, const User &u, const QStringList &localeOrder)
{
    out.beginObject();
    out.field(u"name", u.name);
    out.field(u"display_name", u.displayName);
    // Only when the person has names per locale: a document without them (all before schema
    // 12) exports byte for byte as it did.
    if (!u.names.isEmpty()) {
        out.key(u"names");
        out.beginObject();
        for (const QString &locale : keysInLocaleOrder(u.names, localeOrder))
            out.field(locale, u.names[locale]);
        out.endObject();
    }
    out.field(u"role", roleName(u.role));
    out.key(u"locales");
    out.stringList(u.locales);
    out.field(u"active", u.active);
    out.endObject();
}

void Exporter::writeExpert(JsonWriter &out, const Expert &e, const QStringList &localeOrder)
{
    out.beginObject();
    out.field(u"uid", e.uid);
    out.key(u"names");
    out.beginObject();
    for (const QString &locale : keysInLocaleOrder(e.names, localeOrder)) {
        const ExpertName &n = e.names[locale];
        out.key(locale);
        out.beginObject();
        out.field(u"name", n.name);
        out.field(u"role", n.role);
        out.field(u"country", n.country);
        out.endObject();
    }
    out.endObject();
    out.endObject();
}

void Exporter::writeQuote(JsonWriter &out, const Quote &q, const QStringList &order)
{
    out.beginObject();
    out.field(u"uid", q.uid);
    out.field(u"expert", q.expertUid);
    out.field(u"spoken_locale", q.spokenLocale);
    out.field(u"approved", q.approved);
    out.key(u"texts");
    out.beginObject();
    for (const QString &locale : keysInLocaleOrder(q.texts, order))
        out.field(locale, q.texts[locale]);
    out.endObject();
    out.key(u"context");
    out.beginObject();
    for (const QString &locale : keysInLocaleOrder(q.contexts, order))
        out.field(locale, q.contexts[locale]);
    out.endObject();
    out.key(u"sources");
    out.beginObject();
    for (const QString &locale : keysInLocaleOrder(q.sources, order))
        out.field(locale, q.sources[locale]);
    out.endObject();
    out.endObject();
}

void Exporter::endQuotes(JsonWriter &out)
{
    out.endArray();
    out.key(u"articles");
    out.beginArray();
}

void Exporter::writeNewsroom(JsonWriter &out, const Document &doc, bool withQuotes)
{
    QStringList order;
    for (const Locale &l : doc.locales)
        order.append(l.code);

    out.beginObject();
    out.field(u"format", QStringLiteral("byline/1"));

    out.key(u"locales");
    out.beginArray();
    for (const Locale &l : doc.locales) {
        out.beginObject();
        out.field(u"code", l.code);
        out.field(u"label", l.label);
        out.field(u"name", l.name);
        out.field(u"position", l.position);
        out.endObject();
    }
    out.endArray();

    out.key(u"settings");
    out.beginObject();
    for (auto it = doc.settings.cbegin(); it != doc.settings.cend(); ++it)
        out.field(it.key(), it.value());
    out.endObject();

    out.key(u"site_strings");
    out.beginObject();
    for (const QString &locale : keysInLocaleOrder(doc.siteStrings, order)) {
        out.key(locale);
        out.beginObject();
        const auto &table = doc.siteStrings[locale];
        for (auto it = table.cbegin(); it != table.cend(); ++it)
            out.field(it.key(), it.value());
        out.endObject();
    }
    out.endObject();

    out.key(u"sections");
    out.beginArray();
    for (const Section &s : doc.sections) {
        out.beginObject();
        out.field(u"uid", s.uid);
        out.field(u"slug", s.slug);
        out.field(u"position", s.position);
        out.key(u"names");
        out.beginObject();
        for (const QString &locale : keysInLocaleOrder(s.texts, order)) {
            out.key(locale);
            out.beginObject();
            out.field(u"name", s.texts[locale].name);
            out.field(u"description", s.texts[locale].description);
            out.endObject();
        }
        out.endObject();
        out.endObject();
    }
    out.endArray();

    out.key(u"users");
    out.beginArray();
    for (const User &u : doc.users)
        writeUser(out, u, order);
    out.endArray();

    out.key(u"experts");
    out.beginArray();
    for (const Expert &e : doc.experts)
        writeExpert(out, e, order);
    out.endArray();

    out.key(u"quotes");
    out.beginArray();
    if (withQuotes) {
        for (const Quote &q : doc.quotes)
            writeQuote(out, q, order);
        endQuotes(out);
    }
}

QByteArray Exporter::toJson(const Document &doc)
{
    JsonWriter out;
    writeNewsroom(out, doc);
    for (const Article &a : doc.articles)
        writeArticle(out, a);
    out.endArray();
    out.endObject();
    return out.finish();
}

} // namespace Byline::Interchange
