#include "ui/desk/DailyBackup.h"

#include "core/Clock.h"
#include "core/storage/Backup.h"
#include "core/storage/BackupRotation.h"
#include "ui/desk/BackgroundJob.h"
#include "ui/desk/BackupPreferences.h"

#include <QDir>
#include <QTimer>

namespace Byline {

DailyBackup::DailyBackup(const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(storePath)
    , m_job(new BackgroundJob(this))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(checkIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DailyBackup::checkNow);
    connect(m_job, &BackgroundJob::finished, this,
            [this](bool ok, const QString &message, bool cancelled) {
                if (ok)
                    Q_EMIT succeeded(message);
                else if (!cancelled)
                    Q_EMIT failed(tr("The daily backup was not made. %1 The backup settings "
                                     "are in File > Settings > Backups.")
                                      .arg(message));
            });
}

DailyBackup::~DailyBackup() = default;

void DailyBackup::start()
{
    m_timer->start();
    checkNow();
}

bool DailyBackup::isRunning() const
{
    return m_job->isRunning();
}

bool DailyBackup::checkNow()
{
    const BackupPreferences preferences = BackupPreferences::load();
    if (!preferences.daily || m_job->isRunning())
        return false;
    const QString folder = preferences.folderOrDefault();
    const Storage::BackupRotation rotation(folder, preferences.keep);
    const QDateTime now = Clock::now();
    if (!rotation.isDue(now))
        return false;
    const QString file = rotation.pathAt(now);
    return m_job->start(m_storePath,
                        [folder, file, keep = preferences.keep](
                            Storage::Database &db, const Progress &progress) -> Result<QString> {
                            // A folder chosen once and removed since is made again.
                            QDir().mkpath(folder);
                            auto made = Storage::Backup(db).backupTo(file, progress);
                            if (!made)
                                return std::unexpected(made.error());
                            auto pruned = Storage::BackupRotation(folder, keep).prune();
                            if (!pruned)
                                return std::unexpected(pruned.error());
                            return made->file;
                        });
}

} // namespace Byline
