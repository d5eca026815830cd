#pragma once

#include "core/Error.h"

#include <QList>
#include <QString>

namespace Byline::Storage {

class Database;

// Applies the ordered SQL files embedded under :/byline/migrations (NNNN_name.sql), each in
// its own transaction, recording the schema version in PRAGMA user_version. A PostgreSQL
// store has its own files under :/byline/migrations/postgres, with the same version numbers,
// and keeps its version in the table byline_meta.
class Migrator
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString resource;
    };

    [[nodiscard]] static QList<Step> steps(bool server = false);
    // Test seam: read migrations from another folder (default ":/byline/migrations").
    static void setSourceDirectory(const QString &directory);
    [[nodiscard]] static int latestVersion(bool server = false);
    // Splits a migration file into statements (a SQLite trigger's body and a PostgreSQL
    // function's $$-quoted body stay whole).
    [[nodiscard]] static QStringList splitStatements(const QString &sql);

    // Migrates `db` from its current version to `target` (default: latest).
    [[nodiscard]] static Result<> migrate(Database &db, int target = -1);
};

} // namespace Byline::Storage
