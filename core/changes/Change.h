#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <initializer_list>
#include <optional>

namespace Byline {

// What kind of thing changed in the store (docs/ARCHITECTURE.md, "The change hub"). The names
// (changeKindName) are stored in the change_log table, so other processes read them too: add
// new kinds at the end and never rename one.
enum class ChangeKind {
    ArticleCreated, // uid, version
    ArticleSaved, // uid, version: text or metadata (a save, a restore, an import)
    ArticleStateChanged, // uid, version: the article's workflow state or schedule
    TranslationStateChanged, // uid, version, locale: one translation's workflow state
    CommentsChanged, // uid (the article), locale when the comment is on one
    QuoteChanged, // uid of the quote: its words in some locale
    ExpertChanged, // uid of the expert: names, roles, countries; or merged away
    SettingsChanged, // uid: the setting's key, or "strings", "sections", "locales"
    UsersChanged, // uid: the user's login
    SavedSearchesChanged, // uid: the owner's login
    PresenceChanged, // uid (the article), locale: someone opened, moved in or closed it
    InboxChanged, // uid: whose inbox (a login): an entry arrived or was read
    Many, // more changed than is worth listing (an import): reload everything
};

// Who made the change: this connection (the desk itself), or another connection to the same
// store (another desk, byline-cli from cron, the desk's own background import).
enum class ChangeOrigin { ThisConnection, OtherConnection };

// One committed change, announced once on the ChangeFeed after its transaction committed.
struct Change
{
    Change() = default;
    Change(ChangeKind kind_, QString uid_ = {}, int version_ = 0, QString locale_ = {},
           ChangeOrigin origin_ = ChangeOrigin::ThisConnection)
        : kind(kind_)
        , uid(std::move(uid_))
        , version(version_)
        , locale(std::move(locale_))
        , origin(origin_)
    {
    }

    ChangeKind kind = ChangeKind::Many;
    QString uid;
    int version = 0; // the article's version after the change (0: not an article change)
    QString locale;
    ChangeOrigin origin = ChangeOrigin::ThisConnection;

    // The article list, the calendar and the open editors follow these.
    [[nodiscard]] bool isArticle() const
    {
        return kind == ChangeKind::ArticleCreated || kind == ChangeKind::ArticleSaved
            || kind == ChangeKind::ArticleStateChanged
            || kind == ChangeKind::TranslationStateChanged;
    }
    friend bool operator==(const Change &, const Change &) = default;
};

using Changes = QList<Change>;

[[nodiscard]] QString changeKindName(ChangeKind kind);
// Whether `changes` may have changed the article `uid`: its text, its state or its comments
// (ChangeKind::Many may have changed anything).
[[nodiscard]] bool concernsArticle(const Changes &changes, const QString &uid);
// Whether any of `changes` is of one of `kinds` (or is ChangeKind::Many).
[[nodiscard]] bool containsKind(const Changes &changes, std::initializer_list<ChangeKind> kinds);
[[nodiscard]] std::optional<ChangeKind> changeKindFromName(const QString &name);

} // namespace Byline

Q_DECLARE_METATYPE(Byline::Change)
Q_DECLARE_METATYPE(Byline::Changes)
