#pragma once

#include "core/Error.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

namespace Byline {
struct Article;
}

namespace Byline::Storage {
class Database;
}

namespace Byline::Bench {

class ArchiveGenerator;
class Random;

// One function per thing the benchmark measures, each on a store it is handed, so that a new
// measurement (search) is one more function and one more row.
namespace Measurements {

// Resident memory of this process, from /proc/self/status (0 where it cannot be read).
struct Memory
{
    qint64 rssKb = 0; // VmRSS: now
    qint64 hwmKb = 0; // VmHWM: the peak so far
};
[[nodiscard]] Memory memory();

// Nearest-rank percentile of `values` (0 < p <= 100); 0 for an empty list.
[[nodiscard]] double percentile(QList<double> values, double p);

// Imports the archive through the core Importer, as `byline-cli import` does, in parts of
// `batch` articles (a byline/1 document is at most 256 MiB). Generating a part is not timed;
// reading and checking it (parse) and writing it (write) are.
struct Import
{
    int articles = 0;
    qint64 articleLocales = 0;
    double parseSeconds = 0; // Importer::known() + Importer::parse()
    double writeSeconds = 0; // Importer::write(): one transaction per part
    double generateSeconds = 0;
    qint64 jsonBytes = 0;
    [[nodiscard]] double seconds() const { return parseSeconds + writeSeconds; }
    [[nodiscard]] double rate() const { return seconds() > 0 ? articleLocales / seconds() : 0; }
};
[[nodiscard]] Result<Import> importArchive(Storage::Database &db, const ArchiveGenerator &generator,
                                           int batch,
                                           const std::function<void(int done)> &progress = {});

// Opens the store (a file or a postgresql:// URL) and the full article list (core's
// ArticleListModel, default order) and asks it for what a view paints on its first screen. Run
// it in a fresh process for a cold program.
struct ListOpen
{
    double openMs = 0; // Database::open
    double firstRowsMs = 0; // from before opening the store to the first rows' data
    int rows = 0; // rows in the first page
    Memory memory; // after the list is open
};
[[nodiscard]] Result<ListOpen> openList(const QString &storePath);
// The same in a new process: `program probe-list --db PATH` (byline-bench itself), with
// `environment` (a server's password in PGPASSWORD).
[[nodiscard]] Result<ListOpen> openListInNewProcess(const QString &program,
                                                    const QString &storePath,
                                                    const QProcessEnvironment &environment
                                                    = QProcessEnvironment::systemEnvironment());
// The line probe-list prints and openListInNewProcess reads back.
[[nodiscard]] QString toLine(const ListOpen &list);
[[nodiscard]] Result<ListOpen> fromLine(const QString &line);

// The article `uid` as stored (NotFound when it has gone).
[[nodiscard]] Result<Article> load(Storage::Database &db, const QString &uid);

// Types `words` (ending in a space) at the start of a word of one text block of the article's
// source locale, picked at random (the lead's start when it has none): no word already there
// is split.
void typeWords(Article &article, const QString &words, Random &random);

// Small edits saved through EditService (as `byline-cli save` and the editor do) by `user`, an
// editor (empty: the store's first active editor): each loads an article, changes a few words of
// one text block of its source locale, and saves. Only the save is timed.
//
// With `followList`, an article list (core's ArticleListModel, newest first) is open on the
// store as on the desk, and after each save two more figures are taken: `listMs`, from the
// save's commit (EditService::save returned) to the list showing the saved row (at the top)
// with its new version, through the change hub; and `reloadMs`, what every save cost the desk
// before the hub: the whole list reloaded (ArticleListModel::reload), the sidebar's per-language
// backlog counted over the archive (ArticleLists::countNeedingTranslation) and the
// store's article count.
struct Saves
{
    QList<double> ms;
    QList<double> listMs;
    QList<double> reloadMs;
    QString user;
};
[[nodiscard]] Result<Saves> saveEdits(Storage::Database &db, int count, quint64 seed,
                                      bool followList = false, const QString &user = {});

// The whole store through the core Exporter, written to `file` as `byline-cli export` does.
struct Export
{
    int articles = 0;
    double seconds = 0; // Exporter::write streaming the store into the file
    qint64 bytes = 0;
};
[[nodiscard]] Result<Export> exportStore(Storage::Database &db, const QString &file);

} // namespace Measurements
} // namespace Byline::Bench
