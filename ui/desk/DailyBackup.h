#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace Byline {

class BackgroundJob;

// The desk's daily backup (File > Settings > Backups, this computer's preference): when it is
// on, a backup of the store is made in the background as the desk starts and then whenever
// the newest in the folder is a day old (looked at every hour), named
// byline-YYYY-MM-DD-HHMMSS.sqlite, and the oldest beyond the number to keep are deleted
// (Storage::BackupRotation: only files named like that). The time comes from Clock, so tests
// move it. Nothing here asks anything: a failure is announced for the desk's banner.
class DailyBackup : public QObject
{
    Q_OBJECT
public:
    explicit DailyBackup(const QString &storePath, QObject *parent = nullptr);
    ~DailyBackup() override;

    // Looks now, then every hour.
    void start();
    // Reads the preferences again and, if backups are on and one is due, starts one in the
    // background. False when none was started (off, not due, or one is running).
    bool checkNow();
    [[nodiscard]] bool isRunning() const;

    static constexpr int checkIntervalMs = 60 * 60 * 1000;

Q_SIGNALS:
    // The backup `file` was made and checked.
    void succeeded(const QString &file);
    // What went wrong and what to do, in one sentence (with where to change the settings).
    void failed(const QString &message);

private:
    QString m_storePath;
    BackgroundJob *m_job = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace Byline
