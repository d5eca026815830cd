#include "ui/desk/BackgroundJob.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace Byline {

namespace {

// From the worker: `send` runs on the job's own thread, if the job is still there then.
template<class Send>
void onJobThread(const QPointer<BackgroundJob> &job, Send send)
{
    QMetaObject::invokeMethod(
        job.data(),
        [job, send] {
            if (job)
                send(*job);
        },
        Qt::QueuedConnection);
}

} // namespace

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<QString>>::finished, this, [this] {
        const Result<QString> result = m_watcher.result();
        if (result)
            Q_EMIT finished(true, *result, false);
        else
            Q_EMIT finished(false, result.error().message,
                            result.error().code == ErrorCode::Cancelled);
    });
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    m_watcher.waitForFinished();
}

bool BackgroundJob::start(const QString &storePath, Work work)
{
    Storage::Database::Options options;
    options.path = storePath;
    options.migrate = false; // the window's connection migrated it already
    return start(options, std::move(work));
}

bool BackgroundJob::start(const Storage::Database::Options &store, Work work)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<BackgroundJob> self(this);
    auto cancelFlag = m_cancel;
    m_watcher.setFuture(
        QtConcurrent::run([store, work = std::move(work), cancelFlag, self]() -> Result<QString> {
            auto db = Storage::Database::open(store);
            if (!db)
                return std::unexpected(db.error());
            Progress progress;
            progress.cancel = cancelFlag.get();
            progress.onProgress = [self](int done, int total) {
                onJobThread(self, [done, total](BackgroundJob &job) {
                    Q_EMIT job.progressed(done, total);
                });
            };
            progress.onStage = [self](const QString &what) {
                onJobThread(self, [what](BackgroundJob &job) { Q_EMIT job.staged(what); });
            };
            return work(**db, progress);
        }));
    return true;
}

void BackgroundJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace Byline
