#pragma once

#include <QString>

#include <optional>

namespace Byline {

enum class Role { Journalist, Editor, Translator, Admin };

[[nodiscard]] QString roleName(Role role);
[[nodiscard]] std::optional<Role> roleFromName(QStringView name);

} // namespace Byline
