#include "core/interchange/ArticleReader.h"

#include "core/interchange/ArticleCodec.h"
#include "core/interchange/JsonReader.h"
#include "core/interchange/Limits.h"
#include "core/interchange/ReadContext.h"

#include <QObject>

namespace Byline::Interchange {

using Kind = ReadContext::Kind;

template<class ReadItem>
Result<> ArticleReader::eachObject(const JsonReader &in, const QString &field,
                                   ReadItem readItem) const
{
    auto list = in.array(field);
    if (!list)
        return std::unexpected(list.error());
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString path = in.pathOf(QStringLiteral("%1[%2]").arg(field).arg(i));
        if (!list->at(i).isObject())
            return invalidAt(path, QObject::tr("expected an object in { }"));
        if (auto done = readItem(JsonReader(list->at(i).toObject(), path)); !done)
            return done;
    }
    return {};
}

// Part by part in the order of the format, so that of several mistakes the first is reported.
Result<Article> ArticleReader::read(const JsonReader &in)
{
    if (auto keys = in.onlyKeys(
            {QStringLiteral("uid"), QStringLiteral("section"), QStringLiteral("source_locale"),
             QStringLiteral("status"), QStringLiteral("authors"), QStringLiteral("editor"),
             QStringLiteral("created_at"), QStringLiteral("updated_at"),
             QStringLiteral("scheduled_at"), QStringLiteral("published_at"),
             QStringLiteral("version"), QStringLiteral("view_count"),
             QStringLiteral("published_late_seconds"), QStringLiteral("translations"),
             QStringLiteral("revisions"), QStringLiteral("history"), QStringLiteral("comments")});
        !keys) {
        return std::unexpected(keys.error());
    }
    Article a;
    if (auto done = readIdentity(in, a); !done)
        return std::unexpected(done.error());
    if (auto done = readPeople(in, a); !done)
        return std::unexpected(done.error());
    if (auto done = readTimes(in, a); !done)
        return std::unexpected(done.error());
    if (auto done = readTranslations(in, a); !done)
        return std::unexpected(done.error());
    auto revisions = eachObject(in, QStringLiteral("revisions"),
                                [&](const JsonReader &item) { return readRevision(item, a); });
    if (!revisions)
        return std::unexpected(revisions.error());
    auto history = eachObject(in, QStringLiteral("history"),
                              [&](const JsonReader &item) { return readAuditEntry(item, a); });
    if (!history)
        return std::unexpected(history.error());
    QSet<int> numbers;
    auto comments = eachObject(in, QStringLiteral("comments"), [&](const JsonReader &item) {
        return readComment(item, a, numbers);
    });
    if (!comments)
        return std::unexpected(comments.error());
    return a;
}

// The uid, the section, the source locale and the workflow state.
Result<> ArticleReader::readIdentity(const JsonReader &in, Article &a)
{
    auto id = m_context.listedUid(in, Kind::Article);
    if (!id)
        return std::unexpected(id.error());
    a.uid = *id;
    auto section = m_context.readReference(in, QStringLiteral("section"), Kind::Section);
    if (!section)
        return std::unexpected(section.error());
    a.sectionUid = *section;
    auto source = m_context.readReference(in, QStringLiteral("source_locale"), Kind::Locale);
    if (!source)
        return std::unexpected(source.error());
    a.sourceLocale = *source;
    auto status = in.string(QStringLiteral("status"), 32);
    if (!status)
        return std::unexpected(status.error());
    const auto state = workflowStateFromName(*status);
    if (!state) {
        return in.invalid(u"status",
                          QObject::tr("unknown status \"%1\" (expected draft, "
                                      "submitted, approved, scheduled, published "
                                      "or spiked)")
                              .arg(*status));
    }
    a.state = *state;
    return {};
}

// The authors and the editor.
Result<> ArticleReader::readPeople(const JsonReader &in, Article &a) const
{
    auto authors = in.stringList(QStringLiteral("authors"), Limits::authorsPerArticle, 64);
    if (!authors)
        return std::unexpected(authors.error());
    for (const QString &name : *authors) {
        if (auto known = m_context.reference(Kind::User, name, in.pathOf(u"authors")); !known)
            return known;
    }
    if (QSet<QString>(authors->cbegin(), authors->cend()).size() != authors->size())
        return in.invalid(u"authors", QObject::tr("an author is listed twice"));
    a.authors = *authors;
    auto editor = in.optionalString(QStringLiteral("editor"), 64);
    if (!editor)
        return std::unexpected(editor.error());
    a.editor = editor->value_or(QString());
    return m_context.reference(Kind::User, a.editor, in.pathOf(u"editor"));
}

// The times, the version and the counters.
Result<> ArticleReader::readTimes(const JsonReader &in, Article &a) const
{
    auto created = in.time(QStringLiteral("created_at"));
    auto updated = in.time(QStringLiteral("updated_at"));
    auto scheduled = in.optionalTime(QStringLiteral("scheduled_at"));
    auto published = in.optionalTime(QStringLiteral("published_at"));
    auto version = in.integer(QStringLiteral("version"), 1, Limits::maxCounter, 1);
    auto views = in.optionalInteger(QStringLiteral("view_count"), 0, 1LL << 53);
    auto late = in.optionalInteger(QStringLiteral("published_late_seconds"), 0, 1LL << 40);
    if (auto error = firstError(late, created, updated, scheduled, published, version, views))
        return std::unexpected(*error);
    a.createdAt = *created;
    a.updatedAt = *updated;
    a.scheduledAt = *scheduled;
    a.publishedAt = *published;
    a.version = int(*version);
    a.viewCount = *views;
    a.publishedLateSeconds = *late;
    return {};
}

// The text in each locale (read by ArticleCodec, which the store's revisions share).
Result<> ArticleReader::readTranslations(const JsonReader &in, Article &a) const
{
    auto object = in.object(QStringLiteral("translations"), true);
    if (!object)
        return std::unexpected(object.error());
    auto translations = ArticleCodec::readTranslations(*object, in.pathOf(u"translations"),
                                                       m_context.localeOrder());
    if (!translations)
        return std::unexpected(translations.error());
    if (auto known = checkTranslations(in, *translations); !known)
        return known;
    a.translations = *translations;
    if (!a.translation(a.sourceLocale)) {
        return in.invalid(u"translations",
                          QObject::tr("there is no text in the source "
                                      "locale \"%1\"")
                              .arg(a.sourceLocale));
    }
    return {};
}

// What ArticleCodec cannot know: each translation's locale and translator, and each quote
// block's quote, must be listed in the file or held by the store.
Result<> ArticleReader::checkTranslations(const JsonReader &in,
                                          const QList<Translation> &translations) const
{
    for (const Translation &t : translations) {
        const QString path = in.pathOf(u"translations") + QLatin1Char('.') + t.locale;
        if (auto known = m_context.reference(Kind::Locale, t.locale, path); !known)
            return known;
        if (auto known
            = m_context.reference(Kind::User, t.translator, path + QStringLiteral(".translator"));
            !known) {
            return known;
        }
        for (qsizetype i = 0; i < t.blocks.size(); ++i) {
            const Block &b = t.blocks.at(i);
            if (b.type != BlockType::Quote)
                continue;
            const QString where = QStringLiteral("%1.blocks[%2].quote").arg(path).arg(i);
            if (auto known = m_context.reference(Kind::Quote, b.quoteUid, where); !known)
                return known;
        }
    }
    return {};
}

Result<> ArticleReader::readRevision(const JsonReader &in, Article &a) const
{
    if (auto keys = in.onlyKeys({QStringLiteral("number"), QStringLiteral("created_at"),
                                 QStringLiteral("user"), QStringLiteral("kind"),
                                 QStringLiteral("version"), QStringLiteral("snapshot")});
        !keys) {
        return keys;
    }
    auto number = in.integer(QStringLiteral("number"), 1, Limits::maxCounter);
    auto at = in.time(QStringLiteral("created_at"));
    auto who = in.optionalString(QStringLiteral("user"), 64);
    auto kind = in.string(QStringLiteral("kind"), 32);
    auto version = in.integer(QStringLiteral("version"), 0, Limits::maxCounter);
    auto snapshot = in.object(QStringLiteral("snapshot"), true);
    if (auto error = firstError(number, at, who, kind, version, snapshot))
        return std::unexpected(*error);
    const auto k = revisionKindFromName(*kind);
    if (!k) {
        return in.invalid(u"kind",
                          QObject::tr("unknown revision kind \"%1\" (expected "
                                      "save, conflict, restore or import)")
                              .arg(*kind));
    }
    if (!a.revisions.isEmpty() && *number <= a.revisions.last().number)
        return in.invalid(u"number", QObject::tr("revisions must be numbered in order"));
    const QString user = who->value_or(QString());
    if (auto known = m_context.reference(Kind::User, user, in.pathOf(u"user")); !known)
        return known;
    auto translations = ArticleCodec::readTranslations(*snapshot, in.pathOf(u"snapshot"),
                                                       m_context.localeOrder());
    if (!translations)
        return std::unexpected(translations.error());
    if (auto known = checkTranslations(in, *translations); !known)
        return known;
    a.revisions.append({.number = int(*number),
                        .createdAt = *at,
                        .user = user,
                        .kind = *k,
                        .version = int(*version),
                        .snapshot = *translations});
    return {};
}

// One workflow transition of the article's history.
Result<> ArticleReader::readAuditEntry(const JsonReader &in, Article &a) const
{
    if (auto keys
        = in.onlyKeys({QStringLiteral("at"), QStringLiteral("user"), QStringLiteral("action"),
                       QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("locale"),
                       QStringLiteral("comment")});
        !keys) {
        return keys;
    }
    auto at = in.time(QStringLiteral("at"));
    auto who = in.optionalString(QStringLiteral("user"), 64);
    auto action = in.string(QStringLiteral("action"), 64);
    auto from = in.string(QStringLiteral("from"), 64);
    auto to = in.string(QStringLiteral("to"), 64);
    auto where = in.optionalString(QStringLiteral("locale"), 35);
    auto comment = in.string(QStringLiteral("comment"), Limits::mediumText, false);
    if (auto error = firstError(at, who, action, from, to, where, comment))
        return std::unexpected(*error);
    const AuditEntry e {.at = *at,
                        .user = who->value_or(QString()),
                        .action = *action,
                        .from = *from,
                        .to = *to,
                        .locale = where->value_or(QString()),
                        .comment = *comment};
    if (auto known = m_context.reference(Kind::User, e.user, in.pathOf(u"user")); !known)
        return known;
    if (!e.locale.isEmpty()) {
        if (auto known = m_context.reference(Kind::Locale, e.locale, in.pathOf(u"locale"));
            !known) {
            return known;
        }
    }
    a.history.append(e);
    return {};
}

// One editorial comment; `numbers` holds the numbers of the article's comments before it.
Result<> ArticleReader::readComment(const JsonReader &in, Article &a, QSet<int> &numbers) const
{
    if (auto keys
        = in.onlyKeys({QStringLiteral("number"), QStringLiteral("at"), QStringLiteral("user"),
                       QStringLiteral("locale"), QStringLiteral("text"),
                       QStringLiteral("resolved_at"), QStringLiteral("resolved_by")});
        !keys) {
        return keys;
    }
    auto number = in.integer(QStringLiteral("number"), 1, Limits::maxCounter);
    auto at = in.time(QStringLiteral("at"));
    auto who = in.optionalString(QStringLiteral("user"), 64);
    auto where = in.optionalString(QStringLiteral("locale"), 35);
    auto text = in.string(QStringLiteral("text"), Limits::mediumText);
    auto resolvedAt = in.optionalTime(QStringLiteral("resolved_at"));
    auto resolvedBy = in.optionalString(QStringLiteral("resolved_by"), 64);
    if (auto error = firstError(number, at, who, where, text, resolvedAt, resolvedBy))
        return std::unexpected(*error);
    if (numbers.contains(int(*number)))
        return in.invalid(u"number", QObject::tr("two comments have the number %1").arg(*number));
    numbers.insert(int(*number));
    const Comment c {.number = int(*number),
                     .at = *at,
                     .user = who->value_or(QString()),
                     .locale = where->value_or(QString()),
                     .text = *text,
                     .resolvedAt = *resolvedAt,
                     .resolvedBy = resolvedBy->value_or(QString())};
    for (const auto &[field, name] :
         {std::pair {u"user", c.user}, std::pair {u"resolved_by", c.resolvedBy}}) {
        if (auto known = m_context.reference(Kind::User, name, in.pathOf(field)); !known)
            return known;
    }
    if (!c.locale.isEmpty()) {
        if (auto known = m_context.reference(Kind::Locale, c.locale, in.pathOf(u"locale"));
            !known) {
            return known;
        }
    }
    a.comments.append(c);
    return {};
}

} // namespace Byline::Interchange
