#pragma once

#include "core/Error.h"

#include <QList>
#include <QString>

namespace Byline::Storage {

class Database;

// `byline-cli check`: SQLite's own integrity and foreign-key checks, then the project's
// consistency rules, then the search index. Reads only.
class IntegrityChecker
{
public:
    struct Problem
    {
        enum class Kind {
            Damage, // the file: SQLite's checks, unreadable records
            Rule, // the content breaks a rule of the project
            Index, // the search index is out of step (`check --repair` rebuilds it)
        };
        Kind kind = Kind::Rule;
        QString text;
    };

    explicit IntegrityChecker(Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<QList<Problem>> run() const;

private:
    // SQLite's integrity and foreign key checks of the file.
    [[nodiscard]] Result<QList<Problem>> fileDamage() const;
    // Byline's own rules, added to `problems`.
    [[nodiscard]] Result<QList<Problem>> rules(QList<Problem> problems) const;

    Database &m_db;
};

} // namespace Byline::Storage
