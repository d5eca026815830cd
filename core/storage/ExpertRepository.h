#pragma once

#include "core/Error.h"
#include "core/domain/Expert.h"

#include <QList>

namespace Byline::Storage {

class Database;

class ExpertRepository
{
public:
    explicit ExpertRepository(Database &db) : m_db(db) {}

    [[nodiscard]] Result<QList<Expert>> all() const;  // by uid
    [[nodiscard]] Result<> upsert(const Expert &expert);
    // Two records of the same person: `drop`'s quotes move to `keep`, its spellings fill the
    // locales `keep` lacks, and `drop` is removed. One transaction.
    [[nodiscard]] Result<> merge(const QString &keepUid, const QString &dropUid);

private:
    Database &m_db;
};

} // namespace Byline::Storage
