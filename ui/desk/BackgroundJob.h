#pragma once

#include "core/Error.h"
#include "core/Progress.h"
#include "core/storage/Database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace Byline {

// Long work on the store without freezing the window: the work runs on a thread of its own
// with its own connection to the store (one connection per thread), reports progress, and can
// be cancelled. One piece of work at a time.
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    // Runs on the worker thread; returns what to tell the person when it is done.
    using Work = std::function<Result<QString>(Storage::Database &db, const Progress &progress)>;

    explicit BackgroundJob(QObject *parent = nullptr);
    ~BackgroundJob() override; // cancels and waits: the work never outlives its window

    // False (and nothing started) while other work runs. The work's connection opens `store`
    // (Database::sameStore() of the window's: on a server, as the same person).
    bool start(const Storage::Database::Options &store, Work work);
    // A SQLite file, or a server whose password libpq finds itself.
    bool start(const QString &storePath, Work work);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void progressed(int done, int total);
    // The work went on to a stage of its own measure (Progress::stage): `what` in words.
    void staged(const QString &what);
    // `message`: what was done, or what went wrong and what to do. `cancelled`: the person
    // stopped it and nothing was changed.
    void finished(bool ok, const QString &message, bool cancelled);

private:
    QFutureWatcher<Result<QString>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Byline
