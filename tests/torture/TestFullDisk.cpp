// A real full disk and a refused folder (README.md, "Reliability"): a small tmpfs holds the
// store and the exports. Mounting needs root (CAP_SYS_ADMIN); where it is not allowed the tests
// say so and pass without running.
#include "tests/TestSupport.h"
#include "tests/torture/DemoNewsroom.h"
#include "tests/torture/SiteSnapshot.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Byline;
using namespace Byline::Test::DemoNewsroom;
using Byline::Test::TempDir;
using Byline::Torture::SiteSnapshot;

namespace {

// A tmpfs of `megabytes` at `folder`, unmounted at the end; mounted() is false where the system
// does not allow it.
class SmallDisk
{
public:
    SmallDisk(const QString &folder, int megabytes)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        const QByteArray options = QByteArray("size=") + QByteArray::number(megabytes) + "m";
        m_mounted = ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0,
                            options.constData())
            == 0;
        if (!m_mounted)
            m_why = QString::fromLocal8Bit(std::strerror(errno));
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;
    [[nodiscard]] bool mounted() const { return m_mounted; }
    [[nodiscard]] const QString &why() const { return m_why; }

    // Fills the disk, leaving `room` bytes (about: the file system counts in pages).
    void fill(qint64 room)
    {
        const QString filler = m_folder + QStringLiteral("/filler");
        const int fd = ::open(QFile::encodeName(filler).constData(), O_WRONLY | O_CREAT, 0644);
        REQUIRE(fd >= 0);
        const QByteArray chunk(4096, 'x');
        while (::write(fd, chunk.constData(), size_t(chunk.size())) > 0) { }
        const off_t full = ::lseek(fd, 0, SEEK_END);
        REQUIRE(::ftruncate(fd, std::max<off_t>(0, full - off_t(room))) == 0);
        ::close(fd);
    }
    void makeRoom() { QFile::remove(m_folder + QStringLiteral("/filler")); }

private:
    QString m_folder;
    bool m_mounted = false;
    QString m_why;
};

// What byline-cli said must be one line that says the disk is full and names the path.
void saysFull(const Test::CliRun &run, const QString &path)
{
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 7);
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(run.err.contains(QStringLiteral(" full")));
    CHECK(run.err.contains(path));
    CHECK_FALSE(run.err.contains(QStringLiteral("Unknown error")));
}

QByteArray withTitle(const QByteArray &json, const QString &title)
{
    QJsonObject article = QJsonDocument::fromJson(json).object();
    QJsonObject translations = article.value(QStringLiteral("translations")).toObject();
    const QString source = article.value(QStringLiteral("source_locale")).toString();
    QJsonObject text = translations.value(source).toObject();
    text.insert(QStringLiteral("title"), title);
    translations.insert(source, text);
    article.insert(QStringLiteral("translations"), translations);
    return QJsonDocument(article).toJson();
}

} // namespace

TEST_CASE("on a full disk every command says so in one sentence (exit 7), nothing is damaged, "
          "and all work once there is room",
          "[torture][full-disk]")
{
    TempDir dir;
    const QString mount = dir.path(QStringLiteral("disk"));
    SmallDisk disk(mount, 8);
    if (!disk.mounted()) {
        WARN("skipped: a tmpfs cannot be mounted here (" << disk.why().toStdString()
                                                         << "); run as root to test a full disk");
        return;
    }
    const QString store = mount + QStringLiteral("/store.sqlite");
    const QString site = mount + QStringLiteral("/site");
    const QStringList db {QStringLiteral("--db"), store};
    REQUIRE(
        Test::runCli(db + QStringList {QStringLiteral("init"), QStringLiteral("--demo")}).exitCode
        == 0);
    REQUIRE(Test::runCli(db + QStringList {QStringLiteral("export-site"), site}).exitCode == 0);
    const SiteSnapshot before = SiteSnapshot::of(site);
    // A save and an import, prepared while there is room (outside the small disk).
    const Test::CliRun shown = Test::runCli(
        db + QStringList {QStringLiteral("show"), draftUid, QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    const QString saveFile = dir.path(QStringLiteral("save.json"));
    Test::writeFile(saveFile,
                    withTitle(shown.out.toUtf8(), QStringLiteral("Saved on a full disk")));
    const QString importFile = dir.path(QStringLiteral("import.json"));
    REQUIRE(Test::runCli(db + QStringList {QStringLiteral("export"), importFile}).exitCode == 0);
    {
        // Every article again under a new uid: an import that writes a lot.
        QJsonObject document = QJsonDocument::fromJson(Test::readFile(importFile)).object();
        QJsonArray articles;
        for (const QJsonValue &a : document.value(QStringLiteral("articles")).toArray()) {
            QJsonObject article = a.toObject();
            article.insert(QStringLiteral("uid"),
                           QUuid::createUuid().toString(QUuid::WithoutBraces));
            QJsonObject translations = article.value(QStringLiteral("translations")).toObject();
            for (const QString &locale : translations.keys()) {
                QJsonObject text = translations.value(locale).toObject();
                text.insert(QStringLiteral("slug"),
                            QString(text.value(QStringLiteral("slug")).toString()
                                    + QStringLiteral("-copy")));
                translations.insert(locale, text);
            }
            article.insert(QStringLiteral("translations"), translations);
            articles.append(article);
        }
        document.insert(QStringLiteral("articles"), articles);
        Test::writeFile(importFile, QJsonDocument(document).toJson());
    }

    SECTION("completely full")
    {
        disk.fill(0);
        for (const QStringList &args :
             {QStringList {QStringLiteral("list")},
              QStringList {QStringLiteral("save"), saveFile, QStringLiteral("--as"), editor},
              QStringList {QStringLiteral("import"), importFile, QStringLiteral("--as"), admin}}) {
            INFO(args.join(QLatin1Char(' ')).toStdString());
            saysFull(Test::runCli(db + args), store);
        }
        INFO("export");
        saysFull(
            Test::runCli(
                db + QStringList {QStringLiteral("export"), mount + QStringLiteral("/out.json")}),
            mount);
        INFO("export-site");
        saysFull(Test::runCli(db + QStringList {QStringLiteral("export-site"), site}), mount);
    }
    SECTION("room to open the store, none to write")
    {
        disk.fill(64 * 1024);
        CHECK(Test::runCli(db + QStringList {QStringLiteral("list")}).exitCode == 0);
        {
            INFO("import");
            saysFull(Test::runCli(db
                                  + QStringList {QStringLiteral("import"), importFile,
                                                 QStringLiteral("--as"), admin}),
                     store);
        }
        {
            INFO("export");
            saysFull(Test::runCli(db
                                  + QStringList {QStringLiteral("export"),
                                                 mount + QStringLiteral("/out.json")}),
                     mount);
        }
        {
            INFO("export-site");
            saysFull(Test::runCli(db + QStringList {QStringLiteral("export-site"), site}), mount);
        }
    }
    // The site is the previous one, with no staging folder beside it (the lock file stays).
    CHECK(SiteSnapshot::of(site) == before);
    CHECK(QDir(mount)
              .entryList({QStringLiteral(".site.staging*")}, QDir::AllEntries | QDir::Hidden)
              .isEmpty());
    CHECK_FALSE(QFileInfo::exists(mount + QStringLiteral("/out.json")));

    // Room again: the store is intact and everything works.
    disk.makeRoom();
    const Test::CliRun checked = Test::runCli(db + QStringList {QStringLiteral("check")});
    INFO(checked.out.toStdString() << checked.err.toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(Test::runCli(
              db + QStringList {QStringLiteral("save"), saveFile, QStringLiteral("--as"), editor})
              .exitCode
          == 0);
    CHECK(
        Test::runCli(
            db + QStringList {QStringLiteral("import"), importFile, QStringLiteral("--as"), admin})
            .exitCode
        == 0);
    CHECK(Test::runCli(
              db + QStringList {QStringLiteral("export"), mount + QStringLiteral("/out.json")})
              .exitCode
          == 0);
    const Test::CliRun exported
        = Test::runCli(db + QStringList {QStringLiteral("export-site"), site});
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 0);
}

TEST_CASE("export-site into a folder it may not write exits 7 and says which folder and what to do",
          "[torture][permissions]")
{
    TempDir dir;
    // As root, who may write anything, byline-cli runs as nobody; as anyone else, as itself.
    const bool root = ::geteuid() == 0;
    const QString top = dir.path(QStringLiteral("refused"));
    const QString storeFolder = top + QStringLiteral("/store");
    const QString locked = top + QStringLiteral("/locked");
    REQUIRE(QDir().mkpath(storeFolder));
    REQUIRE(QDir().mkpath(locked));
    const QString store = storeFolder + QStringLiteral("/store.sqlite");
    REQUIRE(Test::runCli(
                {QStringLiteral("--db"), store, QStringLiteral("init"), QStringLiteral("--demo")})
                .exitCode
            == 0);
    for (const QString &open : {dir.path(QString()), top})
        REQUIRE(::chmod(QFile::encodeName(open).constData(), 0755) == 0);
    REQUIRE(::chmod(QFile::encodeName(storeFolder).constData(), 0777) == 0);
    REQUIRE(::chmod(QFile::encodeName(store).constData(), 0666) == 0);
    REQUIRE(::chmod(QFile::encodeName(locked).constData(), 0555) == 0);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BYLINE_DB"));
    env.insert(QStringLiteral("HOME"), storeFolder);
    process.setProcessEnvironment(env);
    if (root) {
        process.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    }
    const QString target = locked + QStringLiteral("/site");
    process.start(QStringLiteral(BYLINE_CLI),
                  {QStringLiteral("--db"), store, QStringLiteral("export-site"), target});
    REQUIRE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitCode() == 99) {
        WARN("skipped: cannot run byline-cli as nobody here");
        return;
    }
    INFO(err.toStdString());
    CHECK(process.exitCode() == 7);
    CHECK(err.count(QLatin1Char('\n')) == 0);
    CHECK(err.contains(locked));
    CHECK(err.contains(QStringLiteral("permission")));
    CHECK_FALSE(err.contains(QStringLiteral("Unknown error")));
    CHECK_FALSE(QFileInfo::exists(target));

    // A page rendered into that folder: the same words and exit 7 (it used to exit 6).
    const QString page = locked + QStringLiteral("/page.html");
    process.start(QStringLiteral(BYLINE_CLI),
                  {QStringLiteral("--db"), store, QStringLiteral("render"),
                   QStringLiteral("82d8d78f-e875-4ccb-8ba1-d95e4b749068"),
                   QStringLiteral("--locale"), QStringLiteral("en"), QStringLiteral("--output"),
                   page});
    REQUIRE(process.waitForFinished(60000));
    const QString rendered = QString::fromUtf8(process.readAllStandardError()).trimmed();
    INFO(rendered.toStdString());
    CHECK(process.exitCode() == 7);
    CHECK(rendered.contains(locked));
    CHECK(rendered.contains(QStringLiteral("permission")));
    CHECK_FALSE(QFileInfo::exists(page));
}
