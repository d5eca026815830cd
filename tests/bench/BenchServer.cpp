#include "tests/bench/BenchServer.h"

#include "core/domain/User.h"
#include "core/storage/Database.h"
#include "core/storage/ServerSetup.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Byline::Bench {
namespace {

// The script the tests start their server with (tests/CMakeLists.txt passes its path).
const QString pgServerScript = QStringLiteral(BYLINE_PG_SERVER);

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

QString randomHex(int bytes)
{
    QString hex;
    for (int i = 0; i < bytes; ++i)
        hex += QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(256), 2, 16,
                                        QLatin1Char('0'));
    return hex;
}

Result<QString> runScript(const QStringList &arguments)
{
    QProcess script;
    script.start(pgServerScript, arguments);
    if (!script.waitForStarted() || !script.waitForFinished(180000)
        || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0) {
        return fail(ErrorCode::StorageFailure,
                    QStringLiteral("%1 %2 failed: %3")
                        .arg(pgServerScript, arguments.join(QLatin1Char(' ')),
                             QString::fromUtf8(script.readAllStandardError()).trimmed()));
    }
    return QString::fromUtf8(script.readAllStandardOutput()).trimmed();
}

} // namespace

Result<std::unique_ptr<BenchServer>> BenchServer::start(const QString &folder, bool keep)
{
    auto started = runScript({QStringLiteral("start"), folder, QStringLiteral("--durable")});
    if (!started) {
        (void)runScript({QStringLiteral("stop"), folder}); // what it made before failing
        return std::unexpected(started.error());
    }
    std::unique_ptr<BenchServer> server(new BenchServer);
    server->m_folder = folder;
    server->m_keep = keep;
    // The script made `folder` a link to a short path under /tmp (a socket's path is short).
    const QString real = QFileInfo(folder).canonicalFilePath();
    // Should this process die before stopping the server, the watcher stops it, unless the
    // folder holds another server by then.
    if (!keep)
        QProcess::startDetached(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; "
                            "[ \"$(readlink \"$3\")\" = \"$4\" ] && exec \"$2\" stop \"$3\""),
             QStringLiteral("byline-bench-watcher"),
             QString::number(QCoreApplication::applicationPid()), pgServerScript, folder, real});
    QFile password(folder + QStringLiteral("/password"));
    if (!password.open(QIODevice::ReadOnly))
        return fail(ErrorCode::StorageFailure,
                    QStringLiteral("The server started in %1 has no password file.").arg(folder));
    server->m_admin.host = real + QStringLiteral("/socket");
    server->m_admin.user = QStringLiteral("postgres");
    server->m_admin.password = QString::fromUtf8(password.readAll()).trimmed();
    server->m_admin.database = QStringLiteral("postgres");
    if (auto reached = server->exec(QStringLiteral("SELECT 1")); !reached)
        return std::unexpected(reached.error());
    return server;
}

Result<std::unique_ptr<BenchServer>> BenchServer::use(const QString &adminUrl, bool keep)
{
    auto address = Storage::ServerAddress::parse(adminUrl);
    if (!address)
        return std::unexpected(address.error());
    std::unique_ptr<BenchServer> server(new BenchServer);
    server->m_admin = *address;
    server->m_keep = keep;
    if (server->m_admin.database.isEmpty())
        server->m_admin.database = QStringLiteral("postgres");
    if (auto reached = server->exec(QStringLiteral("SELECT 1")); !reached)
        return std::unexpected(reached.error());
    return server;
}

BenchServer::~BenchServer()
{
    if (m_folder.isEmpty() && !m_keep)
        dropWhatWasMade();
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    if (!m_folder.isEmpty() && !m_keep)
        stop();
}

QString BenchServer::kept() const
{
    Storage::ServerAddress address = m_admin;
    address.database = m_database;
    QString where = QStringLiteral("kept: the database %1 (psql \"%1\")").arg(address.url());
    if (!m_folder.isEmpty())
        where += QStringLiteral(", the superuser's password in %1/password; stop the server "
                                "with scripts/pg-server stop %1")
                     .arg(m_folder);
    return where + QStringLiteral(", and the logins made for the run");
}

QString BenchServer::description() const
{
    if (m_folder.isEmpty())
        return QStringLiteral("the server at %1, database %2").arg(m_admin.url(), m_database);
    return QStringLiteral("a server started for the run (scripts/pg-server --durable: fsync and "
                          "synchronous commit on, PostgreSQL's default buffers), over its Unix "
                          "socket");
}

Result<QVariant> BenchServer::exec(const QString &sql)
{
    if (m_connection.isEmpty()) {
        m_connection = QStringLiteral("byline-bench-admin-") + randomHex(4);
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        admin.setHostName(m_admin.host);
        if (m_admin.port > 0)
            admin.setPort(m_admin.port);
        admin.setDatabaseName(m_admin.database);
        admin.setUserName(m_admin.user);
        admin.setPassword(m_admin.password);
        admin.setConnectOptions(m_admin.connectOptions());
        if (!admin.open())
            return fail(ErrorCode::StorageFailure,
                        QStringLiteral("Cannot reach the server at %1 as its administrator.")
                            .arg(m_admin.url()),
                        admin.lastError().text());
    }
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(sql))
        return fail(ErrorCode::StorageFailure,
                    QStringLiteral("The server at %1 refused: %2").arg(m_admin.url(), sql),
                    query.lastError().text());
    return query.next() ? query.value(0) : QVariant();
}

Result<BenchStore> BenchServer::createStore()
{
    m_tag = randomHex(3);
    const QString database = QStringLiteral("byline_bench_") + m_tag;
    if (auto made = exec(
            QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(database));
        !made) {
        return std::unexpected(made.error());
    }
    m_database = database;
    Storage::ServerAddress address = m_admin;
    address.database = database;
    QUrl url(address.url());
    url.setPassword(address.password);
    return BenchStore::server(url.toString(QUrl::FullyEncoded));
}

Result<> BenchServer::addLogin(Storage::Database &db, BenchStore &store, const User &user)
{
    auto exists = Storage::ServerSetup::loginExists(db, user.name);
    if (!exists)
        return std::unexpected(exists.error());
    if (*exists) {
        return fail(ErrorCode::Conflict,
                    QStringLiteral("The server has a login %1 already; the bench makes logins of "
                                   "its own and changes nobody's password.")
                        .arg(user.name));
    }
    const QString password = randomHex(12);
    if (auto made = Storage::ServerSetup::createLogin(db, user, password); !made)
        return made;
    m_logins.append(user.name);
    store.setLogin(user.name, password);
    return {};
}

void BenchServer::dropWhatWasMade()
{
    if (m_database.isEmpty())
        return;
    QStringList statements {
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(m_database))};
    for (const QString &login : std::as_const(m_logins))
        statements.append(QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoted(login)));
    for (const Role role : {Role::Journalist, Role::Editor, Role::Translator, Role::Admin}) {
        statements.append(QStringLiteral("DROP ROLE IF EXISTS %1")
                              .arg(quoted(Storage::ServerSetup::groupRole(m_database, role))));
    }
    statements.append(QStringLiteral("DROP ROLE IF EXISTS %1")
                          .arg(quoted(Storage::ServerSetup::groupRole(m_database))));
    for (const QString &sql : std::as_const(statements))
        (void)exec(sql);
    m_database.clear();
}

void BenchServer::stop()
{
    (void)runScript({QStringLiteral("stop"), m_folder});
}

} // namespace Byline::Bench
