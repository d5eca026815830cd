#pragma once

#include "core/Error.h"

namespace Byline::Storage {

class Database;

// A write transaction (on SQLite BEGIN IMMEDIATE: the write lock is taken at once, so two
// writers wait for each other instead of failing half way; on a server a plain BEGIN, and
// writers lock the article row they change). Rolls back unless committed. Nested guards join
// the outer transaction; if an inner one is abandoned, the outer commit fails.
class Transaction
{
public:
    [[nodiscard]] static Result<Transaction> begin(Database &db, const QString &what = {});
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction();

    [[nodiscard]] Result<> commit();

private:
    explicit Transaction(Database *db, QString what);
    Database *m_db = nullptr;
    QString m_what;
};

} // namespace Byline::Storage
