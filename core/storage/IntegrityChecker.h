#pragma once

#include "core/Error.h"

#include <QList>
#include <QString>

namespace Byline::Storage {

class Database;

// `byline-cli check`: SQLite's own integrity and foreign-key checks, then the project's
// consistency rules. Reads only.
class IntegrityChecker
{
public:
    struct Problem
    {
        enum class Kind { Damage, Rule };
        Kind kind = Kind::Rule;
        QString text;
    };

    explicit IntegrityChecker(Database &db) : m_db(db) {}

    [[nodiscard]] Result<QList<Problem>> run() const;

private:
    Database &m_db;
};

} // namespace Byline::Storage
