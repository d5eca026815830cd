#pragma once

#include "core/domain/Article.h"
#include "core/domain/InboxEntry.h"
#include "core/workflow/Action.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Byline::Notices {

// Who hears of what (docs/ARCHITECTURE.md, "Inbox"): the inbox entries an act makes, worked
// out from the article as it was and what was done. Plain functions: the services call them
// inside the act's transaction and hand the result to Storage::InboxRepository::deliver, which
// leaves out the actor and anyone who is not an active person.

// The logins a text names with "@", in order, each once: "@ani" and "@Ani," both name "ani";
// an address such as "desk@example.org" names no one.
[[nodiscard]] QStringList mentioned(const QString &text);

// A comment `number` on `uid` (on `locale`, or the whole article): everyone it mentions.
[[nodiscard]] QList<InboxEntry> ofComment(const QString &uid, const QString &locale,
                                          const QString &actor, const QString &text, int number,
                                          const QDateTime &at);

// One workflow step, already checked, on `article` as it was before the step.
struct Step
{
    Action action = Action::Submit;
    QString actor; // login; empty: publish-due
    QString locale; // empty: the whole article
    QString comment; // a send-back's reason
    int commentNumber = 0; // the comment the reason was kept as
    std::optional<QDateTime> scheduledAt;
    QStringList localesLive; // the locales that go live with this step
    QDateTime at;
};

// Sent back: to the authors (the translator, for a translation), with whoever the reason
// mentions. Scheduled: to the authors. Published: to the authors, and to the translator of
// each translation that goes live.
[[nodiscard]] QList<InboxEntry> ofStep(const Article &article, const Step &step);

// A save by `actor` from `before` to `after`: the new editor, each new translator, and the
// translator of each translation that had no stale segment before and has some now (once per
// going stale, not once per save).
[[nodiscard]] QList<InboxEntry> ofSave(const Article &before, const Article &after,
                                       const QString &actor, const QDateTime &at);

} // namespace Byline::Notices
