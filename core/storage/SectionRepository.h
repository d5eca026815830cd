#pragma once

#include "core/Error.h"
#include "core/domain/Section.h"

#include <QList>

namespace Byline::Storage {

class Database;

class SectionRepository
{
public:
    explicit SectionRepository(Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<QList<Section>> all() const; // by position, then uid
    [[nodiscard]] Result<> upsert(const Section &section);

private:
    Database &m_db;
};

} // namespace Byline::Storage
