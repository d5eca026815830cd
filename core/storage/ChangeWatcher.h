#pragma once

#include "core/Error.h"

#include <QObject>

class QTimer;

namespace Byline::Storage {

class Database;

// Brings the changes that other connections commit to the same store (another desk, byline-cli
// run from cron, the desk's own background import) onto this connection's change hub
// (Database::changes()). About once a second it asks SQLite whether anyone else committed
// (PRAGMA data_version: no disk read when nobody did), or a server for its newest change_log
// row; if so it reads the change_log rows
// after the last one it saw, skips its own connection's, and announces the rest with
// ChangeOrigin::OtherConnection. When rows it never saw were pruned already, it announces
// ChangeKind::Many (reload everything) instead. See docs/ARCHITECTURE.md, "The change hub".
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(Database &db, QObject *parent = nullptr);

    // Starts looking every `intervalMs` milliseconds (from now on: what was committed before
    // is not announced).
    void start(int intervalMs = defaultIntervalMs);
    void stop();
    [[nodiscard]] bool isActive() const;
    // Looks now. Returns how many changes it announced.
    [[nodiscard]] Result<int> checkNow();

    static constexpr int defaultIntervalMs = 1000;

Q_SIGNALS:
    // The store could not be read (it stays watched; the next look tries again).
    void failed(const QString &message);

private:
    [[nodiscard]] Result<qint64> dataVersion() const;
    [[nodiscard]] Result<> catchUpToNow();

    Database &m_db;
    QTimer *m_timer = nullptr;
    qint64 m_dataVersion = -1;
    qint64 m_lastSeq = 0;
    bool m_started = false;
};

} // namespace Byline::Storage
