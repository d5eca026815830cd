// Fault injection (README.md, "Reliability"): a save, an import and a migration, with the Nth
// write, fsync or truncate of SQLite failing, for every N the operation reaches. Each must fail
// with a storage error and one sentence, leave the store intact, and work once the fault is
// gone. The suite samples N; scripts/torture sets BYLINE_FAULTS_EVERY_CALL=1 for every call.
#include "core/Clock.h"
#include "core/interchange/Importer.h"
#include "core/interchange/Seed.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/IntegrityChecker.h"
#include "core/storage/Migrator.h"
#include "tests/TestSupport.h"
#include "tests/torture/DemoNewsroom.h"
#include "tests/torture/FaultVfs.h"
#include "tests/torture/OldStore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <iostream>

using namespace Byline;
using namespace Byline::Test::DemoNewsroom;
using Byline::Test::FaultVfs;
using Byline::Test::TempDir;

namespace {

bool everyCall()
{
    return qEnvironmentVariableIntValue("BYLINE_FAULTS_EVERY_CALL") == 1;
}

void removeStore(const QString &path)
{
    const QFileInfo info(path);
    for (const QFileInfo &f :
         QDir(info.absolutePath())
             .entryInfoList({info.fileName() + QLatin1Char('*')}, QDir::Files | QDir::Hidden))
        QFile::remove(f.absoluteFilePath());
}

// One value read on a connection of the test's own (no migration, no Byline rules).
QVariant raw(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("faults-raw");
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool isStorageError(ErrorCode code)
{
    // byline-cli exits 7 for these.
    return code == ErrorCode::StorageFailure || code == ErrorCode::StorageFull;
}

// One sentence for a person: no line breaks, ends with a full stop, says what to do.
bool oneSentence(const QString &message)
{
    return !message.isEmpty() && !message.contains(QLatin1Char('\n'))
        && message.trimmed().endsWith(QLatin1Char('.'));
}

using Attempt = std::pair<Result<>, std::unique_ptr<Storage::Database>>;

// An operation under test: `prepare` makes the store at a path (no faults); `run` does the
// operation on a copy, on `db` if given (else on a connection of its own), calling `arm` just
// before the part under test, and returns its result with the connection it used (if it has
// one); `landed` reads the store file to say whether the change is in it.
struct Operation
{
    QString name;
    std::function<void(const QString &path)> prepare;
    std::function<Attempt(std::unique_ptr<Storage::Database> db, const QString &path,
                          const std::function<void()> &arm)>
        run;
    std::function<bool(const QString &path)> landed;
};

std::unique_ptr<Storage::Database> reopen(const QString &path)
{
    Storage::Database::Options options;
    options.path = path;
    auto db = Storage::Database::open(options);
    if (!db)
        FAIL("the store does not open once the fault is gone: "
             << db.error().message.toStdString() << " [" << db.error().detail.toStdString() << "]");
    return std::move(*db);
}

// Runs `op` with each fault at every call it makes (or a sample of them); returns how many
// faults were injected.
int sweep(const Operation &op, const TempDir &dir, int samples)
{
    REQUIRE(FaultVfs::install());
    const QString base = dir.path(QStringLiteral("base.sqlite"));
    const QString path = dir.path(QStringLiteral("store.sqlite"));
    op.prepare(base);
    auto fresh = [&] {
        removeStore(path);
        REQUIRE(QFile::copy(base, path));
    };
    int injected = 0;
    for (int f = 0; f < FaultVfs::faultCount; ++f) {
        const auto fault = FaultVfs::Fault(f);
        // How many calls the operation makes.
        fresh();
        {
            auto [result, db] = op.run(nullptr, path, [&] { FaultVfs::arm(fault, 0); });
            FaultVfs::disarm();
            REQUIRE_OK(result);
            REQUIRE(op.landed(path));
        }
        const int calls = FaultVfs::calls();
        if (fault != FaultVfs::Fault::TruncateFailure) // WAL mode seldom truncates
            REQUIRE(calls > 0); // else the Qt driver does not use the SQLite the tests link
        const int step = everyCall() || calls <= samples ? 1 : (calls + samples - 1) / samples;
        for (int nth = 1; nth <= calls; nth += step) {
            INFO(op.name.toStdString() << ": " << FaultVfs::name(fault).toStdString() << " at call "
                                       << nth << " of " << calls);
            fresh();
            auto [result, db] = op.run(nullptr, path, [&] { FaultVfs::arm(fault, nth); });
            FaultVfs::disarm();
            if (!FaultVfs::fired())
                continue; // this run made fewer calls
            ++injected;
            if (!result) {
                INFO(result.error().message.toStdString()
                     << " [" << result.error().detail.toStdString() << "]");
                CHECK(isStorageError(result.error().code));
                CHECK(oneSentence(result.error().message));
            }
            // Intact: SQLite's check, and a failed operation changed nothing (one that
            // succeeded, SQLite having got round the fault, holds its change).
            CHECK(raw(path, QStringLiteral("PRAGMA integrity_check")).toString()
                  == QStringLiteral("ok"));
            CHECK(op.landed(path) == result.has_value());
            // Byline's own check, on a connection opened once the fault is gone.
            {
                auto checker = reopen(path);
                auto problems = Storage::IntegrityChecker(*checker).run();
                REQUIRE_OK(problems);
                for (const auto &p : *problems)
                    FAIL_CHECK(p.text.toStdString());
            }
            // Usable once the fault is gone, on the connection that met it.
            auto again = op.run(std::move(db), path, [] {});
            REQUIRE_OK(again.first);
            CHECK(op.landed(path));
        }
    }
    return injected;
}

void report(const QString &what, int injected)
{
    if (everyCall())
        std::cout << "faults injected into " << what.toStdString() << ": " << injected << std::endl;
}

} // namespace

TEST_CASE("a save meets a failing write, fsync or truncate: it fails and the store stays intact",
          "[torture][faults]")
{
    TempDir dir;
    const QString title = QStringLiteral("Saved through a failing disk");
    Operation op;
    op.name = QStringLiteral("save");
    op.prepare = [](const QString &path) {
        (void)Test::openDemoStore(path);
    };
    op.run = [&](std::unique_ptr<Storage::Database> db, const QString &path,
                 const std::function<void()> &arm) {
        if (!db)
            db = Test::openStore(path);
        auto found = Storage::ArticleRepository(*db).find(draftUid);
        REQUIRE(found.has_value());
        REQUIRE(found->has_value());
        Article article = **found;
        article.translation(u"ru")->title = title;
        arm();
        Result<> saved = EditService(*db).save(article, editor);
        FaultVfs::disarm();
        return std::pair {saved, std::move(db)};
    };
    op.landed = [&](const QString &path) {
        return raw(path,
                   QStringLiteral("SELECT t.title FROM translations t JOIN articles a ON a.id = "
                                  "t.article_id WHERE a.uid = '%1' AND t.locale = 'ru'")
                       .arg(draftUid))
                   .toString()
            == title;
    };
    report(QStringLiteral("save"), sweep(op, dir, 12));
}

TEST_CASE("an import meets a failing write, fsync or truncate: nothing of it lands",
          "[torture][faults]")
{
    TempDir dir;
    QFile demo(QStringLiteral(":/byline/demo/newsroom.json"));
    REQUIRE(demo.open(QIODevice::ReadOnly));
    const QByteArray newsroom = demo.readAll();
    Operation op;
    op.name = QStringLiteral("import");
    op.prepare = [](const QString &path) {
        auto db = Test::openStore(path);
        REQUIRE_OK(Interchange::Seed::defaults(*db));
    };
    op.run = [&](std::unique_ptr<Storage::Database> db, const QString &path,
                 const std::function<void()> &arm) {
        if (!db)
            db = Test::openStore(path);
        arm();
        auto imported = Interchange::Importer(*db).importJson(newsroom);
        FaultVfs::disarm();
        Result<> result;
        if (!imported)
            result = std::unexpected(imported.error());
        return std::pair {result, std::move(db)};
    };
    op.landed = [](const QString &path) {
        return raw(path, QStringLiteral("SELECT count(*) FROM articles")).toInt() > 0;
    };
    report(QStringLiteral("import"), sweep(op, dir, 6));
}

TEST_CASE("a migration meets a failing write, fsync or truncate: the store stays at a schema "
          "it had and upgrades once the fault is gone",
          "[torture][faults]")
{
    TempDir dir;
    // A fixed time: the backup of every attempt has the same name, as when init is run again
    // within a second of a failed one.
    Clock::setFixed(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    Operation op;
    op.name = QStringLiteral("migration");
    op.prepare = [&](const QString &path) {
        REQUIRE_OK(Torture::OldStore::create(path, 1, 20, dir.path(QStringLiteral("older"))));
    };
    op.run = [](std::unique_ptr<Storage::Database>, const QString &path,
                const std::function<void()> &arm) {
        Storage::Database::Options options;
        options.path = path;
        arm();
        auto db = Storage::Database::open(options);
        FaultVfs::disarm();
        if (!db)
            return std::pair {Result<>(std::unexpected(db.error())),
                              std::unique_ptr<Storage::Database>()};
        return std::pair {Result<>(), std::move(*db)};
    };
    op.landed = [](const QString &path) {
        return raw(path, QStringLiteral("PRAGMA user_version")).toInt()
            == Storage::Database::latestSchemaVersion()
            && raw(path, QStringLiteral("SELECT count(*) FROM articles")).toInt() == 20;
    };
    const int injected = sweep(op, dir, 8);
    Clock::setFixed({});
    report(QStringLiteral("migration"), injected);
}
