#pragma once

#include "core/domain/NewsroomEvent.h"
#include "core/domain/User.h"

namespace Byline::NewsroomAudit {

// How the newsroom's audit trail words each kind of change, the same from the desk's settings,
// `byline-cli users add` and an import. The caller sets who and when. Values are cut to a
// readable length: the trail says what changed, the store keeps the value itself.
[[nodiscard]] NewsroomEvent userAdded(const User &user);
[[nodiscard]] NewsroomEvent userChanged(const User &before, const User &after);
// A person's login got a new password on a newsroom server (never the password itself).
[[nodiscard]] NewsroomEvent passwordSet(const User &user);
[[nodiscard]] NewsroomEvent settingChanged(const QString &key, const QString &before,
                                           const QString &after);
[[nodiscard]] NewsroomEvent siteStringChanged(const QString &locale, const QString &key,
                                              const QString &before, const QString &after);
// A whole import: `source` names the file, `summary` says what it brought.
[[nodiscard]] NewsroomEvent imported(const QString &source, const QString &summary);
// A newsroom's section or language added or changed by an import.
[[nodiscard]] NewsroomEvent recordChanged(const QString &kind, const QString &key, bool added);

} // namespace Byline::NewsroomAudit
