#pragma once

#include "core/Error.h"
#include "core/storage/Database.h"
#include "core/storage/ServerAddress.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace Byline::Bench {

// Where the benchmark's store lives, a SQLite file or a database on a PostgreSQL server, and
// how to open it: as whoever made it (the server's administrator), or on a server as one of
// its people, logged in as themselves (BenchServer::addLogin), as a desk does. A child process
// (probe-list, a writer) is given the location without the password and the password in
// PGPASSWORD, so that no password shows in a process list.
class BenchStore
{
public:
    [[nodiscard]] static BenchStore file(const QString &path);
    // The database at `adminUrl` (a postgresql:// URL, with its password if it has one).
    [[nodiscard]] static Result<BenchStore> server(const QString &adminUrl);

    [[nodiscard]] Storage::Database::Engine engine() const { return m_engine; }
    [[nodiscard]] bool isServer() const { return m_engine == Storage::Database::Engine::Postgres; }
    // The file, or the server's URL without a password: what the report shows.
    [[nodiscard]] QString location() const;
    [[nodiscard]] QString databaseName() const { return m_admin.database; }

    // Opens the store as its administrator or, when `person` has a login, as them.
    [[nodiscard]] Result<std::unique_ptr<Storage::Database>> open(const QString &person = {},
                                                                  bool create = false) const;
    // For a child process that opens the store as `person` (or its administrator).
    [[nodiscard]] QString childLocation(const QString &person = {}) const;
    [[nodiscard]] QProcessEnvironment childEnvironment(const QString &person = {}) const;

    // On a server: `person` logs in with `password` from now on.
    void setLogin(const QString &person, const QString &password);
    [[nodiscard]] bool hasLogin(const QString &person) const
    {
        return m_passwords.contains(person);
    }

    // What the store takes on disk (the file and its WAL; the database's size on a server).
    [[nodiscard]] qint64 bytes() const;

private:
    [[nodiscard]] Storage::ServerAddress addressOf(const QString &person) const;

    Storage::Database::Engine m_engine = Storage::Database::Engine::Sqlite;
    QString m_path; // SQLite
    Storage::ServerAddress m_admin; // PostgreSQL
    QHash<QString, QString> m_passwords; // login -> password
};

} // namespace Byline::Bench
