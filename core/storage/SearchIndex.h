#pragma once

#include "core/Error.h"
#include "core/Progress.h"
#include "core/domain/Quote.h"
#include "core/domain/Translation.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <algorithm>
#include <functional>
#include <utility>

namespace Byline::Storage {

class Database;

// Keeps the full-text index in step with the articles: one document per article and locale
// (title, lead, body with the quotes it uses, the experts it quotes), folded by SearchText.
// Every write of an article's text, a quote's words or an expert's names goes through here, in
// the writer's transaction.
//
// On SQLite the index keeps no copy of the text (a contentless FTS5 table, schema 13): it
// forgets a document only when told the words it was indexed with. So a document is taken out
// (takeOut) before the rows it was made from change, while those rows still say what was
// indexed; search_docs.digest remembers a digest of each document as indexed, so that a
// document whose rows changed behind the index's back is still taken out exactly (from the
// index's own vocabulary, slowly) instead of leaving stray words behind. On a server the
// `search` table holds the folded text and a row is simply deleted.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db)
        : m_db(db)
    {
    }

    // Before the rows of an article's text change: takes its documents out of the index,
    // except those of the `keep` locales (written as they are). `stored` is the article's
    // text as the store holds it, when the caller has it at hand; else it is read. Nothing to
    // do on a server, or for an article the index does not hold yet.
    [[nodiscard]] Result<> takeOut(qint64 articleId, const QList<Translation> *stored = nullptr,
                                   const QSet<QString> &keep = {});

    // (Re)writes the documents of one article; a locale it no longer has is dropped. The
    // documents of the `unchanged` locales are kept as they are: their text is what was indexed
    // (a save that changed one locale; a quote's or an expert's change reindexes by itself).
    [[nodiscard]] Result<> indexArticle(qint64 articleId, const QList<Translation> &translations,
                                        const QSet<QString> &unchanged = {});

    // Bulk writes (an import): between beginBulk() and endBulk() indexArticle() only notes the
    // article; endBulk() writes the documents of all of them in one pass, from the text the
    // store then holds, and must be called before the transaction commits. (Every statement
    // between two full-text writes in a transaction makes SQLite flush the index's pending
    // words into a segment of its own; one pass keeps those segments few and large.)
    // `progress` hears the stage "Indexing for search" and then documents written of all;
    // cancelled, the pass stops with ErrorCode::Cancelled and the caller rolls back.
    void beginBulk() { m_bulk = true; }
    [[nodiscard]] Result<> endBulk(const Progress &progress = {});

    // The articles that quote the quote, or the expert: before a change to their words or
    // names, takeOut() each, and reindex() them after it.
    [[nodiscard]] Result<QList<qint64>> articlesQuoting(const QString &quoteUid);
    [[nodiscard]] Result<QList<qint64>> articlesQuotingExpert(const QString &expertUid);
    [[nodiscard]] Result<> takeOut(const QList<qint64> &articleIds);
    [[nodiscard]] Result<> reindex(const QList<qint64> &articleIds);

    // Writes the whole index anew (`byline-cli check --repair`). `progress` gets (done, total).
    [[nodiscard]] Result<int> rebuild(const std::function<void(int, int)> &progress = {});

    // What is out of step (missing, extra or stale documents); empty when in step. Reads only.
    [[nodiscard]] Result<QStringList> verify();

    struct Document
    {
        QString title;
        QString lead;
        QString body;
        QString experts;

        friend bool operator==(const Document &, const Document &) = default;
    };
    // The folded document the index holds for one translation.
    [[nodiscard]] Result<Document> documentOf(const Translation &translation);
    // What search_docs.digest keeps of a document (SQLite).
    [[nodiscard]] static qint64 digest(const Document &document);

private:
    struct QuoteInfo
    {
        Quote quote; // only its spoken locale and texts are filled in
        QHash<QString, QString> experts; // locale -> "name, role, country"
    };
    [[nodiscard]] Result<const QuoteInfo *> quote(const QString &uid);
    [[nodiscard]] Result<QList<qint64>> articlesWhere(const QString &sql,
                                                      const QVariantList &binds);
    // The text of an article as the store holds it, as much of it as the index reads.
    [[nodiscard]] Result<QList<Translation>> storedText(qint64 articleId);
    // Takes one document out of a contentless index: with its words when they are `indexed`
    // (their digest is the one recorded), else with the words the index holds for it.
    [[nodiscard]] Result<> forget(qint64 documentId, const Document *indexed);
    [[nodiscard]] Result<> write(qint64 articleId, const QList<Translation> &translations,
                                 const QSet<QString> &unchanged);
    // The search_docs rows of an article's changed documents (their digests), and the
    // documents to write into the full-text table with their ids.
    [[nodiscard]] Result<QList<std::pair<qint64, Document>>>
    documentRows(qint64 articleId, const QList<Translation> &translations,
                 const QSet<QString> &unchanged);
    [[nodiscard]] Result<> writeDocuments(const QList<std::pair<qint64, Document>> &documents);
    [[nodiscard]] Result<> writeServer(qint64 articleId, const QList<Translation> &translations,
                                       const QSet<QString> &unchanged);

    Database &m_db;
    QHash<QString, QuoteInfo> m_quotes; // looked up once per index run
    bool m_bulk = false;
    QList<qint64> m_pending; // articles noted in bulk
};

} // namespace Byline::Storage
