#include "core/storage/WalCheckpointer.h"

#include "core/Log.h"

#include <QFile>

#include <sqlite3.h>

namespace Byline::Storage {

WalCheckpointer::WalCheckpointer(sqlite3 *connection, const QString &path)
    : m_connection(connection)
    , m_path(path)
{
    const int opened = sqlite3_open_v2(QFile::encodeName(m_path).constData(), &m_db,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    // A connection learns that the file is in WAL mode, and opens the log, only when it first
    // reads: until then a checkpoint through it does nothing (and says so only by reporting
    // -1 pages).
    if (opened != SQLITE_OK
        || sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr)
            != SQLITE_OK) {
        // The connection keeps checkpointing itself: nothing is lost, saves only take longer.
        qCWarning(lcStorage) << "no checkpoint thread for" << m_path << ":"
                             << (m_db ? sqlite3_errmsg(m_db) : "out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    m_thread = std::thread([this] { run(); });
    // A hook replaces SQLite's automatic checkpoints on the connection.
    sqlite3_wal_hook(m_connection, &WalCheckpointer::committed, this);
}

WalCheckpointer::~WalCheckpointer()
{
    if (!m_db)
        return;
    sqlite3_wal_autocheckpoint(m_connection, pagesBeforeCheckpoint); // removes the hook
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    sqlite3_interrupt(m_db); // a long checkpoint under way stops; the connection copies the rest
    m_thread.join();
    sqlite3_close(m_db);
}

// Called by SQLite in every commit of the connection, on its thread: only a flag and a wake-up.
int WalCheckpointer::committed(void *self, sqlite3 *, const char *, int pages)
{
    if (pages < pagesBeforeCheckpoint)
        return SQLITE_OK;
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    {
        const std::lock_guard lock(checkpointer->m_mutex);
        checkpointer->m_due = true;
    }
    checkpointer->m_wake.notify_one();
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_due || m_stop; });
            if (m_stop)
                return;
            m_due = false;
        }
        int logPages = 0;
        int copied = 0;
        const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                                 &logPages, &copied);
        ++m_checkpoints;
        m_copiedPages += qMax(0, copied);
        if (rc == SQLITE_OK && logPages >= 0 && copied == logPages)
            ++m_complete;
        else if (rc == SQLITE_OK && logPages < 0)
            qCWarning(lcStorage) << "checkpoint of" << m_path << "found no log";
        else if (rc != SQLITE_OK && rc != SQLITE_BUSY && rc != SQLITE_INTERRUPT)
            qCWarning(lcStorage) << "checkpoint of" << m_path << "failed:" << sqlite3_errmsg(m_db);
    }
}

} // namespace Byline::Storage
