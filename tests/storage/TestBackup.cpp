// Backups people can trust: `byline-cli backup` and `restore FILE`, and the desk's daily ones
// (core/storage/Backup, BackupFile).
#include "core/changes/ChangeFeed.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Backup.h"
#include "core/storage/BackupFile.h"
#include "core/storage/BackupRotation.h"
#include "core/storage/ChangeWatcher.h"
#include "core/storage/IntegrityChecker.h"
#include "core/storage/Migrator.h"
#include "core/storage/Transaction.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <unistd.h>

using namespace Byline;
using Storage::Backup;
using Storage::BackupFile;
using Storage::Database;
using Test::TempDir;

namespace {

const QString section = QStringLiteral("9fe74806-a99f-491f-80d7-82a9884d4013");
const QString journalist = QStringLiteral("irina.volkova");
const QString publishedUid = QStringLiteral("82d8d78f-e875-4ccb-8ba1-d95e4b749068");

qint64 articles(Database &db)
{
    auto count = Storage::ArticleRepository(db).count();
    REQUIRE_OK(count);
    return *count;
}

void addArticle(Database &db, const QString &title)
{
    REQUIRE_OK(EditService(db).create(journalist, section, QStringLiteral("ru"), title));
}

// Files a backup may have left in `folder` besides the ones named.
QStringList leftovers(const QString &folder, const QStringList &expected)
{
    QStringList found = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : expected)
        found.removeAll(name);
    return found;
}

// Statements on any SQLite file, outside Byline.
void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        for (const QString &sql : statements) {
            QSqlQuery query(raw);
            INFO(sql.toStdString());
            REQUIRE(query.exec(sql));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A demo store, a backup of it, and one article written after the backup.
struct BackedUpStore
{
    BackedUpStore()
    {
        inBackup = articles(*db);
        REQUIRE_OK(Backup(*db).backupTo(file));
        addArticle(*db, QStringLiteral("Написано после копии"));
    }
    TempDir dir;
    QString path = dir.path(QStringLiteral("store.sqlite"));
    QString file = dir.path(QStringLiteral("backup.sqlite"));
    std::unique_ptr<Database> db = Test::openDemoStore(path);
    qint64 inBackup = 0;
};

} // namespace

TEST_CASE("a backup taken while another connection and byline-cli write is the store as it was "
          "when it began, complete and checked",
          "[storage][backup]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("store.sqlite"));
    auto db = Test::openDemoStore(path);
    auto desk = Test::openExistingStoreAt(path); // another desk writing meanwhile
    const qint64 before = articles(*db);

    Backup backup(*db);
    backup.setPagesPerStep(8); // many steps even for the small demo store
    int steps = 0;
    int lastDone = -1;
    bool forward = true; // a backup restarted by a write would go back to page 0
    int cliExit = -1;
    Progress progress;
    progress.onProgress = [&](int done, int total) {
        ++steps;
        forward = forward && done >= lastDone && done <= total;
        lastDone = done;
        if (steps == 2)
            addArticle(*desk, QStringLiteral("Написано во время копирования"));
        if (steps == 4) {
            cliExit = Test::runCli({QStringLiteral("--db"), path, QStringLiteral("comment"),
                                    publishedUid, QStringLiteral("--as"), journalist,
                                    QStringLiteral("--text"),
                                    QStringLiteral("Written by another process meanwhile.")})
                          .exitCode;
        }
    };
    const QString file = dir.path(QStringLiteral("backup.sqlite"));
    auto report = backup.backupTo(file, progress);
    REQUIRE_OK(report);
    CHECK(steps > 4);
    CHECK(forward);
    CHECK(cliExit == 0); // the other process was not held up
    CHECK(articles(*desk) == before + 1); // and neither was the other connection
    CHECK(report->articles == before); // the store at one moment: when the backup began
    CHECK(report->file == QFileInfo(file).absoluteFilePath());
    CHECK(report->bytes == QFileInfo(file).size());

    auto facts = BackupFile::verify(file);
    REQUIRE_OK(facts);
    CHECK(facts->articles == before);
    CHECK(facts->schemaVersion == Database::latestSchemaVersion());
    // One file that stands alone (rollback journal, not WAL): nothing beside it to lose.
    CHECK(Test::readFile(file).at(18) == 1);
    CHECK(leftovers(dir.path(QString()),
                    {QStringLiteral("store.sqlite"), QStringLiteral("store.sqlite-wal"),
                     QStringLiteral("store.sqlite-shm"), QStringLiteral("backup.sqlite")})
              .isEmpty());

    // The copy is a store in its own right.
    auto copy = Test::openExistingStoreAt(file);
    CHECK(articles(*copy) == before);
}

TEST_CASE("a backup never overwrites the store and never leaves a half file", "[storage][backup]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("store.sqlite"));
    auto db = Test::openDemoStore(path);
    const QByteArray storeBefore = Test::sha256(path);
    Backup backup(*db);

    SECTION("the store itself, its WAL, or a link to it")
    {
        const QString link = dir.path(QStringLiteral("link.sqlite"));
        REQUIRE(QFile::link(path, link));
        for (const QString &target : QStringList {path, path + QStringLiteral("-wal"), link}) {
            auto refused = backup.backupTo(target);
            REQUIRE_FALSE(refused.has_value());
            CHECK(refused.error().code == ErrorCode::Io);
            CHECK(refused.error().message.contains(QStringLiteral("the store itself")));
        }
        CHECK(Test::sha256(path) == storeBefore);
    }
    SECTION("a folder, or a path through a file")
    {
        auto folder = backup.backupTo(dir.path(QString()));
        REQUIRE_FALSE(folder.has_value());
        CHECK(folder.error().code == ErrorCode::Io);
        CHECK(folder.error().message.contains(QStringLiteral("is a folder")));
        Test::writeFile(dir.path(QStringLiteral("notes.txt")), "notes");
        auto through = backup.backupTo(dir.path(QStringLiteral("notes.txt/backup.sqlite")));
        REQUIRE_FALSE(through.has_value());
        CHECK(through.error().code == ErrorCode::Io);
        CHECK(through.error().message.contains(QStringLiteral("is not a folder")));
        auto missing = backup.backupTo(dir.path(QStringLiteral("no/such/backup.sqlite")));
        REQUIRE_FALSE(missing.has_value());
        CHECK(missing.error().message.contains(QStringLiteral("does not exist")));
    }
    SECTION("a folder nobody may write in")
    {
        // Root writes anywhere it has permission bits for; /proc refuses even root.
        const QString folder
            = ::geteuid() == 0 ? QStringLiteral("/proc/self") : dir.path(QStringLiteral("locked"));
        if (::geteuid() != 0) {
            REQUIRE(QDir().mkpath(folder));
            REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        }
        auto refused = backup.backupTo(folder + QStringLiteral("/backup.sqlite"));
        if (::geteuid() != 0)
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::Io);
        CHECK(refused.error().message.contains(QStringLiteral("Cannot write in the folder")));
        CHECK(QDir(folder)
                  .entryList({QStringLiteral("*backup.sqlite*")}, QDir::Files | QDir::Hidden)
                  .isEmpty());
    }
    SECTION("the disk fills up half way: the old backup stays, no half file")
    {
        const QString file = dir.path(QStringLiteral("backup.sqlite"));
        Test::writeFile(file, "the previous backup");
        // byline-cli limited to files of 64 KiB (a write past it fails as on a full disk).
        QProcess cli;
        cli.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"),
                   QStringLiteral("trap '' XFSZ; ulimit -f 128; exec \"$0\" --db \"$1\" backup "
                                  "\"$2\""),
                   QStringLiteral(BYLINE_CLI), path, file});
        REQUIRE(cli.waitForFinished(60000));
        const QString said = QString::fromUtf8(cli.readAllStandardError());
        INFO(said.toStdString());
        CHECK(cli.exitCode() == 7);
        CHECK(said.contains(QStringLiteral("Writing the backup")));
        CHECK(Test::readFile(file) == "the previous backup");
        CHECK(leftovers(dir.path(QString()),
                        {QStringLiteral("store.sqlite"), QStringLiteral("store.sqlite-wal"),
                         QStringLiteral("store.sqlite-shm"), QStringLiteral("backup.sqlite")})
                  .isEmpty());
    }
    SECTION("in the middle of a change on the same connection: nothing uncommitted is copied")
    {
        const QString file = dir.path(QStringLiteral("backup.sqlite"));
        auto change = Storage::Transaction::begin(*db);
        REQUIRE_OK(change);
        addArticle(*db, QStringLiteral("Ещё не сохранено"));
        auto refused = backup.backupTo(file);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(QStringLiteral("in the middle of a change")));
        CHECK_FALSE(QFile::exists(file));
        REQUIRE_OK(change->commit()); // the change itself goes on
    }
    SECTION("cancelled half way: the old backup stays; finished: it is replaced")
    {
        const QString file = dir.path(QStringLiteral("backup.sqlite"));
        Test::writeFile(file, "the previous backup");
        backup.setPagesPerStep(4);
        std::atomic_bool cancel {false};
        Progress progress;
        progress.cancel = &cancel;
        progress.onProgress = [&](int, int) {
            cancel = true;
        };
        auto cancelled = backup.backupTo(file, progress);
        REQUIRE_FALSE(cancelled.has_value());
        CHECK(cancelled.error().code == ErrorCode::Cancelled);
        CHECK(Test::readFile(file) == "the previous backup");
        CHECK(leftovers(dir.path(QString()),
                        {QStringLiteral("store.sqlite"), QStringLiteral("store.sqlite-wal"),
                         QStringLiteral("store.sqlite-shm"), QStringLiteral("backup.sqlite")})
                  .isEmpty());
        REQUIRE_OK(backup.backupTo(file));
        REQUIRE_OK(BackupFile::verify(file));
    }
}

TEST_CASE("a damaged, foreign or newer backup is refused and the store is left as it was",
          "[storage][backup][restore]")
{
    BackedUpStore store;
    const TempDir &dir = store.dir;
    const QString &path = store.path;
    const qint64 inStore = articles(*store.db);
    store.db.reset();
    const QByteArray storeBefore = Test::sha256(path);
    const QByteArray bytes = Test::readFile(store.file);
    REQUIRE(bytes.size() >= 16 * 4096);
    const QString bad = dir.path(QStringLiteral("bad.sqlite"));

    ErrorCode expected = ErrorCode::StorageCorrupt;
    const char *words = "damaged";
    SECTION("cut short at a page")
    {
        Test::writeFile(bad, bytes.left(bytes.size() / 2));
    }
    SECTION("cut short anywhere")
    {
        Test::writeFile(bad, bytes.left(bytes.size() - 1000));
    }
    SECTION("bytes flipped")
    {
        // The page headers of every third page from the second on: what a bad sector or a
        // broken copy does to the structure of the file.
        QByteArray flipped = bytes;
        for (qsizetype page = 1; (page + 1) * 4096 <= flipped.size(); page += 3) {
            for (qsizetype at = page * 4096; at < page * 4096 + 8; ++at)
                flipped[at] = char(flipped.at(at) ^ 0x5a);
        }
        Test::writeFile(bad, flipped);
    }
    SECTION("not an SQLite file")
    {
        Test::writeFile(bad, QByteArray("Notes from the press conference.\n").repeated(500));
        expected = ErrorCode::InvalidInput;
        words = "not an SQLite database";
    }
    SECTION("another program's SQLite file")
    {
        rawExec(bad,
                {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                 QStringLiteral("PRAGMA user_version = 3")});
        expected = ErrorCode::InvalidInput;
        words = "another program";
    }
    SECTION("an empty file")
    {
        Test::writeFile(bad, {});
        expected = ErrorCode::InvalidInput;
        words = "not an SQLite database";
    }
    SECTION("from a newer Byline")
    {
        Test::writeFile(bad, bytes);
        rawExec(bad, {QStringLiteral("PRAGMA user_version = 999")});
        expected = ErrorCode::StorageTooNew;
        words = "newer Byline";
    }
    SECTION("no such file")
    {
        expected = ErrorCode::NotFound;
        words = "There is no file";
    }
    SECTION("the store itself")
    {
        auto db = Test::openExistingStoreAt(path);
        auto refused = Backup(*db).restoreFrom(path);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(QStringLiteral("the store itself")));
        db.reset();
        CHECK(Test::sha256(path) == storeBefore);
        return;
    }

    const QByteArray badBefore = QFile::exists(bad) ? Test::sha256(bad) : QByteArray();
    {
        auto db = Test::openExistingStoreAt(path);
        auto refused = Backup(*db).restoreFrom(bad);
        REQUIRE_FALSE(refused.has_value());
        INFO(refused.error().message.toStdString());
        CHECK(refused.error().code == expected);
        CHECK(refused.error().message.contains(QString::fromLatin1(words)));
        CHECK(refused.error().message.contains(QStringLiteral("Nothing was changed")));
        CHECK(articles(*db) == inStore);
    }
    CHECK(Test::sha256(path) == storeBefore);
    if (QFile::exists(bad))
        CHECK(Test::sha256(bad) == badBefore); // the backup is only read
    // No safety copy was needed, none was made, nothing else was left.
    CHECK(leftovers(dir.path(QString()),
                    {QStringLiteral("store.sqlite"), QStringLiteral("backup.sqlite"),
                     QStringLiteral("bad.sqlite")})
              .isEmpty());
}

TEST_CASE("reading a backup leaves nothing beside it, even one in WAL mode",
          "[storage][backup][restore]")
{
    BackedUpStore store;
    // A store copied by hand rather than made by `backup`: in WAL mode, no -wal left.
    Test::openExistingStoreAt(store.file).reset();
    REQUIRE(Test::readFile(store.file).at(18) == 2);
    REQUIRE_FALSE(QFile::exists(store.file + QStringLiteral("-wal")));
    const QByteArray before = Test::sha256(store.file);
    REQUIRE_OK(BackupFile::verify(store.file));
    auto report = Backup(*store.db).restoreFrom(store.file, {}, false);
    REQUIRE_OK(report);
    CHECK(report->articles == store.inBackup);
    CHECK(articles(*store.db) == store.inBackup);
    CHECK(Test::sha256(store.file) == before);
    for (const char *side : {"-wal", "-shm", "-journal"})
        CHECK_FALSE(QFile::exists(store.file + QLatin1String(side)));
}

TEST_CASE("a restore into a store another desk has open gives that desk the restored content",
          "[storage][backup][restore]")
{
    BackedUpStore store;
    const QString &path = store.path;
    auto &db = store.db;
    const qint64 backedUp = store.inBackup;

    auto desk = Test::openExistingStoreAt(path); // the desk: open, watching, reading
    Storage::ChangeWatcher watcher(*desk);
    watcher.start(60 * 60 * 1000); // the test looks by hand
    REQUIRE(watcher.checkNow() == 0);
    Changes heard;
    QObject::connect(&desk->changes(), &ChangeFeed::changed, &desk->changes(),
                     [&heard](const Changes &changes) { heard.append(changes); });
    CHECK(articles(*desk) == backedUp + 1);

    Backup restorer(*db);
    restorer.setPagesPerStep(16);
    auto report = restorer.restoreFrom(store.file);
    REQUIRE_OK(report);
    CHECK(report->articles == backedUp);
    CHECK(report->migratedFrom == 0);

    // The store as it was is kept beside it, checked, and said where.
    REQUIRE_FALSE(report->safetyCopy.isEmpty());
    CHECK(QFileInfo(report->safetyCopy).absolutePath() == QFileInfo(path).absolutePath());
    CHECK(QFileInfo(report->safetyCopy)
              .fileName()
              .startsWith(QStringLiteral("store.sqlite.before-restore-")));
    CHECK_FALSE(report->safetyCopyDamaged);
    auto kept = BackupFile::verify(report->safetyCopy);
    REQUIRE_OK(kept);
    CHECK(kept->articles == backedUp + 1);

    // The desk reads the restored store through the connection it had, undamaged...
    CHECK(articles(*desk) == backedUp);
    auto problems = Storage::IntegrityChecker(*desk).run();
    REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
    // ...is told to reload everything...
    auto seen = watcher.checkNow();
    REQUIRE_OK(seen);
    CHECK(*seen >= 1);
    QCoreApplication::processEvents();
    CHECK(containsKind(heard, {ChangeKind::Many}));
    // ...and goes on writing.
    addArticle(*desk, QStringLiteral("Написано после восстановления"));
    CHECK(articles(*db) == backedUp + 1);
}

TEST_CASE("a damaged store can still be restored over, and its copy is kept, said to be damaged",
          "[storage][backup][restore]")
{
    BackedUpStore store;
    // Damage SQLite cannot see: a revision that no longer reads.
    auto revisions = store.db->scalar(QStringLiteral("SELECT count(*) FROM revisions"));
    REQUIRE_OK(revisions);
    REQUIRE(revisions->toInt() > 0);
    REQUIRE_OK(store.db->run(QStringLiteral("UPDATE revisions SET snapshot = ?"),
                             {QByteArray("{ not a revision")}));
    auto report = Backup(*store.db).restoreFrom(store.file);
    REQUIRE_OK(report);
    CHECK(report->safetyCopyDamaged);
    REQUIRE(QFile::exists(report->safetyCopy));
    CHECK(articles(*store.db) == store.inBackup);
    auto problems = Storage::IntegrityChecker(*store.db).run();
    REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("a restore cancelled half way leaves the store as it was", "[storage][backup][restore]")
{
    BackedUpStore store;
    auto &db = store.db;
    const qint64 backedUp = store.inBackup;

    Backup restorer(*db);
    restorer.setPagesPerStep(4);
    std::atomic_bool cancel {false};
    Progress progress;
    progress.cancel = &cancel;
    int steps = 0;
    progress.onProgress = [&](int, int) {
        cancel = ++steps == 3;
    };
    auto cancelled = restorer.restoreFrom(store.file, progress, false);
    REQUIRE_FALSE(cancelled.has_value());
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    CHECK(articles(*db) == backedUp + 1);
    auto problems = Storage::IntegrityChecker(*db).run();
    REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("a backup of an older schema is brought up to date as it is restored",
          "[storage][backup][restore][migration]")
{
    BackedUpStore store;
    store.db.reset();
    const TempDir &dir = store.dir;
    const QString &path = store.path;
    const QString &file = store.file;

    // The next version of the program, with one more migration.
    const QString migrations = dir.path(QStringLiteral("migrations"));
    REQUIRE(QDir().mkpath(migrations));
    for (const Storage::Migrator::Step &step : Storage::Migrator::steps())
        REQUIRE(QFile::copy(step.resource,
                            migrations + QLatin1Char('/') + QFileInfo(step.resource).fileName()));
    const int older = Database::latestSchemaVersion();
    Test::writeFile(
        migrations + QStringLiteral("/%1_add_tags.sql").arg(older + 1, 4, 10, QLatin1Char('0')),
        "CREATE TABLE tags (name TEXT PRIMARY KEY);\n"
        "INSERT INTO tags (name) VALUES ('science');\n");
    struct NextVersion
    {
        explicit NextVersion(const QString &folder)
        {
            Storage::Migrator::setSourceDirectory(folder);
        }
        ~NextVersion() { Storage::Migrator::setSourceDirectory({}); }
    } next(migrations);

    auto db = Test::openExistingStoreAt(path); // upgraded as it opens
    REQUIRE(db->schemaVersion() == older + 1);
    const QByteArray backupBefore = Test::sha256(file);
    auto report = Backup(*db).restoreFrom(file, {}, false);
    REQUIRE_OK(report);
    CHECK(report->migratedFrom == older);
    CHECK(report->safetyCopy.isEmpty());
    auto tags = db->scalar(QStringLiteral("SELECT count(*) FROM tags"));
    REQUIRE_OK(tags);
    CHECK(tags->toInt() == 1);
    auto version = db->scalar(QStringLiteral("PRAGMA user_version"));
    REQUIRE_OK(version);
    CHECK(version->toInt() == older + 1);
    CHECK(Test::sha256(file) == backupBefore); // the backup itself is only read
    CHECK(QDir(dir.path(QString()))
              .entryList({QStringLiteral(".store.sqlite.restoring-*")}, QDir::Files | QDir::Hidden)
              .isEmpty());
}

TEST_CASE("the daily rotation keeps the newest N and deletes only its own files",
          "[storage][backup][rotation]")
{
    TempDir dir;
    const QString folder = dir.path(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(folder));
    // What else a person keeps there, some of it named much like the rotation's own.
    const QStringList theirs {QStringLiteral("notes.sqlite"), QStringLiteral("byline-export.json"),
                              QStringLiteral("byline-2026-01-01.sqlite"),
                              QStringLiteral("byline-2020-01-01-000000.sqlite.bak"),
                              QStringLiteral("Byline-2020-01-01-000000.sqlite")};
    for (const QString &name : theirs)
        Test::writeFile(QDir(folder).filePath(name), "someone else's");
    REQUIRE(QDir(folder).mkdir(QStringLiteral("byline-2019-01-01-000000.sqlite")));

    const Storage::BackupRotation rotation(folder, 3);
    const QDateTime start(QDate(2026, 12, 1), QTime(9, 0, 5));
    CHECK(rotation.isDue(start)); // none yet
    CHECK(Storage::BackupRotation::fileNameAt(start)
          == QStringLiteral("byline-2026-12-01-090005.sqlite"));
    for (int day = 0; day < 5; ++day) {
        Test::writeFile(rotation.pathAt(start.addDays(day)), "a backup");
        REQUIRE_OK(rotation.prune());
    }
    QStringList kept;
    for (const QString &path : rotation.files())
        kept.append(QFileInfo(path).fileName());
    CHECK(kept
          == QStringList {QStringLiteral("byline-2026-12-03-090005.sqlite"),
                          QStringLiteral("byline-2026-12-04-090005.sqlite"),
                          QStringLiteral("byline-2026-12-05-090005.sqlite")});
    for (const QString &name : theirs)
        CHECK(QFile::exists(QDir(folder).filePath(name)));
    CHECK(QFileInfo(QDir(folder).filePath(QStringLiteral("byline-2019-01-01-000000.sqlite")))
              .isDir());

    const QDateTime newest = start.addDays(4);
    REQUIRE(rotation.newest() == newest);
    CHECK_FALSE(rotation.isDue(newest.addSecs(60 * 60)));
    CHECK_FALSE(rotation.isDue(newest.addSecs(23 * 60 * 60)));
    // The next hourly look a few seconds short of a day still counts as a day.
    CHECK(rotation.isDue(newest.addDays(1).addSecs(-5)));
    CHECK(rotation.isDue(newest.addDays(2)));
    CHECK(rotation.isDue(newest.addDays(-2))); // the clock was put back
}
