#include "core/storage/SearchIndex.h"

#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SearchText.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <QSqlQuery>

namespace Byline::Storage {

Result<const SearchIndex::QuoteInfo *> SearchIndex::quote(const QString &uid)
{
    if (auto it = m_quotes.constFind(uid); it != m_quotes.cend())
        return &*it;
    const QString what = QObject::tr("indexing the quote %1 for search").arg(uid);
    QuoteInfo info;
    auto texts = m_db.run(QStringLiteral("SELECT q.spoken_locale, qt.locale, qt.text FROM quotes q "
                                         "LEFT JOIN quote_texts qt ON qt.quote_id = q.id "
                                         "WHERE q.uid = ?"),
                          {uid}, what);
    if (!texts)
        return std::unexpected(texts.error());
    while (texts->next()) {
        info.quote.spokenLocale = texts->value(0).toString();
        if (!texts->value(1).isNull())
            info.quote.texts.insert(texts->value(1).toString(), texts->value(2).toString());
    }
    texts->finish();
    auto names = m_db.run(QStringLiteral("SELECT en.locale, en.name, en.role, en.country "
                                         "FROM quotes q JOIN expert_names en "
                                         "ON en.expert_id = q.expert_id WHERE q.uid = ?"),
                          {uid}, what);
    if (!names)
        return std::unexpected(names.error());
    while (names->next()) {
        QStringList parts;
        for (int i = 1; i <= 3; ++i) {
            if (!names->value(i).toString().trimmed().isEmpty())
                parts.append(names->value(i).toString());
        }
        info.experts.insert(names->value(0).toString(), parts.join(QStringLiteral(", ")));
    }
    return &*m_quotes.insert(uid, info);
}

Result<SearchIndex::Document> SearchIndex::documentOf(const Translation &t)
{
    Document doc;
    doc.title = SearchText::fold(t.title);
    doc.lead = SearchText::fold(t.lead);
    QStringList body;
    QStringList experts;
    for (const Block &b : t.blocks) {
        if (b.type != BlockType::Quote) {
            body.append(b.text);
            continue;
        }
        auto info = quote(b.quoteUid);
        if (!info)
            return std::unexpected(info.error());
        // The words as the page shows them.
        body.append((*info)->quote.textIn(t.locale));
        const QString expert = (*info)->experts.value(t.locale);
        if (!expert.isEmpty() && !experts.contains(expert))
            experts.append(expert);
    }
    doc.body = SearchText::fold(body.join(QLatin1Char('\n')));
    doc.experts = SearchText::fold(experts.join(QLatin1Char('\n')));
    return doc;
}

Result<> SearchIndex::indexArticle(qint64 articleId, const QList<Translation> &translations,
                                   const QSet<QString> &unchanged)
{
    if (m_batchSize <= 1)
        return write({{articleId, translations, unchanged}});
    m_pending.append({articleId, translations, unchanged});
    if (m_pending.size() < m_batchSize)
        return {};
    return flush();
}

Result<> SearchIndex::flush()
{
    const auto pending = std::exchange(m_pending, {});
    return pending.isEmpty() ? Result<>() : write(pending);
}

Result<> SearchIndex::write(const QList<Pending> &articles)
{
    const QString what = QObject::tr("updating the search index");
    // First every ordinary row, then the full-text rows one after another.
    QList<std::pair<qint64, Document>> documents;
    QList<qint64> replaced;
    QList<qint64> dropped;
    for (const auto &[articleId, translations, unchanged] : articles) {
        auto existing
            = m_db.run(QStringLiteral("SELECT id, locale FROM search_docs WHERE article_id = ?"),
                       {articleId}, what);
        if (!existing)
            return std::unexpected(existing.error());
        QHash<QString, qint64> ids;
        while (existing->next())
            ids.insert(existing->value(1).toString(), existing->value(0).toLongLong());
        existing->finish();
        for (const Translation &t : translations) {
            if (unchanged.contains(t.locale) && ids.contains(t.locale)) {
                ids.remove(t.locale); // indexed as it is
                continue;
            }
            auto doc = documentOf(t);
            if (!doc)
                return std::unexpected(doc.error());
            qint64 id = ids.take(t.locale);
            if (id) {
                replaced.append(id);
            } else {
                auto inserted = m_db.insert(QStringLiteral("INSERT INTO search_docs (article_id, "
                                                           "locale) VALUES (?, ?) RETURNING id"),
                                            {articleId, t.locale}, what);
                if (!inserted)
                    return std::unexpected(inserted.error());
                id = *inserted;
            }
            documents.append({id, *doc});
        }
        for (const qint64 gone : std::as_const(ids))
            dropped.append(gone);
    }
    for (const qint64 gone : std::as_const(dropped)) {
        if (auto q = m_db.run(QStringLiteral("DELETE FROM search_docs WHERE id = ?"), {gone}, what);
            !q)
            return std::unexpected(q.error());
    }
    for (const QList<qint64> *ids : {&dropped, &replaced}) {
        for (const qint64 id : *ids) {
            if (auto q = m_db.run(QStringLiteral("DELETE FROM search WHERE rowid = ?"), {id}, what);
                !q)
                return std::unexpected(q.error());
        }
    }
    for (const auto &[id, doc] : std::as_const(documents)) {
        if (m_db.isServer()) {
            // The words as SQLite's tokenizer reads them, for the server's text search.
            const auto words = [](const QString &folded) {
                return SearchText::words(folded).join(QLatin1Char(' '));
            };
            if (auto q = m_db.run(
                    QStringLiteral("INSERT INTO search (rowid, title, lead, body, experts, words) "
                                   "VALUES (?, ?, ?, ?, ?, "
                                   "setweight(to_tsvector('simple', ?), 'A') || "
                                   "setweight(to_tsvector('simple', ?), 'B') || "
                                   "setweight(to_tsvector('simple', ?), 'C') || "
                                   "setweight(to_tsvector('simple', ?), 'B'))"),
                    {id, doc.title, doc.lead, doc.body, doc.experts, words(doc.title),
                     words(doc.lead), words(doc.body), words(doc.experts)},
                    what);
                !q) {
                return std::unexpected(q.error());
            }
            continue;
        }
        if (auto q
            = m_db.run(QStringLiteral("INSERT INTO search (rowid, title, lead, body, experts) "
                                      "VALUES (?, ?, ?, ?, ?)"),
                       {id, doc.title, doc.lead, doc.body, doc.experts}, what);
            !q) {
            return std::unexpected(q.error());
        }
    }
    return {};
}

Result<> SearchIndex::reindexWhere(const QString &sql, const QString &uid)
{
    m_quotes.clear(); // the words or names just changed
    auto found = m_db.run(sql, {uid}, QObject::tr("updating the search index"));
    if (!found)
        return std::unexpected(found.error());
    QStringList uids;
    while (found->next())
        uids.append(found->value(0).toString());
    found->finish();
    ArticleRepository articles(m_db);
    for (const QString &articleUid : std::as_const(uids)) {
        auto article = articles.find(articleUid);
        if (!article)
            return std::unexpected(article.error());
        if (!*article)
            continue;
        auto id
            = m_db.scalar(QStringLiteral("SELECT id FROM articles WHERE uid = ?"), {articleUid});
        if (!id)
            return std::unexpected(id.error());
        if (auto done = indexArticle(id->toLongLong(), (*article)->translations); !done)
            return done;
    }
    return {};
}

Result<> SearchIndex::reindexQuote(const QString &quoteUid)
{
    return reindexWhere(QStringLiteral("SELECT DISTINCT a.uid FROM articles a "
                                       "JOIN translations t ON t.article_id = a.id "
                                       "JOIN blocks b ON b.translation_id = t.id "
                                       "JOIN quotes q ON q.id = b.quote_id WHERE q.uid = ?"),
                        quoteUid);
}

Result<> SearchIndex::reindexExpert(const QString &expertUid)
{
    return reindexWhere(QStringLiteral("SELECT DISTINCT a.uid FROM articles a "
                                       "JOIN translations t ON t.article_id = a.id "
                                       "JOIN blocks b ON b.translation_id = t.id "
                                       "JOIN quotes q ON q.id = b.quote_id "
                                       "JOIN experts e ON e.id = q.expert_id WHERE e.uid = ?"),
                        expertUid);
}

Result<int> SearchIndex::rebuild(const std::function<void(int, int)> &progress)
{
    const QString what = QObject::tr("rebuilding the search index");
    auto tx = Transaction::begin(m_db, what);
    if (!tx)
        return std::unexpected(tx.error());
    m_quotes.clear();
    for (const char *sql : {"DELETE FROM search", "DELETE FROM search_docs"}) {
        if (auto q = m_db.run(QString::fromLatin1(sql), {}, what); !q)
            return std::unexpected(q.error());
    }
    ArticleRepository articles(m_db);
    auto uids = articles.uids(); // oldest first: document ids follow the archive's order
    if (!uids)
        return std::unexpected(uids.error());
    setBatchSize(bulkBatch);
    int documents = 0;
    int done = 0;
    for (const QString &uid : std::as_const(*uids)) {
        auto article = articles.find(uid);
        if (!article)
            return std::unexpected(article.error());
        auto id = m_db.scalar(QStringLiteral("SELECT id FROM articles WHERE uid = ?"), {uid}, what);
        if (!id)
            return std::unexpected(id.error());
        if (*article) {
            if (auto indexed = indexArticle(id->toLongLong(), (*article)->translations); !indexed)
                return std::unexpected(indexed.error());
            documents += int((*article)->translations.size());
        }
        if (progress)
            progress(++done, int(uids->size()));
    }
    if (auto flushed = flush(); !flushed)
        return std::unexpected(flushed.error());
    setBatchSize(1);
    if (auto committed = tx->commit(); !committed)
        return std::unexpected(committed.error());
    return documents;
}

Result<QStringList> SearchIndex::verify()
{
    const QString what = QObject::tr("checking the search index");
    QStringList problems;
    m_quotes.clear();
    for (const auto &[sql, message] :
         {std::pair {"SELECT count(*) FROM search WHERE rowid NOT IN (SELECT id FROM search_docs)",
                     QT_TR_NOOP("search entries that belong to no article: %1")},
          std::pair {"SELECT count(*) FROM search_docs WHERE id NOT IN (SELECT rowid FROM search)",
                     QT_TR_NOOP("article locales without a search entry: %1")}}) {
        auto n = m_db.scalar(QString::fromLatin1(sql), {}, what);
        if (!n)
            return std::unexpected(n.error());
        if (n->toLongLong() > 0)
            problems.append(QCoreApplication::translate("Byline::Storage::SearchIndex", message)
                                .arg(n->toLongLong()));
    }
    ArticleRepository articles(m_db);
    auto uids = articles.uids();
    if (!uids)
        return std::unexpected(uids.error());
    for (const QString &uid : std::as_const(*uids)) {
        auto article = articles.find(uid);
        if (!article)
            return std::unexpected(article.error());
        if (!*article)
            continue;
        auto stored
            = m_db.run(QStringLiteral("SELECT d.locale, s.title, s.lead, s.body, s.experts "
                                      "FROM articles a JOIN search_docs d ON d.article_id = a.id "
                                      "JOIN search s ON s.rowid = d.id WHERE a.uid = ?"),
                       {uid}, what);
        if (!stored)
            return std::unexpected(stored.error());
        QHash<QString, Document> indexed;
        while (stored->next()) {
            indexed.insert(stored->value(0).toString(),
                           {stored->value(1).toString(), stored->value(2).toString(),
                            stored->value(3).toString(), stored->value(4).toString()});
        }
        stored->finish();
        for (const Translation &t : (*article)->translations) {
            auto expected = documentOf(t);
            if (!expected)
                return std::unexpected(expected.error());
            const auto it = indexed.constFind(t.locale);
            if (it == indexed.cend())
                problems.append(
                    QObject::tr("%1 (%2) is missing from the search index").arg(uid, t.locale));
            else if (*it != *expected)
                problems.append(
                    QObject::tr("%1 (%2) is out of date in the search index").arg(uid, t.locale));
            indexed.remove(t.locale);
        }
        for (auto it = indexed.cbegin(); it != indexed.cend(); ++it)
            problems.append(
                QObject::tr("%1 (%2) is in the search index but has no such translation")
                    .arg(uid, it.key()));
    }
    return problems;
}

} // namespace Byline::Storage
