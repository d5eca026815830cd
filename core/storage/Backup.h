#pragma once

#include "core/Error.h"
#include "core/Progress.h"

#include <QString>

namespace Byline::Storage {

class Database;

// A verified online backup of the store, and the restore of one (README.md, "Backups").
//
// backupTo copies the store with SQLite's online backup API a few hundred pages at a time,
// inside one read snapshot, so other programs keep reading and writing it meanwhile and the
// copy is the store as it was when the backup began. The copy goes to a hidden file beside
// FILE, is checked (BackupFile::verify), synced to disk and only then renamed over FILE: FILE
// is never half written, and an existing FILE is replaced only by a checked copy.
//
// restoreFrom checks the backup first and refuses a damaged, foreign or newer one with nothing
// changed. A backup of an older schema is brought up to date in a copy beside the store before
// anything else happens. The store as it is is kept as a checked backup beside it
// (STORE.before-restore-YYYYMMDD-HHMMSS). Then the pages are copied INTO the open store with
// the same API, in one write transaction: other connections (a desk with the store open) keep
// their files and see the restored content at their next read; nobody's file is replaced under
// them. Other desks are told to reload everything (ChangeKind::Many).
class Backup
{
public:
    struct Report
    {
        QString file; // the backup written, or read
        qint64 bytes = 0;
        qint64 articles = 0;
        qint64 milliseconds = 0;
        int notes = 0; // content or search-index problems `byline-cli check` lists
        // Restore only:
        QString safetyCopy; // the store as it was before (empty: none was asked for)
        bool safetyCopyDamaged = false; // the store was damaged, and so is its copy
        int migratedFrom = 0; // the backup's schema when it was older than this program's
    };

    explicit Backup(Database &db);

    // Refuses the store itself (or its -wal, -shm, -journal) as FILE.
    [[nodiscard]] Result<Report> backupTo(const QString &file, const Progress &progress = {}) const;
    // `keepSafetyCopy` false: no copy of the store as it was (a store just created, empty).
    [[nodiscard]] Result<Report> restoreFrom(const QString &file, const Progress &progress = {},
                                             bool keepSafetyCopy = true);

    // Pages copied per step (4 KiB each): between steps others may write, progress is
    // reported, and a cancel is heard.
    void setPagesPerStep(int pages) { m_pagesPerStep = pages; }
    static constexpr int defaultPagesPerStep = 256;

private:
    struct Copy
    {
        Report report;
        QString damage; // set when the copy holds damage (kept only when asked)
    };
    [[nodiscard]] Result<Copy> writeCopy(const QString &file, const Progress &progress,
                                         bool keepDamaged) const;
    [[nodiscard]] Result<QString> upgradedCopy(const QString &file, int fromSchema) const;
    [[nodiscard]] Result<> announceRestore(qint64 lastSeqBefore);

    Database &m_db;
    int m_pagesPerStep = defaultPagesPerStep;
};

} // namespace Byline::Storage
