#include "core/workflow/StateMachine.h"

namespace Byline::StateMachine {

std::optional<WorkflowState> target(WorkflowState from, Action action)
{
    using S = WorkflowState;
    switch (action) {
    case Action::Submit:
        return from == S::Draft ? std::optional(S::Submitted) : std::nullopt;
    case Action::Approve:
        return from == S::Submitted ? std::optional(S::Approved) : std::nullopt;
    case Action::RequestChanges:
        return from == S::Submitted || from == S::Approved || from == S::Scheduled
            ? std::optional(S::Draft)
            : std::nullopt;
    case Action::Schedule:
        return from == S::Approved || from == S::Scheduled ? std::optional(S::Scheduled)
                                                           : std::nullopt;
    case Action::Unschedule:
        return from == S::Scheduled ? std::optional(S::Approved) : std::nullopt;
    case Action::Publish:
        return from == S::Approved || from == S::Scheduled ? std::optional(S::Published)
                                                           : std::nullopt;
    case Action::Unpublish:
        return from == S::Published ? std::optional(S::Approved) : std::nullopt;
    case Action::Spike:
        return from != S::Spiked ? std::optional(S::Spiked) : std::nullopt;
    case Action::Restore:
        return from == S::Spiked ? std::optional(S::Draft) : std::nullopt;
    }
    return std::nullopt;
}

QList<Action> allowedFrom(WorkflowState from)
{
    QList<Action> result;
    for (Action a : allActions()) {
        if (target(from, a))
            result.append(a);
    }
    return result;
}

std::optional<TranslationState> translationTarget(TranslationState from, Action action)
{
    using T = TranslationState;
    switch (action) {
    case Action::Submit:
        return from == T::InProgress ? std::optional(T::ReadyForReview) : std::nullopt;
    case Action::Approve:
        return from == T::ReadyForReview ? std::optional(T::Approved) : std::nullopt;
    case Action::RequestChanges:
        return from != T::InProgress ? std::optional(T::InProgress) : std::nullopt;
    case Action::Publish: // an approved translation goes live (state stays approved)
    case Action::Unpublish: // and comes down again
        return from == T::Approved ? std::optional(T::Approved) : std::nullopt;
    case Action::Schedule:
    case Action::Unschedule:
    case Action::Spike:
    case Action::Restore:
        break;
    }
    return std::nullopt;
}

} // namespace Byline::StateMachine
