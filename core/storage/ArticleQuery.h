#pragma once

#include "core/domain/WorkflowState.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Byline::Storage {

enum class ArticleSort { Updated, Published, Scheduled, Title, State };

// What an article list shows: filters, order, and where the previous page ended (keyset
// paging: the next page starts after `afterKey`/`afterRowId`, never with OFFSET).
struct ArticleQuery
{
    std::optional<WorkflowState> state;
    QString locale; // only articles with a translation in it; titles in it
    QString sectionUid;
    QString author; // user name
    QString involving; // user name: their work (an author, or the assigned editor)
    QString needsTranslation; // locale: not the source, and no approved translation in it yet
    QString uid; // only this article (is it still in the list, and where?)
    QStringList uids; // only these (the list placing several changed articles at once)
    // The editorial calendar: only articles whose time on the calendar is in [from, to) (UTC):
    // scheduled ones by their scheduled time, published ones by their publication time.
    std::optional<QDateTime> calendarFrom;
    std::optional<QDateTime> calendarTo;
    ArticleSort sort = ArticleSort::Updated;
    bool descending = true;
    int limit = 200;
    std::optional<QString> afterKey;
    qint64 afterRowId = 0;
};

} // namespace Byline::Storage
