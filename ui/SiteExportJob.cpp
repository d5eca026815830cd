#include "ui/SiteExportJob.h"

#include "core/site/SiteExporter.h"
#include "core/storage/Database.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace Byline {

SiteExportJob::SiteExportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString problem = m_watcher.result();
        if (problem.isEmpty())
            Q_EMIT finished(true, tr("The site was written to %1.").arg(m_folder));
        else
            Q_EMIT finished(false, problem);
    });
}

SiteExportJob::~SiteExportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void SiteExportJob::start(const QString &storePath, const QString &folder)
{
    if (isRunning())
        return;
    m_folder = folder;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<SiteExportJob> self(this);
    auto cancelFlag = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([storePath, folder, cancelFlag, self]() -> QString {
        // One connection per thread: this one is the worker's.
        Storage::Database::Options options;
        options.path = storePath;
        options.migrate = false;
        auto db = Storage::Database::open(options);
        if (!db)
            return db.error().message;
        SiteExporter::Options exportOptions;
        exportOptions.cancel = cancelFlag.get();
        exportOptions.progress = [self](int done, int total) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self)
                        Q_EMIT self->progressed(done, total);
                },
                Qt::QueuedConnection);
        };
        auto report = SiteExporter(**db).exportTo(folder, exportOptions);
        return report ? QString() : report.error().message;
    }));
}

void SiteExportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace Byline
