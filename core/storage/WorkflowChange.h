#pragma once

#include "core/domain/AuditEntry.h"
#include "core/domain/Comment.h"
#include "core/domain/Translation.h"
#include "core/domain/WorkflowState.h"

#include <QDateTime>
#include <QMap>

#include <optional>

namespace Byline::Storage {

// One workflow transition as the store applies it: compare-and-set on the state (so two
// people or two publish-due runs cannot both move the same article), the new times, the
// locales that go live or come down, and the audit entry. All or nothing.
struct WorkflowChange
{
    WorkflowState from = WorkflowState::Draft;
    WorkflowState to = WorkflowState::Draft;
    std::optional<QDateTime> scheduledAt;
    std::optional<QDateTime> publishedAt;
    std::optional<qint64> publishedLateSeconds;
    QMap<QString, std::optional<QDateTime>> localePublishedAt; // locales whose live time changes
    QMap<QString, TranslationState> localeStates; // locales whose state changes
    AuditEntry audit;
    std::optional<Comment> comment; // request-changes keeps its reason as a comment too
};

} // namespace Byline::Storage
