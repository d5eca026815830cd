#pragma once

#include "core/Error.h"

#include <QObject>

class QTimer;

namespace Byline::Storage {

class Database;

// Brings the changes that other connections commit to the same store (another desk, byline-cli
// run from cron, the desk's own background import) onto this connection's change hub
// (Database::changes()). On a server, each commit's notification (LISTEN/NOTIFY,
// Database::notifyOnChanges) makes it look at once; besides, every few moments it asks SQLite
// whether anyone else committed (PRAGMA data_version: no disk read when nobody did), or a
// server for its newest change_log row. If so it reads the change_log rows after the last one
// it saw, skips its own connection's, and announces the rest with ChangeOrigin::OtherConnection.
// When rows it never saw were pruned already, it announces ChangeKind::Many (reload
// everything) instead. Notifications that come thick and fast (someone's large import) are
// read together, at most once every `coalesceMs`. See docs/ARCHITECTURE.md, "The change hub".
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(Database &db, QObject *parent = nullptr);

    // On a server, whether a commit's notification makes it look at once (Ignore: tests that
    // look by hand with checkNow()).
    enum class Notifications { Follow, Ignore };
    // Starts looking every `intervalMs` milliseconds, 0: as often as suits the store (from now
    // on: what was committed before is not announced).
    void start(int intervalMs = 0, Notifications notifications = Notifications::Follow);
    void stop();
    [[nodiscard]] bool isActive() const;
    // Looks now. Returns how many changes it announced.
    [[nodiscard]] Result<int> checkNow();

    // Whether commits on the server are announced to it as they happen (false on SQLite).
    [[nodiscard]] bool isNotified() const { return m_notified; }

    // How often it looks by default: a file's PRAGMA data_version costs microseconds; a
    // server's newest change_log row is a round trip, and only a safety net when the server
    // notifies.
    static constexpr int fileIntervalMs = 250;
    static constexpr int serverIntervalMs = 1000;
    static constexpr int notifiedIntervalMs = 3000;
    static constexpr int coalesceMs = 25;

Q_SIGNALS:
    // The store could not be read (it stays watched; the next look tries again).
    void failed(const QString &message);

private:
    [[nodiscard]] Result<qint64> dataVersion() const;
    [[nodiscard]] Result<> catchUpToNow();

    Database &m_db;
    QTimer *m_timer = nullptr;
    QTimer *m_soon = nullptr; // a look asked for by a notification
    bool m_notified = false;
    qint64 m_dataVersion = -1;
    qint64 m_lastSeq = 0;
    bool m_started = false;
};

} // namespace Byline::Storage
