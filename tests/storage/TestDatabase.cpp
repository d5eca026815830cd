#include "core/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"
#include "core/storage/WalCheckpointer.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <optional>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Byline;
using namespace Byline::Storage;
using Byline::Test::TempDir;

namespace {

Result<std::unique_ptr<Database>> open(const QString &path, bool create = false, int busyMs = -1)
{
    Database::Options options;
    options.path = path;
    options.createIfMissing = create;
    options.busyTimeoutMs = busyMs;
    return Database::open(options);
}

QVariant pragma(const Database &db, const char *name)
{
    auto value = db.scalar(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    REQUIRE(value.has_value());
    return *value;
}

// A raw connection that bypasses Byline, to set up what a test needs.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }

private:
    QString m_name;
};

// The migrations of a next version of the program: ours, copied into a folder of the test's,
// where nextMigration() names the one more it has.
QString nextProgram(const TempDir &dir)
{
    const QString migrations = dir.path(QStringLiteral("migrations"));
    REQUIRE(QDir().mkpath(migrations));
    for (const Migrator::Step &step : Migrator::steps())
        REQUIRE(QFile::copy(step.resource,
                            migrations + QLatin1Char('/') + QFileInfo(step.resource).fileName()));
    return migrations;
}

QString nextMigration(const QString &migrations)
{
    return migrations
        + QStringLiteral("/%1_add_tags.sql")
              .arg(Database::latestSchemaVersion() + 1, 4, 10, QLatin1Char('0'));
}

} // namespace

TEST_CASE("a new store is created, migrated and configured", "[storage][sqlite]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("nested/folder/byline.sqlite"));
    auto db = open(path, true);
    REQUIRE(db.has_value());
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 1);
    CHECK(pragma(**db, "user_version").toInt() == Database::latestSchemaVersion());
    CHECK(pragma(**db, "foreign_keys").toInt() == 1);
    CHECK(pragma(**db, "journal_mode").toString() == QStringLiteral("wal"));
    CHECK(pragma(**db, "synchronous").toInt() == 2); // FULL
    CHECK_FALSE((*db)->isReadOnly());
    // A fresh store is not backed up (there is nothing to lose).
    CHECK(QDir(dir.path(QStringLiteral("nested/folder")))
              .entryList({QStringLiteral("*.bak")})
              .isEmpty());
}

TEST_CASE("the desk's commits leave the log's checkpoints to a thread of their own",
          "[storage][sqlite]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("byline.sqlite"));
    const QString big(6 << 20, QLatin1Char('x')); // 6 MiB: more than 1,000 pages of log
    {
        auto db = open(path, true);
        REQUIRE(db.has_value());
        (*db)->checkpointInBackground();
        const WalCheckpointer *checkpointer = (*db)->checkpointer();
        REQUIRE(checkpointer);
        REQUIRE(checkpointer->isRunning());
        SettingsRepository settings(**db);

        // A short log is left as it is, as SQLite itself does.
        REQUIRE_OK(settings.setSetting(QStringLiteral("small"), QStringLiteral("value")));
        QThread::msleep(200);
        CHECK(checkpointer->checkpoints() == 0);

        // Past 1,000 pages the thread copies the log into the store: the file grows by them
        // while the desk's connection is still open.
        const qint64 sizeBefore = QFileInfo(path).size();
        REQUIRE_OK(settings.setSetting(QStringLiteral("big"), big));
        QElapsedTimer waited;
        waited.start();
        while (checkpointer->completeCheckpoints() == 0 && waited.elapsed() < 10000)
            QThread::msleep(10);
        CHECK(checkpointer->checkpoints() >= 1);
        CHECK(checkpointer->completeCheckpoints() >= 1);
        CHECK(checkpointer->copiedPages() >= WalCheckpointer::pagesBeforeCheckpoint);
        CHECK(QFileInfo(path).size() - sizeBefore >= qint64(big.size()));
        // And the connection goes on writing while it does.
        REQUIRE_OK(settings.setSetting(QStringLiteral("after"), QStringLiteral("written")));
    }
    // Closed: everything is in the store, read by a connection that never saw the log.
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    auto again = open(path);
    REQUIRE(again.has_value());
    auto settings = SettingsRepository(**again).settings();
    REQUIRE(settings.has_value());
    CHECK(settings->value(QStringLiteral("big")) == big);
    CHECK(settings->value(QStringLiteral("after")) == QStringLiteral("written"));
    again->reset();

    // Nothing to copy on a store that is only read.
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    auto readOnly = open(path);
    REQUIRE(readOnly.has_value());
    REQUIRE((*readOnly)->isReadOnly());
    (*readOnly)->checkpointInBackground();
    CHECK((*readOnly)->checkpointer() == nullptr);
    readOnly->reset();
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

TEST_CASE("a missing store is not created unless asked", "[storage][sqlite]")
{
    TempDir dir;
    auto db = open(dir.path(QStringLiteral("absent.sqlite")));
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == ErrorCode::NotFound);
    CHECK(db.error().message.contains(QStringLiteral("byline-cli init")));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("absent.sqlite"))));
}

TEST_CASE("an empty file is not turned into a store unless asked", "[storage][failure][sqlite]")
{
    // `byline-cli list` on a 0-byte file silently made it a store.
    TempDir dir;
    const QString empty = dir.path(QStringLiteral("empty.sqlite"));
    Test::writeFile(empty, {});
    auto db = open(empty, false);
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == ErrorCode::NotFound);
    CHECK(db.error().message.contains(QStringLiteral("empty")));
    CHECK(QFileInfo(empty).size() == 0);
    // `init` (create if missing) makes a store in it, as in a missing file.
    auto made = open(empty, true);
    REQUIRE_OK(made);
    CHECK((*made)->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("a folder given as the store is refused", "[storage][sqlite]")
{
    TempDir dir;
    auto db = open(dir.path(QString()), true);
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == ErrorCode::StorageFailure);
    CHECK(db.error().message.contains(QStringLiteral("folder")));
}

TEST_CASE("a pipe given as the store is refused at once instead of waiting for a writer",
          "[storage][failure][sqlite]")
{
    // A cron `publish-due` pointed at a FIFO used to block for good, and pile up.
    TempDir dir;
    const QString fifo = dir.path(QStringLiteral("store.pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    std::atomic_bool done {false};
    std::optional<Error> error;
    std::thread opener([&] {
        auto db = open(fifo, false);
        if (!db)
            error = db.error();
        done = true;
    });
    QElapsedTimer waited;
    waited.start();
    while (!done && waited.elapsed() < 5000)
        QThread::msleep(10);
    const bool answered = done;
    if (!answered) { // let the blocked reader go (it reads nothing), then fail
        const int writer = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        if (writer >= 0)
            ::close(writer);
    }
    opener.join();
    REQUIRE(answered);
    REQUIRE(error.has_value());
    CHECK(error->code == ErrorCode::StorageFailure);
    CHECK(error->message.contains(QStringLiteral("not a file")));
}

TEST_CASE("a file that is not a database is refused and left untouched",
          "[storage][failure][sqlite]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.sqlite"));
    Test::writeFile(path,
                    QByteArray("These are a reporter's notes, not a database.\n").repeated(100));
    const QByteArray before = Test::sha256(path);
    auto db = open(path);
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == ErrorCode::StorageCorrupt);
    CHECK(db.error().message.contains(QStringLiteral("not a Byline store")));
    CHECK(Test::sha256(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a truncated store is refused and left untouched", "[storage][failure][sqlite]")
{
    TempDir dir;
    const QString good = dir.path(QStringLiteral("good.sqlite"));
    {
        auto db = Test::openDemoStore(good);
        REQUIRE(db->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).has_value());
    }
    const QByteArray full = Test::readFile(good);
    REQUIRE(full.size() >= 8 * 4096);
    const QString cut = dir.path(QStringLiteral("cut.sqlite"));
    Test::writeFile(cut, full.left(full.size() / 2));
    const QByteArray before = Test::sha256(cut);
    auto db = open(cut);
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == ErrorCode::StorageCorrupt);
    CHECK(db.error().message.contains(QStringLiteral("damaged")));
    CHECK(Test::sha256(cut) == before);
}

TEST_CASE("another program's database with a schema version is not called a newer Byline",
          "[storage][failure][sqlite]")
{
    // Any SQLite file with a user_version above Byline's was refused as "a newer Byline".
    TempDir dir;
    const QString path = dir.path(QStringLiteral("other.sqlite"));
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
        raw.exec(QStringLiteral("PRAGMA user_version = 999"));
    }
    const QByteArray before = Test::sha256(path);
    auto db = open(path);
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == ErrorCode::StorageCorrupt);
    CHECK(db.error().message.contains(QStringLiteral("not a Byline store")));
    CHECK(Test::sha256(path) == before);
}

TEST_CASE("a store from a newer Byline is refused", "[storage][migration][sqlite]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("future.sqlite"));
    REQUIRE(open(path, true).has_value());
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA user_version = 999"));
    }
    const QByteArray before = Test::sha256(path);
    auto db = open(path);
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == ErrorCode::StorageTooNew);
    CHECK(db.error().message.contains(QStringLiteral("newer Byline")));
    CHECK(db.error().message.contains(QStringLiteral("999")));
    CHECK(Test::sha256(path) == before);
}

TEST_CASE("migration statements split at line ends, triggers kept whole",
          "[storage][migration][sqlite]")
{
    const QStringList statements = Migrator::splitStatements(
        QStringLiteral("-- comment\nCREATE TABLE a (x);\n\nCREATE TABLE b (\n  y TEXT\n);\n"
                       "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n"
                       "  INSERT INTO b VALUES (2);\nEND;\nDROP TABLE a;"));
    REQUIRE(statements.size() == 4);
    CHECK(statements.at(0) == QStringLiteral("CREATE TABLE a (x);"));
    CHECK(statements.at(2).startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(statements.at(2).endsWith(QStringLiteral("END;")));
    CHECK(statements.at(3) == QStringLiteral("DROP TABLE a;"));
}

TEST_CASE("a PostgreSQL function's body and trigger stay whole", "[storage][migration][sqlite]")
{
    const QStringList statements = Migrator::splitStatements(
        QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                       "    UPDATE b SET y = 1;\n    RETURN NULL;\nEND\n$$;\n\n"
                       "CREATE TRIGGER t AFTER INSERT ON a\nFOR EACH ROW EXECUTE FUNCTION f();\n"
                       "CREATE TABLE c (z INTEGER);"));
    REQUIRE(statements.size() == 3);
    CHECK(statements.at(0).endsWith(QStringLiteral("$$;")));
    CHECK(statements.at(1).endsWith(QStringLiteral("EXECUTE FUNCTION f();")));
    CHECK(statements.at(2) == QStringLiteral("CREATE TABLE c (z INTEGER);"));
}

TEST_CASE("both engines' migrations end at the same schema version", "[storage][migration][sqlite]")
{
    CHECK(Migrator::latestVersion(true) == Migrator::latestVersion(false));
    CHECK(Migrator::steps(true).size() >= 1);
}

TEST_CASE("the store a test opens is on the engine under test", "[storage]")
{
    // The "pg: " runs would prove nothing if their stores were SQLite files after all.
    TempDir dir;
    auto db = Test::openStore(dir.path(QStringLiteral("engine.sqlite")));
    CHECK(db->isServer() == Test::onServer());
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    if (Test::onServer())
        CHECK(db->login() == QStringLiteral("postgres"));
}

TEST_CASE("every shipped migration applies in order", "[storage][migration][sqlite]")
{
    const auto steps = Migrator::steps();
    REQUIRE_FALSE(steps.isEmpty());
    for (qsizetype i = 0; i < steps.size(); ++i)
        CHECK(steps.at(i).version == int(i + 1)); // no gaps, no duplicates

    TempDir dir;
    auto db = open(dir.path(QStringLiteral("steps.sqlite")), true);
    REQUIRE(db.has_value());
    // Every table the domain needs is there.
    for (const char *table :
         {"locales", "settings", "site_strings", "sections", "section_texts", "users",
          "user_locales", "experts", "expert_names", "quotes", "quote_texts", "articles",
          "article_authors", "translations", "blocks", "revisions", "audit"}) {
        INFO(table);
        auto found = (*db)->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master "
                                                  "WHERE type = 'table' AND name = ?"),
                                   {QString::fromLatin1(table)});
        REQUIRE(found.has_value());
        CHECK(found->toInt() == 1);
    }
}

TEST_CASE("upgrading a store backs it up first and applies each step in a transaction",
          "[storage][migration][sqlite]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.sqlite"));
    REQUIRE(open(path, true).has_value()); // at the shipped schema

    // A next version of the program with one more migration.
    const QString migrations = nextProgram(dir);
    const int next = Database::latestSchemaVersion() + 1;
    const QString nextFile = nextMigration(migrations);

    SECTION("a good step")
    {
        Test::writeFile(nextFile,
                        "CREATE TABLE tags (name TEXT PRIMARY KEY);\n"
                        "INSERT INTO tags (name) VALUES ('science');\n");
        Migrator::setSourceDirectory(migrations);
        auto db = open(path);
        Migrator::setSourceDirectory({});
        REQUIRE(db.has_value());
        CHECK((*db)->schemaVersion() == next);
        auto tags = (*db)->scalar(QStringLiteral("SELECT count(*) FROM tags"));
        REQUIRE(tags.has_value());
        CHECK(tags->toInt() == 1);
        const QStringList backups
            = QDir(dir.path(QString())).entryList({QStringLiteral("old.sqlite.schema*.bak")});
        REQUIRE(backups.size() == 1);
        auto backup = open(dir.path(backups.first()));
        REQUIRE(backup.has_value()); // the backup is a complete store at the old version
        CHECK((*backup)->schemaVersion() == next - 1);
    }
    SECTION("a failing step leaves the store as it was")
    {
        Test::writeFile(nextFile,
                        "CREATE TABLE tags (name TEXT PRIMARY KEY);\n"
                        "INSERT INTO no_such_table VALUES (1);\n");
        Migrator::setSourceDirectory(migrations);
        auto db = open(path);
        Migrator::setSourceDirectory({});
        REQUIRE_FALSE(db.has_value());
        auto again = open(path);
        REQUIRE(again.has_value());
        CHECK((*again)->schemaVersion() == next - 1);
        auto tags = (*again)->scalar(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'tags'"));
        REQUIRE(tags.has_value());
        CHECK(tags->toInt() == 0);
    }
}

TEST_CASE("an upgrade run again within the second of a killed one is not stopped by its backup",
          "[storage][migration][torture][sqlite]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.sqlite"));
    REQUIRE(open(path, true).has_value()); // at the shipped schema
    const QString migrations = nextProgram(dir);
    const int next = Database::latestSchemaVersion() + 1;
    Test::writeFile(nextMigration(migrations), "CREATE TABLE tags (name TEXT PRIMARY KEY);\n");
    // Both runs start in the same second, so they would choose the same backup name.
    Clock::setFixed(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    const QString backup = path + QStringLiteral(".schema%1-20261201-090000.bak").arg(next - 1);
    auto isStoreAt = [](const QString &file, int version) {
        auto db = open(file);
        return db.has_value() && (*db)->schemaVersion() == version;
    };

    SECTION("killed while writing the backup: what it left is not taken for a backup")
    {
        // The backup is written under a name of its own and renamed once whole; a kill leaves
        // the first pages under that name.
        REQUIRE(QFile::copy(path, dir.path(QStringLiteral("whole.sqlite"))));
        Test::writeFile(backup + QStringLiteral(".partial"),
                        Test::readFile(dir.path(QStringLiteral("whole.sqlite"))).left(4096));
        Migrator::setSourceDirectory(migrations);
        auto db = open(path);
        Migrator::setSourceDirectory({});
        REQUIRE(db.has_value());
        CHECK((*db)->schemaVersion() == next);
        CHECK(isStoreAt(backup, next - 1)); // whole, under its name
        CHECK_FALSE(QFileInfo::exists(backup + QStringLiteral(".partial")));
    }
    SECTION("killed after the backup, before the upgrade: that backup is kept, and another made")
    {
        REQUIRE(QFile::copy(path, backup));
        const QByteArray first = Test::sha256(backup);
        Migrator::setSourceDirectory(migrations);
        auto db = open(path);
        Migrator::setSourceDirectory({});
        INFO((db ? std::string() : db.error().message.toStdString()));
        REQUIRE(db.has_value());
        CHECK((*db)->schemaVersion() == next);
        CHECK(Test::sha256(backup) == first);
        const QStringList backups
            = QDir(dir.path(QString())).entryList({QStringLiteral("old.sqlite.schema*.bak")});
        CHECK(backups.size() == 2);
        for (const QString &b : backups)
            CHECK(isStoreAt(dir.path(b), next - 1));
    }
    Clock::setFixed({});
}

TEST_CASE("a writer waits for the busy timeout, then reports the lock",
          "[storage][failure][sqlite]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("locked.sqlite"));
    auto first = open(path, true);
    REQUIRE(first.has_value());
    auto second = open(path, false, 300);
    REQUIRE(second.has_value());

    auto holding = Transaction::begin(**first);
    REQUIRE(holding.has_value());
    QElapsedTimer timer;
    timer.start();
    auto blocked = Transaction::begin(**second, QStringLiteral("adding a user"));
    const qint64 waited = timer.elapsed();
    REQUIRE_FALSE(blocked.has_value());
    CHECK(blocked.error().code == ErrorCode::StorageLocked);
    CHECK(blocked.error().message.contains(QStringLiteral("locked")));
    CHECK(waited >= 250);

    // Readers are not blocked by a writer (WAL).
    CHECK(UserRepository(**second).all().has_value());

    REQUIRE(holding->commit().has_value());
    auto now = Transaction::begin(**second);
    REQUIRE(now.has_value());
    CHECK(now->commit().has_value());
}

TEST_CASE("a transaction rolls back unless committed, a failed inner part fails the whole",
          "[storage]")
{
    TempDir dir;
    auto db = Test::openStore(dir.path(QStringLiteral("tx.sqlite")));
    UserRepository users(*db);
    {
        auto tx = Transaction::begin(*db);
        REQUIRE(tx.has_value());
        REQUIRE(
            users.upsert({QStringLiteral("ani"), QStringLiteral("Ani"), Role::Journalist, {}, true})
                .has_value());
    } // not committed
    CHECK(users.all()->isEmpty());
    {
        auto outer = Transaction::begin(*db);
        REQUIRE(outer.has_value());
        REQUIRE(
            users.upsert({QStringLiteral("ani"), QStringLiteral("Ani"), Role::Journalist, {}, true})
                .has_value());
        {
            auto inner = Transaction::begin(*db);
            REQUIRE(inner.has_value());
        } // abandoned
        auto committed = outer->commit();
        CHECK_FALSE(committed.has_value());
    }
    CHECK(users.all()->isEmpty());
}

TEST_CASE("a read-only store can be read but not written", "[storage][failure][sqlite]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("ro.sqlite"));
    {
        auto db = Test::openDemoStore(path);
        REQUIRE(db->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).has_value());
    }
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = Test::sha256(path);
    {
        auto db = open(path);
        REQUIRE(db.has_value());
        CHECK((*db)->isReadOnly());
        auto users = UserRepository(**db).all();
        REQUIRE(users.has_value());
        CHECK_FALSE(users->isEmpty());
        auto tx = Transaction::begin(**db, QStringLiteral("adding a user"));
        REQUIRE_FALSE(tx.has_value());
        CHECK(tx.error().code == ErrorCode::StorageReadOnly);
        CHECK(tx.error().message.contains(QStringLiteral("read-only")));
    }
    CHECK(Test::sha256(path) == before);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}
