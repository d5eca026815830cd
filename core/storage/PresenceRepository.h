#pragma once

#include "core/Error.h"
#include "core/domain/Presence.h"

#include <QList>
#include <QString>

namespace Byline::Storage {

class Database;

// Who has which article open (schema 10, docs/ARCHITECTURE.md "Presence"). Each connection
// writes only its own rows, keyed by its origin; a row counts only while the connection that
// wrote it is alive: on a server while its backend runs (pg_stat_activity), on SQLite while
// the desk's process runs on this machine. Entering and leaving are announced on the change
// hub (ChangeKind::PresenceChanged), so other desks hear them as they hear saves.
class PresenceRepository
{
public:
    explicit PresenceRepository(Database &db);

    // This connection has `uid` open as `user` (a login), working in `locale`. The time it
    // has been there restarts when the locale changes.
    [[nodiscard]] Result<> enter(const QString &uid, const QString &locale, const QString &user);
    // This connection closed `uid` (nothing when it had not opened it).
    [[nodiscard]] Result<> leave(const QString &uid);
    // This connection closes everything (the desk quits, or its person changes).
    [[nodiscard]] Result<> leaveAll();
    // Everyone present through a live connection, this one included: on `uid`, or on every
    // article. Ordered by article, then by when they came.
    [[nodiscard]] Result<QList<Presence>> present(const QString &uid = {}) const;
    // Removes the rows of connections that are gone (crashed desks). Only tidying: readers
    // skip such rows anyway.
    [[nodiscard]] Result<int> forgetAbsent();

private:
    // Whether a SQLite row's desk process still runs (always true for another machine's).
    [[nodiscard]] static bool processAlive(qint64 process, const QString &host);

    Database &m_db;
};

} // namespace Byline::Storage
