#pragma once

#include "core/Error.h"

#include <QString>

namespace Byline::Storage {

// The first 100 bytes of an SQLite file, read without SQLite: whether it is one at all, its
// page size and the page count it records. The store (Database::open) and backups
// (BackupFile) look at it before SQLite is allowed near a file, so that a foreign or cut-off
// file is refused without being touched.
class SqliteHeader
{
public:
    // Io when the file cannot be read. A file shorter than a header is not SQLite.
    [[nodiscard]] static Result<SqliteHeader> read(const QString &path);

    [[nodiscard]] bool isSqlite() const { return m_sqlite; }
    [[nodiscard]] qint64 pageSize() const { return m_pageSize; }
    [[nodiscard]] qint64 fileSize() const { return m_fileSize; }
    // False when the header itself is nonsense (a page size SQLite never writes) or the file
    // is not a whole number of pages.
    [[nodiscard]] bool isWellFormed() const;
    // The file is shorter than the pages the header says it holds. Only meaningful when no
    // -wal or -journal file shows that another program is writing it right now.
    [[nodiscard]] bool isCutShort() const;

private:
    bool m_sqlite = false;
    qint64 m_pageSize = 0;
    qint64 m_fileSize = 0;
    quint32 m_pages = 0;
    bool m_pageCountValid = false; // the change counter matches "version valid for"
};

} // namespace Byline::Storage
