#include "core/changes/Change.h"

#include <algorithm>

namespace Byline {

namespace {

struct KindName
{
    ChangeKind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {ChangeKind::ArticleCreated, "article-created"},
    {ChangeKind::ArticleSaved, "article-saved"},
    {ChangeKind::ArticleStateChanged, "article-state"},
    {ChangeKind::TranslationStateChanged, "translation-state"},
    {ChangeKind::CommentsChanged, "comments"},
    {ChangeKind::QuoteChanged, "quote"},
    {ChangeKind::ExpertChanged, "expert"},
    {ChangeKind::SettingsChanged, "settings"},
    {ChangeKind::UsersChanged, "users"},
    {ChangeKind::SavedSearchesChanged, "saved-searches"},
    {ChangeKind::PresenceChanged, "presence"},
    {ChangeKind::InboxChanged, "inbox"},
    {ChangeKind::Many, "many"},
};

} // namespace

QString changeKindName(ChangeKind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QLatin1StringView(k.name);
    }
    return QStringLiteral("many");
}

std::optional<ChangeKind> changeKindFromName(const QString &name)
{
    for (const KindName &k : kindNames) {
        if (name == QLatin1StringView(k.name))
            return k.kind;
    }
    return std::nullopt;
}

bool concernsArticle(const Changes &changes, const QString &uid)
{
    for (const Change &c : changes) {
        if (c.kind == ChangeKind::Many)
            return true;
        if ((c.isArticle() || c.kind == ChangeKind::CommentsChanged) && c.uid == uid)
            return true;
    }
    return false;
}

bool containsKind(const Changes &changes, std::initializer_list<ChangeKind> kinds)
{
    for (const Change &c : changes) {
        if (c.kind == ChangeKind::Many
            || std::find(kinds.begin(), kinds.end(), c.kind) != kinds.end())
            return true;
    }
    return false;
}

} // namespace Byline
