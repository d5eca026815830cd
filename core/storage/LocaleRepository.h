#pragma once

#include "core/Error.h"
#include "core/domain/Locale.h"

#include <QList>

namespace Byline::Storage {

class Database;

class LocaleRepository
{
public:
    explicit LocaleRepository(Database &db)
        : m_db(db)
    {
    }

    // In display order (position, then code).
    [[nodiscard]] Result<QList<Locale>> all() const;
    [[nodiscard]] Result<> upsert(const Locale &locale);

private:
    Database &m_db;
};

} // namespace Byline::Storage
