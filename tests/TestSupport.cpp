#include "tests/TestSupport.h"

#include "core/Clock.h"
#include "core/interchange/Seed.h"

#include <catch2/catch.hpp>

#include "core/storage/ServerAddress.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace Byline::Test {

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

namespace {

QString serverFolder()
{
    // scripts/pg-server makes it a link to a short path under /tmp: a socket's path may not
    // be longer than 107 bytes.
    static const QString folder = [] {
        const QString given = qEnvironmentVariable("BYLINE_TEST_SERVER");
        const QString real = given.isEmpty() ? QString() : QFileInfo(given).canonicalFilePath();
        return real.isEmpty() ? given : real;
    }();
    return folder;
}

// The databases made for this program's tests, by the path each test gave.
QHash<QString, QString> &serverStores()
{
    static QHash<QString, QString> stores;
    return stores;
}

// The superuser's connection to `database` on the test server (its maintenance database
// "postgres" when empty).
QSqlDatabase adminConnection(const QString &database)
{
    const QString name = QStringLiteral("byline-test-admin") + database;
    QSqlDatabase admin = QSqlDatabase::contains(name)
        ? QSqlDatabase::database(name)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!admin.isOpen()) {
        admin.setHostName(serverFolder() + QStringLiteral("/socket"));
        admin.setDatabaseName(database.isEmpty() ? QStringLiteral("postgres") : database);
        admin.setUserName(QStringLiteral("postgres"));
        admin.setPassword(
            QString::fromUtf8(readFile(serverFolder() + QStringLiteral("/password"))).trimmed());
        if (!admin.open())
            FAIL("cannot reach the test server: " << admin.lastError().text().toStdString());
    }
    return admin;
}

QVariant adminExec(const QString &sql, const QString &database = {})
{
    QSqlQuery query(adminConnection(database));
    if (!query.exec(sql))
        FAIL(sql.toStdString() << ": " << query.lastError().text().toStdString());
    return query.next() ? query.value(0) : QVariant();
}

} // namespace

bool onServer()
{
    return !serverFolder().isEmpty();
}

QString serverUrl(const QString &database, const QString &user, const QString &password)
{
    const QString pass = user.isEmpty()
        ? QString::fromUtf8(readFile(serverFolder() + QStringLiteral("/password"))).trimmed()
        : password;
    return QStringLiteral("postgresql://%1:%2@/%3?host=%4/socket")
        .arg(user.isEmpty() ? QStringLiteral("postgres") : user,
             QString::fromUtf8(QUrl::toPercentEncoding(pass)), database, serverFolder());
}

// The template every test database is copied from: an empty store at the current schema,
// as Database::open makes one (the first test program to need it makes it, the others wait).
void ensureTemplate()
{
    static bool made = false;
    if (made)
        return;
    adminExec(QStringLiteral("SELECT pg_advisory_lock(42594)"));
    const QString name = QStringLiteral("byline-test-admin");
    QSqlQuery exists(QSqlDatabase::database(name));
    REQUIRE(
        exists.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = 'byline_template'")));
    if (!exists.next()) {
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS byline_template_new"));
        adminExec(QStringLiteral("CREATE DATABASE byline_template_new"));
        {
            Storage::Database::Options options;
            options.path = serverUrl(QStringLiteral("byline_template_new"));
            options.createIfMissing = true;
            auto db = Storage::Database::open(options);
            if (!db)
                FAIL("cannot make the test template: " << db.error().detail.toStdString());
        }
        adminExec(QStringLiteral("ALTER DATABASE byline_template_new RENAME TO byline_template"));
        adminExec(QStringLiteral("ALTER DATABASE byline_template WITH IS_TEMPLATE true "
                                 "ALLOW_CONNECTIONS false"));
    }
    adminExec(QStringLiteral("SELECT pg_advisory_unlock(42594)"));
    made = true;
}

QString storeLocation(const QString &path)
{
    if (!onServer() || Storage::ServerAddress::isServerUrl(path))
        return path;
    auto it = serverStores().constFind(path);
    if (it == serverStores().cend()) {
        ensureTemplate();
        const QString database
            = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
        adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE byline_template").arg(database));
        it = serverStores().insert(path, database);
    }
    return serverUrl(*it);
}

QString emptyServerDatabase()
{
    const QString database
        = QStringLiteral("e_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
    adminExec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'").arg(database));
    serverStores().insert(QStringLiteral("(empty) ") + database, database);
    return database;
}

QVariant serverExec(const QString &sql, const QString &database)
{
    return adminExec(sql, database);
}

QString storeShown(const QString &path)
{
    return Storage::Database::shownLocation(storeLocation(path));
}

void dropServerStores()
{
    for (const QString &database : std::as_const(serverStores())) {
        const QString name = QStringLiteral("byline-test-admin") + database;
        if (QSqlDatabase::contains(name)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    }
    serverStores().clear();
    QSqlDatabase::removeDatabase(QStringLiteral("byline-test-admin"));
}

namespace {

std::unique_ptr<Storage::Database> openStoreAt(const QString &location, bool create = true)
{
    Storage::Database::Options options;
    options.path = location;
    options.createIfMissing = create;
    auto db = Storage::Database::open(options);
    if (!db)
        FAIL(db.error().message.toStdString());
    return std::move(*db);
}

} // namespace

int endOtherSessions(Storage::Database &admin)
{
    auto ended = admin.scalar(
        QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                       "WHERE datname = current_database() AND pid <> pg_backend_pid()"));
    REQUIRE_OK(ended);
    return ended->toInt();
}

Result<Interchange::Importer::Report> importAs(Storage::Database &db, const QByteArray &json,
                                               const QString &user)
{
    Interchange::Importer importer(db);
    importer.setActor(user);
    return importer.importJson(json);
}

std::unique_ptr<Storage::Database> openStore(const QString &path)
{
    return openStoreAt(storeLocation(path));
}

std::unique_ptr<Storage::Database> openExistingStoreAt(const QString &location)
{
    return openStoreAt(location, false);
}

std::unique_ptr<Storage::Database> openDemoStore(const QString &path)
{
    return openDemoStoreAt(storeLocation(path));
}

std::unique_ptr<Storage::Database> openDemoStoreAt(const QString &location)
{
    auto db = openStoreAt(location);
    auto defaults = Interchange::Seed::defaults(*db);
    if (!defaults)
        FAIL(defaults.error().message.toStdString());
    auto demo = Interchange::Seed::demo(*db);
    if (!demo)
        FAIL(demo.error().message.toStdString());
    return db;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

CliRun runCli(const QStringList &args, const QByteArray &stdinData, const QStringList &extraEnv)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BYLINE_DB"));
    for (const QString &pair : extraEnv) {
        const QString name = pair.section(QLatin1Char('='), 0, 0);
        const QString value = pair.section(QLatin1Char('='), 1);
        env.insert(name, name == QLatin1String("BYLINE_DB") ? storeLocation(value) : value);
    }
    process.setProcessEnvironment(env);
    // On the test server, the store a test names by its path is that path's database.
    QStringList arguments = args;
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--db"))
            arguments[i + 1] = storeLocation(arguments.at(i + 1));
    }
    process.start(QStringLiteral(BYLINE_CLI), arguments);
    REQUIRE(process.waitForStarted());
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

std::string said(const CliRun &r)
{
    return "exit " + std::to_string(r.exitCode) + "\nstdout: " + r.out.left(2000).toStdString()
        + "\nstderr: " + r.err.left(2000).toStdString();
}

void requireError(const CliRun &r, int exitCode)
{
    INFO(said(r));
    REQUIRE(r.exitCode == exitCode);
    CHECK(r.err.startsWith(QLatin1String("byline-cli: ")));
    CHECK(r.err.endsWith(QLatin1Char('\n')));
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
}

void requireDone(const CliRun &r)
{
    INFO(said(r));
    REQUIRE(r.exitCode == 0);
}

void openServerConnection(const QString &name, const QString &url)
{
    const auto address = Storage::ServerAddress::parse(url);
    REQUIRE(address.has_value());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(address->host);
    db.setDatabaseName(address->database);
    db.setUserName(address->user);
    db.setPassword(address->password);
    INFO(db.lastError().text().toStdString());
    REQUIRE(db.open());
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

FixedClock::FixedClock(const char *time)
{
    Clock::setFixed(utc(time));
}

FixedClock::~FixedClock()
{
    Clock::setFixed(std::nullopt);
}

} // namespace Byline::Test
