#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

namespace Byline {
namespace Storage {
class ServerAddress;
}

// The password file of PostgreSQL's client library (libpq): ~/.pgpass, or the file PGPASSFILE
// names. One line per server, "host:port:database:user:password", with ":" and "\" escaped by
// a backslash; libpq reads it only while nobody but its owner may read it (mode 0600). The
// desk keeps a newsroom server's password here when the computer has no keyring service.
class PgPassFile
{
    Q_DECLARE_TR_FUNCTIONS(Byline::PgPassFile)

public:
    explicit PgPassFile(QString path = defaultPath());

    // PGPASSFILE, else ~/.pgpass.
    [[nodiscard]] static QString defaultPath();
    // The line for `address` and `password`: a socket folder is written as the host libpq
    // matches it against, the default port as 5432.
    [[nodiscard]] static QString line(const Storage::ServerAddress &address,
                                      const QString &password);

    [[nodiscard]] QString path() const { return m_path; }
    // Writes the line, replacing the one for the same host, port, database and user, keeping
    // every other line; the file is written whole and readable by its owner only.
    [[nodiscard]] Result<> store(const Storage::ServerAddress &address, const QString &password);

private:
    QString m_path;
};

} // namespace Byline
