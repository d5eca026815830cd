#pragma once

#include "core/domain/Translation.h"
#include "core/domain/WorkflowState.h"
#include "core/workflow/Action.h"

#include <QList>

#include <optional>

namespace Byline::StateMachine {

// Where an action takes an article, or nothing when it is not allowed from `from`.
[[nodiscard]] std::optional<WorkflowState> target(WorkflowState from, Action action);
// Every action allowed from `from`, in the order of allActions().
[[nodiscard]] QList<Action> allowedFrom(WorkflowState from);

// The same for one locale's translation (a missing locale cannot be acted on).
[[nodiscard]] std::optional<TranslationState> translationTarget(TranslationState from,
                                                                Action action);

} // namespace Byline::StateMachine
