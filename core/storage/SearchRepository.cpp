#include "core/storage/SearchRepository.h"

#include "core/TimeFormat.h"
#include "core/storage/Database.h"
#include "core/storage/SearchText.h"

#include <QObject>
#include <QSqlQuery>

#include <algorithm>

namespace Byline::Storage {
namespace {

// Title matches weigh most, then lead and the experts quoted, then the body.
const char *const rankExpression = "bm25(search, 8.0, 4.0, 1.0, 2.0)";

struct Candidate
{
    qint64 id = 0;
    double score = 0;
};

} // namespace

QString SearchRepository::shellSql(const SearchQuery &query, int window)
{
    const QString match = SearchText::matchExpression(
        SearchText::parse(query.text, query.prefixLast, SearchText::indexPrefixFrom));
    return QStringLiteral("SELECT rowid, %1 FROM search WHERE search MATCH '%2' "
                          "ORDER BY rowid DESC LIMIT %3;")
        .arg(QLatin1StringView(rankExpression),
             QString(match).replace(QLatin1Char('\''), QStringLiteral("''")))
        .arg(window + 1);
}

QString SearchRepository::usualFts5Sql(const SearchQuery &query)
{
    const QString match = SearchText::matchExpression(
        SearchText::parse(query.text, query.prefixLast, SearchText::indexPrefixFrom));
    // The index keeps no text (schema 13): FTS5's snippet() has nothing to cut a passage
    // from, so each hit's text (title, lead, blocks with the quotes' words) is read where it
    // is kept, as any contentless index is used: what a passage would be cut from.
    return QStringLiteral(
               "SELECT s.rowid, s.score, t.title || ' ' || t.lead || ' ' || "
               "(SELECT group_concat(COALESCE(NULLIF(b.text, ''), qt.text), ' ') FROM blocks b "
               "LEFT JOIN quote_texts qt ON qt.quote_id = b.quote_id AND qt.locale = t.locale "
               "WHERE b.translation_id = t.id) AS passage FROM "
               "(SELECT rowid, %1 AS score FROM search WHERE search MATCH '%2' "
               "ORDER BY score LIMIT %3) s JOIN search_docs d ON d.id = s.rowid "
               "JOIN translations t ON t.article_id = d.article_id AND t.locale = d.locale;")
        .arg(QLatin1StringView(rankExpression),
             QString(match).replace(QLatin1Char('\''), QStringLiteral("''")))
        .arg(query.limit);
}

Result<SearchResults> SearchRepository::search(const SearchQuery &query) const
{
    const QString what = QObject::tr("searching");
    const QList<SearchText::Term> terms
        = SearchText::parse(query.text, query.prefixLast, SearchText::indexPrefixFrom);
    if (terms.isEmpty()) {
        return fail(
            ErrorCode::InvalidInput,
            QObject::tr("There is nothing to search for in \"%1\": type a word.").arg(query.text));
    }
    if (query.limit < 1 || query.limit > 1000) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("A search shows 1 to 1000 results, not %1.").arg(query.limit));
    }

    // The newest matches first (document ids follow the archive's order), at most window + 1:
    // that many tell whether there are more than can be ranked.
    // On a server: the tsvector and ts_rank (higher is better there, so negated to sort as
    // bm25 does).
    const bool server = m_db.isServer();
    QString sql = server ? QStringLiteral("SELECT search.rowid, -ts_rank(search.words, "
                                          "to_tsquery('simple', ?)) FROM search")
                         : QStringLiteral("SELECT search.rowid, %1 FROM search")
                               .arg(QLatin1StringView(rankExpression));
    QStringList where {server ? QStringLiteral("search.words @@ to_tsquery('simple', ?)")
                              : QStringLiteral("search MATCH ?")};
    QVariantList binds;
    if (server)
        binds = {SearchText::tsQuery(terms), SearchText::tsQuery(terms)};
    else
        binds = {SearchText::matchExpression(terms)};
    const bool byArticle = query.state || !query.sectionUid.isEmpty() || !query.author.isEmpty()
        || !query.expertUid.isEmpty() || query.from || query.to;
    if (byArticle || !query.locale.isEmpty())
        sql += QStringLiteral(" JOIN search_docs d ON d.id = search.rowid");
    if (byArticle)
        sql += QStringLiteral(" JOIN articles a ON a.id = d.article_id");
    if (!query.locale.isEmpty()) {
        where.append(QStringLiteral("d.locale = ?"));
        binds.append(query.locale);
    }
    if (query.state) {
        where.append(QStringLiteral("a.status = ?"));
        binds.append(workflowStateName(*query.state));
    }
    if (!query.sectionUid.isEmpty()) {
        where.append(QStringLiteral("a.section_id = (SELECT id FROM sections WHERE uid = ?)"));
        binds.append(query.sectionUid);
    }
    if (!query.author.isEmpty()) {
        where.append(
            QStringLiteral("EXISTS (SELECT 1 FROM article_authors aa JOIN users u "
                           "ON u.id = aa.user_id WHERE aa.article_id = a.id AND u.name = ?)"));
        binds.append(query.author);
    }
    if (!query.expertUid.isEmpty()) {
        where.append(QStringLiteral("EXISTS (SELECT 1 FROM translations t JOIN blocks b "
                                    "ON b.translation_id = t.id JOIN quotes q ON q.id = b.quote_id "
                                    "JOIN experts e ON e.id = q.expert_id "
                                    "WHERE t.article_id = a.id AND e.uid = ?)"));
        binds.append(query.expertUid);
    }
    if (query.from) {
        where.append(QStringLiteral("COALESCE(a.published_at, a.updated_at) >= ?"));
        binds.append(formatUtc(*query.from));
    }
    if (query.to) {
        where.append(QStringLiteral("COALESCE(a.published_at, a.updated_at) <= ?"));
        binds.append(formatUtc(*query.to));
    }
    sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))
        + QStringLiteral(" ORDER BY search.rowid DESC LIMIT ?");
    binds.append(m_window + 1);

    auto found = m_db.run(sql, binds, what);
    if (!found)
        return std::unexpected(found.error());
    QList<Candidate> candidates;
    while (found->next())
        candidates.append({found->value(0).toLongLong(), found->value(1).toDouble()});
    found->finish();

    SearchResults results;
    results.window = m_window;
    if (candidates.size() > m_window) {
        candidates.removeLast();
        results.moreMatches = true;
        results.ranking = SearchResults::Ranking::RelevanceOfNewest;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score < b.score; });
    if (candidates.size() > query.limit)
        candidates.resize(query.limit);
    if (candidates.isEmpty())
        return results;

    // What the hits are, as written (the index holds folded text).
    QStringList marks;
    QVariantList ids;
    for (const Candidate &c : std::as_const(candidates)) {
        marks.append(QStringLiteral("?"));
        ids.append(c.id);
    }
    auto details = m_db.run(
        QStringLiteral("SELECT d.id, d.locale, a.uid, a.status, sec.uid, a.published_at, "
                       "a.updated_at, t.id, t.title, t.lead FROM search_docs d "
                       "JOIN articles a ON a.id = d.article_id "
                       "JOIN sections sec ON sec.id = a.section_id "
                       "JOIN translations t ON t.article_id = a.id AND t.locale = d.locale "
                       "WHERE d.id IN (%1)")
            .arg(marks.join(QLatin1Char(','))),
        ids, what);
    if (!details)
        return std::unexpected(details.error());
    struct Row
    {
        SearchHit hit;
        qint64 translationId = 0;
        QString lead;
    };
    QHash<qint64, Row> rows;
    while (details->next()) {
        Row row;
        row.hit.locale = details->value(1).toString();
        row.hit.articleUid = details->value(2).toString();
        row.hit.state
            = workflowStateFromName(details->value(3).toString()).value_or(WorkflowState::Draft);
        row.hit.sectionUid = details->value(4).toString();
        if (!details->value(5).isNull())
            row.hit.publishedAt = parseUtc(details->value(5).toString()); // nullopt if unreadable
        row.hit.updatedAt = parseUtc(details->value(6).toString()).value_or(QDateTime());
        row.translationId = details->value(7).toLongLong();
        row.hit.title = details->value(8).toString();
        row.lead = details->value(9).toString();
        rows.insert(details->value(0).toLongLong(), row);
    }
    details->finish();

    // The blocks of every hit whose lead does not match, in one statement (on a server each
    // statement is a round trip): where their snippet may come from.
    QStringList blockMarks;
    QVariantList translationIds;
    for (const Candidate &c : std::as_const(candidates)) {
        auto it = rows.constFind(c.id);
        if (it != rows.cend() && !SearchText::matches(it->lead, terms)) {
            blockMarks.append(QStringLiteral("?"));
            translationIds.append(it->translationId);
        }
    }
    QHash<qint64, QStringList> blockTexts; // by translation, in order
    if (!translationIds.isEmpty()) {
        auto blocks = m_db.run(
            QStringLiteral("SELECT b.translation_id, b.text, qt.text, qs.text FROM blocks b "
                           "JOIN translations t ON t.id = b.translation_id "
                           "LEFT JOIN quotes q ON q.id = b.quote_id "
                           "LEFT JOIN quote_texts qt ON qt.quote_id = q.id AND qt.locale = "
                           "t.locale "
                           "LEFT JOIN quote_texts qs ON qs.quote_id = q.id AND qs.locale = "
                           "q.spoken_locale "
                           "WHERE b.translation_id IN (%1) ORDER BY b.translation_id, b.position")
                .arg(blockMarks.join(QLatin1Char(','))),
            translationIds, what);
        if (!blocks)
            return std::unexpected(blocks.error());
        while (blocks->next()) {
            QString text = blocks->value(1).toString();
            if (text.isEmpty())
                text = blocks->value(2).toString().trimmed().isEmpty()
                    ? blocks->value(3).toString()
                    : blocks->value(2).toString();
            blockTexts[blocks->value(0).toLongLong()].append(text);
        }
        blocks->finish();
    }

    const QString open {QChar(markOpen)};
    const QString close {QChar(markClose)};
    for (const Candidate &c : std::as_const(candidates)) {
        auto it = rows.find(c.id);
        if (it == rows.end())
            continue; // changed since the match; `check` reports a stale index
        SearchHit hit = it->hit;
        hit.score = c.score;
        // The passage that shows why it matched: the lead, else the first matching block, else
        // the title (a list shows the title anyway), else the lead as it starts.
        QString source;
        if (SearchText::matches(it->lead, terms)) {
            hit.field = QStringLiteral("lead");
            source = it->lead;
        } else {
            const QStringList texts = blockTexts.value(it->translationId);
            const auto block = std::find_if(texts.cbegin(), texts.cend(), [&](const QString &t) {
                return SearchText::matches(t, terms);
            });
            if (block != texts.cend()) {
                hit.field = QStringLiteral("body");
                source = *block;
            } else if (SearchText::matches(hit.title, terms)) {
                hit.field = QStringLiteral("title");
                source = hit.title;
            } else {
                hit.field = QStringLiteral("experts"); // matched the experts quoted
                source = it->lead;
            }
        }
        hit.snippet = SearchText::snippet(source, terms, open, close);
        results.hits.append(hit);
    }
    return results;
}

} // namespace Byline::Storage
