#pragma once

#include "core/Error.h"
#include "core/domain/Quote.h"
#include "core/domain/Translation.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <utility>

namespace Byline::Storage {

class Database;

// Keeps the full-text index in step with the articles: one document per article and locale
// (title, lead, body with the quotes it uses, the experts it quotes), folded by SearchText.
// Every write of an article's text, a quote's words or an expert's names goes through here, in
// the writer's transaction.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db)
        : m_db(db)
    {
    }

    // (Re)writes the documents of one article; a locale it no longer has is dropped. The
    // documents of the `unchanged` locales are kept as they are: their text is what was indexed
    // (a save that changed one locale; a quote's or an expert's change reindexes by itself).
    [[nodiscard]] Result<> indexArticle(qint64 articleId, const QList<Translation> &translations,
                                        const QSet<QString> &unchanged = {});

    // Bulk writes (an import): documents are written `articles` at a time, at the latest by
    // flush(), which must then be called before the transaction commits. (Every statement that
    // follows a full-text write in a transaction makes SQLite flush the index's pending words;
    // batching keeps those flushes few.)
    void setBatchSize(int articles) { m_batchSize = std::max(1, articles); }
    static constexpr int bulkBatch = 250;
    [[nodiscard]] Result<> flush();
    // After a quote's words or its expert changed: every article that uses it.
    [[nodiscard]] Result<> reindexQuote(const QString &quoteUid);
    // After an expert's names changed: every article quoting them.
    [[nodiscard]] Result<> reindexExpert(const QString &expertUid);

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

private:
    struct QuoteInfo
    {
        Quote quote; // only its spoken locale and texts are filled in
        QHash<QString, QString> experts; // locale -> "name, role, country"
    };
    [[nodiscard]] Result<const QuoteInfo *> quote(const QString &uid);
    [[nodiscard]] Result<> reindexWhere(const QString &sql, const QString &uid);
    struct Pending
    {
        qint64 articleId = 0;
        QList<Translation> translations;
        QSet<QString> unchanged;
    };
    [[nodiscard]] Result<> write(const QList<Pending> &articles);

    Database &m_db;
    QHash<QString, QuoteInfo> m_quotes; // looked up once per index run
    int m_batchSize = 1;
    QList<Pending> m_pending;
};

} // namespace Byline::Storage
