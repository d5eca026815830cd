#pragma once

#include "core/changes/Change.h"

#include <QObject>

namespace Byline {

// The change hub: the store announces every committed change here once, typed, and every view
// subscribes to `changed` (docs/ARCHITECTURE.md, "The change hub"). Nobody relays a change by
// hand. Each connection to a store has one feed (Storage::Database::changes()); changes made
// through other connections reach it through a Storage::ChangeWatcher.
//
// Delivery is queued: a change is announced from the event loop after the call that committed
// it has returned, so that no view reloads in the middle of the save that caused it. Changes
// committed in one turn of the event loop arrive together, in the order they were committed.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(QObject *parent = nullptr);

    // Queues `changes` for announcing (the store calls this after a commit). When nobody
    // listens nothing is kept, and a backlog longer than `maxQueued` (an import, or a program
    // without an event loop) becomes one ChangeKind::Many.
    void publish(const Changes &changes);
    // Announces what is queued now (tests, and a view that must be up to date at once).
    void flush();

    [[nodiscard]] qsizetype queued() const { return m_queue.size(); }
    static constexpr qsizetype maxQueued = 1000;

Q_SIGNALS:
    void changed(const Byline::Changes &changes);

private:
    Changes m_queue;
    bool m_flushPosted = false;
};

} // namespace Byline
