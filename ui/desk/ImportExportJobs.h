#pragma once

#include "core/ProgressEstimate.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QProgressDialog;
class QWidget;

namespace Byline {
class BackgroundJob;

// File > Import, Export and Export the site: long work on the store, one at a time, in the
// background, with a progress dialog whose Cancel leaves the store, file or site as it was.
class ImportExportJobs : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Import, Export, SiteExport };

    // `store`: how the jobs open the window's store (Database::sameStore()).
    ImportExportJobs(const Storage::Database::Options &store, QWidget *window);

    // Who imports: the store checks their rights and its audit trails name them.
    void setUser(const QString &user) { m_user = user; }

    // False when other work is still running (nothing started).
    bool start(Kind kind, const QString &path);
    [[nodiscard]] bool isRunning() const;
    void cancel();

Q_SIGNALS:
    // `message`: what was done, or what went wrong and what to do.
    void finished(Byline::ImportExportJobs::Kind kind, bool ok, const QString &message,
                  bool cancelled);

private:
    Storage::Database::Options m_store;
    QString m_user;
    QWidget *m_window;
    BackgroundJob *m_job = nullptr;
    QProgressDialog *m_progress = nullptr;
    Kind m_kind = Kind::Import;
    QString m_label; // what the running job does, above the time it has left
    QElapsedTimer m_clock;
    ProgressEstimate m_estimate;
};

} // namespace Byline
