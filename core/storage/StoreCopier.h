#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Byline::Storage {

class Database;

// A whole store copied into a new or empty one, on the same engine or the other (SQLite and
// PostgreSQL either way): `byline-cli copy --from DB --to DB`, README.md "Moving a newsroom".
//
// Every table comes across as it is (ids, uids, versions, times, history, comments, saved
// searches, the change log), table by table in key order, a page at a time (TableCopier), so
// memory stays bounded whatever the store's size. The search index is built anew by the
// target's own engine (an FTS5 table or a tsvector) instead of copied, and the translation
// backlog is counted by the target's triggers as the rows arrive. The source is opened
// read-only and read in one snapshot: a desk working on it meanwhile neither stops the copy
// nor tears it.
//
// The target never holds half a newsroom:
// - a SQLite target is written as a hidden file beside it (ScratchFile) and renamed into place
//   once whole and synced; a copy that fails (or is killed) leaves no file under its name;
// - a server target is written in one transaction, schema upgrades and index included, so a
//   copy that fails (or whose connection is lost) commits nothing.
// A target that holds a newsroom already is refused (ErrorCode::Conflict) before anything is
// written.
class StoreCopier
{
public:
    enum class Stage {
        Rows, // `table`: rows copied of its total
        SearchIndex, // articles indexed of all
    };
    using ProgressFn
        = std::function<void(Stage stage, const QString &table, qint64 done, qint64 total)>;

    struct Report
    {
        QString from; // as shown: a server's URL without its password
        QString to;
        bool toServer = false;
        qint64 articles = 0;
        qint64 rows = 0; // in every table copied
        int tables = 0;
        int searchDocuments = 0;
        qint64 milliseconds = 0;
    };

    // `from` and `to`: SQLite files or postgresql:// URLs, as --db takes them.
    StoreCopier(QString from, QString to);

    void setProgress(ProgressFn progress) { m_progress = std::move(progress); }
    // The most rows read at once (tests: several pages from a small store).
    void setPageRows(int rows) { m_pageRows = rows; }

    [[nodiscard]] Result<Report> run();

    // The tables copied, each before the tables whose rows refer to it.
    [[nodiscard]] static QStringList tables();

private:
    [[nodiscard]] Result<> copyInto(Database &source, Database &target, Report &report);

    QString m_from;
    QString m_to;
    ProgressFn m_progress;
    int m_pageRows = 0;
};

} // namespace Byline::Storage
