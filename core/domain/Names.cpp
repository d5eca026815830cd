// String forms of the domain's enumerations: the names used in the store, the interchange
// format and the CLI. They are identifiers, not words for people (ui/ translates those).
#include "core/domain/Article.h"
#include "core/domain/Block.h"
#include "core/domain/InboxEntry.h"
#include "core/domain/Revision.h"
#include "core/domain/Role.h"
#include "core/domain/Translation.h"
#include "core/domain/WorkflowState.h"

#include <array>
#include <utility>

namespace Byline {
namespace {

template<class Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<class Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table,
                            QStringView name)
{
    for (const auto &[e, n] : table) {
        if (name == QLatin1StringView(n))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Role, const char *>, 4> roles {{
    {Role::Journalist, "journalist"},
    {Role::Editor, "editor"},
    {Role::Translator, "translator"},
    {Role::Admin, "admin"},
}};

constexpr std::array<std::pair<BlockType, const char *>, 4> blockTypes {{
    {BlockType::Paragraph, "paragraph"},
    {BlockType::Heading, "heading"},
    {BlockType::PullQuote, "pullquote"},
    {BlockType::Quote, "quote"},
}};

constexpr std::array<std::pair<TranslationState, const char *>, 3> translationStates {{
    {TranslationState::InProgress, "in_progress"},
    {TranslationState::ReadyForReview, "ready_for_review"},
    {TranslationState::Approved, "approved"},
}};

constexpr std::array<std::pair<WorkflowState, const char *>, 6> workflowStates {{
    {WorkflowState::Draft, "draft"},
    {WorkflowState::Submitted, "submitted"},
    {WorkflowState::Approved, "approved"},
    {WorkflowState::Scheduled, "scheduled"},
    {WorkflowState::Published, "published"},
    {WorkflowState::Spiked, "spiked"},
}};

constexpr std::array<std::pair<RevisionKind, const char *>, 4> revisionKinds {{
    {RevisionKind::Save, "save"},
    {RevisionKind::Conflict, "conflict"},
    {RevisionKind::Restore, "restore"},
    {RevisionKind::Import, "import"},
}};

constexpr std::array<std::pair<InboxKind, const char *>, 7> inboxKinds {{
    {InboxKind::SentBack, "sent-back"},
    {InboxKind::AssignedEditor, "assigned-editor"},
    {InboxKind::AssignedTranslator, "assigned-translator"},
    {InboxKind::Scheduled, "scheduled"},
    {InboxKind::Published, "published"},
    {InboxKind::Mentioned, "mentioned"},
    {InboxKind::Stale, "stale"},
}};

} // namespace

QString roleName(Role role)
{
    return nameOf(roles, role);
}
std::optional<Role> roleFromName(QStringView name)
{
    return valueOf(roles, name);
}

QString blockTypeName(BlockType type)
{
    return nameOf(blockTypes, type);
}
std::optional<BlockType> blockTypeFromName(QStringView name)
{
    return valueOf(blockTypes, name);
}

QString translationStateName(TranslationState state)
{
    return nameOf(translationStates, state);
}
std::optional<TranslationState> translationStateFromName(QStringView name)
{
    return valueOf(translationStates, name);
}

QString workflowStateName(WorkflowState state)
{
    return nameOf(workflowStates, state);
}
std::optional<WorkflowState> workflowStateFromName(QStringView name)
{
    return valueOf(workflowStates, name);
}

QString revisionKindName(RevisionKind kind)
{
    return nameOf(revisionKinds, kind);
}
std::optional<RevisionKind> revisionKindFromName(QStringView name)
{
    return valueOf(revisionKinds, name);
}

QString inboxKindName(InboxKind kind)
{
    return nameOf(inboxKinds, kind);
}
std::optional<InboxKind> inboxKindFromName(QStringView name)
{
    return valueOf(inboxKinds, name);
}

const Translation *Article::translation(QStringView locale) const
{
    for (const Translation &t : translations) {
        if (t.locale == locale)
            return &t;
    }
    return nullptr;
}

Translation *Article::translation(QStringView locale)
{
    for (Translation &t : translations) {
        if (t.locale == locale)
            return &t;
    }
    return nullptr;
}

} // namespace Byline
