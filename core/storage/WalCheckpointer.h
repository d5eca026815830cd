#pragma once

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace Byline::Storage {

// Copies a SQLite store's write-ahead log back into the store on a thread and a connection of
// its own, so that the connection the desk saves with never does it inside a save.
//
// SQLite's default is to checkpoint in the commit that takes the log past 1,000 pages: about
// one save in ten then also writes those pages into the store and waits for the disk twice
// (docs/ARCHITECTURE.md, "Two engines"; the saves measured both ways: tests/bench/README.md).
// Installed on a connection (Database::checkpointInBackground), this replaces that: the
// connection's commits only tell the thread how long the log is, and the thread checkpoints
// once it is that long.
// PASSIVE checkpoints: the thread never waits for a reader or a writer, and what it cannot copy
// yet it copies the next time.
class WalCheckpointer
{
public:
    // The log length, in pages, from which a checkpoint runs (SQLite's own default).
    static constexpr int pagesBeforeCheckpoint = 1000;

    // Takes over the checkpoints of `connection`, an open SQLite connection to `path` in WAL
    // mode, with a connection of its own to `path` (if that cannot be opened, `connection`
    // keeps checkpointing itself, and a warning is logged).
    WalCheckpointer(sqlite3 *connection, const QString &path);
    // Gives the checkpoints back to `connection` (SQLite's automatic ones) and stops the thread.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    [[nodiscard]] bool isRunning() const { return m_db != nullptr; }
    // How many checkpoints the thread has run, and how many of them copied the whole log.
    [[nodiscard]] int checkpoints() const { return m_checkpoints.load(); }
    [[nodiscard]] int completeCheckpoints() const { return m_complete.load(); }
    // Pages copied from the log into the store, in all.
    [[nodiscard]] qint64 copiedPages() const { return m_copiedPages.load(); }

private:
    static int committed(void *self, sqlite3 *db, const char *schema, int pages);
    void run();

    sqlite3 *m_connection;
    QString m_path;
    sqlite3 *m_db = nullptr; // the thread's own connection; none: the thread did not start
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_due = false; // under m_mutex
    bool m_stop = false; // under m_mutex
    std::atomic_int m_checkpoints = 0;
    std::atomic_int m_complete = 0;
    std::atomic<qint64> m_copiedPages = 0;
    std::thread m_thread;
};

} // namespace Byline::Storage
