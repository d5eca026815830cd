// byline-cli backup FILE | restore FILE, end to end (README.md, "Backups"), and the older
// `restore UID REV --as USER` beside it.
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

namespace {

using namespace Byline::Test;

const QString startups = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626");
const QString editor = QStringLiteral("samvel.harutyunyan");

CliRun on(const QString &store, const QStringList &args)
{
    return runCli(QStringList {QStringLiteral("--db"), store} + args);
}

std::string told(const CliRun &run)
{
    return "exit " + std::to_string(run.exitCode) + "\nout: " + run.out.toStdString()
        + "\nerr: " + run.err.toStdString();
}

QString demoStore(const TempDir &dir)
{
    const QString store = dir.path(QStringLiteral("newsroom.sqlite"));
    const CliRun init = on(store, {QStringLiteral("init"), QStringLiteral("--demo")});
    INFO(told(init));
    REQUIRE(init.exitCode == 0);
    return store;
}

// `file`, once `byline-cli backup` has written it.
QString backedUp(const QString &store, const QString &file)
{
    const CliRun backup = on(store, {QStringLiteral("backup"), file});
    INFO(told(backup));
    REQUIRE(backup.exitCode == 0);
    return file;
}

QString status(const QString &store, const QString &uid)
{
    const CliRun shown = on(store, {QStringLiteral("show"), uid});
    REQUIRE(shown.exitCode == 0);
    for (const QString &line : shown.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("status:")))
            return line.section(QLatin1Char(':'), 1).trimmed();
    }
    return {};
}

QStringList safetyCopies(const QString &store)
{
    const QFileInfo info(store);
    return QDir(info.absolutePath())
        .entryList({info.fileName() + QStringLiteral(".before-restore-*")}, QDir::Files);
}

} // namespace

TEST_CASE("cli: backup FILE, then restore FILE puts it back and says where the store as it was "
          "is kept",
          "[cli][backup][sqlite]")
{
    TempDir dir;
    const QString store = demoStore(dir);
    const QString file = dir.path(QStringLiteral("monday.sqlite"));

    const CliRun backup = on(store, {QStringLiteral("backup"), file});
    INFO(told(backup));
    REQUIRE(backup.exitCode == 0);
    CHECK(backup.out.contains(QStringLiteral("6 articles")));
    CHECK(backup.out.contains(QStringLiteral(" MB")));
    CHECK(backup.out.contains(file));
    CHECK(QFileInfo(file).size() > 0);

    REQUIRE(on(store,
               {QStringLiteral("act"), startups, QStringLiteral("spike"), QStringLiteral("--as"),
                editor})
                .exitCode
            == 0);
    REQUIRE(status(store, startups) == QStringLiteral("spiked"));

    const CliRun restore = on(store, {QStringLiteral("restore"), file});
    INFO(told(restore));
    REQUIRE(restore.exitCode == 0);
    CHECK(status(store, startups) == QStringLiteral("submitted"));
    const QStringList kept = safetyCopies(store);
    REQUIRE(kept.size() == 1);
    CHECK(restore.out.contains(kept.first()));
    CHECK(restore.out.contains(QStringLiteral("6 articles")));

    // The safety copy is a backup like any other: restoring it undoes the restore.
    const CliRun undo = on(store,
                           {QStringLiteral("restore"),
                            QFileInfo(store).absolutePath() + QLatin1Char('/') + kept.first()});
    INFO(told(undo));
    REQUIRE(undo.exitCode == 0);
    CHECK(status(store, startups) == QStringLiteral("spiked"));
}

TEST_CASE("cli: restore refuses what is not a good backup, with the exit code of the problem",
          "[cli][backup][sqlite]")
{
    TempDir dir;
    const QString store = demoStore(dir);
    const QString file = backedUp(store, dir.path(QStringLiteral("backup.sqlite")));
    const QByteArray good = readFile(file);

    const QString cut = dir.path(QStringLiteral("cut.sqlite"));
    writeFile(cut, good.left(good.size() / 3));
    const QString text = dir.path(QStringLiteral("notes.txt"));
    writeFile(text, "Not a backup at all.\n");

    struct Case
    {
        QString file;
        int exitCode;
    };
    for (const Case &c : {Case {cut, 7}, Case {text, 6},
                          Case {dir.path(QStringLiteral("missing.sqlite")), 4}, Case {store, 6}}) {
        const CliRun refused = on(store, {QStringLiteral("restore"), c.file});
        INFO(told(refused));
        CHECK(refused.exitCode == c.exitCode);
        CHECK(refused.err.startsWith(QStringLiteral("byline-cli: ")));
        CHECK(refused.err.count(QLatin1Char('\n')) == 1);
        CHECK(refused.out.isEmpty());
    }
    CHECK(safetyCopies(store).isEmpty());
    CHECK(status(store, startups) == QStringLiteral("submitted"));

    const CliRun onItself = on(store, {QStringLiteral("backup"), store});
    INFO(told(onItself));
    CHECK(onItself.exitCode == 6);
    CHECK(onItself.err.contains(QStringLiteral("the store itself")));
}

TEST_CASE("cli: restore FILE into a store that does not exist yet makes it from the backup",
          "[cli][backup][sqlite]")
{
    TempDir dir;
    const QString store = demoStore(dir);
    const QString file = backedUp(store, dir.path(QStringLiteral("backup.sqlite")));
    const QString fresh = dir.path(QStringLiteral("new-machine.sqlite"));
    const CliRun restore = on(fresh, {QStringLiteral("restore"), file});
    INFO(told(restore));
    REQUIRE(restore.exitCode == 0);
    CHECK(status(fresh, startups) == QStringLiteral("submitted"));
    CHECK(safetyCopies(fresh).isEmpty());
    CHECK(on(fresh, {QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("cli: restore with one argument is a backup, with two a revision, and anything else is "
          "a usage error",
          "[cli][backup][sqlite]")
{
    TempDir dir;
    const QString store = demoStore(dir);
    // The older form still reaches the article's revisions (the demo article has none yet).
    const CliRun revision = on(
        store,
        {QStringLiteral("restore"), startups, QStringLiteral("1"), QStringLiteral("--as"), editor});
    INFO(told(revision));
    CHECK(revision.exitCode == 4);
    CHECK(revision.err.contains(QStringLiteral("has no revision 1")));

    for (const QStringList &args :
         {QStringList {QStringLiteral("restore")},
          QStringList {QStringLiteral("restore"), startups, QStringLiteral("--as"), editor},
          QStringList {QStringLiteral("restore"), QStringLiteral("a"), QStringLiteral("b"),
                       QStringLiteral("c")},
          QStringList {QStringLiteral("backup")},
          QStringList {QStringLiteral("backup"), QStringLiteral("a"), QStringLiteral("b")}}) {
        const CliRun wrong = on(store, args);
        INFO(told(wrong));
        CHECK(wrong.exitCode == 2);
        CHECK(wrong.err.contains(QStringLiteral("Usage: byline-cli")));
    }
    const CliRun help = runCli({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("backup FILE")));
    CHECK(help.out.contains(QStringLiteral("restore FILE")));
    CHECK(help.out.contains(QStringLiteral("restore UID REV --as USER")));
}
