#include "core/workflow/Action.h"

#include <array>
#include <utility>

namespace Byline {
namespace {
constexpr std::array<std::pair<Action, const char *>, 9> names {{
    {Action::Submit, "submit"},
    {Action::Approve, "approve"},
    {Action::RequestChanges, "request-changes"},
    {Action::Schedule, "schedule"},
    {Action::Unschedule, "unschedule"},
    {Action::Publish, "publish"},
    {Action::Unpublish, "unpublish"},
    {Action::Spike, "spike"},
    {Action::Restore, "restore"},
}};
} // namespace

QString actionName(Action action)
{
    for (const auto &[a, name] : names) {
        if (a == action)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Action> actionFromName(QStringView name)
{
    for (const auto &[a, n] : names) {
        if (name == QLatin1StringView(n))
            return a;
    }
    return std::nullopt;
}

const QList<Action> &allActions()
{
    static const QList<Action> all = [] {
        QList<Action> list;
        for (const auto &[a, name] : names)
            list.append(a);
        return list;
    }();
    return all;
}

} // namespace Byline
