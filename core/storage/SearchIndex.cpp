#include "core/storage/SearchIndex.h"

#include "core/Log.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SearchText.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QObject>
#include <QSet>
#include <QSqlQuery>

#include <cstring>
#include <optional>

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
    // Bounded: an index pass over a million article-locales would otherwise hold every quote
    // of the archive (over 100 MiB). The pointer returned is used before the next call.
    constexpr qsizetype cachedQuotes = 4000;
    if (m_quotes.size() >= cachedQuotes)
        m_quotes.clear();
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

qint64 SearchIndex::digest(const Document &document)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    for (const QString *field :
         {&document.title, &document.lead, &document.body, &document.experts}) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(field->utf16()),
                                    field->size() * qsizetype(sizeof(char16_t))));
        hash.addData(QByteArrayView("\0\0", 2)); // no field runs into the next
    }
    qint64 value = 0;
    std::memcpy(&value, hash.result().constData(), sizeof value);
    return value;
}

Result<QList<Translation>> SearchIndex::storedText(qint64 articleId)
{
    auto rows = m_db.run(QStringLiteral("SELECT t.locale, t.title, t.lead, b.type, b.text, q.uid "
                                        "FROM translations t "
                                        "LEFT JOIN blocks b ON b.translation_id = t.id "
                                        "LEFT JOIN quotes q ON q.id = b.quote_id "
                                        "WHERE t.article_id = ? ORDER BY t.id, b.position"),
                         {articleId}, QObject::tr("reading the text to index for search"));
    if (!rows)
        return std::unexpected(rows.error());
    QList<Translation> translations;
    while (rows->next()) {
        const QString locale = rows->value(0).toString();
        if (translations.isEmpty() || translations.last().locale != locale) {
            Translation t;
            t.locale = locale;
            t.title = rows->value(1).toString();
            t.lead = rows->value(2).toString();
            translations.append(t);
        }
        if (rows->value(3).isNull())
            continue; // no blocks
        Block b;
        b.type = blockTypeFromName(rows->value(3).toString()).value_or(BlockType::Paragraph);
        b.text = rows->value(4).toString();
        b.quoteUid = rows->value(5).toString();
        translations.last().blocks.append(b);
    }
    rows->finish();
    return translations;
}

Result<> SearchIndex::forget(qint64 documentId, const Document *indexed)
{
    const QString what = QObject::tr("updating the search index");
    Document words;
    if (!indexed) {
        // The text changed without the index being told first (or the index was changed by
        // hand): the words the index holds for the document, in their places, are exactly
        // what it was indexed with. The vocabulary is read whole (slow, but rare).
        qCWarning(lcStorage) << "search document" << documentId
                             << "was out of step with its text; taken out by its indexed words";
        auto present = m_db.scalar(QStringLiteral("SELECT 1 FROM search WHERE rowid = ?"),
                                   {documentId}, what);
        if (!present)
            return std::unexpected(present.error());
        if (present->isNull())
            return {}; // not in the index at all
        if (auto made = m_db.run(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS "
                                                "temp.search_instances USING "
                                                "fts5vocab(main, 'search', 'instance')"),
                                 {}, what);
            !made) {
            return std::unexpected(made.error());
        }
        auto held = m_db.run(QStringLiteral("SELECT col, term FROM temp.search_instances "
                                            "WHERE doc = ? ORDER BY col, offset"),
                             {documentId}, what);
        if (!held)
            return std::unexpected(held.error());
        QHash<QString, QStringList> columns;
        while (held->next())
            columns[held->value(0).toString()].append(held->value(1).toString());
        held->finish();
        const QChar space(QLatin1Char(' '));
        words = {columns.value(QStringLiteral("title")).join(space),
                 columns.value(QStringLiteral("lead")).join(space),
                 columns.value(QStringLiteral("body")).join(space),
                 columns.value(QStringLiteral("experts")).join(space)};
        indexed = &words;
    }
    if (auto q = m_db.run(
            QStringLiteral("INSERT INTO search (search, rowid, title, lead, body, "
                           "experts) VALUES ('delete', ?, ?, ?, ?, ?)"),
            {documentId, indexed->title, indexed->lead, indexed->body, indexed->experts}, what);
        !q) {
        return std::unexpected(q.error());
    }
    return {};
}

Result<> SearchIndex::takeOut(qint64 articleId, const QList<Translation> *stored,
                              const QSet<QString> &keep)
{
    if (m_db.isServer())
        return {};
    if (!m_bulk)
        m_quotes.clear(); // a quote may have changed since the last run
    const QString what = QObject::tr("updating the search index");
    auto rows = m_db.run(QStringLiteral("SELECT id, locale, digest FROM search_docs "
                                        "WHERE article_id = ? AND digest IS NOT NULL"),
                         {articleId}, what);
    if (!rows)
        return std::unexpected(rows.error());
    struct Indexed
    {
        qint64 id;
        QString locale;
        qint64 digest;
    };
    QList<Indexed> indexed;
    while (rows->next()) {
        if (!keep.contains(rows->value(1).toString()))
            indexed.append({rows->value(0).toLongLong(), rows->value(1).toString(),
                            rows->value(2).toLongLong()});
    }
    rows->finish();
    if (indexed.isEmpty())
        return {}; // a new article
    std::optional<QList<Translation>> read;
    if (!stored) {
        auto text = storedText(articleId);
        if (!text)
            return std::unexpected(text.error());
        read = std::move(*text);
        stored = &*read;
    }
    for (const Indexed &doc : std::as_const(indexed)) {
        const auto t = std::find_if(stored->cbegin(), stored->cend(), [&doc](const Translation &s) {
            return s.locale == doc.locale;
        });
        std::optional<Document> words;
        if (t != stored->cend()) {
            auto made = documentOf(*t);
            if (!made)
                return std::unexpected(made.error());
            if (digest(*made) == doc.digest)
                words = std::move(*made);
        }
        if (auto done = forget(doc.id, words ? &*words : nullptr); !done)
            return done;
        if (auto q = m_db.run(QStringLiteral("UPDATE search_docs SET digest = NULL WHERE id = ?"),
                              {doc.id}, what);
            !q) {
            return std::unexpected(q.error());
        }
    }
    return {};
}

Result<> SearchIndex::indexArticle(qint64 articleId, const QList<Translation> &translations,
                                   const QSet<QString> &unchanged)
{
    if (m_bulk) {
        m_pending.append(articleId);
        return {};
    }
    m_quotes.clear();
    return m_db.isServer() ? writeServer(articleId, translations, unchanged)
                           : write(articleId, translations, unchanged);
}

Result<> SearchIndex::endBulk(const Progress &progress)
{
    const QList<qint64> pending = std::exchange(m_pending, {});
    if (pending.isEmpty()) {
        m_bulk = false;
        return {};
    }
    progress.stage(QObject::tr("Indexing for search"));
    progress.report(0, int(pending.size()));
    const auto stopped = [] {
        return fail(ErrorCode::Cancelled,
                    QObject::tr("Cancelled while indexing for search; nothing was changed."));
    };
    if (m_db.isServer()) {
        m_bulk = false;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            if (progress.cancelled())
                return stopped();
            auto text = storedText(pending.at(i));
            if (!text)
                return std::unexpected(text.error());
            if (auto done = writeServer(pending.at(i), *text, {}); !done)
                return done;
            progress.report(int(i + 1), int(pending.size()));
        }
        return {};
    }
    const QString what = QObject::tr("updating the search index");
    // A larger buffer of pending words than FTS5's 1 MiB while the pass runs: fewer, larger
    // segments to merge. (A setting kept in the index's own table, put back at the end.) 8 MiB:
    // 32, with every quote of the archive cached besides, took an import of a million
    // article-locales to 329 MB.
    const auto buffer = [&](qint64 bytes) {
        return m_db.run(QStringLiteral("INSERT INTO search (search, rank) VALUES ('hashsize', ?)"),
                        {bytes}, what);
    };
    if (auto q = buffer(qint64(8) << 20); !q)
        return std::unexpected(q.error());
    // In chunks: first every ordinary row of a chunk, then its full-text rows one after
    // another (see above).
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < pending.size(); from += chunk) {
        if (progress.cancelled()) {
            m_bulk = false;
            return stopped();
        }
        QList<std::pair<qint64, Document>> documents;
        for (qsizetype i = from; i < std::min(pending.size(), from + chunk); ++i) {
            auto text = storedText(pending.at(i));
            if (!text)
                return std::unexpected(text.error());
            auto rows = documentRows(pending.at(i), *text, {});
            if (!rows)
                return std::unexpected(rows.error());
            documents.append(*rows);
        }
        if (auto done = writeDocuments(documents); !done)
            return done;
        progress.report(int(std::min(pending.size(), from + chunk)), int(pending.size()));
    }
    m_bulk = false;
    if (auto q = buffer(qint64(1) << 20); !q)
        return std::unexpected(q.error());
    return {};
}

Result<QList<std::pair<qint64, SearchIndex::Document>>>
SearchIndex::documentRows(qint64 articleId, const QList<Translation> &translations,
                          const QSet<QString> &unchanged)
{
    const QString what = QObject::tr("updating the search index");
    auto existing = m_db.run(
        QStringLiteral("SELECT id, locale, digest FROM search_docs WHERE article_id = ?"),
        {articleId}, what);
    if (!existing)
        return std::unexpected(existing.error());
    QHash<QString, std::pair<qint64, bool>> ids; // locale -> id, whether in the index
    while (existing->next()) {
        ids.insert(existing->value(1).toString(),
                   {existing->value(0).toLongLong(), !existing->value(2).isNull()});
    }
    existing->finish();
    QList<std::pair<qint64, Document>> documents;
    for (const Translation &t : translations) {
        const auto [id, indexed] = ids.take(t.locale);
        if (unchanged.contains(t.locale) && id)
            continue; // indexed as it is
        auto doc = documentOf(t);
        if (!doc)
            return std::unexpected(doc.error());
        if (indexed) { // not taken out before its text changed
            if (auto done = forget(id, nullptr); !done)
                return std::unexpected(done.error());
        }
        const qint64 sum = digest(*doc);
        if (id) {
            if (auto q = m_db.run(QStringLiteral("UPDATE search_docs SET digest = ? WHERE id = ?"),
                                  {sum, id}, what);
                !q) {
                return std::unexpected(q.error());
            }
            documents.append({id, *doc});
            continue;
        }
        auto inserted = m_db.insert(QStringLiteral("INSERT INTO search_docs (article_id, locale, "
                                                   "digest) VALUES (?, ?, ?) RETURNING id"),
                                    {articleId, t.locale, sum}, what);
        if (!inserted)
            return std::unexpected(inserted.error());
        documents.append({*inserted, *doc});
    }
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) { // locales the article no longer has
        if (it->second) {
            if (auto done = forget(it->first, nullptr); !done)
                return std::unexpected(done.error());
        }
        if (auto q
            = m_db.run(QStringLiteral("DELETE FROM search_docs WHERE id = ?"), {it->first}, what);
            !q) {
            return std::unexpected(q.error());
        }
    }
    return documents;
}

Result<> SearchIndex::writeDocuments(const QList<std::pair<qint64, Document>> &documents)
{
    const QString what = QObject::tr("updating the search index");
    for (const auto &[id, doc] : documents) {
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

Result<> SearchIndex::write(qint64 articleId, const QList<Translation> &translations,
                            const QSet<QString> &unchanged)
{
    auto documents = documentRows(articleId, translations, unchanged);
    if (!documents)
        return std::unexpected(documents.error());
    return writeDocuments(*documents);
}

Result<> SearchIndex::writeServer(qint64 articleId, const QList<Translation> &translations,
                                  const QSet<QString> &unchanged)
{
    const QString what = QObject::tr("updating the search index");
    auto existing
        = m_db.run(QStringLiteral("SELECT id, locale FROM search_docs WHERE article_id = ?"),
                   {articleId}, what);
    if (!existing)
        return std::unexpected(existing.error());
    QHash<QString, qint64> ids;
    while (existing->next())
        ids.insert(existing->value(1).toString(), existing->value(0).toLongLong());
    existing->finish();
    // The words as SQLite's tokenizer reads them, for the server's text search.
    const auto words = [](const QString &folded) {
        return SearchText::words(folded).join(QLatin1Char(' '));
    };
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
            if (auto q = m_db.run(QStringLiteral("DELETE FROM search WHERE rowid = ?"), {id}, what);
                !q)
                return std::unexpected(q.error());
        } else {
            auto inserted = m_db.insert(QStringLiteral("INSERT INTO search_docs (article_id, "
                                                       "locale) VALUES (?, ?) RETURNING id"),
                                        {articleId, t.locale}, what);
            if (!inserted)
                return std::unexpected(inserted.error());
            id = *inserted;
        }
        if (auto q = m_db.run(
                QStringLiteral("INSERT INTO search (rowid, title, lead, body, experts, words) "
                               "VALUES (?, ?, ?, ?, ?, "
                               "setweight(to_tsvector('simple', ?), 'A') || "
                               "setweight(to_tsvector('simple', ?), 'B') || "
                               "setweight(to_tsvector('simple', ?), 'C') || "
                               "setweight(to_tsvector('simple', ?), 'B'))"),
                {id, doc->title, doc->lead, doc->body, doc->experts, words(doc->title),
                 words(doc->lead), words(doc->body), words(doc->experts)},
                what);
            !q) {
            return std::unexpected(q.error());
        }
    }
    for (const qint64 gone : std::as_const(ids)) { // the row in `search` goes with it
        for (const char *sql :
             {"DELETE FROM search WHERE rowid = ?", "DELETE FROM search_docs WHERE id = ?"}) {
            if (auto q = m_db.run(QString::fromLatin1(sql), {gone}, what); !q)
                return std::unexpected(q.error());
        }
    }
    return {};
}

Result<QList<qint64>> SearchIndex::articlesWhere(const QString &sql, const QVariantList &binds)
{
    auto found = m_db.run(sql, binds, QObject::tr("updating the search index"));
    if (!found)
        return std::unexpected(found.error());
    QList<qint64> ids;
    while (found->next())
        ids.append(found->value(0).toLongLong());
    found->finish();
    return ids;
}

Result<QList<qint64>> SearchIndex::articlesQuoting(const QString &quoteUid)
{
    return articlesWhere(QStringLiteral("SELECT DISTINCT t.article_id FROM translations t "
                                        "JOIN blocks b ON b.translation_id = t.id "
                                        "JOIN quotes q ON q.id = b.quote_id WHERE q.uid = ?"),
                         {quoteUid});
}

Result<QList<qint64>> SearchIndex::articlesQuotingExpert(const QString &expertUid)
{
    return articlesWhere(QStringLiteral("SELECT DISTINCT t.article_id FROM translations t "
                                        "JOIN blocks b ON b.translation_id = t.id "
                                        "JOIN quotes q ON q.id = b.quote_id "
                                        "JOIN experts e ON e.id = q.expert_id WHERE e.uid = ?"),
                         {expertUid});
}

Result<> SearchIndex::takeOut(const QList<qint64> &articleIds)
{
    m_quotes.clear();
    m_bulk = true; // one run: the quotes as they are now, for every article
    for (const qint64 id : articleIds) {
        if (auto done = takeOut(id); !done) {
            m_bulk = false;
            return done;
        }
    }
    m_bulk = false;
    return {};
}

Result<> SearchIndex::reindex(const QList<qint64> &articleIds)
{
    m_quotes.clear(); // the words or names just changed
    for (const qint64 id : articleIds) {
        auto text = storedText(id);
        if (!text)
            return std::unexpected(text.error());
        if (auto done = indexArticle(id, *text); !done)
            return done;
    }
    return {};
}

Result<int> SearchIndex::rebuild(const std::function<void(int, int)> &progress)
{
    const QString what = QObject::tr("rebuilding the search index");
    auto tx = Transaction::begin(m_db, what);
    if (!tx)
        return std::unexpected(tx.error());
    m_quotes.clear();
    // A contentless index cannot be told to forget rows it was not given: it is emptied whole.
    for (const char *sql : {m_db.isServer() ? "DELETE FROM search"
                                            : "INSERT INTO search (search) VALUES ('delete-all')",
                            "DELETE FROM search_docs"}) {
        if (auto q = m_db.run(QString::fromLatin1(sql), {}, what); !q)
            return std::unexpected(q.error());
    }
    // Oldest first: document ids follow the archive's order.
    auto ids
        = articlesWhere(QStringLiteral("SELECT id FROM articles ORDER BY created_at, uid"), {});
    if (!ids)
        return std::unexpected(ids.error());
    beginBulk();
    m_pending = *ids;
    Progress reported;
    reported.onProgress = progress;
    if (auto done = endBulk(reported); !done)
        return std::unexpected(done.error());
    auto documents = m_db.scalar(QStringLiteral("SELECT count(*) FROM search_docs"), {}, what);
    if (!documents)
        return std::unexpected(documents.error());
    if (auto committed = tx->commit(); !committed)
        return std::unexpected(committed.error());
    return documents->toInt();
}

Result<QStringList> SearchIndex::verify()
{
    const QString what = QObject::tr("checking the search index");
    QStringList problems;
    m_quotes.clear();
    for (const auto &[sql, message] :
         {std::pair {"SELECT count(*) FROM search WHERE rowid NOT IN (SELECT id FROM search_docs)",
                     QT_TR_NOOP("search entries that belong to no article: %1")},
          std::pair {m_db.isServer() ? "SELECT count(*) FROM search_docs "
                                       "WHERE id NOT IN (SELECT rowid FROM search)"
                                     : "SELECT count(*) FROM search_docs WHERE digest IS NULL "
                                       "OR id NOT IN (SELECT rowid FROM search)",
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
        // What was indexed: the folded text on a server, its digest on SQLite (whose index
        // keeps no text).
        auto stored
            = m_db.run(m_db.isServer() ? QStringLiteral(
                           "SELECT d.locale, s.title, s.lead, s.body, s.experts "
                           "FROM articles a JOIN search_docs d ON d.article_id = a.id "
                           "JOIN search s ON s.rowid = d.id WHERE a.uid = ?")
                                       : QStringLiteral("SELECT d.locale, d.digest FROM articles a "
                                                        "JOIN search_docs d ON d.article_id = a.id "
                                                        "WHERE a.uid = ? AND d.digest IS NOT NULL "
                                                        "AND d.id IN (SELECT rowid FROM search)"),
                       {uid}, what);
        if (!stored)
            return std::unexpected(stored.error());
        QHash<QString, QVariant> indexed;
        while (stored->next()) {
            const QString locale = stored->value(0).toString();
            if (!m_db.isServer()) {
                indexed.insert(locale, stored->value(1));
                continue;
            }
            indexed.insert(locale,
                           digest({stored->value(1).toString(), stored->value(2).toString(),
                                   stored->value(3).toString(), stored->value(4).toString()}));
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
            else if (it->toLongLong() != digest(*expected))
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
