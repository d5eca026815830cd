#pragma once

#include "core/Error.h"

#include <QSet>
#include <QString>

#include <optional>

namespace Byline::Storage {

class Database;

// The row id behind a public key (an article's uid, a user's name...). `table` and `column`
// are this layer's own constants, never input.
[[nodiscard]] Result<std::optional<qint64>> findId(const Database &db, const char *table,
                                                   const char *column, const QString &key);

// Whether looking up an article also locks its row for the rest of the transaction.
enum class RowLock {
    None,
    // On a server, SELECT … FOR NO KEY UPDATE: the lock an UPDATE of the row takes, taken
    // before anything about the article is read, so that no other desk changes it between
    // this transaction's reading, checking and writing (docs/ARCHITECTURE.md, "Two engines").
    // On SQLite the writer holds the whole store from BEGIN IMMEDIATE already.
    ForUpdate,
};

// The row id of the article `uid`; NotFound (saying so) when the store has no such article.
[[nodiscard]] Result<qint64> articleIdOf(const Database &db, const QString &uid,
                                         RowLock lock = RowLock::None);

// Every public key of a table (the uids of all sections, the names of all users...).
[[nodiscard]] Result<QSet<QString>> allKeys(const Database &db, const char *table,
                                            const char *column);

} // namespace Byline::Storage
