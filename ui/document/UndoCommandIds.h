#pragma once

namespace Byline {

// The merge ids of the editor's undo commands (QUndoCommand::id()), in one list so that two
// kinds of command never share one. Consecutive commands with the same id (and the same
// field, see ChangeValue) merge into one undo step; None never merges.
enum class UndoCommandId {
    None = -1,
    Typing = 1, // text typed into one field or block of one locale
};

} // namespace Byline
