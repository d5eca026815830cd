#include "tests/TestSupport.h"

#include "core/interchange/Seed.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

namespace Byline::Test {

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

std::unique_ptr<Storage::Database> openStore(const QString &path)
{
    Storage::Database::Options options;
    options.path = path;
    options.createIfMissing = true;
    auto db = Storage::Database::open(options);
    if (!db)
        FAIL(db.error().message.toStdString());
    return std::move(*db);
}

Result<Interchange::Importer::Report> importAs(Storage::Database &db, const QByteArray &json,
                                               const QString &user)
{
    Interchange::Importer importer(db);
    importer.setActor(user);
    return importer.importJson(json);
}

std::unique_ptr<Storage::Database> openDemoStore(const QString &path)
{
    auto db = openStore(path);
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
    for (const QString &pair : extraEnv)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BYLINE_CLI), args);
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

} // namespace Byline::Test
