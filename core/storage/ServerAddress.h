#pragma once

#include "core/Error.h"

#include <QString>

namespace Byline::Storage {

// Where a shared newsroom lives: a PostgreSQL server and database, written as a URL
// ("postgresql://user@host:5432/newsroom?sslmode=require"), as libpq reads it. A host that
// starts with "/" (also given as ?host=/folder) is the folder of the server's Unix socket.
// The password is never kept here unless the URL carried one; libpq also finds it in
// PGPASSWORD or ~/.pgpass, and the desk in the system keyring.
class ServerAddress
{
public:
    // Whether `location` (from --db, BYLINE_DB or the desk) names a server rather than a file.
    [[nodiscard]] static bool isServerUrl(const QString &location);
    [[nodiscard]] static Result<ServerAddress> parse(const QString &url);

    QString host; // empty: libpq's default (PGHOST or the local socket)
    int port = 0; // 0: libpq's default (PGPORT or 5432)
    QString database; // empty: the user's name, as libpq does
    QString user; // empty: PGUSER or the system user
    QString password; // empty: PGPASSWORD, ~/.pgpass or the keyring
    QString sslMode; // disable, allow, prefer, require, verify-ca, verify-full; empty: prefer

    // The URL again, without the password: what Byline shows and remembers.
    [[nodiscard]] QString url() const;
    // The options Qt's PostgreSQL driver passes on to libpq ("sslmode=require;...").
    [[nodiscard]] QString connectOptions() const;

    static constexpr const char *sslModes[]
        = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"};
};

} // namespace Byline::Storage
