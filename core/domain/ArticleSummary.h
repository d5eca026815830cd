#pragma once

#include "core/domain/Translation.h"
#include "core/domain/WorkflowState.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

namespace Byline {

// One row of an article list: enough to show and sort, nothing of the body.
struct ArticleSummary
{
    qint64 rowId = 0;
    QString uid;
    QString title;  // in the list's locale, or the source locale
    QString sectionUid;
    QString sourceLocale;
    WorkflowState state = WorkflowState::Draft;
    QStringList authors;
    std::optional<QDateTime> scheduledAt;
    std::optional<QDateTime> publishedAt;
    std::optional<qint64> publishedLateSeconds;
    QDateTime updatedAt;
    int version = 1;
    QList<QPair<QString, TranslationState>> locales;  // the translations that exist
    QString sortKey;  // the value the list was sorted by, for paging on

    friend bool operator==(const ArticleSummary &, const ArticleSummary &) = default;
};

} // namespace Byline
