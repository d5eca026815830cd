#include "ui/desk/ImportExportJobs.h"

#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/site/SiteExporter.h"
#include "ui/desk/BackgroundJob.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QSaveFile>

namespace Byline {
namespace {

QString importSummary(const QString &path, const Interchange::Importer::Report &r)
{
    QStringList parts;
    parts << ImportExportJobs::tr("%n new article(s)", nullptr, r.articles);
    if (r.articlesUpdated > 0)
        parts << ImportExportJobs::tr("%n article(s) updated", nullptr, r.articlesUpdated);
    if (r.articlesUnchanged > 0)
        parts << ImportExportJobs::tr("%n article(s) already up to date", nullptr,
                                      r.articlesUnchanged);
    QString text = ImportExportJobs::tr("Imported %1: %2.")
                       .arg(QFileInfo(path).fileName(), parts.join(QStringLiteral(", ")));
    const int kept = r.articlesKept + r.articlesConflicting;
    if (kept > 0) {
        text += QLatin1Char(' ')
            + ImportExportJobs::tr(
                    "%n article(s) differed from the store, which kept its own text; "
                    "the file's text is a revision in their History.",
                    nullptr, kept);
    }
    return text;
}

Result<QString> importFile(Storage::Database &db, const Progress &progress, const QString &path,
                           const QString &user)
{
    progress.report(0, 0); // a busy bar until the first part of the file is read
    Interchange::Importer importer(db);
    importer.setProgress(progress);
    importer.setActor(user);
    auto report = importer.importFile(path);
    if (!report) {
        Error error = report.error();
        if (error.code != ErrorCode::Cancelled) // which file, when several were tried
            error.message
                = ImportExportJobs::tr("%1: %2").arg(QFileInfo(path).fileName(), error.message);
        return std::unexpected(error);
    }
    return importSummary(path, *report);
}

Result<QString> exportFile(Storage::Database &db, const Progress &progress, const QString &path)
{
    Interchange::Exporter exporter(db);
    exporter.setProgress(progress);
    // Written beside and renamed over: an interrupted export never leaves half a file, and the
    // file exported before stays as it was.
    QSaveFile file(path);
    auto cannotWrite = [&] {
        return fail(ErrorCode::Io,
                    ImportExportJobs::tr("Cannot write %1: %2. Choose another folder "
                                         "or make room, then export again.")
                        .arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite();
    // Streamed an article at a time: a store of any size is exported in little memory.
    auto written = exporter.write(file);
    if (!written) {
        // Said before cancelWriting(), which would replace the system's reason with its own.
        Result<QString> error = written.error().code == ErrorCode::Io
            ? cannotWrite()
            : std::unexpected(written.error());
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return cannotWrite();
    return ImportExportJobs::tr("The whole store was exported to %1 (%2 MiB).")
        .arg(path)
        .arg(double(*written) / (1024.0 * 1024.0), 0, 'f', 1);
}

Result<QString> exportSite(Storage::Database &db, const Progress &progress, const QString &folder)
{
    SiteExporter::Options options;
    // Only what changed since the last export into that folder, in place; a first export, or
    // one after the newsroom's settings changed, writes the whole site and swaps it in.
    options.changedOnly = true;
    options.cancel = progress.cancel;
    options.progress = progress.onProgress;
    auto report = SiteExporter(db).exportTo(folder, options);
    if (!report)
        return std::unexpected(report.error());
    return ImportExportJobs::tr("The site was written to %1.").arg(folder);
}

} // namespace

ImportExportJobs::ImportExportJobs(const Storage::Database::Options &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{
}

bool ImportExportJobs::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ImportExportJobs::cancel()
{
    if (m_job)
        m_job->cancel();
}

bool ImportExportJobs::start(Kind kind, const QString &path)
{
    if (isRunning())
        return false;
    if (!m_job) {
        m_job = new BackgroundJob(this);
        m_progress = new QProgressDialog(m_window);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setMinimumDuration(300);
        m_progress->setMinimumWidth(m_progress->fontMetrics().averageCharWidth() * 60);
        connect(m_progress, &QProgressDialog::canceled, m_job, &BackgroundJob::cancel);
        connect(m_job, &BackgroundJob::progressed, m_progress, [this](int done, int total) {
            m_progress->setMaximum(total); // 0: a busy bar until the count is known
            m_progress->setValue(done);
            // The bar shows the share done; the label, how long is left once that is known.
            const auto left = m_estimate.secondsLeft(done, total, m_clock.elapsed());
            m_progress->setLabelText(
                !left || *left == 0 ? m_label
                                    : tr("%1\n%2").arg(m_label, ProgressEstimate::timeLeft(*left)));
        });
        connect(m_job, &BackgroundJob::staged, m_progress, [this](const QString &what) {
            // A stage of its own measure (an import's search index): the bar and the time
            // left start again.
            m_label = tr("%1…").arg(what);
            m_progress->setLabelText(m_label);
            m_progress->setValue(0);
            m_estimate.restart(m_clock.elapsed());
        });
        connect(m_job, &BackgroundJob::finished, this,
                [this](bool ok, const QString &message, bool cancelled) {
                    m_progress->reset();
                    m_progress->hide();
                    Q_EMIT finished(m_kind, ok, message, cancelled);
                });
    }
    m_kind = kind;
    BackgroundJob::Work work;
    switch (kind) {
    case Kind::Import:
        m_progress->setWindowTitle(tr("Importing"));
        m_progress->setLabelText(tr("Reading %1 into the store…").arg(path));
        work = [path, user = m_user](Storage::Database &db, const Progress &p) {
            return importFile(db, p, path, user);
        };
        break;
    case Kind::Export:
        m_progress->setWindowTitle(tr("Exporting the store"));
        m_progress->setLabelText(tr("Writing every article to %1…").arg(path));
        work = [path](Storage::Database &db, const Progress &p) {
            return exportFile(db, p, path);
        };
        break;
    case Kind::SiteExport:
        m_progress->setWindowTitle(tr("Exporting the site"));
        m_progress->setLabelText(tr("Writing the pages to %1…").arg(path));
        work = [path](Storage::Database &db, const Progress &p) {
            return exportSite(db, p, path);
        };
        break;
    }
    m_label = m_progress->labelText();
    m_clock.start();
    m_estimate.restart(0);
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setMaximum(0);
    m_progress->setValue(0);
    return m_job->start(m_store, std::move(work));
}

} // namespace Byline
