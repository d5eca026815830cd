#pragma once

#include "ui/connect/Backoff.h"

#include <QDateTime>
#include <QObject>

class QStatusBar;
class QTimer;

namespace Byline {
namespace Storage {
class Database;
}
class EditorTabs;

// Keeps the desk working through the loss of its newsroom server (docs/ARCHITECTURE.md, "The
// desk on a server"). Database finds the loss (a statement failed because the server went
// away) and from then on sends nothing; this is the desk's policy for it: the status line says
// so with a countdown, and after 1, 2, 4, … up to 30 s (Backoff) it tries again, first with a
// throwaway connection off the GUI thread (a server that does not answer would freeze the
// desk for the connect timeout), then Database::reconnect. Once back, it saves what the open
// articles hold unsaved (each save whole, as a new transaction: nothing of the one cut off is
// replayed) and has every view reload. The text typed meanwhile stays in the editors and in
// their journal. The time comes from Clock, so tests can move it.
class ConnectionKeeper : public QObject
{
    Q_OBJECT
public:
    ConnectionKeeper(Storage::Database &db, QStatusBar *status, EditorTabs *tabs,
                     QObject *parent = nullptr);
    ~ConnectionKeeper() override;

    [[nodiscard]] bool isLost() const { return m_lost; }
    // Whole seconds until the next attempt (0: now, or under way).
    [[nodiscard]] int secondsLeft() const;
    // What the status line says while the server is lost.
    [[nodiscard]] QString statusText() const;
    // Why the last attempt failed (the core's words), empty before the first.
    [[nodiscard]] const QString &lastProblem() const { return m_lastProblem; }
    // The status line on a server: "Newsroom server HOST/DATABASE — signed in as LOGIN".
    [[nodiscard]] static QString signedInText(const Storage::Database &db);
    // Tries at once instead of at the end of the wait.
    void tryNow();

    static constexpr int tickMs = 250;

Q_SIGNALS:
    void lost();
    void reconnected();

private:
    void connectionLost();
    void tick();
    void probed(const QString &problem);
    void waitForNextAttempt();
    void showStatus();

    Storage::Database &m_db;
    QStatusBar *m_status;
    EditorTabs *m_tabs;
    Backoff m_backoff;
    QTimer *m_ticker = nullptr;
    QDateTime m_due;
    bool m_lost = false;
    bool m_probing = false;
    QString m_lastProblem;
};

} // namespace Byline
