#include "ui/desk/BackgroundJob.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace Byline {

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
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total] {
                        if (self)
                            Q_EMIT self->progressed(done, total);
                    },
                    Qt::QueuedConnection);
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
