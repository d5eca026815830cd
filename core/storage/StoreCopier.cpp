#include "core/storage/StoreCopier.h"

#include "core/Log.h"
#include "core/changes/Change.h"
#include "core/storage/ArticleLists.h"
#include "core/storage/Database.h"
#include "core/storage/ReadSnapshot.h"
#include "core/storage/ScratchFile.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/ServerAddress.h"
#include "core/storage/SqliteHeader.h"
#include "core/storage/TableCopier.h"
#include "core/storage/Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Byline::Storage {

namespace {

struct Table
{
    const char *name;
    QStringList key; // the primary key: the order of the pages
};

// Every table a store's rows live in, each before the tables that refer to it. A table that a
// later schema adds goes here too: a store holding one that is not here (nor made by the
// target, below) is refused rather than copied without it.
const QList<Table> &plan()
{
    static const QList<Table> tables {
        {"locales", {QStringLiteral("code")}},
        {"settings", {QStringLiteral("key")}},
        {"site_strings", {QStringLiteral("locale"), QStringLiteral("key")}},
        {"sections", {QStringLiteral("id")}},
        {"section_texts", {QStringLiteral("section_id"), QStringLiteral("locale")}},
        {"users", {QStringLiteral("id")}},
        {"user_locales", {QStringLiteral("user_id"), QStringLiteral("locale")}},
        {"user_names", {QStringLiteral("user_id"), QStringLiteral("locale")}},
        {"experts", {QStringLiteral("id")}},
        {"expert_names", {QStringLiteral("expert_id"), QStringLiteral("locale")}},
        {"quotes", {QStringLiteral("id")}},
        {"quote_texts", {QStringLiteral("quote_id"), QStringLiteral("locale")}},
        {"articles", {QStringLiteral("id")}},
        {"article_authors", {QStringLiteral("article_id"), QStringLiteral("user_id")}},
        {"translations", {QStringLiteral("id")}},
        {"blocks", {QStringLiteral("translation_id"), QStringLiteral("position")}},
        {"segment_sources", {QStringLiteral("translation_id"), QStringLiteral("segment")}},
        {"revisions", {QStringLiteral("article_id"), QStringLiteral("number")}},
        {"audit", {QStringLiteral("id")}},
        {"comments", {QStringLiteral("id")}},
        {"saved_searches", {QStringLiteral("id")}},
        {"inbox", {QStringLiteral("id")}},
        {"newsroom_audit", {QStringLiteral("id")}},
        {"change_log", {QStringLiteral("seq")}},
    };
    return tables;
}

// Tables the target makes for itself instead of receiving them: the server's schema version
// (its migrations write it), the search index with SQLite's own tables for FTS5 (built anew
// by the target's engine), the translation backlog (counted by triggers as the rows arrive),
// SQLite's own (sqlite_sequence follows the ids copied), and presence (who has what open on
// the source's live connections: nobody on the target's yet).
bool madeByTarget(const QString &table)
{
    static const QStringList names {
        QStringLiteral("byline_meta"),         QStringLiteral("search"),
        QStringLiteral("search_docs"),         QStringLiteral("search_data"),
        QStringLiteral("search_idx"),          QStringLiteral("search_content"),
        QStringLiteral("search_docsize"),      QStringLiteral("search_config"),
        QStringLiteral("translation_backlog"), QStringLiteral("presence"),
    };
    return names.contains(table) || table.startsWith(QLatin1String("sqlite_"));
}

Result<QStringList> storeTables(Database &db)
{
    auto q = db.run(db.isServer() ? QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables "
                                                   "WHERE schemaname = current_schema()")
                                  : QStringLiteral("SELECT name FROM sqlite_master "
                                                   "WHERE type = 'table'"),
                    {}, QObject::tr("listing the tables of %1").arg(db.path()));
    if (!q)
        return std::unexpected(q.error());
    QStringList names;
    while (q->next())
        names.append(q->value(0).toString());
    return names;
}

Result<> refuseUnknownTables(Database &source)
{
    auto names = storeTables(source);
    if (!names)
        return std::unexpected(names.error());
    const QStringList copied = StoreCopier::tables();
    for (const QString &name : std::as_const(*names)) {
        if (!copied.contains(name) && !madeByTarget(name)) {
            return fail(ErrorCode::StorageFailure,
                        QObject::tr("%1 holds a table this Byline does not know (%2), so it "
                                    "cannot copy the store whole. Nothing was copied; use the "
                                    "Byline that made the store.")
                            .arg(source.path(), name));
        }
    }
    return {};
}

Result<std::unique_ptr<Database>> openSource(const QString &location)
{
    Database::Options options;
    options.path = location;
    options.readOnly = true;
    options.migrate = false;
    options.othersMayWrite = true;
    auto db = Database::open(options);
    // On a server a person's login sees only their own saved searches (row-level security):
    // a copy made with it would lose the others' without a word.
    if (db && (*db)->isServer() && !(*db)->isServerAdministrator()) {
        return fail(ErrorCode::PermissionDenied,
                    QObject::tr("Copying the newsroom at %1 takes a PostgreSQL superuser or the "
                                "database's owner; %2 does not see all of it. Nothing was copied.")
                        .arg((*db)->path(), (*db)->login()));
    }
    return db;
}

Error holdsNewsroom(const QString &shown)
{
    return {ErrorCode::Conflict,
            QObject::tr("%1 already holds a newsroom: a copy goes into a new file or an empty "
                        "database, never over a newsroom. Nothing was written.")
                .arg(shown),
            {}};
}

Error fileTaken(const QString &path)
{
    if (auto header = SqliteHeader::read(path); header && header->isSqlite())
        return holdsNewsroom(path);
    return {ErrorCode::Conflict,
            QObject::tr("%1 already exists: a copy goes into a new file, never over another. "
                        "Nothing was written.")
                .arg(path),
            {}};
}

// A server's database that holds no newsroom: no schema yet, or the schema with no rows (an
// earlier copy that failed leaves that much).
Result<std::unique_ptr<Database>> openServerTarget(const QString &url)
{
    Database::Options look;
    look.path = url;
    look.readOnly = true;
    look.migrate = false;
    auto existing = Database::open(look);
    if (existing) {
        QStringList tables = StoreCopier::tables();
        tables.append(QStringLiteral("search_docs"));
        for (const QString &table : std::as_const(tables)) {
            auto row
                = (*existing)->scalar(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table), {},
                                      QObject::tr("looking into %1").arg((*existing)->path()));
            if (!row)
                return std::unexpected(row.error());
            if (!row->isNull())
                return std::unexpected(holdsNewsroom((*existing)->path()));
        }
    } else if (existing.error().code == ErrorCode::StorageReadOnly) {
        return std::unexpected(holdsNewsroom(Database::shownLocation(url))); // an older one
    } else if (existing.error().code != ErrorCode::NotFound) {
        return std::unexpected(existing.error());
    }
    Database::Options options;
    options.path = url;
    options.createIfMissing = true;
    return Database::open(options);
}

// A SQLite target: a new file (or an empty one) in a folder that is there.
Result<> checkFileTarget(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return fail(ErrorCode::Io,
                    QObject::tr("%1 is a folder; give the name of the new store file in it (for "
                                "example %1/byline.sqlite).")
                        .arg(path));
    }
    if (info.exists() && !info.isFile()) {
        return fail(ErrorCode::Io,
                    QObject::tr("%1 is not an ordinary file (a pipe or a device?); give the name "
                                "of a new store file.")
                        .arg(path));
    }
    if (info.exists() && info.size() > 0)
        return std::unexpected(fileTaken(path));
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return fail(ErrorCode::Io,
                    QObject::tr("The folder %1 does not exist. Create it, or choose another place "
                                "for the copy. Nothing was written.")
                        .arg(info.absolutePath()));
    }
    return {};
}

// Gives the finished copy the target's name, never over a store that appeared there meanwhile:
// link(2) refuses a name that is taken. (Where the file system has no links, a rename.)
Result<> moveIntoPlace(const QString &scratch, const QString &target)
{
    const QByteArray from = QFile::encodeName(scratch);
    const QByteArray to = QFile::encodeName(target);
    if (QFileInfo(target).exists() && QFileInfo(target).size() == 0)
        QFile::remove(target); // the empty file given as the target
    int failed = ::link(from.constData(), to.constData());
    if (failed == 0) {
        ::unlink(from.constData());
    } else if (errno == EEXIST) {
        return std::unexpected(fileTaken(target));
    } else if (errno == EPERM || errno == EOPNOTSUPP || errno == EMLINK) {
        failed = ::rename(from.constData(), to.constData());
    }
    if (failed != 0) {
        return fail(ErrorCode::StorageFailure,
                    QObject::tr("Cannot give the copy its name %1 (%2). Nothing was written.")
                        .arg(target, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return {};
}

// On a server, ids come from identity columns: each starts after the ids copied, so that the
// next article, comment or change gets a new one.
Result<> advanceSequences(Database &target)
{
    for (const Table &table : plan()) {
        if (table.key.size() != 1
            || (table.key.first() != QLatin1String("id")
                && table.key.first() != QLatin1String("seq")))
            continue;
        const QString column = table.key.first();
        const QString name = QString::fromLatin1(table.name);
        auto set = target.scalar(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2')"
                                                "::regclass, GREATEST(max(%2), 1), "
                                                "max(%2) IS NOT NULL) FROM %1")
                                     .arg(name, column),
                                 {}, QObject::tr("copying %1").arg(name));
        if (!set)
            return std::unexpected(set.error());
    }
    return {};
}

// On a server the copy is one transaction, in which each UPDATE of a row leaves a version
// that the next UPDATE of it steps over. The triggers that keep translation_backlog counted
// (three rows, changed by every article and every approved translation) would make the copy
// quadratic: at 50,000 articles the last thousand took 20 times as long as the first. They
// rest while the rows arrive (the target is new, so they are the only triggers there), and
// the backlog is counted once afterwards.
Result<> setBacklogTriggers(Database &target, bool enabled)
{
    for (const char *table : {"articles", "translations"}) {
        auto done
            = target.run(QStringLiteral("ALTER TABLE %1 %2 TRIGGER USER")
                             .arg(QLatin1String(table),
                                  enabled ? QLatin1String("ENABLE") : QLatin1String("DISABLE")),
                         {}, QObject::tr("copying the newsroom"));
        if (!done)
            return std::unexpected(done.error());
    }
    return {};
}

// Once the rows are in on a server: the backlog counted, its triggers back, and the planner
// told what the tables hold. It knows them only as the empty tables the schema made (no
// statistics are gathered inside a transaction), and the search index's reads of each article
// would scan whole tables (150 ms an article at 50,000); ANALYZE counts the transaction's own
// rows.
Result<> resumeServerTarget(Database &target)
{
    const QString what = QObject::tr("copying the newsroom");
    auto counts = ArticleLists(target).countNeedingTranslation();
    if (!counts)
        return std::unexpected(counts.error());
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        auto set = target.run(QStringLiteral("UPDATE translation_backlog SET articles = ? "
                                             "WHERE locale = ?"),
                              {it.value(), it.key()}, what);
        if (!set)
            return std::unexpected(set.error());
    }
    if (auto enabled = setBacklogTriggers(target, true); !enabled)
        return enabled;
    if (auto analyzed = target.run(QStringLiteral("ANALYZE"), {}, what); !analyzed)
        return std::unexpected(analyzed.error());
    return {};
}

// On a server the search table's own indexes (the GIN index over its words) are made once,
// over every document, after the index is written: grown a document at a time inside one
// transaction, the GIN index made indexing 50,000 articles take 730 s instead of 500. Returns
// how to make them again (as the schema defines them, whatever a later schema makes of them).
Result<QStringList> dropSearchIndexes(Database &target)
{
    const QString what = QObject::tr("copying the newsroom");
    auto q = target.run(QStringLiteral("SELECT indexname, indexdef FROM pg_catalog.pg_indexes "
                                       "WHERE schemaname = current_schema() "
                                       "AND tablename = 'search' "
                                       "AND indexdef NOT LIKE 'CREATE UNIQUE %'"),
                        {}, what);
    if (!q)
        return std::unexpected(q.error());
    QStringList names;
    QStringList definitions;
    while (q->next()) {
        names.append(q->value(0).toString());
        definitions.append(q->value(1).toString());
    }
    q->finish();
    for (const QString &name : std::as_const(names)) {
        if (auto dropped = target.run(QStringLiteral("DROP INDEX \"%1\"").arg(name), {}, what);
            !dropped)
            return std::unexpected(dropped.error());
    }
    return definitions;
}

// An error met while copying, with what became of the target.
Error failedCopy(Error error, const QString &target)
{
    if (error.code == ErrorCode::Conflict) {
        // The target was empty: the rows themselves break the schema's rules.
        error.code = ErrorCode::StorageCorrupt;
        error.message = QObject::tr("The source holds rows that break the store's own rules; "
                                    "\"byline-cli check\" on it says which.");
    }
    error.message
        += QLatin1Char(' ') + QObject::tr("Nothing of the copy was kept in %1.").arg(target);
    return error;
}

} // namespace

StoreCopier::StoreCopier(QString from, QString to)
    : m_from(std::move(from))
    , m_to(std::move(to))
{
}

QStringList StoreCopier::tables()
{
    QStringList names;
    for (const Table &table : plan())
        names.append(QString::fromLatin1(table.name));
    return names;
}

Result<StoreCopier::Report> StoreCopier::run()
{
    QElapsedTimer timer;
    timer.start();
    if (m_from.isEmpty() || m_to.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("Name the store to copy and the new one."));
    auto source = openSource(m_from);
    if (!source)
        return std::unexpected(source.error());
    if (auto known = refuseUnknownTables(**source); !known)
        return std::unexpected(known.error());
    Report report;
    report.from = (*source)->path();
    report.toServer = ServerAddress::isServerUrl(m_to);

    if (report.toServer) {
        auto target = openServerTarget(m_to);
        if (!target)
            return std::unexpected(target.error());
        report.to = (*target)->path();
        // One transaction for the whole copy: if it fails, or the connection is lost, the
        // server keeps none of it.
        auto tx = Transaction::begin(**target, QObject::tr("copying the newsroom"));
        if (!tx)
            return std::unexpected(tx.error());
        if (auto copied = copyInto(**source, **target, report); !copied)
            return std::unexpected(failedCopy(copied.error(), report.to));
        if (auto advanced = advanceSequences(**target); !advanced)
            return std::unexpected(failedCopy(advanced.error(), report.to));
        // Desks already connected to the empty database reload everything.
        (*target)->recordChange(Change(ChangeKind::Many));
        if (auto committed = tx->commit(); !committed)
            return std::unexpected(failedCopy(committed.error(), report.to));
    } else {
        const QString path = QFileInfo(m_to).absoluteFilePath();
        report.to = path;
        if (auto free = checkFileTarget(path); !free)
            return std::unexpected(free.error());
        // Written under another name and renamed once whole: a copy that fails or is killed
        // leaves no half newsroom under the target's name.
        ScratchFile scratch = ScratchFile::beside(path, QStringLiteral("copying"));
        {
            Database::Options options;
            options.path = scratch.path;
            options.createIfMissing = true;
            auto target = Database::open(options);
            if (!target)
                return std::unexpected(target.error());
            // The copy is synced once, whole, before it takes its name: no page needs to be.
            if (auto fast = (*target)->run(QStringLiteral("PRAGMA synchronous = OFF")); !fast)
                return std::unexpected(fast.error());
            if (auto copied = copyInto(**source, **target, report); !copied)
                return std::unexpected(failedCopy(copied.error(), report.to));
        } // closed: SQLite moves what its -wal file holds into the file
        if (!ScratchFile::syncToDisk(scratch.path)) {
            return fail(ErrorCode::StorageFailure,
                        QObject::tr("Cannot write the copy to the disk holding %1. Nothing was "
                                    "written; check the disk and try again.")
                            .arg(path));
        }
        if (auto placed = moveIntoPlace(scratch.path, path); !placed)
            return std::unexpected(placed.error());
        scratch.keep = true;
        ScratchFile::syncToDisk(QFileInfo(path).absolutePath(), true);
    }
    report.milliseconds = timer.elapsed();
    qCInfo(lcStorage) << "copied" << report.from << "to" << report.to << report.rows << "rows in"
                      << report.milliseconds << "ms";
    return report;
}

Result<> StoreCopier::copyInto(Database &source, Database &target, Report &report)
{
    const auto tell = [this](Stage stage, const QString &table, qint64 done, qint64 total) {
        if (m_progress)
            m_progress(stage, table, done, total);
    };
    if (target.isServer()) {
        if (auto suspended = setBacklogTriggers(target, false); !suspended)
            return suspended;
    }
    {
        ReadSnapshot snapshot(source);
        if (auto begun = snapshot.begin(); !begun)
            return begun;
        for (const Table &table : plan()) {
            const QString name = QString::fromLatin1(table.name);
            auto total = source.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(name), {},
                                       QObject::tr("copying %1").arg(name));
            if (!total)
                return std::unexpected(total.error());
            tell(Stage::Rows, name, 0, total->toLongLong());
            TableCopier copier(source, target, name, table.key);
            if (m_pageRows > 0)
                copier.setPageRows(m_pageRows);
            auto rows = copier.copy(
                [&](qint64 done) { tell(Stage::Rows, name, done, total->toLongLong()); });
            if (!rows)
                return std::unexpected(rows.error());
            report.rows += *rows;
            ++report.tables;
            if (name == QLatin1String("articles"))
                report.articles = *rows;
        }
    }
    if (target.isServer()) {
        if (auto resumed = resumeServerTarget(target); !resumed)
            return resumed;
    }
    auto deferred = target.isServer() ? dropSearchIndexes(target) : Result<QStringList>();
    if (!deferred)
        return std::unexpected(deferred.error());
    auto indexed = SearchIndex(target).rebuild(
        [&](int done, int total) { tell(Stage::SearchIndex, {}, done, total); });
    if (!indexed)
        return std::unexpected(indexed.error());
    report.searchDocuments = *indexed;
    for (const QString &definition : std::as_const(*deferred)) {
        if (auto made = target.run(definition, {}, QObject::tr("copying the newsroom")); !made)
            return std::unexpected(made.error());
    }
    return {};
}

} // namespace Byline::Storage
