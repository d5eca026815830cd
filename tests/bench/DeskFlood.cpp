// byline-deskflood: whether a desk stays responsive while someone else imports a large archive
// into the same store (tests/bench/README.md, "A flood of changes"). The desk is the real one
// (MainWindow, on a connection of its own, following the change hub); the import runs in
// another process, as another desk's `byline-cli import` would. The desk's event loop is
// watched by a timer that should fire every 10 ms: any later firing is a stall, a time the
// desk could not answer a key or a click.
//
//   byline-deskflood [--articles 5000] [--before 1000] [--batch 0] [--engine sqlite|postgres]
//                    [--seed 1] [--workdir DIR]
//
// Not a test (it takes a while and needs a quiet machine): run by hand, on a Release build.
// Its figures are in tests/bench/README.md.

#include "core/interchange/Importer.h"
#include "core/interchange/Seed.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ServerSetup.h"
#include "tests/bench/ArchiveGenerator.h"
#include "tests/bench/BenchServer.h"
#include "tests/bench/BenchStore.h"
#include "tests/bench/Figures.h"
#include "ui/desk/EditorTabs.h"
#include "ui/desk/MainWindow.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Byline;
using namespace Byline::Bench;
using Byline::Bench::Figures::fixed;
using Byline::Bench::Figures::number;

namespace {

struct Options
{
    int articles = 5000; // imported by the other process while the desk is watched
    int before = 1000; // in the store when the desk opens
    int batch = 0; // articles per imported document (0: one document, one transaction)
    quint64 seed = 1;
    bool server = false;
    QString workdir;
};

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

// Imports articles [first, first + count) of the archive (the newsroom with the first part),
// in documents of `batch` articles, each in its own transaction. `committed` hears after each.
Result<> importPart(Storage::Database &db, const ArchiveGenerator &archive, int first, int count,
                    int batch, bool withNewsroom, const std::function<void(int)> &committed = {})
{
    Interchange::Importer importer(db);
    importer.setShippedBy(QStringLiteral("the benchmark's generated archive"));
    batch = batch > 0 ? batch : qMax(1, count);
    for (int at = first; at < first + count || (withNewsroom && at == first); at += batch) {
        const int n = qMin(batch, first + count - at);
        auto done = importer.importJson(archive.json(at, n, withNewsroom && at == first));
        if (!done)
            return std::unexpected(done.error());
        if (committed)
            committed(n);
    }
    return {};
}

// The other desk: `byline-deskflood import LOCATION TOTAL SEED FIRST COUNT BATCH`, with the
// password (on a server) in PGPASSWORD. Prints "committed N MICROSECONDS" after each commit.
int importer(const QStringList &args)
{
    if (args.size() != 8)
        return 2;
    Storage::Database::Options options;
    options.path = args.at(2);
    auto db = Storage::Database::open(options);
    auto archive = ArchiveGenerator::create(args.at(3).toInt(), args.at(4).toULongLong());
    if (!db || !archive) {
        std::fprintf(stderr, "import: %s\n",
                     qPrintable(db ? archive.error().message : db.error().message));
        return 7;
    }
    auto done = importPart(**db, *archive, args.at(5).toInt(), args.at(6).toInt(),
                           args.at(7).toInt(), false, [](int n) {
                               std::printf("committed %d %lld\n", n,
                                           QDateTime::currentMSecsSinceEpoch() * 1000LL);
                               std::fflush(stdout);
                           });
    if (!done) {
        std::fprintf(stderr, "import: %s\n", qPrintable(done.error().message));
        return 7;
    }
    return 0;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

int run(const Options &o, QTextStream &out)
{
    std::unique_ptr<QTemporaryDir> temporary;
    std::unique_ptr<BenchServer> server;
    const auto stopServer = qScopeGuard([&server] { server.reset(); });
    QString dir = o.workdir;
    if (dir.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        dir = temporary->path();
    }
    QDir().mkpath(dir);
    BenchStore store = BenchStore::file(QDir(dir).filePath(QStringLiteral("flood.sqlite")));
    if (o.server) {
        auto started = BenchServer::start(QDir(dir).filePath(QStringLiteral("pg")));
        if (!started) {
            out << "no server: " << started.error().message << '\n';
            return 7;
        }
        server = std::move(*started);
        auto made = server->createStore();
        if (!made) {
            out << made.error().message << '\n';
            return 7;
        }
        store = *made;
    }
    const int total = o.before + o.articles;
    auto archive = ArchiveGenerator::create(total, o.seed);
    if (!archive) {
        out << archive.error().message << '\n';
        return 7;
    }
    QString editor;
    for (const User &u : archive->newsroom().users) {
        if (editor.isEmpty() && u.role == Role::Editor && u.active)
            editor = u.name;
    }
    {
        auto db = store.open({}, true);
        if (!db) {
            out << db.error().message << '\n';
            return 7;
        }
        if (auto seeded = Interchange::Seed::defaults(**db); !seeded) {
            out << seeded.error().message << '\n';
            return 7;
        }
        if (store.isServer()) {
            (void)Storage::ServerSetup::installRights(**db);
        }
        out << "Importing the first " << number(o.before) << " articles into " << store.location()
            << '\n';
        out.flush();
        if (auto done = importPart(**db, *archive, 0, o.before, 1000, true); !done) {
            out << done.error().message << '\n';
            return 7;
        }
        if (store.isServer()) {
            for (const User &u : archive->newsroom().users) {
                if (u.name == editor) {
                    if (auto login = server->addLogin(**db, store, u); !login) {
                        out << login.error().message << '\n';
                        return 7;
                    }
                }
            }
        }
    }

    // The desk, as the editor, showing all articles.
    auto deskDb = store.open(store.isServer() ? editor : QString());
    if (!deskDb) {
        out << deskDb.error().message << '\n';
        return 7;
    }
    MainWindow desk(**deskDb);
    desk.warn = [&out](const QString &title, const QString &message) {
        out << "the desk said: " << title << ": " << message << '\n';
    };
    desk.editorTabs()->setJournalFolder(QDir(dir).filePath(QStringLiteral("journal")));
    if (!store.isServer())
        desk.setCurrentUser(editor);
    desk.resize(1366, 768);
    desk.show();
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const auto storeTotal = [&deskDb] {
        auto n = Storage::ArticleRepository(**deskDb).count();
        return n ? int(*n) : -1;
    };
    const int expected = storeTotal() + o.articles;

    // The watch: a timer due every 10 ms on the desk's event loop.
    constexpr int tickMs = 10;
    QList<double> lateMs;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(tickMs);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateMs.append(qMax(0.0, double(now - last) / 1e6 - tickMs));
        last = now;
    });

    QProcess other;
    other.setProcessEnvironment(store.childEnvironment());
    other.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    qint64 lastCommitUs = 0;
    int committed = 0;
    QObject::connect(&other, &QProcess::readyReadStandardOutput, [&] {
        while (other.canReadLine()) {
            const QStringList words
                = QString::fromUtf8(other.readLine()).trimmed().split(QLatin1Char(' '));
            if (words.size() == 3 && words.first() == QLatin1String("committed")) {
                committed += words.at(1).toInt();
                lastCommitUs = words.at(2).toLongLong();
            }
        }
    });
    out << "The desk is open as " << editor << " on " << number(expected - o.articles)
        << " articles; another process imports " << number(o.articles) << " more ("
        << (o.batch > 0 ? QStringLiteral("documents of %1").arg(o.batch)
                        : QStringLiteral("one document"))
        << ")\n";
    out.flush();
    tick.start();
    last = clock.nsecsElapsed();
    const qint64 started = clock.elapsed();
    other.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("import"), store.childLocation(), QString::number(total),
                 QString::number(o.seed), QString::number(o.before), QString::number(o.articles),
                 QString::number(o.batch)});
    qint64 importMs = -1;
    qint64 caughtUpUs = 0;
    // Until the import is over and the desk's status line counts every article.
    while (clock.elapsed() - started < 15 * 60 * 1000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        if (importMs < 0 && other.state() == QProcess::NotRunning)
            importMs = clock.elapsed() - started;
        if (importMs >= 0 && caughtUpUs == 0) {
            for (QLabel *label : desk.statusBar()->findChildren<QLabel *>()) {
                if (label->text().contains(QStringLiteral("%1 in the store").arg(expected)))
                    caughtUpUs = QDateTime::currentMSecsSinceEpoch() * 1000LL;
            }
        }
        if (caughtUpUs != 0)
            break;
    }
    // The desk keeps working after it counts them (the other views reload): watched too.
    QElapsedTimer after;
    after.start();
    while (after.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    tick.stop();
    if (other.exitStatus() != QProcess::NormalExit || other.exitCode() != 0) {
        out << "The import failed (exit " << other.exitCode() << ")\n";
        return 7;
    }
    const int over100
        = int(std::count_if(lateMs.cbegin(), lateMs.cend(), [](double ms) { return ms > 100; }));
    const int over50
        = int(std::count_if(lateMs.cbegin(), lateMs.cend(), [](double ms) { return ms > 50; }));
    out << "\n| | " << (store.isServer() ? "PostgreSQL" : "SQLite") << " |\n|---|---|\n";
    out << "| import of " << number(committed) << " articles by the other process | "
        << fixed(double(importMs) / 1000.0, 1) << " s |\n";
    out << "| desk event loop: ticks watched | " << number(lateMs.size()) << " |\n";
    out << "| stall, p50 / p99 / max | " << fixed(percentile(lateMs, 0.5), 1) << " / "
        << fixed(percentile(lateMs, 0.99), 1) << " / "
        << fixed(lateMs.isEmpty() ? 0 : *std::max_element(lateMs.cbegin(), lateMs.cend()), 1)
        << " ms |\n";
    out << "| stalls over 50 ms / over 100 ms | " << over50 << " / " << over100 << " |\n";
    out << "| last commit to the desk counting every article | "
        << (caughtUpUs
                ? fixed(double(caughtUpUs - lastCommitUs) / 1000.0, 1) + QStringLiteral(" ms")
                : QStringLiteral("never (timed out)"))
        << " |\n";
    out.flush();
    return over100 == 0 && caughtUpUs != 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("import"))
        return importer(args);
    QTextStream out(stdout);
    if (args.contains(QStringLiteral("--help"))) {
        out << "byline-deskflood [--articles 5000] [--before 1000] [--batch 0] "
               "[--engine sqlite|postgres] [--seed 1] [--workdir DIR]\n";
        return 0;
    }
    Options o;
    o.articles = option(args, QStringLiteral("--articles"), QStringLiteral("5000")).toInt();
    o.before = option(args, QStringLiteral("--before"), QStringLiteral("1000")).toInt();
    o.batch = option(args, QStringLiteral("--batch"), QStringLiteral("0")).toInt();
    o.seed = option(args, QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    o.server = option(args, QStringLiteral("--engine")) == QLatin1String("postgres");
    o.workdir = option(args, QStringLiteral("--workdir"));
    return run(o, out);
}
