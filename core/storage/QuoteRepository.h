#pragma once

#include "core/Error.h"
#include "core/domain/Quote.h"

#include <QList>

namespace Byline::Storage {

class Database;

class QuoteRepository
{
public:
    explicit QuoteRepository(Database &db) : m_db(db) {}

    [[nodiscard]] Result<QList<Quote>> all() const;  // by uid
    // The expert must exist already.
    [[nodiscard]] Result<> upsert(const Quote &quote);

private:
    Database &m_db;
};

} // namespace Byline::Storage
