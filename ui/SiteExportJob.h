#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace Byline {

// Exports the static site without freezing the window: the work runs on a thread of its own
// with its own connection to the store, reports progress, and can be cancelled (the folder is
// then left as it was).
class SiteExportJob : public QObject
{
    Q_OBJECT
public:
    explicit SiteExportJob(QObject *parent = nullptr);
    ~SiteExportJob() override;

    void start(const QString &storePath, const QString &folder);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(bool ok, const QString &message);

private:
    QFutureWatcher<QString> m_watcher; // the result: empty when done, else what went wrong
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_folder;
};

} // namespace Byline
