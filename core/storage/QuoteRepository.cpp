#include "core/storage/QuoteRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Ids.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/Transaction.h"
#include "core/translation/Segments.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

namespace Byline::Storage {

Result<QList<Quote>> QuoteRepository::all() const
{
    return load({}, {});
}

Result<> QuoteRepository::forEach(const std::function<Result<>(const Quote &)> &take) const
{
    constexpr int page = 500;
    QString after; // every uid sorts after the empty text
    for (;;) {
        // The last uid of the next page, so that both of load()'s statements read that page.
        auto last = m_db.scalar(QStringLiteral("SELECT max(uid) FROM (SELECT uid FROM quotes "
                                               "WHERE uid > ? ORDER BY uid LIMIT ?) AS page"),
                                {after, page}, QObject::tr("reading the quotes"));
        if (!last)
            return std::unexpected(last.error());
        if (last->isNull())
            return {};
        auto quotes = load(QStringLiteral("q.uid > ? AND q.uid <= ?"), {after, *last});
        if (!quotes)
            return std::unexpected(quotes.error());
        for (const Quote &q : std::as_const(*quotes)) {
            if (auto done = take(q); !done)
                return done;
        }
        after = last->toString();
    }
}

Result<std::optional<Quote>> QuoteRepository::find(const QString &uid) const
{
    auto found = load(QStringLiteral("q.uid = ?"), {uid});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<Quote>();
    return found->first();
}

Result<QList<Quote>> QuoteRepository::load(const QString &where, const QVariantList &values) const
{
    const QString what = QObject::tr("reading the quotes");
    const QString condition = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    auto q = m_db.run(QStringLiteral("SELECT q.id, q.uid, e.uid, q.spoken_locale, q.approved "
                                     "FROM quotes q JOIN experts e ON e.id = q.expert_id")
                          + condition + QStringLiteral(" ORDER BY q.uid"),
                      values, what);
    if (!q)
        return std::unexpected(q.error());
    QList<Quote> result;
    QHash<qint64, qsizetype> indexOf;
    while (q->next()) {
        indexOf.insert(q->value(0).toLongLong(), result.size());
        Quote quote;
        quote.uid = q->value(1).toString();
        quote.expertUid = q->value(2).toString();
        quote.spokenLocale = q->value(3).toString();
        quote.approved = q->value(4).toBool();
        result.append(quote);
    }
    auto texts = m_db.run(QStringLiteral("SELECT qt.quote_id, qt.locale, qt.text, qt.context, "
                                         "qt.source_text FROM quote_texts qt JOIN quotes q "
                                         "ON q.id = qt.quote_id")
                              + condition,
                          values, what);
    if (!texts)
        return std::unexpected(texts.error());
    while (texts->next()) {
        const auto it = indexOf.constFind(texts->value(0).toLongLong());
        if (it == indexOf.cend())
            continue;
        const QString locale = texts->value(1).toString();
        result[*it].texts.insert(locale, texts->value(2).toString());
        result[*it].contexts.insert(locale, texts->value(3).toString());
        if (!texts->value(4).isNull())
            result[*it].sources.insert(locale, texts->value(4).toString());
    }
    return result;
}

Result<> QuoteRepository::upsert(const Quote &quote)
{
    const QString what = QObject::tr("saving the quote %1").arg(quote.uid);
    auto tx = Transaction::begin(m_db, what);
    if (!tx)
        return std::unexpected(tx.error());
    auto expertId = findId(m_db, "experts", "uid", quote.expertUid);
    if (!expertId)
        return std::unexpected(expertId.error());
    if (!*expertId) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("The quote %1 names the expert %2, who is not in the store.")
                        .arg(quote.uid, quote.expertUid));
    }
    // What searching finds of the quote (its words, its expert) before this write.
    auto before = m_db.run(QStringLiteral("SELECT q.expert_id, q.spoken_locale, qt.locale, qt.text "
                                          "FROM quotes q LEFT JOIN quote_texts qt "
                                          "ON qt.quote_id = q.id WHERE q.uid = ?"),
                           {quote.uid}, what);
    if (!before)
        return std::unexpected(before.error());
    QVariant expertBefore;
    QString spokenBefore;
    QMap<QString, QString> wordsBefore;
    while (before->next()) {
        expertBefore = before->value(0);
        spokenBefore = before->value(1).toString();
        if (!before->value(2).isNull())
            wordsBefore.insert(before->value(2).toString(), before->value(3).toString());
    }
    before->finish();
    QSet<QString> locales(quote.texts.keyBegin(), quote.texts.keyEnd());
    for (auto it = quote.contexts.keyBegin(); it != quote.contexts.keyEnd(); ++it)
        locales.insert(*it);
    QMap<QString, QString> wordsAfter;
    for (const QString &locale : std::as_const(locales))
        wordsAfter.insert(locale, quote.texts.value(locale));
    // The articles using it leave the search index while it can still read the old words.
    SearchIndex index(m_db);
    QList<qint64> quoting;
    if (!expertBefore.isNull()
        && (wordsAfter != wordsBefore || expertBefore.toLongLong() != **expertId
            || spokenBefore != quote.spokenLocale)) {
        auto found = index.articlesQuoting(quote.uid);
        if (!found)
            return std::unexpected(found.error());
        quoting = *found;
        if (auto out = index.takeOut(quoting); !out)
            return out;
    }
    if (auto q
        = m_db.run(QStringLiteral("INSERT INTO quotes (uid, expert_id, spoken_locale, "
                                  "approved) VALUES (?, ?, ?, ?) ON CONFLICT (uid) DO "
                                  "UPDATE SET expert_id = excluded.expert_id, "
                                  "spoken_locale = excluded.spoken_locale, "
                                  "approved = excluded.approved"),
                   {quote.uid, **expertId, quote.spokenLocale, quote.approved ? 1 : 0}, what);
        !q) {
        return std::unexpected(q.error());
    }
    auto id = findId(m_db, "quotes", "uid", quote.uid);
    if (!id)
        return std::unexpected(id.error());
    if (auto q
        = m_db.run(QStringLiteral("DELETE FROM quote_texts WHERE quote_id = ?"), {**id}, what);
        !q) {
        return std::unexpected(q.error());
    }
    for (const QString &locale : std::as_const(locales)) {
        const auto source = quote.sources.constFind(locale);
        const bool recorded = source != quote.sources.cend();
        if (auto q
            = m_db.run(QStringLiteral("INSERT INTO quote_texts (quote_id, locale, text, "
                                      "context, source_hash, source_text) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {**id, locale, quote.texts.value(locale), quote.contexts.value(locale),
                        recorded ? QVariant(Segments::hash(*source)) : QVariant(),
                        recorded ? QVariant(*source) : QVariant()},
                       what);
            !q) {
            return std::unexpected(q.error());
        }
    }
    if (auto done = index.reindex(quoting); !done)
        return done;
    m_db.recordChange({ChangeKind::QuoteChanged, quote.uid});
    return tx->commit();
}

Result<QList<QuoteRepository::Use>> QuoteRepository::usage(const QString &quoteUid) const
{
    auto q = m_db.run(QStringLiteral("SELECT a.uid, a.status, t.locale, t.published_at "
                                     "FROM blocks b JOIN quotes q ON q.id = b.quote_id "
                                     "JOIN translations t ON t.id = b.translation_id "
                                     "JOIN articles a ON a.id = t.article_id "
                                     "JOIN locales l ON l.code = t.locale "
                                     "WHERE q.uid = ? ORDER BY a.created_at, a.uid, l.position"),
                      {quoteUid}, QObject::tr("finding where the quote is used"));
    if (!q)
        return std::unexpected(q.error());
    QList<Use> result;
    while (q->next()) {
        const QString uid = q->value(0).toString();
        if (result.isEmpty() || result.last().articleUid != uid)
            result.append({uid, q->value(1).toString(), {}});
        const QString locale = q->value(2).toString();
        if (!q->value(3).isNull() && !result.last().liveLocales.contains(locale))
            result.last().liveLocales.append(locale);
    }
    return result;
}

} // namespace Byline::Storage
