#pragma once

#include "core/Error.h"

namespace Byline::Storage {

class Database;

// The store as it was at one moment, for a long read (a copy, an export): a desk saving
// meanwhile neither changes what is read nor tears it (a comment read without its article, an
// article naming a quote added after the quotes were read). Writers are not held up: SQLite
// keeps the snapshot in its write-ahead log, a server in a REPEATABLE READ transaction, which
// is also READ ONLY, so the server itself refuses any write through it. Inside a transaction
// already open on the connection, it does nothing: that one is the snapshot. While it is open,
// the connection only reads (a Transaction begun on it would fail) and opens no other.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db)
        : m_db(db)
    {
    }
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    [[nodiscard]] Result<> begin();

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace Byline::Storage
