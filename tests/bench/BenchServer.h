#pragma once

#include "core/Error.h"
#include "core/storage/ServerAddress.h"
#include "tests/bench/BenchStore.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Byline {
struct User;
}

namespace Byline::Storage {
class Database;
}

namespace Byline::Bench {

// The PostgreSQL server `byline-bench run --engine postgres` measures on: one it starts for the
// run (scripts/pg-server with PostgreSQL's durable settings, as the tests start theirs), or one
// given with --server, where an administrator may create and drop a database and roles. What
// the run made goes with this object: the throwaway server is stopped; on a given server the
// run's database and the logins and group roles made for it are dropped. A watcher process
// stops a throwaway server also when the bench itself dies first.
class BenchServer
{
public:
    // Starts a server in `folder` (which it removes when stopping).
    [[nodiscard]] static Result<std::unique_ptr<BenchServer>> start(const QString &folder,
                                                                    bool keep = false);
    // Uses the server at `adminUrl`.
    [[nodiscard]] static Result<std::unique_ptr<BenchServer>> use(const QString &adminUrl,
                                                                  bool keep = false);
    ~BenchServer();
    BenchServer(const BenchServer &) = delete;
    BenchServer &operator=(const BenchServer &) = delete;

    // A new database for this run (UTF-8), and the store in it, not opened yet.
    [[nodiscard]] Result<BenchStore> createStore();
    // A login with a new password for `user`, a person of the store that `db` (the store,
    // opened by its administrator) holds, who then logs in as themselves. Refused when the
    // server has a login of that name already: the bench changes nobody's password.
    [[nodiscard]] Result<> addLogin(Storage::Database &db, BenchStore &store, const User &user);

    // The names of what this run makes carry this (random) tag: the server's roles are shared
    // by all its databases.
    [[nodiscard]] QString tag() const { return m_tag; }
    // "a throwaway server started for the run (...)" or "the server at URL".
    [[nodiscard]] QString description() const;
    // With --keep: what stays, and how to reach it.
    [[nodiscard]] QString kept() const;

private:
    BenchServer() = default;
    [[nodiscard]] Result<QVariant> exec(const QString &sql);
    void dropWhatWasMade();
    void stop();

    Storage::ServerAddress m_admin;
    QString m_folder; // a throwaway server's folder; empty for a given server
    bool m_keep = false; // leave the server, the database and the logins for a look afterwards
    QString m_connection; // the administrator's connection to the maintenance database
    QString m_tag;
    QString m_database; // made for this run
    QStringList m_logins; // made for this run
};

} // namespace Byline::Bench
