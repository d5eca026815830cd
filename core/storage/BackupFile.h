#pragma once

#include "core/Error.h"

#include <QString>

namespace Byline::Storage {

// Whether a file holds a whole Byline store that this program can use: an SQLite database
// with Byline's application id, a schema version from 1 to the latest this program knows,
// not cut short, and passing SQLite's integrity and foreign-key checks (at the latest schema,
// all of IntegrityChecker's). Reads only: nothing is written to the file or beside it.
// The backup checks every copy it makes with it, and a restore checks the file first.
class BackupFile
{
public:
    struct Facts
    {
        int schemaVersion = 0;
        qint64 bytes = 0;
        qint64 pageSize = 0;
        qint64 articles = 0;
        // Content rules or search-index problems that `byline-cli check` lists (not damage:
        // the copy holds what the store held).
        int notes = 0;
    };

    // InvalidInput: not an SQLite file, another program's, no store in it; StorageCorrupt:
    // cut short or damaged; StorageTooNew: from a newer Byline; NotFound, Io.
    [[nodiscard]] static Result<Facts> verify(const QString &path);
};

} // namespace Byline::Storage
