// Database on a PostgreSQL server: connecting, checking that the database is a Byline store
// this program can use, and the server's errors in words. The rest of Database (running
// statements, transactions, the change hub) is the same for both engines; see
// docs/ARCHITECTURE.md, "Two engines".

#include "core/Log.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"
#include "core/storage/ServerAddress.h"
#include "core/storage/ServerSetup.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace Byline::Storage {

namespace {

// PostgreSQL 13 is the oldest server Byline knows to work (identity columns, generated
// columns, EXECUTE FUNCTION, and the row-level security it relies on).
constexpr int oldestServer = 130000;

bool isConnectionFailure(const QString &state)
{
    return state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01")
        || state == QLatin1String("57P02") || state == QLatin1String("57P03");
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const Options &options)
{
    auto address = ServerAddress::parse(options.path.isEmpty() ? defaultPath() : options.path);
    if (!address)
        return std::unexpected(address.error());
    std::unique_ptr<Database> db(new Database);
    db->m_engine = Engine::Postgres;
    db->m_path = address->url();
    db->m_busyTimeoutMs = options.busyTimeoutMs >= 0 ? options.busyTimeoutMs : 5000;
    db->m_readOnly = options.readOnly;
    db->m_login = address->user; // for the errors of connecting; the server's name once in
    auto added = db->addConnection(
        QStringLiteral("QPSQL"),
        QObject::tr("The PostgreSQL driver for Qt is missing, so Byline cannot reach a newsroom "
                    "server. Install the package libqt6sql6-psql."));
    if (!added)
        return std::unexpected(added.error());
    QSqlDatabase conn = *added;
    conn.setHostName(address->host);
    if (address->port > 0)
        conn.setPort(address->port);
    conn.setDatabaseName(address->database);
    conn.setUserName(address->user);
    conn.setPassword(options.password.isEmpty() ? address->password : options.password);
    conn.setConnectOptions(address->connectOptions());
    if (!conn.open()) {
        return std::unexpected(
            db->errorFrom(conn.lastError(), QObject::tr("connecting to the newsroom server")));
    }
    if (auto configured = db->configureServer(); !configured)
        return std::unexpected(configured.error());

    const int latest = latestSchemaVersion();
    if (db->m_schemaVersion > latest) {
        return fail(ErrorCode::StorageTooNew,
                    QObject::tr("The newsroom at %1 was set up by a newer Byline (schema %2; this "
                                "program knows up to %3). Nothing was changed; update Byline on "
                                "this computer.")
                        .arg(db->m_path)
                        .arg(db->m_schemaVersion)
                        .arg(latest));
    }
    if (db->m_schemaVersion == 0 && !options.createIfMissing) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("The database at %1 holds no Byline newsroom yet. Set it up with "
                                "\"byline-cli server setup %1\".")
                        .arg(db->m_path));
    }
    if (db->m_schemaVersion < latest) {
        if (!options.migrate || db->m_readOnly) {
            return fail(ErrorCode::StorageReadOnly,
                        QObject::tr("The newsroom at %1 needs upgrading from schema %2 to %3. "
                                    "Ask whoever runs the server to run \"byline-cli server "
                                    "setup %1\".")
                            .arg(db->m_path)
                            .arg(db->m_schemaVersion)
                            .arg(latest));
        }
        if (auto migrated = db->migrateServer(); !migrated)
            return std::unexpected(migrated.error());
        // A newsroom's rights cover the tables the upgrade added too (whoever may upgrade may
        // install them: a superuser or the database's owner, as `server setup` does).
        auto shared = ServerSetup::rightsInstalled(*db);
        if (!shared)
            return std::unexpected(shared.error());
        if (*shared) {
            if (auto installed = ServerSetup::installRights(*db); !installed)
                return std::unexpected(installed.error());
        }
    }
    return db;
}

Result<> Database::configureServer()
{
    const QString what = QObject::tr("connecting to the newsroom server");
    auto version = scalar(QStringLiteral("SHOW server_version_num"), {}, what);
    if (!version)
        return std::unexpected(version.error());
    if (version->toInt() < oldestServer) {
        return fail(ErrorCode::StorageFailure,
                    QObject::tr("The server at %1 runs PostgreSQL %2, which is too old for "
                                "Byline. Nothing was changed; use PostgreSQL 13 or newer.")
                        .arg(m_path)
                        .arg(version->toInt() / 10000));
    }
    auto encoding = scalar(QStringLiteral("SHOW server_encoding"), {}, what);
    if (!encoding)
        return std::unexpected(encoding.error());
    if (encoding->toString().compare(QLatin1String("UTF8"), Qt::CaseInsensitive) != 0) {
        return fail(ErrorCode::StorageFailure,
                    QObject::tr("The database at %1 stores text as %2, which cannot hold "
                                "Russian and Armenian together. Nothing was changed; create the "
                                "database with ENCODING 'UTF8'.")
                        .arg(m_path, encoding->toString()));
    }
    auto login = run(QStringLiteral("SELECT r.rolname, r.rolsuper OR r.oid = d.datdba "
                                    "FROM pg_roles r, pg_database d "
                                    "WHERE r.rolname = session_user "
                                    "AND d.datname = current_database()"),
                     {}, what);
    if (!login)
        return std::unexpected(login.error());
    if (login->next()) {
        m_login = login->value(0).toString();
        m_serverAdministrator = login->value(1).toBool();
    }
    login->finish();
    if (auto session = applySessionSettings(); !session)
        return std::unexpected(session.error());
    auto meta = scalar(QStringLiteral("SELECT to_regclass('byline_meta') IS NOT NULL"), {}, what);
    if (!meta)
        return std::unexpected(meta.error());
    if (!meta->toBool()) {
        auto tables = scalar(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables "
                                            "WHERE schemaname = current_schema()"),
                             {}, what);
        if (!tables)
            return std::unexpected(tables.error());
        if (tables->toLongLong() > 0) {
            return fail(ErrorCode::StorageCorrupt,
                        QObject::tr("The database at %1 holds tables of another program, not a "
                                    "Byline newsroom. Nothing was changed; give the address of "
                                    "the newsroom's own database.")
                            .arg(m_path));
        }
        m_schemaVersion = 0;
        return {};
    }
    auto q = run(QStringLiteral("SELECT key, value FROM byline_meta "
                                "WHERE key IN ('application', 'schema_version')"),
                 {}, what);
    if (!q)
        return std::unexpected(q.error());
    QString application;
    while (q->next()) {
        if (q->value(0).toString() == QLatin1String("application"))
            application = q->value(1).toString();
        else
            m_schemaVersion = q->value(1).toInt();
    }
    if (application != QLatin1String("byline")) {
        return fail(ErrorCode::StorageCorrupt,
                    QObject::tr("The database at %1 is not a Byline newsroom. Nothing was "
                                "changed; give the address of the newsroom's own database.")
                        .arg(m_path));
    }
    return {};
}

Result<> Database::applySessionSettings()
{
    const QString what = QObject::tr("connecting to the newsroom server");
    // The server's notices ("already exists, skipping") are not for the person at the desk.
    if (auto quiet = run(QStringLiteral("SET client_min_messages = warning"), {}, what); !quiet)
        return std::unexpected(quiet.error());
    // A lock held by another desk is waited for as long as SQLite's busy timeout, then
    // reported as "locked" (55P03) instead of hanging the desk.
    if (auto timeout = run(QStringLiteral("SET lock_timeout = %1").arg(m_busyTimeoutMs), {}, what);
        !timeout)
        return std::unexpected(timeout.error());
    return {};
}

Result<> Database::reconnect()
{
    if (!isServer())
        return {};
    if (m_transactionDepth > 0) {
        return fail(ErrorCode::StorageFailure,
                    QObject::tr("Byline cannot connect to the newsroom server again in the middle "
                                "of a change; it tries again once the change has ended."));
    }
    // The old session ended with whatever it had open: the server rolled back a transaction
    // cut off half way, so nothing of it is sent again, and its prepared statements are gone.
    forgetStatements();
    m_pending.clear();
    m_rollbackOnly = false;
    m_connection.close();
    const QString what = QObject::tr("connecting to the newsroom server again");
    // A failure here is the same loss going on, not a new one to announce.
    struct Quiet
    {
        std::function<void()> &handler;
        std::function<void()> kept = std::exchange(handler, {});
        ~Quiet() { handler = std::move(kept); }
    } quiet {m_connectionLostHandler};
    if (!m_connection.open())
        return std::unexpected(errorFrom(m_connection.lastError(), what));
    m_connectionLost = false;
    auto login = scalar(QStringLiteral("SELECT session_user"), {}, what);
    Result<> session = login ? applySessionSettings() : Result<>(std::unexpected(login.error()));
    if (session && login->toString() != m_login) {
        session = fail(ErrorCode::PermissionDenied,
                       QObject::tr("The newsroom server at %1 now signs this desk in as %2 "
                                   "instead of %3. Nothing was saved; open the newsroom again.")
                           .arg(m_path, login->toString(), m_login));
    }
    if (!session) {
        m_connection.close();
        m_connectionLost = true;
        return session;
    }
    // The old session's LISTEN ended with it.
    if (m_listening && !listenForChanges())
        qCWarning(lcStorage) << "no notifications of changes from" << m_path
                             << "after reconnecting";
    qCInfo(lcStorage) << "connected again to" << m_path;
    return {};
}

bool Database::notifyOnChanges(QObject *context, std::function<void()> handler)
{
    if (!isServer() || !m_connection.driver()->hasFeature(QSqlDriver::EventNotifications))
        return false;
    // The driver stays the same object across reconnect(): one connection to its signal.
    QObject::connect(
        m_connection.driver(), &QSqlDriver::notification, context,
        [handler = std::move(handler)](const QString &name, QSqlDriver::NotificationSource source,
                                       const QVariant &) {
            // This session's own commits are on the hub already.
            if (source == QSqlDriver::OtherSource && name == QLatin1String(changesChannel))
                handler();
        });
    m_listening = true;
    return listenForChanges();
}

bool Database::listenForChanges()
{
    QSqlDriver *driver = m_connection.driver();
    const QString channel = QString::fromLatin1(changesChannel);
    if (driver->subscribedToNotifications().contains(channel))
        return true;
    return driver->subscribeToNotification(channel);
}

Error Database::unreachable(const QString &doing, const QString &detail) const
{
    if (!std::exchange(m_connectionLost, true) && m_connectionLostHandler)
        m_connectionLostHandler();
    return {ErrorCode::ServerUnreachable,
            QObject::tr("The newsroom server at %1 cannot be reached (while %2). Check the "
                        "address and the network; nothing was lost.")
                .arg(m_path, doing),
            detail};
}

Result<> Database::migrateServer()
{
    // Two desks starting on an older schema at once: the second waits for the first, then
    // finds the work done (Migrator reads the version again inside the lock).
    return Migrator::migrate(*this);
}

Error Database::serverErrorFrom(const QSqlError &error, const QString &doing) const
{
    const QString state = error.nativeErrorCode();
    const QString detail = error.text();
    qCWarning(lcStorage) << "server error while" << doing << ":" << detail << "SQLSTATE" << state;
    if (state == QLatin1String("28P01") || state == QLatin1String("28000")
        || detail.contains(QLatin1String("password authentication failed"))) {
        return {ErrorCode::PermissionDenied,
                QObject::tr("The server at %1 did not accept the login (wrong user name or "
                            "password?). Nothing was changed; check them and connect again.")
                    .arg(m_path),
                detail};
    }
    // NOLOGIN: the newsroom's admin made the person inactive (ServerSetup::syncLogin).
    if (detail.contains(QLatin1String("is not permitted to log in"))) {
        return {ErrorCode::PermissionDenied,
                QObject::tr("The server at %1 no longer lets %2 log in: the newsroom's admin "
                            "made this person inactive. Nothing was changed; ask an admin to "
                            "make you active again.")
                    .arg(m_path, m_login),
                detail};
    }
    // The login exists but belongs to no Byline group: CONNECT is granted to the newsroom's
    // members only (ServerSetup::installRights).
    if (detail.contains(QLatin1String("CONNECT privilege"))) {
        return {ErrorCode::PermissionDenied,
                QObject::tr("The login %2 is not one of the newsroom's people at %1. Nothing was "
                            "changed; ask the newsroom's admin to add you (byline-cli users add), "
                            "then connect with the login and password they give you.")
                    .arg(m_path, m_login),
                detail};
    }
    if (state == QLatin1String("3D000")
        || (detail.contains(QLatin1String("does not exist"))
            && detail.contains(QLatin1String("database")))) {
        return {ErrorCode::NotFound,
                QObject::tr("There is no database at %1. Check its name, or create it and run "
                            "\"byline-cli server setup\".")
                    .arg(m_path),
                detail};
    }
    if (isConnectionFailure(state) || (state.isEmpty() && !m_connection.isOpen())
        || detail.contains(QLatin1String("could not connect"))
        || detail.contains(QLatin1String("Connection refused"))
        || detail.contains(QLatin1String("server closed the connection"))
        || detail.contains(QLatin1String("no connection to the server"))
        || detail.contains(QLatin1String("terminating connection"))) {
        return unreachable(doing, detail);
    }
    if (state == QLatin1String("42501") || state == QLatin1String("42000")) {
        return {ErrorCode::PermissionDenied,
                QObject::tr("The server refused this (while %1): your login %2 may not do it. "
                            "Ask an editor or an admin.")
                    .arg(doing, m_login),
                detail};
    }
    if (state == QLatin1String("55P03") || state == QLatin1String("40P01")
        || state == QLatin1String("40001")) {
        return {ErrorCode::StorageLocked,
                QObject::tr("Another desk is changing the same thing at %1 (waited %2 s while "
                            "%3). Try again in a moment.")
                    .arg(m_path)
                    .arg(m_busyTimeoutMs / 1000.0, 0, 'f', 1)
                    .arg(doing),
                detail};
    }
    if (state == QLatin1String("53100")) {
        return {ErrorCode::StorageFull,
                QObject::tr("The newsroom server's disk is full (while %1). Nothing was lost; "
                            "ask whoever runs the server to make room, then try again.")
                    .arg(doing),
                detail};
    }
    if (state == QLatin1String("25006")) {
        return {ErrorCode::StorageReadOnly,
                QObject::tr("The newsroom server at %1 takes no changes now (a read-only "
                            "standby?) while %2. Nothing was changed.")
                    .arg(m_path, doing),
                detail};
    }
    if (state.startsWith(QLatin1String("23"))) {
        return {ErrorCode::Conflict,
                QObject::tr("The change contradicts what is already in the store (while %1).")
                    .arg(doing),
                detail};
    }
    return {ErrorCode::StorageFailure,
            QObject::tr("The newsroom server at %1 reported an error while %2.").arg(m_path, doing),
            detail};
}

} // namespace Byline::Storage
