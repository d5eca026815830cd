#pragma once

#include "core/Error.h"
#include "core/Progress.h"
#include "core/interchange/Document.h"

#include <QByteArray>

#include <functional>
#include <optional>

class QIODevice;

namespace Byline::Storage {
class Database;
}

namespace Byline::Interchange {

class JsonWriter;

// Writes the store (or one article with what it refers to) as a byline/1 document.
class Exporter
{
public:
    explicit Exporter(Storage::Database &db)
        : m_db(db)
    {
    }

    // The store, or one article with what it refers to, in memory (the whole store can be large:
    // write() streams it).
    [[nodiscard]] Result<Document> load(const QString &articleUid = {}) const;
    // The document written to `out` an article at a time, in bounded memory whatever the size of
    // the store: the same bytes as toJson(load()). Returns the bytes written; a device that
    // refuses a write ends it with an Io error naming how far it got.
    [[nodiscard]] Result<qint64> write(QIODevice &out, const QString &articleUid = {}) const;
    [[nodiscard]] Result<QByteArray> exportJson(const QString &articleUid = {}) const;

    // The document as JSON: fixed key and list order, two-space indentation, final newline.
    [[nodiscard]] static QByteArray toJson(const Document &document);
    // The same written to `out` as it is made: `newsroom` (its articles are not written), then
    // `count` articles from `article(index)` (nothing: none at that index), one at a time.
    using ArticleSource = std::function<Result<std::optional<Article>>(int index)>;
    [[nodiscard]] static Result<qint64> writeDocument(QIODevice &out, const Document &newsroom,
                                                      int count, const ArticleSource &article);
    // One article as `show --json` prints it (the interchange article object).
    [[nodiscard]] static QByteArray articleJson(const Article &article);
    // One user, one expert (names in `localeOrder`, then any others) as the document writes
    // them; byline-cli's `users list --json` and `experts list --json` print the same objects.
    static void writeUser(JsonWriter &out, const User &user, const QStringList &localeOrder);
    static void writeExpert(JsonWriter &out, const Expert &expert, const QStringList &localeOrder);

    // Reports the articles read; a cancel ends load() with ErrorCode::Cancelled.
    void setProgress(Progress progress) { m_progress = std::move(progress); }

private:
    // Everything but the articles; `settings` also reads the settings and the site strings,
    // `withQuotes` the quotes.
    [[nodiscard]] Result<Document> loadNewsroom(bool settings, bool withQuotes = true) const;
    // One article with its history, reporting progress and looking for a cancel first.
    [[nodiscard]] Result<std::optional<Article>> loadArticle(const QString &uid, int position,
                                                             int total) const;
    // The document up to and including the opening of its "articles" list; without quotes,
    // up to and including the opening of "quotes": writeQuote() each, then endQuotes().
    static void writeNewsroom(JsonWriter &out, const Document &document, bool withQuotes = true);
    static void writeQuote(JsonWriter &out, const Quote &quote, const QStringList &localeOrder);
    static void endQuotes(JsonWriter &out);
    // The articles, the end of the document, and what is left of it to `out`.
    [[nodiscard]] static Result<> writeArticles(QIODevice &out, JsonWriter &json, qint64 &written,
                                                int count, const ArticleSource &article);

    Storage::Database &m_db;
    Progress m_progress;
};

} // namespace Byline::Interchange
