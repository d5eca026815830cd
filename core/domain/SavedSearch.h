#pragma once

#include "core/domain/WorkflowState.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Byline {

// A search a person keeps under a name: the words and the Search panel's filters.
struct SavedSearch
{
    qint64 id = 0;
    QString user; // whose it is (user name)
    QString name;
    QString text; // the words, as typed
    QString locale; // empty: every language
    std::optional<WorkflowState> state; // none: any state
    QDateTime createdAt;

    friend bool operator==(const SavedSearch &, const SavedSearch &) = default;
};

} // namespace Byline
