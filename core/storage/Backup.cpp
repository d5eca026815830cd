#include "core/storage/Backup.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "core/TimeFormat.h"
#include "core/changes/ChangeFeed.h"
#include "core/storage/BackupFile.h"
#include "core/storage/Database.h"
#include "core/storage/ScratchFile.h"
#include "core/storage/SqliteFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStorageInfo>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <sys/stat.h>

namespace Byline::Storage {
namespace {

// The same file by device and inode (a link or another spelling of the path counts), or by
// path when one does not exist yet.
bool sameFile(const QString &a, const QString &b)
{
    struct stat sa
    {
    };
    struct stat sb
    {
    };
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0
        && ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

bool isPartOfStore(const QString &path, const QString &store)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (sameFile(path, store + QLatin1String(suffix)))
            return true;
    }
    return false;
}

// What writing a copy into `folder` met, in words.
Error writeError(int code, const QString &file, const QString &folder, const QString &detail)
{
    switch (code) {
    case SQLITE_FULL:
        return {ErrorCode::StorageFailure,
                QObject::tr("The disk holding %1 is full, so the backup did not fit. %2 was not "
                            "changed; make room or choose another folder.")
                    .arg(folder, file),
                detail};
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_AUTH:
        return {ErrorCode::Io,
                QObject::tr("Cannot write in the folder %1 (no permission, or it is read-only). "
                            "Nothing was written; choose a folder you may write to.")
                    .arg(folder),
                detail};
    case SQLITE_INTERRUPT:
        return {ErrorCode::Cancelled,
                QObject::tr("The backup was cancelled; %1 was not changed.").arg(file), detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::StorageLocked,
                QObject::tr("The store stayed locked by another program, so the backup could "
                            "not be taken. %1 was not changed; try again in a moment.")
                    .arg(file),
                detail};
    default:
        return {ErrorCode::StorageFailure,
                QObject::tr("Writing the backup in %1 failed (%2). %3 was not changed; check the "
                            "disk and try again.")
                    .arg(folder, detail, file),
                detail};
    }
}

// Where FILE may not go, or nothing.
std::optional<Error> refusedTarget(const QString &file, const QString &store)
{
    const QFileInfo info(file);
    if (isPartOfStore(file, store)) {
        return Error {ErrorCode::Io,
                      QObject::tr("%1 is the store itself; a backup must be another file, best "
                                  "on another disk.")
                          .arg(file),
                      {}};
    }
    if (info.isDir()) {
        return Error {ErrorCode::Io,
                      QObject::tr("%1 is a folder; give the name of the backup file in it (for "
                                  "example %2).")
                          .arg(file, QDir(file).filePath(QStringLiteral("byline-backup.sqlite"))),
                      {}};
    }
    if (info.exists() && !info.isFile()) {
        return Error {ErrorCode::Io,
                      QObject::tr("%1 is not an ordinary file (a pipe or a device?); give the "
                                  "name of a file for the backup.")
                          .arg(file),
                      {}};
    }
    const QFileInfo folder(info.absolutePath());
    // The nearest part of the path that is there: a file in the way is not a missing folder.
    QFileInfo existing = folder;
    while (!existing.exists() && !existing.isRoot())
        existing = QFileInfo(existing.absolutePath());
    if (existing.exists() && !existing.isDir()) {
        return Error {ErrorCode::Io,
                      QObject::tr("%1 is not a folder, so the backup cannot be written in it. "
                                  "Choose a folder for the backup.")
                          .arg(existing.filePath()),
                      {}};
    }
    if (!folder.exists()) {
        return Error {ErrorCode::Io,
                      QObject::tr("The folder %1 does not exist. Create it, or choose another "
                                  "place for the backup.")
                          .arg(folder.filePath()),
                      {}};
    }
    return std::nullopt;
}

// Holds one read snapshot of the store for the whole copy (WAL: writers go on meanwhile),
// so the copy is the store at one moment and no commit elsewhere restarts it.
class SqliteReadSnapshot
{
public:
    explicit SqliteReadSnapshot(sqlite3 *db)
        : m_db(db)
    {
        m_began = sqlite3_exec(m_db, "BEGIN DEFERRED", nullptr, nullptr, nullptr) == SQLITE_OK;
        if (m_began)
            sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    }
    ~SqliteReadSnapshot()
    {
        if (m_began)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    SqliteReadSnapshot(const SqliteReadSnapshot &) = delete;
    SqliteReadSnapshot &operator=(const SqliteReadSnapshot &) = delete;

private:
    sqlite3 *m_db;
    bool m_began = false;
};

} // namespace

Backup::Backup(Database &db)
    : m_db(db)
{
}

Result<Backup::Report> Backup::backupTo(const QString &file, const Progress &progress) const
{
    auto copy = writeCopy(file, progress, false);
    if (!copy)
        return std::unexpected(copy.error());
    return copy->report;
}

Result<Backup::Copy> Backup::writeCopy(const QString &file, const Progress &progress,
                                       bool keepDamaged) const
{
    QElapsedTimer timer;
    timer.start();
    const QString target = QFileInfo(file).absoluteFilePath();
    if (file.isEmpty())
        return fail(ErrorCode::Io, QObject::tr("Give the name of the backup file."));
    if (auto refused = refusedTarget(target, m_db.path()))
        return std::unexpected(*refused);
    const QString folder = QFileInfo(target).absolutePath();
    sqlite3 *store = SqliteFile::handleOf(m_db);
    if (!store) {
        return fail(ErrorCode::StorageFailure,
                    QObject::tr("This Qt's SQLite driver does not give access to SQLite, so no "
                                "backup can be taken. Install the package libqt6sql6-sqlite."));
    }

    // Inside a transaction of this connection the copy would hold what is not committed yet.
    if (sqlite3_get_autocommit(store) == 0) {
        return fail(ErrorCode::StorageFailure,
                    QObject::tr("A backup cannot be taken in the middle of a change to the store. "
                                "%1 was not changed; try again once the change is saved.")
                        .arg(target));
    }
    // Room for the copy, before writing any of it.
    auto pages = m_db.scalar(QStringLiteral("PRAGMA page_count"));
    auto pageSize = m_db.scalar(QStringLiteral("PRAGMA page_size"));
    if (!pages || !pageSize)
        return std::unexpected(pages ? pageSize.error() : pages.error());
    const qint64 needed = pages->toLongLong() * pageSize->toLongLong();
    const QStorageInfo disk(folder);
    // A file system that reports no size at all (/proc, some network mounts) is not judged.
    if (disk.isValid() && disk.bytesTotal() > 0 && disk.bytesAvailable() < needed) {
        return fail(ErrorCode::StorageFailure,
                    QObject::tr("There is not enough room in %1 for the backup: it needs %2 MB "
                                "and %3 MB are free. %4 was not changed; make room or choose "
                                "another folder.")
                        .arg(folder)
                        .arg(double(needed) / 1e6, 0, 'f', 1)
                        .arg(double(disk.bytesAvailable()) / 1e6, 0, 'f', 1)
                        .arg(target));
    }

    ScratchFile scratch = ScratchFile::beside(target, QStringLiteral("partial"));
    {
        SqliteFile out = SqliteFile::open(scratch.path, SqliteFile::Mode::Create);
        if (!out.isOpen())
            return std::unexpected(writeError(out.code(), target, folder, out.errorText()));
        QString detail;
        int rc = SQLITE_OK;
        {
            auto mode = m_db.scalar(QStringLiteral("PRAGMA journal_mode"));
            const bool wal
                = mode && mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
            std::optional<SqliteReadSnapshot> snapshot;
            if (wal)
                snapshot.emplace(store);
            rc = SqliteFile::copyPages(store, out.handle(), m_pagesPerStep, m_db.busyTimeoutMs(),
                                       progress, &detail);
        }
        // One file that stands alone: no -wal beside it to lose when it is moved.
        if (rc == SQLITE_OK && !out.exec("PRAGMA journal_mode = DELETE")) {
            rc = out.code();
            detail = out.errorText();
        }
        if (rc != SQLITE_OK)
            return std::unexpected(writeError(rc, target, folder, detail));
    }

    Copy copy;
    auto facts = BackupFile::verify(scratch.path);
    if (!facts) {
        if (!keepDamaged || facts.error().code != ErrorCode::StorageCorrupt) {
            return fail(ErrorCode::StorageFailure,
                        QObject::tr("The copy of the store did not pass its check, so %1 was "
                                    "not changed. Run \"byline-cli check\" on the store.")
                            .arg(target),
                        facts.error().detail.isEmpty() ? facts.error().message
                                                       : facts.error().detail);
        }
        copy.damage = facts.error().detail;
    }
    if (!ScratchFile::syncToDisk(scratch.path))
        return std::unexpected(writeError(SQLITE_IOERR, target, folder, QStringLiteral("fsync")));
    if (::rename(QFile::encodeName(scratch.path).constData(), QFile::encodeName(target).constData())
        != 0) {
        return std::unexpected(
            writeError(errno == EACCES || errno == EPERM ? SQLITE_PERM : SQLITE_IOERR, target,
                       folder, QString::fromLocal8Bit(strerror(errno))));
    }
    scratch.keep = true;
    ScratchFile::syncToDisk(folder, true); // the rename itself survives a crash of the machine

    copy.report.file = target;
    copy.report.bytes = QFileInfo(target).size();
    if (facts) {
        copy.report.articles = facts->articles;
        copy.report.notes = facts->notes;
    }
    copy.report.milliseconds = timer.elapsed();
    qCInfo(lcStorage) << "backed up" << m_db.path() << "to" << target << copy.report.bytes
                      << "bytes in" << copy.report.milliseconds << "ms";
    return copy;
}

Result<QString> Backup::upgradedCopy(const QString &file, int fromSchema) const
{
    ScratchFile scratch = ScratchFile::beside(m_db.path(), QStringLiteral("restoring"));
    const QString path = scratch.path;
    {
        SqliteFile in = SqliteFile::open(file, SqliteFile::Mode::ReadOnly);
        SqliteFile out = SqliteFile::open(path, SqliteFile::Mode::Create);
        QString detail = in.isOpen() ? out.errorText() : in.errorText();
        const int rc = in.isOpen() && out.isOpen()
            ? SqliteFile::copyPages(in.handle(), out.handle(), m_pagesPerStep, m_db.busyTimeoutMs(),
                                    {}, &detail)
            : (in.isOpen() ? out.code() : in.code());
        if (rc != SQLITE_OK || !out.exec("PRAGMA journal_mode = DELETE")) {
            return fail(ErrorCode::StorageFailure,
                        QObject::tr("Cannot prepare the backup %1 for this Byline beside the store "
                                    "(%2). Nothing was changed; check the room on the disk and "
                                    "the folder's permissions.")
                            .arg(file, detail.isEmpty() ? out.errorText() : detail));
        }
    }
    Database::Options options;
    options.path = path;
    options.backupBeforeMigrating = false; // the backup itself is kept where it was
    auto upgraded = Database::open(options);
    if (!upgraded) {
        return fail(upgraded.error().code,
                    QObject::tr("The backup %1 (schema %2) could not be brought up to this "
                                "Byline's schema %3: %4 Nothing was changed.")
                        .arg(file)
                        .arg(fromSchema)
                        .arg(Database::latestSchemaVersion())
                        .arg(upgraded.error().message),
                    upgraded.error().detail);
    }
    upgraded->reset();
    if (auto checked = BackupFile::verify(path); !checked)
        return std::unexpected(checked.error());
    scratch.keep = true; // the caller removes it once restored
    return path;
}

Result<Backup::Report> Backup::restoreFrom(const QString &file, const Progress &progress,
                                           bool keepSafetyCopy)
{
    QElapsedTimer timer;
    timer.start();
    const QString source = QFileInfo(file).absoluteFilePath();
    if (file.isEmpty())
        return fail(ErrorCode::InvalidInput, QObject::tr("Give the backup file to restore."));
    if (isPartOfStore(source, m_db.path())) {
        return fail(
            ErrorCode::InvalidInput,
            QObject::tr("%1 is the store itself; give a backup file to restore from.").arg(source));
    }
    if (m_db.isReadOnly()) {
        return fail(ErrorCode::StorageReadOnly,
                    QObject::tr("The store %1 cannot be written (it or its folder is read-only), "
                                "so nothing can be restored into it. Nothing was changed; check "
                                "its permissions.")
                        .arg(m_db.path()));
    }
    auto facts = BackupFile::verify(source);
    if (!facts)
        return std::unexpected(facts.error());
    Report report;
    report.file = source;
    report.bytes = facts->bytes;
    report.articles = facts->articles;
    report.notes = facts->notes;

    // An older backup is brought up to date in a copy first: the store never holds an old
    // schema under the desks that have it open, and a failed upgrade changes nothing.
    ScratchFile upgraded;
    QString from = source;
    if (facts->schemaVersion < Database::latestSchemaVersion()) {
        auto path = upgradedCopy(source, facts->schemaVersion);
        if (!path)
            return std::unexpected(path.error());
        upgraded.path = *path;
        from = *path;
        report.migratedFrom = facts->schemaVersion;
    }
    auto storePageSize = m_db.scalar(QStringLiteral("PRAGMA page_size"));
    if (!storePageSize)
        return std::unexpected(storePageSize.error());
    if (storePageSize->toLongLong() != facts->pageSize) {
        return fail(ErrorCode::StorageFailure,
                    QObject::tr("The backup %1 uses pages of %2 bytes and the store %3 bytes, so "
                                "it cannot be copied into the open store. Nothing was changed.")
                        .arg(source)
                        .arg(facts->pageSize)
                        .arg(storePageSize->toLongLong()));
    }

    if (keepSafetyCopy) {
        const QString stamp = Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString name = m_db.path() + QStringLiteral(".before-restore-") + stamp;
        for (int n = 2; QFileInfo::exists(name); ++n)
            name = m_db.path() + QStringLiteral(".before-restore-%1-%2").arg(stamp).arg(n);
        auto kept = writeCopy(name, {}, true);
        if (!kept) {
            return fail(kept.error().code,
                        QObject::tr("Nothing was restored, because a copy of the store as it is "
                                    "could not be kept first: %1")
                            .arg(kept.error().message),
                        kept.error().detail);
        }
        report.safetyCopy = kept->report.file;
        report.safetyCopyDamaged = !kept->damage.isEmpty();
    }

    auto lastSeq = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log"));
    if (!lastSeq)
        return std::unexpected(lastSeq.error());
    SqliteFile in = SqliteFile::open(from, SqliteFile::Mode::ReadOnly);
    if (!in.isOpen()) {
        return fail(ErrorCode::StorageFailure,
                    QObject::tr("Cannot read the backup %1 (%2). Nothing was changed.")
                        .arg(source, in.errorText()));
    }
    QString detail;
    const int rc = SqliteFile::copyPages(in.handle(), SqliteFile::handleOf(m_db), m_pagesPerStep,
                                         m_db.busyTimeoutMs(), progress, &detail);
    if (rc != SQLITE_OK) {
        const QString unchanged = QObject::tr("The store is as it was.");
        switch (rc) {
        case SQLITE_INTERRUPT:
            return fail(ErrorCode::Cancelled,
                        QObject::tr("The restore was cancelled. %1").arg(unchanged));
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return fail(ErrorCode::StorageLocked,
                        QObject::tr("Another program kept writing the store %1 (waited %2 s), "
                                    "so the backup was not restored. %3 Try again when it has "
                                    "finished.")
                            .arg(m_db.path())
                            .arg(m_db.busyTimeoutMs() / 1000.0, 0, 'f', 1)
                            .arg(unchanged),
                        detail);
        case SQLITE_FULL:
            return fail(ErrorCode::StorageFull,
                        QObject::tr("The disk holding the store %1 is full, so the backup was not "
                                    "restored. %2 Make room and try again.")
                            .arg(m_db.path(), unchanged),
                        detail);
        default:
            return fail(ErrorCode::StorageFailure,
                        QObject::tr("Restoring %1 into the store %2 failed (%3). %4")
                            .arg(source, m_db.path(), detail, unchanged),
                        detail);
        }
    }
    if (auto announced = announceRestore(lastSeq->toLongLong()); !announced)
        qCWarning(lcStorage) << "the restore was not announced:" << announced.error().detail;
    report.milliseconds = timer.elapsed();
    qCInfo(lcStorage) << "restored" << m_db.path() << "from" << source << "in"
                      << report.milliseconds << "ms";
    return report;
}

// The restored change_log may end before rows the other desks have seen: one row past all of
// them tells every desk to reload everything.
Result<> Backup::announceRestore(qint64 lastSeqBefore)
{
    auto lastSeq = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log"));
    if (!lastSeq)
        return std::unexpected(lastSeq.error());
    const qint64 next = std::max(lastSeqBefore, lastSeq->toLongLong()) + 1;
    auto logged
        = m_db.run(QStringLiteral("INSERT INTO change_log (seq, at, origin, kind) "
                                  "VALUES (?, ?, ?, ?)"),
                   {next, formatUtc(Clock::now()), m_db.origin(), changeKindName(ChangeKind::Many)},
                   QObject::tr("noting what changed"));
    if (!logged)
        return std::unexpected(logged.error());
    m_db.changes().publish({Change {ChangeKind::Many, {}, 0, {}, ChangeOrigin::ThisConnection}});
    return {};
}

} // namespace Byline::Storage
