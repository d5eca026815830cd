#pragma once

#include "core/domain/AuditEntry.h"
#include "core/domain/Comment.h"
#include "core/domain/Revision.h"
#include "core/domain/Translation.h"
#include "core/domain/WorkflowState.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace Byline {

struct Article
{
    QString uid;
    QString sectionUid;
    QString sourceLocale;
    WorkflowState state = WorkflowState::Draft;
    QStringList authors;  // user names in byline order
    QString editor;       // user name, may be empty
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> scheduledAt;
    std::optional<QDateTime> publishedAt;
    int version = 1;  // optimistic concurrency: each save adds one
    std::optional<qint64> viewCount;
    std::optional<qint64> publishedLateSeconds;  // how late publish-due published it
    QList<Translation> translations;  // in the store's locale order
    QList<Revision> revisions;        // filled only when asked for
    QList<AuditEntry> history;        // filled only when asked for
    QList<Comment> comments;          // filled only when asked for

    [[nodiscard]] const Translation *translation(QStringView locale) const;
    [[nodiscard]] Translation *translation(QStringView locale);
    [[nodiscard]] const Translation *sourceTranslation() const { return translation(sourceLocale); }

    friend bool operator==(const Article &, const Article &) = default;
};

} // namespace Byline
