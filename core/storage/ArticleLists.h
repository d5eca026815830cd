#pragma once

#include "core/Error.h"
#include "core/domain/ArticleSummary.h"
#include "core/storage/ArticleQuery.h"

#include <QDateTime>
#include <QList>
#include <QMap>

namespace Byline::Storage {

class Database;

// The lists of articles the desk reads: the article list (filtered, sorted and paged in SQL),
// the editorial calendar, and how many articles each language's translators have waiting.
class ArticleLists
{
public:
    explicit ArticleLists(const Database &db);

    [[nodiscard]] Result<QList<ArticleSummary>> summaries(const ArticleQuery &query) const;

    // The editorial calendar between `from` and `to` (UTC, `to` excluded): scheduled articles
    // by their scheduled time, published ones by their publication time; at most
    // `calendarLimit` of them. With `uid`: only that article, if it is on the calendar then.
    [[nodiscard]] Result<QList<ArticleSummary>>
    onCalendar(const QDateTime &from, const QDateTime &to, const QString &uid = {}) const;
    static constexpr int calendarLimit = 5000;

    // Per locale: articles (not spiked, not written in it) without an approved translation in
    // it. Kept counted by the store as articles change: three rows, whatever the archive's size.
    [[nodiscard]] Result<QMap<QString, int>> needingTranslation() const;
    // The same counted over the whole archive (`check` compares the two).
    [[nodiscard]] Result<QMap<QString, int>> countNeedingTranslation() const;

private:
    const Database &m_db;
};

} // namespace Byline::Storage
