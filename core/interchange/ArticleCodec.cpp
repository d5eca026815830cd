#include "core/interchange/ArticleCodec.h"

#include "core/TimeFormat.h"
#include "core/interchange/JsonReader.h"
#include "core/interchange/JsonWriter.h"
#include "core/interchange/Limits.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Byline::Interchange::ArticleCodec {
namespace {

void writeBlock(JsonWriter &out, const Block &block)
{
    out.beginObject();
    out.field(u"id", block.id);
    out.field(u"type", blockTypeName(block.type));
    if (block.type == BlockType::Quote)
        out.field(u"quote", block.quoteUid);
    else
        out.field(u"text", block.text);
    out.endObject();
}

Result<Block> readBlock(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return invalidAt(path, QObject::tr("expected an object in { }"));
    const JsonReader in(value.toObject(), path);
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    Block block;
    auto id = in.string(QStringLiteral("id"), 64);
    if (!id)
        return std::unexpected(id.error());
    if (!idPattern.match(*id).hasMatch())
        return in.invalid(u"id", QObject::tr("a block id is 1 to 64 letters, digits, - or _"));
    block.id = *id;
    auto typeName = in.string(QStringLiteral("type"), 32);
    if (!typeName)
        return std::unexpected(typeName.error());
    const auto type = blockTypeFromName(*typeName);
    if (!type) {
        return in.invalid(u"type", QObject::tr("unknown block type \"%1\" (expected paragraph, "
                                               "heading, pullquote or quote)")
                                       .arg(*typeName));
    }
    block.type = *type;
    if (block.type == BlockType::Quote) {
        if (auto keys = in.onlyKeys({QStringLiteral("id"), QStringLiteral("type"),
                                     QStringLiteral("quote")});
            !keys) {
            return std::unexpected(keys.error());
        }
        auto quote = in.string(QStringLiteral("quote"), 64);
        if (!quote)
            return std::unexpected(quote.error());
        block.quoteUid = *quote;
    } else {
        if (auto keys = in.onlyKeys({QStringLiteral("id"), QStringLiteral("type"),
                                     QStringLiteral("text")});
            !keys) {
            return std::unexpected(keys.error());
        }
        auto text = in.string(QStringLiteral("text"), Limits::longText);
        if (!text)
            return std::unexpected(text.error());
        block.text = *text;
    }
    return block;
}

Result<Translation> readTranslation(const QJsonValue &value, const QString &locale,
                                    const QString &path)
{
    if (!value.isObject())
        return invalidAt(path, QObject::tr("expected an object in { }"));
    const JsonReader in(value.toObject(), path);
    if (auto keys = in.onlyKeys({QStringLiteral("title"), QStringLiteral("lead"),
                                 QStringLiteral("seo_title"), QStringLiteral("seo_description"),
                                 QStringLiteral("slug"), QStringLiteral("status"),
                                 QStringLiteral("translator"), QStringLiteral("published_at"),
                                 QStringLiteral("blocks"), QStringLiteral("sources")});
        !keys) {
        return std::unexpected(keys.error());
    }
    Translation t;
    t.locale = locale;
    struct TextField
    {
        const char *name;
        QString Translation::*member;
        qsizetype max;
    };
    static const TextField fields[] = {
        {"title", &Translation::title, Limits::shortText},
        {"lead", &Translation::lead, Limits::mediumText},
        {"seo_title", &Translation::seoTitle, Limits::shortText},
        {"seo_description", &Translation::seoDescription, Limits::mediumText},
        {"slug", &Translation::slug, Limits::shortText},
    };
    for (const TextField &f : fields) {
        auto text = in.string(QLatin1String(f.name), f.max, false);
        if (!text)
            return std::unexpected(text.error());
        t.*f.member = *text;
    }
    static const QRegularExpression slugPattern(QStringLiteral("^[a-z0-9-]*$"));
    if (!slugPattern.match(t.slug).hasMatch())
        return in.invalid(u"slug", QObject::tr("a slug is lower-case Latin letters, digits and -"));
    auto status = in.string(QStringLiteral("status"), 32, false);
    if (!status)
        return std::unexpected(status.error());
    const auto state = status->isEmpty() ? std::optional(TranslationState::InProgress)
                                         : translationStateFromName(*status);
    if (!state) {
        return in.invalid(u"status", QObject::tr("unknown translation status \"%1\" (expected "
                                                 "in_progress, ready_for_review or approved)")
                                         .arg(*status));
    }
    t.state = *state;
    auto translator = in.optionalString(QStringLiteral("translator"), Limits::shortText);
    if (!translator)
        return std::unexpected(translator.error());
    t.translator = translator->value_or(QString());
    auto published = in.optionalString(QStringLiteral("published_at"), 64);
    if (!published)
        return std::unexpected(published.error());
    if (*published) {
        t.publishedAt = parseUtc(**published);
        if (!t.publishedAt) {
            return in.invalid(u"published_at", QObject::tr("\"%1\" is not a UTC time like "
                                                           "2026-11-20T09:30:00Z")
                                                   .arg(**published));
        }
    }
    auto blocks = in.array(QStringLiteral("blocks"));
    if (!blocks)
        return std::unexpected(blocks.error());
    if (blocks->size() > Limits::blocksPerTranslation) {
        return in.invalid(u"blocks", QObject::tr("too many blocks (%1; at most %2)")
                                         .arg(blocks->size())
                                         .arg(Limits::blocksPerTranslation));
    }
    auto sources = in.object(QStringLiteral("sources"));
    if (!sources)
        return std::unexpected(sources.error());
    static const QRegularExpression segmentPattern(
        QStringLiteral("^(title|lead|seo_title|seo_description|block:[A-Za-z0-9_-]{1,64})$"));
    for (auto it = sources->constBegin(); it != sources->constEnd(); ++it) {
        const QString where = QStringLiteral("sources.") + it.key();
        if (!segmentPattern.match(it.key()).hasMatch())
            return in.invalid(where, QObject::tr("not a segment (title, lead, seo_title, seo_description or block:ID)"));
        if (!it.value().isString() || it.value().toString().size() > Limits::longText)
            return in.invalid(where, QObject::tr("expected the source text the segment was translated from"));
        t.sources.insert(it.key(), it.value().toString());
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < blocks->size(); ++i) {
        const QString where = in.pathOf(QStringLiteral("blocks[%1]").arg(i));
        auto block = readBlock(blocks->at(i), where);
        if (!block)
            return std::unexpected(block.error());
        if (ids.contains(block->id)) {
            return invalidAt(where + QStringLiteral(".id"),
                             QObject::tr("the block id \"%1\" is used twice in this translation")
                                 .arg(block->id));
        }
        ids.insert(block->id);
        t.blocks.append(*block);
    }
    return t;
}

} // namespace

void writeTranslations(JsonWriter &out, const QList<Translation> &translations)
{
    out.beginObject();
    for (const Translation &t : translations) {
        out.key(t.locale);
        out.beginObject();
        out.field(u"title", t.title);
        out.field(u"lead", t.lead);
        out.field(u"seo_title", t.seoTitle);
        out.field(u"seo_description", t.seoDescription);
        out.field(u"slug", t.slug);
        out.field(u"status", translationStateName(t.state));
        out.key(u"translator");
        out.value(t.translator.isEmpty() ? std::optional<QString>() : std::optional(t.translator));
        out.field(u"published_at", t.publishedAt ? std::optional(formatUtc(*t.publishedAt))
                                                 : std::optional<QString>());
        out.key(u"blocks");
        out.beginArray();
        for (const Block &block : t.blocks)
            writeBlock(out, block);
        out.endArray();
        out.key(u"sources");
        out.beginObject();
        for (auto it = t.sources.cbegin(); it != t.sources.cend(); ++it)
            out.field(it.key(), it.value());
        out.endObject();
        out.endObject();
    }
    out.endObject();
}

Result<QList<Translation>> readTranslations(const QJsonObject &object, const QString &path,
                                            const QStringList &localeOrder)
{
    QList<Translation> result;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        auto t = readTranslation(it.value(), it.key(), path + QLatin1Char('.') + it.key());
        if (!t)
            return std::unexpected(t.error());
        result.append(*t);
    }
    sortByLocale(result, localeOrder);
    return result;
}

QByteArray snapshot(const QList<Translation> &translations)
{
    JsonWriter out(JsonWriter::Style::Compact);
    writeTranslations(out, translations);
    return out.finish();
}

Result<QList<Translation>> fromSnapshot(const QByteArray &json, const QStringList &localeOrder)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(ErrorCode::StorageCorrupt,
                    QObject::tr("A revision in the store is damaged; run \"byline-cli check\"."),
                    error.errorString());
    }
    return readTranslations(doc.object(), QStringLiteral("snapshot"), localeOrder);
}

void sortByLocale(QList<Translation> &translations, const QStringList &localeOrder)
{
    std::stable_sort(translations.begin(), translations.end(),
                     [&](const Translation &a, const Translation &b) {
                         qsizetype ia = localeOrder.indexOf(a.locale);
                         qsizetype ib = localeOrder.indexOf(b.locale);
                         if (ia < 0)
                             ia = localeOrder.size();
                         if (ib < 0)
                             ib = localeOrder.size();
                         return ia != ib ? ia < ib : a.locale < b.locale;
                     });
}

} // namespace Byline::Interchange::ArticleCodec
