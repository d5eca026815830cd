#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Byline {

// Why something landed in a person's inbox (docs/ARCHITECTURE.md, "Inbox"). The names
// (inboxKindName) are stored: add new kinds at the end and never rename one.
enum class InboxKind {
    SentBack, // the article (or their translation) was sent back to them, with a comment
    AssignedEditor, // they became the article's editor
    AssignedTranslator, // they became the translator of a locale
    Scheduled, // their article was scheduled (detail: when, UTC)
    Published, // their article, or their translation, went live
    Mentioned, // a comment names them (@login)
    Stale, // the source changed under their translation (detail: how many segments)
};

[[nodiscard]] QString inboxKindName(InboxKind kind);
[[nodiscard]] std::optional<InboxKind> inboxKindFromName(QStringView name);

// One entry of one person's inbox: what happened to which article, who did it and when.
struct InboxEntry
{
    qint64 id = 0; // the store's, in the order entries arrived
    QString user; // whose inbox (login)
    InboxKind kind = InboxKind::Mentioned;
    QString articleUid;
    QString locale; // empty: the whole article
    QString actor; // login of who did it; empty: publish-due
    QDateTime at; // UTC
    QString detail; // the comment's words, the schedule time, the stale segments' count
    int comment = 0; // the comment it points at (sent back, mentioned); 0: none
    std::optional<QDateTime> readAt;

    // Read with the entry, not stored with it.
    QString actorName; // the actor's display name
    QString headline; // the article's title in its source locale

    friend bool operator==(const InboxEntry &, const InboxEntry &) = default;
};

} // namespace Byline
