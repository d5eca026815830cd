#pragma once

#include "core/Error.h"
#include "core/changes/Change.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace Byline {
class ChangeFeed;
}

namespace Byline::Storage {

class WalCheckpointer;

// One connection to a Byline store. Not shared between threads: open one per thread.
class Database
{
public:
    // The embedded default (one SQLite file) or a shared newsroom on a PostgreSQL server.
    enum class Engine { Sqlite, Postgres };

    struct Options
    {
        QString path; // a file, or a postgresql:// URL (ServerAddress); empty: defaultPath()
        // A server's password, given beside the URL (the desk's keyring): never part of path().
        // Empty: the URL's, else libpq's own (PGPASSWORD, ~/.pgpass).
        QString password;
        bool createIfMissing = false;
        bool migrate = true; // bring an older schema up to date (after a backup)
        bool backupBeforeMigrating = true; // false: for a copy that is itself the backup
        bool readOnly = false; // write nothing, not even the journal mode (checking a backup)
        // With readOnly: a live store that others may write meanwhile (`copy --from`), read
        // with SQLite's locks instead of as a file nobody changes.
        bool othersMayWrite = false;
        int busyTimeoutMs = -1; // -1: BYLINE_BUSY_TIMEOUT_MS or 5000
    };

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const Options &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The store the GUI and the CLI use when none is named: BYLINE_DB, or
    // <user data folder>/byline/byline.sqlite.
    [[nodiscard]] static QString defaultPath();
    // A store's location as Byline shows it: a server's URL loses its password.
    [[nodiscard]] static QString shownLocation(const QString &location);
    [[nodiscard]] static int latestSchemaVersion();
    // PRAGMA application_id of a Byline store ("BYLN"), so that no other program's file is
    // mistaken for one and `file` can name it.
    static constexpr qint64 applicationId = 0x42594C4E;

    // The file, or the server's URL without its password.
    [[nodiscard]] QString path() const { return m_path; }
    // How to open another connection to this store as the same person (a background job's, on
    // its own thread): the location, the password this one logged in with, and no migration
    // (this one did it).
    [[nodiscard]] Options sameStore() const;
    [[nodiscard]] Engine engine() const { return m_engine; }
    [[nodiscard]] bool isServer() const { return m_engine == Engine::Postgres; }
    // Whether a Transaction is open on this connection.
    [[nodiscard]] bool inTransaction() const { return m_transactionDepth > 0; }
    // On a server, who this connection logged in as (session_user): the person at the desk.
    // Empty for a SQLite store, where the person is chosen instead.
    [[nodiscard]] QString login() const { return m_login; }
    // On a server, whether the login is one of its administrators (a superuser or the
    // database's owner): they set the newsroom up and are not a person of it.
    [[nodiscard]] bool isServerAdministrator() const { return m_serverAdministrator; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] int busyTimeoutMs() const { return m_busyTimeoutMs; }
    [[nodiscard]] QSqlDatabase connection() const;
    // A SQLite store written from this connection: its commits leave copying the log into the
    // store to a thread and connection of its own (WalCheckpointer), so that no save waits for
    // it. What the desk does; nothing on a server or a read-only store. Null when not asked.
    void checkpointInBackground();
    [[nodiscard]] const WalCheckpointer *checkpointer() const { return m_checkpointer.get(); }

    // Prepares, binds (positionally) and runs one statement. `what` says what was being done,
    // for the error a person sees ("saving the article"). Writes (INSERT, UPDATE, DELETE) are
    // prepared once per connection and reused: read what a write returns (lastInsertId,
    // numRowsAffected) before running the same statement again.
    [[nodiscard]] Result<QSqlQuery> run(const QString &sql, const QVariantList &binds = {},
                                        const QString &what = {}) const;
    // Runs an INSERT that ends "RETURNING <id column>" and gives the new row's id (on both
    // engines: Qt's lastInsertId() would abort a PostgreSQL transaction on a table without
    // OIDs).
    [[nodiscard]] Result<qint64> insert(const QString &sql, const QVariantList &binds = {},
                                        const QString &what = {}) const;
    // Runs one statement and returns the first column of the first row (null if no row).
    [[nodiscard]] Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {},
                                          const QString &what = {}) const;

    // Turns a driver error into words and a code.
    [[nodiscard]] Error errorFrom(const QSqlError &error, const QString &what) const;

    // On a server: whether the connection to it was lost (the server went away, or someone
    // ended this session). From then on every statement fails at once with
    // ErrorCode::ServerUnreachable, without reaching the server, until reconnect() succeeds:
    // nothing is sent on half way, and what failed was rolled back by the server with the
    // session. Always false on SQLite.
    [[nodiscard]] bool isConnectionLost() const { return m_connectionLost; }
    // Called once each time the connection is found lost, from inside the statement that
    // failed (so: only note it, and act from the event loop). The desk reconnects then.
    void setConnectionLostHandler(std::function<void()> handler)
    {
        m_connectionLostHandler = std::move(handler);
    }
    // Makes the server connection anew with the same address, login and password: the session
    // settings are applied again and every prepared statement is dropped (they belonged to the
    // old session). Refused inside a transaction. On failure the connection stays lost.
    [[nodiscard]] Result<> reconnect();

    // Copies the whole store into a new file (a consistent snapshot).
    [[nodiscard]] Result<> backupTo(const QString &file) const;

    // The change hub of this connection (docs/ARCHITECTURE.md, "The change hub"): every change
    // committed through it is announced there, and a ChangeWatcher adds the changes that other
    // connections commit.
    [[nodiscard]] ChangeFeed &changes() const { return *m_feed; }
    // Notes a change made in the open transaction: it goes into the change_log table with the
    // transaction and is announced on changes() once it has committed; a rollback forgets it.
    // Outside a transaction it is logged and announced at once. The repositories call this for
    // every write; nobody else needs to.
    void recordChange(Change change);
    // This connection's id in the change_log (random per connection), so that a watcher can
    // skip what its own connection wrote.
    [[nodiscard]] QString origin() const { return m_origin; }
    // Rows of change_log kept for the other connections to read; older ones are pruned.
    static constexpr int changeLogKept = 5000;

    // On a server: calls `handler` from this thread's event loop soon after another session
    // committed changes to the store (PostgreSQL's LISTEN/NOTIFY: every commit that writes
    // change_log rows notifies `changesChannel`), also after reconnect(), until `context` is
    // destroyed. False on SQLite, where a ChangeWatcher asks the file instead.
    bool notifyOnChanges(QObject *context, std::function<void()> handler);
    static constexpr const char *changesChannel = "byline_changes";

private:
    friend class Transaction;
    void finishReads() const; // at the end of the outermost transaction
    // The error of a statement that failed; on a server, keeps it until its transaction ends.
    [[nodiscard]] Error failed(const QSqlQuery &query, const QString &what) const;
    // The outermost transaction's changes: into change_log before COMMIT, announced after it.
    [[nodiscard]] Result<> logPendingChanges();
    void announcePendingChanges();
    void dropPendingChanges() { m_pending.clear(); }
    friend class Migrator;
    Database(); // out of line: Statements is complete only in Database.cpp
    [[nodiscard]] Result<> configure();
    // The server side (ServerStore.cpp): connect, check that the database is a Byline store
    // this program can use, and turn SQLSTATEs into words.
    [[nodiscard]] static Result<std::unique_ptr<Database>> openServer(const Options &options);
    [[nodiscard]] Result<> configureServer();
    // What every server session is set up with (at opening and after a reconnect).
    [[nodiscard]] Result<> applySessionSettings();
    // The words for a server that cannot be reached (while `doing`); marks the connection lost.
    [[nodiscard]] Error unreachable(const QString &doing, const QString &detail) const;
    [[nodiscard]] Error serverErrorFrom(const QSqlError &error, const QString &doing) const;
    [[nodiscard]] Result<> migrateServer();
    // A new connection of Qt's `driver` under this store's own name, with a new origin and
    // change hub; `missing` is what to say when the driver is not installed.
    [[nodiscard]] Result<QSqlDatabase> addConnection(const QString &driver, const QString &missing);
    // Drops every prepared statement (they are prepared again when next run): at opening,
    // and after a server connection was made anew.
    void forgetStatements();
    // LISTEN on changesChannel (at notifyOnChanges, and again after a reconnect).
    [[nodiscard]] bool listenForChanges();

    QString m_connectionName;
    QSqlDatabase m_connection;
    struct Statements;
    std::unique_ptr<Statements> m_writes; // prepared once, run many times
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    QString m_path;
    Engine m_engine = Engine::Sqlite;
    QString m_login;
    bool m_serverAdministrator = false;
    mutable bool m_connectionLost = false;
    std::function<void()> m_connectionLostHandler;
    bool m_readOnly = false;
    bool m_immutable = false; // on a read-only filesystem: nothing can change the file
    int m_schemaVersion = 0;
    int m_busyTimeoutMs = 5000;
    int m_transactionDepth = 0;
    mutable bool m_rollbackOnly = false;
    std::unique_ptr<ChangeFeed> m_feed;
    Changes m_pending; // recorded in the open transaction
    QString m_origin;
    bool m_listening = false; // notifyOnChanges was asked for
};

} // namespace Byline::Storage
