#pragma once

#include <QString>

#include <optional>

namespace Byline {

enum class WorkflowState { Draft, Submitted, Approved, Scheduled, Published, Spiked };

[[nodiscard]] QString workflowStateName(WorkflowState state);
[[nodiscard]] std::optional<WorkflowState> workflowStateFromName(QStringView name);

} // namespace Byline
