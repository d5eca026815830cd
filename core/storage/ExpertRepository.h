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

private:
    Database &m_db;
};

} // namespace Byline::Storage
