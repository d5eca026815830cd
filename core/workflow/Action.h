#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Byline {

// What a person can do to an article (or to one locale of it) in the workflow.
enum class Action {
    Submit, // journalist: draft -> submitted; translator (--locale): ready for review
    Approve, // editor: submitted -> approved; (--locale) the translation is approved
    RequestChanges, // editor: back to draft (or the translation back to in progress), with a
                    // comment
    Schedule, // editor: approved -> scheduled, or a new time for a scheduled one
    Unschedule, // editor: scheduled -> approved
    Publish, // editor: approved or scheduled -> published now; (--locale) take it live
    Unpublish, // editor: published -> approved; (--locale) take only that locale down
    Spike, // editor: into the recoverable bin
    Restore, // editor: out of the bin, as a draft
};

[[nodiscard]] QString actionName(Action action); // "request-changes"
[[nodiscard]] std::optional<Action> actionFromName(QStringView name);
[[nodiscard]] const QList<Action> &allActions();

} // namespace Byline
