#include "core/storage/ArticleLists.h"

#include "core/TimeFormat.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace Byline::Storage {
namespace {

QString sortExpression(ArticleSort sort)
{
    switch (sort) {
    case ArticleSort::Published:
        return QStringLiteral("COALESCE(a.published_at, '')");
    case ArticleSort::Scheduled:
        return QStringLiteral("COALESCE(a.scheduled_at, '')");
    case ArticleSort::Title:
        return QStringLiteral("COALESCE(t.title, '')");
    case ArticleSort::State:
        return QStringLiteral("a.status");
    case ArticleSort::Updated:
        break;
    }
    return QStringLiteral("a.updated_at");
}

} // namespace

ArticleLists::ArticleLists(const Database &db)
    : m_db(db)
{
}

Result<QMap<QString, int>> ArticleLists::needingTranslation() const
{
    // Counted as it changes, by the store's triggers (migration 0007).
    auto q = m_db.run(QStringLiteral("SELECT locale, articles FROM translation_backlog"), {},
                      QObject::tr("counting the articles that need translation"));
    if (!q)
        return std::unexpected(q.error());
    QMap<QString, int> counts;
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toInt());
    return counts;
}

Result<QMap<QString, int>> ArticleLists::countNeedingTranslation() const
{
    auto q = m_db.run(
        QStringLiteral("SELECT l.code, (SELECT count(*) FROM articles a WHERE "
                       "a.status <> 'spiked' AND a.source_locale <> l.code AND NOT EXISTS "
                       "(SELECT 1 FROM translations x WHERE x.article_id = a.id AND "
                       "x.locale = l.code AND x.status = 'approved')) FROM locales l"),
        {}, QObject::tr("counting the articles that need translation"));
    if (!q)
        return std::unexpected(q.error());
    QMap<QString, int> counts;
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toInt());
    return counts;
}

Result<QList<ArticleSummary>> ArticleLists::summaries(const ArticleQuery &query) const
{
    const QString what = QObject::tr("listing the articles");
    const QString sortExpr = sortExpression(query.sort);
    QString sql
        = QStringLiteral("SELECT a.id, a.uid, COALESCE(t.title, ''), s.uid, a.source_locale, "
                         "a.status, a.scheduled_at, a.published_at, a.updated_at, a.version, %1, "
                         "a.published_late_seconds "
                         "FROM articles a JOIN sections s ON s.id = a.section_id "
                         "LEFT JOIN translations t ON t.article_id = a.id AND t.locale = %2 "
                         "WHERE 1 = 1")
              .arg(sortExpr,
                   query.locale.isEmpty() ? QStringLiteral("a.source_locale")
                                          : QStringLiteral("?"));
    QVariantList binds;
    if (!query.locale.isEmpty())
        binds.append(query.locale);
    if (query.state) {
        sql += QStringLiteral(" AND a.status = ?");
        binds.append(workflowStateName(*query.state));
    }
    if (!query.locale.isEmpty())
        sql += QStringLiteral(" AND t.id IS NOT NULL");
    if (!query.uid.isEmpty()) {
        sql += QStringLiteral(" AND a.uid = ?");
        binds.append(query.uid);
    }
    if (!query.uids.isEmpty()) {
        QStringList marks;
        for (const QString &uid : query.uids) {
            marks.append(QStringLiteral("?"));
            binds.append(uid);
        }
        sql += QStringLiteral(" AND a.uid IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!query.sectionUid.isEmpty()) {
        sql += QStringLiteral(" AND s.uid = ?");
        binds.append(query.sectionUid);
    }
    if (!query.author.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM article_authors aa JOIN users u ON "
                              "u.id = aa.user_id WHERE aa.article_id = a.id AND u.name = ?)");
        binds.append(query.author);
    }
    if (!query.involving.isEmpty()) {
        sql += QStringLiteral(" AND (EXISTS (SELECT 1 FROM article_authors aa JOIN users u ON "
                              "u.id = aa.user_id WHERE aa.article_id = a.id AND u.name = ?) "
                              "OR a.editor_id = (SELECT id FROM users WHERE name = ?))");
        binds << query.involving << query.involving;
    }
    if (!query.needsTranslation.isEmpty()) {
        sql += QStringLiteral(" AND a.status <> 'spiked' AND a.source_locale <> ? AND NOT EXISTS "
                              "(SELECT 1 FROM translations x WHERE x.article_id = a.id AND "
                              "x.locale = ? AND x.status = 'approved')");
        binds << query.needsTranslation << query.needsTranslation;
    }
    if (query.calendarFrom && query.calendarTo) {
        sql += QStringLiteral(" AND ((a.status = 'scheduled' AND a.scheduled_at >= ? AND "
                              "a.scheduled_at < ?) OR (a.status = 'published' AND "
                              "a.published_at >= ? AND a.published_at < ?))");
        const QString from = formatUtc(*query.calendarFrom);
        const QString to = formatUtc(*query.calendarTo);
        binds << from << to << from << to;
    }
    const QString cmp = query.descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString dir = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (query.afterKey) {
        sql += QStringLiteral(" AND (%1 %2 ? OR (%1 = ? AND a.id %2 ?))").arg(sortExpr, cmp);
        binds << *query.afterKey << *query.afterKey << query.afterRowId;
    }
    sql += QStringLiteral(" ORDER BY %1 %2, a.id %2 LIMIT ?").arg(sortExpr, dir);
    binds.append(qMax(1, query.limit));

    auto q = m_db.run(sql, binds, what);
    if (!q)
        return std::unexpected(q.error());
    QList<ArticleSummary> result;
    QHash<qint64, qsizetype> indexOf;
    while (q->next()) {
        ArticleSummary s;
        s.rowId = q->value(0).toLongLong();
        s.uid = q->value(1).toString();
        s.title = q->value(2).toString();
        s.sectionUid = q->value(3).toString();
        s.sourceLocale = q->value(4).toString();
        s.state = workflowStateFromName(q->value(5).toString()).value_or(WorkflowState::Draft);
        s.scheduledAt = timeOrNull(q->value(6));
        s.publishedAt = timeOrNull(q->value(7));
        s.updatedAt = parseUtc(q->value(8).toString()).value_or(QDateTime());
        s.version = q->value(9).toInt();
        s.sortKey = q->value(10).toString();
        if (!q->value(11).isNull())
            s.publishedLateSeconds = q->value(11).toLongLong();
        indexOf.insert(s.rowId, result.size());
        result.append(s);
    }
    if (result.isEmpty())
        return result;

    // The authors and the locales of every listed article, a batch of articles a statement: on
    // a server each statement is a round trip, and a save shown in the list reads its one row
    // this way. Batches, because preparing a statement costs Qt's SQLite driver time in the
    // square of its values (10,000 values: 0.6 s); a calendar month may list 5,000 articles.
    constexpr qsizetype batch = 250;
    for (qsizetype from = 0; from < result.size(); from += batch) {
        QStringList marks;
        QVariantList ids;
        for (qsizetype i = from; i < std::min(result.size(), from + batch); ++i) {
            marks.append(QStringLiteral("?"));
            ids.append(result.at(i).rowId);
        }
        const QString in = marks.join(QLatin1Char(','));
        auto parts
            = m_db.run(QStringLiteral("SELECT aa.article_id, 0, aa.position, '', u.name, '' "
                                      "FROM article_authors aa JOIN users u "
                                      "ON u.id = aa.user_id WHERE aa.article_id IN (%1) "
                                      "UNION ALL "
                                      "SELECT t.article_id, 1, l.position, l.code, t.locale, "
                                      "t.status FROM translations t JOIN locales l "
                                      "ON l.code = t.locale WHERE t.article_id IN (%1) "
                                      "ORDER BY 1, 2, 3, 4")
                           .arg(in),
                       ids + ids, what);
        if (!parts)
            return std::unexpected(parts.error());
        while (parts->next()) {
            ArticleSummary &s = result[indexOf.value(parts->value(0).toLongLong())];
            if (parts->value(1).toInt() == 0) {
                s.authors.append(parts->value(4).toString());
                continue;
            }
            s.locales.append({parts->value(4).toString(),
                              translationStateFromName(parts->value(5).toString())
                                  .value_or(TranslationState::InProgress)});
        }
    }
    return result;
}

Result<QList<ArticleSummary>> ArticleLists::onCalendar(const QDateTime &from, const QDateTime &to,
                                                       const QString &uid) const
{
    ArticleQuery query;
    query.uid = uid;
    query.calendarFrom = from;
    query.calendarTo = to;
    query.sort = ArticleSort::Scheduled;
    query.descending = false;
    query.limit = calendarLimit;
    return summaries(query);
}

} // namespace Byline::Storage
