#pragma once

#include "core/Error.h"
#include "core/domain/InboxEntry.h"

#include <QList>
#include <QString>

namespace Byline::Storage {

class Database;

// Each person's inbox (schema 11, docs/ARCHITECTURE.md "Inbox"). Entries are written by the
// person who acted, inside the transaction of what they did (core/workflow/Notices), and read
// and marked read by the person they are for. Every change is announced on the change hub as
// ChangeKind::InboxChanged with the recipient's login, so their desk updates its count.
class InboxRepository
{
public:
    explicit InboxRepository(Database &db);

    // Adds the entries, each to its `user`'s inbox. An entry for the person who acted (its
    // `actor`), or for someone who is not an active person of the newsroom, is left out.
    // Returns how many were added.
    [[nodiscard]] Result<int> deliver(const QList<InboxEntry> &entries);
    // `user`'s entries, newest first, at most `limit`; an entry whose article is gone is
    // skipped (with a log line).
    [[nodiscard]] Result<QList<InboxEntry>> list(const QString &user, int limit = 200) const;
    // How many of `user`'s entries are unread.
    [[nodiscard]] Result<int> unread(const QString &user) const;
    // Marks entry `id` of `user`'s read (NotFound when they have no such entry; nothing when
    // it already is).
    [[nodiscard]] Result<> markRead(const QString &user, qint64 id);
    // Marks every entry of `user` read; returns how many were unread.
    [[nodiscard]] Result<int> markAllRead(const QString &user);

private:
    Database &m_db;
};

} // namespace Byline::Storage
