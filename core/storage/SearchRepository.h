#pragma once

#include "core/Error.h"
#include "core/domain/WorkflowState.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Byline::Storage {

class Database;

struct SearchQuery
{
    QString text; // words, "phrases", prefix*
    bool prefixLast = false; // search as you type: the last word is a prefix
    QString locale; // empty: every locale
    std::optional<WorkflowState> state;
    QString sectionUid;
    QString author; // user name
    QString expertUid; // articles quoting this expert
    std::optional<QDateTime> from; // publication (or last change, if unpublished) from...
    std::optional<QDateTime> to; // ...to, inclusive
    int limit = 50;
};

struct SearchHit
{
    QString articleUid;
    QString locale;
    QString title; // as written, in the hit's locale
    WorkflowState state = WorkflowState::Draft;
    QString sectionUid;
    std::optional<QDateTime> publishedAt;
    QDateTime updatedAt;
    QString field; // where the snippet comes from: title, lead, body, experts
    QString snippet; // plain text, the matching words between \x02 and \x03
    double score = 0; // bm25, lower is better; 0 when ranked by date
};

struct SearchResults
{
    enum class Ranking {
        Relevance, // every match ranked by relevance
        RelevanceOfNewest, // too many matches: the newest `window` ranked by relevance
    };
    QList<SearchHit> hits;
    Ranking ranking = Ranking::Relevance;
    int window = 0; // for RelevanceOfNewest: how many of the newest were ranked
    bool moreMatches = false; // matches beyond the window exist
};

// Full-text search over every locale (see SearchIndex). Common words stay fast: when more than
// `window` documents match, only the newest `window` are ranked (and the result says so).
class SearchRepository
{
public:
    explicit SearchRepository(Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<SearchResults> search(const SearchQuery &query) const;

    // For the benchmark's comparison with the sqlite3 shell, without filters:
    // the statement this service runs first (the newest `window` + 1 matches with their score),
    [[nodiscard]] static QString shellSql(const SearchQuery &query, int window);
    // and the usual FTS5 search it replaces: every match ranked by bm25, the best `limit` with
    // their text read from the store (the index keeps no text for snippet()).
    [[nodiscard]] static QString usualFts5Sql(const SearchQuery &query);

    static constexpr int defaultWindow = 2000;
    void setWindow(int window) { m_window = window; } // tests and the benchmark

    // Markers around the matching words in SearchHit::snippet.
    static constexpr char16_t markOpen = 0x02;
    static constexpr char16_t markClose = 0x03;

private:
    Database &m_db;
    int m_window = defaultWindow;
};

} // namespace Byline::Storage
