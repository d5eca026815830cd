// byline-bench: the benchmark of the targets in tests/bench/README.md and the archive generator it
// runs on.
#include "core/storage/Database.h"
#include "tests/bench/ArchiveGenerator.h"
#include "tests/bench/Benchmark.h"
#include "tests/bench/HugoContent.h"
#include "tests/bench/LiveProbe.h"
#include "tests/bench/Measurements.h"
#include "tests/bench/Report.h"
#include "tests/bench/SearchMeasurements.h"
#include "tests/bench/Writer.h"
#include "tests/bench/WriterLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <limits>
#include <string>

using namespace Byline;
using namespace Byline::Bench;

namespace {

const char usageText[] = R"(Usage: byline-bench COMMAND [OPTIONS]

  generate --articles N [--seed S] [--per-file K] -o FILE|-
        write a deterministic byline/1 archive (same N and seed, same bytes); with --per-file,
        FILE-0001.json, FILE-0002.json, ... of K articles each (the first has the newsroom)
  run [--engine sqlite|postgres] [--server URL] [--articles 50000] [--seed S] [--workdir DIR]
      [--batch 1000] [--saves 200] [--list-runs 3] [--search-queries 20]
      [--live-saves 100] [--presence-rounds 5] [--writers 8] [--writers-seconds 60]
      [--writers-articles 20] [--keep yes]
        generate the archive, import it into a fresh store and print each target of
        tests/bench/README.md with its result, as Markdown (progress on standard error); then
        another process saves --live-saves times while this one's article list follows, and
        --presence-rounds times opens an article and is killed while this one's presence
        follows; then --writers processes save, comment and act on the same articles for
        --writers-seconds, and every change the store acknowledged is looked for in it. On postgres, the store is
        a new database on the server an administrator's --server URL names (dropped
        afterwards), or on a server started for the run (scripts/pg-server) and stopped after;
        --keep yes leaves them (a SQLite store stays in --workdir in any case)
  compare REPORT.md REPORT.md...
        the tables of reports that run printed (one per engine) side by side
  hugo-site --db PATH -o DIR
        write the store's live pages as a Hugo site (for tests/bench/hugo-compare.sh)
  probe-list --db PATH
        open the store and its article list in this process and print the timings (run uses it)
  probe-search --db PATH [--search-queries 20]
        run's search queries on an existing store: p50, p95 and max per kind of query
  probe-saves --db PATH [--saves 200] [--seed S] [--checkpoints-in-saves yes]
        run's small edits saved on an existing store (it is changed): p50, p95 and max; the
        log is checkpointed on a thread of its own as the desk does, or with
        --checkpoints-in-saves inside the saves (SQLite's default)

Exit codes: 0 done, 1 failure, 2 usage, 4 not found, 6 invalid input, 7 storage failure.
)";

struct Args
{
    QString command;
    QMap<QString, QString> options;
};

int usage(QTextStream &err, const QString &problem)
{
    if (!problem.isEmpty())
        err << "byline-bench: " << problem << '\n';
    err << usageText;
    return 2;
}

int report(QTextStream &err, const Error &error)
{
    err << "byline-bench: " << error.message;
    if (!error.detail.isEmpty())
        err << " (" << error.detail << ')';
    err << '\n';
    switch (error.code) {
    case ErrorCode::NotFound:
        return 4;
    case ErrorCode::InvalidInput:
    case ErrorCode::Io:
        return 6;
    case ErrorCode::StorageLocked:
    case ErrorCode::StorageCorrupt:
    case ErrorCode::StorageReadOnly:
    case ErrorCode::StorageFull:
    case ErrorCode::StorageTooNew:
    case ErrorCode::StorageFailure:
    case ErrorCode::ServerUnreachable:
        return 7;
    default:
        return 1;
    }
}

// Reads "--name value" pairs (and "-o FILE"); false with `problem` set on anything else.
bool parse(const QStringList &arguments, const QStringList &allowed, Args &args, QString &problem)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        if (name == QLatin1String("-o"))
            name = QStringLiteral("--output");
        if (!name.startsWith(QLatin1String("--"))) {
            problem = QStringLiteral("unexpected argument \"%1\"").arg(name);
            return false;
        }
        name = name.mid(2);
        if (!allowed.contains(name)) {
            problem = QStringLiteral("%1 does not take --%2").arg(args.command, name);
            return false;
        }
        if (i + 1 >= arguments.size()) {
            problem = QStringLiteral("%1 needs a value").arg(arguments.at(i));
            return false;
        }
        args.options.insert(name, arguments.at(++i));
    }
    return true;
}

// A whole number option within [min, max]; `fallback` when absent.
bool integer(const Args &args, const QString &name, qint64 min, qint64 max, qint64 fallback,
             qint64 &value, QString &problem)
{
    if (!args.options.contains(name)) {
        value = fallback;
        return true;
    }
    bool ok = false;
    value = args.options.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        problem
            = QStringLiteral("--%1 needs a whole number from %2 to %3").arg(name).arg(min).arg(max);
        return false;
    }
    return true;
}

Result<> writeFile(const QString &path, const QByteArray &bytes)
{
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return fail(ErrorCode::Io, QStringLiteral("Cannot write to standard output."));
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io,
                    QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString()));
    return {};
}

int generate(const Args &args, QTextStream &err)
{
    qint64 articles = 0;
    qint64 seed = 0;
    qint64 perFile = 0;
    QString problem;
    if (!args.options.contains(QStringLiteral("articles")))
        return usage(err, QStringLiteral("generate needs --articles N"));
    if (!integer(args, QStringLiteral("articles"), 0, 10000000, 0, articles, problem)
        || !integer(args, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), 1, seed,
                    problem)
        || !integer(args, QStringLiteral("per-file"), 1, 10000000, 0, perFile, problem)) {
        return usage(err, problem);
    }
    const QString output = args.options.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usage(err, QStringLiteral("generate needs -o FILE (or - for standard output)"));
    if (perFile > 0 && output == QLatin1String("-"))
        return usage(err, QStringLiteral("--per-file writes files; give -o FILE"));

    auto generator = ArchiveGenerator::create(int(articles), quint64(seed));
    if (!generator)
        return report(err, generator.error());
    if (perFile == 0) {
        // Streamed an article at a time: an archive of a million article-locales is written in
        // little memory.
        QSaveFile file(output);
        QFile standardOutput;
        const bool toStdout = output == QLatin1String("-");
        QIODevice &out = toStdout ? static_cast<QIODevice &>(standardOutput) : file;
        if (!(toStdout ? standardOutput.open(stdout, QIODevice::WriteOnly)
                       : file.open(QIODevice::WriteOnly)))
            return report(err, {ErrorCode::Io, QStringLiteral("Cannot write %1.").arg(output), {}});
        auto written = generator->write(out, 0, int(articles), true);
        if (!written || (!toStdout && !file.commit()))
            return report(
                err,
                written
                    ? Error {ErrorCode::Io,
                             QStringLiteral("Cannot write %1: %2.").arg(output, file.errorString()),
                             {}}
                    : written.error());
        if (!toStdout)
            err << "Wrote " << output << " (" << articles << " articles, " << *written
                << " bytes).\n";
        return 0;
    }
    const QFileInfo info(output);
    const QString stem = info.path() + QLatin1Char('/') + info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("json") : info.suffix();
    int part = 0;
    for (qint64 first = 0; first == 0 || first < articles; first += perFile) {
        const QString path
            = QStringLiteral("%1-%2.%3").arg(stem).arg(++part, 4, 10, QLatin1Char('0')).arg(suffix);
        const QByteArray json = generator->json(int(first), int(perFile), first == 0);
        if (auto written = writeFile(path, json); !written)
            return report(err, written.error());
        err << "Wrote " << path << " (" << json.size() << " bytes).\n";
        err.flush();
    }
    return 0;
}

int run(const Args &args, QTextStream &out, QTextStream &err)
{
    Benchmark::Options options;
    qint64 articles = 0;
    qint64 seed = 0;
    qint64 batch = 0;
    qint64 saves = 0;
    qint64 listRuns = 0;
    qint64 searchQueries = 0;
    qint64 liveSaves = 0;
    qint64 presenceRounds = 0;
    qint64 writers = 0;
    qint64 writersSeconds = 0;
    qint64 writersArticles = 0;
    QString problem;
    if (!integer(args, QStringLiteral("articles"), 0, 10000000, options.articles, articles, problem)
        || !integer(args, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), 1, seed,
                    problem)
        || !integer(args, QStringLiteral("batch"), 1, 100000, options.batch, batch, problem)
        || !integer(args, QStringLiteral("saves"), 0, 100000, options.saves, saves, problem)
        || !integer(args, QStringLiteral("list-runs"), 1, 100, options.listRuns, listRuns, problem)
        || !integer(args, QStringLiteral("search-queries"), 1, 1000, options.searchQueries,
                    searchQueries, problem)
        || !integer(args, QStringLiteral("live-saves"), 0, 100000, options.liveSaves, liveSaves,
                    problem)
        || !integer(args, QStringLiteral("presence-rounds"), 0, 1000, options.presenceRounds,
                    presenceRounds, problem)
        || !integer(args, QStringLiteral("writers"), 0, 64, options.writers, writers, problem)
        || !integer(args, QStringLiteral("writers-seconds"), 1, 3600, options.writersSeconds,
                    writersSeconds, problem)
        || !integer(args, QStringLiteral("writers-articles"), 1, 100000, options.writersArticles,
                    writersArticles, problem)) {
        return usage(err, problem);
    }
    const QString engine = args.options.value(QStringLiteral("engine"), QStringLiteral("sqlite"));
    if (engine == QLatin1String("postgres"))
        options.engine = Storage::Database::Engine::Postgres;
    else if (engine != QLatin1String("sqlite"))
        return usage(err, QStringLiteral("--engine is sqlite or postgres"));
    options.server = args.options.value(QStringLiteral("server"));
    if (!options.server.isEmpty() && options.engine != Storage::Database::Engine::Postgres)
        return usage(err, QStringLiteral("--server goes with --engine postgres"));
    options.liveSaves = int(liveSaves);
    options.presenceRounds = int(presenceRounds);
    options.writers = int(writers);
    options.writersSeconds = int(writersSeconds);
    options.writersArticles = int(writersArticles);
    const QString keep = args.options.value(QStringLiteral("keep"), QStringLiteral("no"));
    if (keep != QLatin1String("yes") && keep != QLatin1String("no"))
        return usage(err, QStringLiteral("--keep is yes or no"));
    options.keep = keep == QLatin1String("yes");
    options.articles = int(articles);
    options.seed = quint64(seed);
    options.batch = int(batch);
    options.saves = int(saves);
    options.listRuns = int(listRuns);
    options.searchQueries = int(searchQueries);
    options.workdir = args.options.value(QStringLiteral("workdir"));
    options.program = QCoreApplication::applicationFilePath();
    auto result = Benchmark(options, err).run();
    if (!result)
        return report(err, result.error());
    out << result->markdown();
    return 0;
}

// The hidden `writer` command: one writer of run's concurrent-writers phase (ConcurrentWriters
// starts it). It opens the store, says "ready", waits for a line on standard input, then works
// for --seconds. A server's password comes in PGPASSWORD.
int writer(const Args &args, QTextStream &err)
{
    qint64 index = 0;
    qint64 seconds = 0;
    qint64 seed = 0;
    QString problem;
    if (!integer(args, QStringLiteral("index"), 0, 99, 0, index, problem)
        || !integer(args, QStringLiteral("seconds"), 1, 3600, 10, seconds, problem)
        || !integer(args, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), 1, seed,
                    problem)) {
        return usage(err, problem);
    }
    for (const char *needed : {"db", "user", "articles", "log"}) {
        if (args.options.value(QLatin1String(needed)).isEmpty())
            return usage(err, QStringLiteral("writer needs --%1").arg(QLatin1String(needed)));
    }
    Storage::Database::Options options;
    options.path = args.options.value(QStringLiteral("db"));
    auto db = Storage::Database::open(options);
    if (!db)
        return report(err, db.error());
    WriterLog log;
    if (auto opened = log.open(args.options.value(QStringLiteral("log"))); !opened)
        return report(err, opened.error());
    Writer w(**db, log,
             {args.options.value(QStringLiteral("user")), int(index),
              args.options.value(QStringLiteral("articles")).split(QLatin1Char(',')),
              quint64(seed)});
    std::cout << "ready" << std::endl;
    std::string go;
    std::getline(std::cin, go);
    if (auto done = w.runUntil(QDeadlineTimer(seconds * 1000)); !done)
        return report(err, done.error());
    return 0;
}

// The hidden `live-saver` command: the other desk of run's live-updates probe (LiveProbe
// starts it). A server's password comes in PGPASSWORD.
int liveSaver(const Args &args, QTextStream &err)
{
    qint64 saves = 0;
    qint64 intervalMs = 0;
    QString problem;
    if (!integer(args, QStringLiteral("saves"), 1, 100000, 100, saves, problem)
        || !integer(args, QStringLiteral("interval-ms"), 1, 60000, 200, intervalMs, problem))
        return usage(err, problem);
    for (const char *needed : {"db", "user", "articles"}) {
        if (args.options.value(QLatin1String(needed)).isEmpty())
            return usage(err, QStringLiteral("live-saver needs --%1").arg(QLatin1String(needed)));
    }
    Storage::Database::Options options;
    options.path = args.options.value(QStringLiteral("db"));
    auto db = Storage::Database::open(options);
    if (!db)
        return report(err, db.error());
    if (auto done
        = LiveProbe::save(**db, args.options.value(QStringLiteral("user")),
                          args.options.value(QStringLiteral("articles")).split(QLatin1Char(',')),
                          int(saves), int(intervalMs));
        !done)
        return report(err, done.error());
    return 0;
}

// The hidden `presence-holder` command: a desk of run's live-updates probe that opens an
// article and is then killed (LiveProbe starts it). A server's password comes in PGPASSWORD.
int presenceHolder(const Args &args, QTextStream &err)
{
    for (const char *needed : {"db", "user", "article"}) {
        if (args.options.value(QLatin1String(needed)).isEmpty())
            return usage(err,
                         QStringLiteral("presence-holder needs --%1").arg(QLatin1String(needed)));
    }
    Storage::Database::Options options;
    options.path = args.options.value(QStringLiteral("db"));
    auto db = Storage::Database::open(options);
    if (!db)
        return report(err, db.error());
    if (auto held = LiveProbe::hold(**db, args.options.value(QStringLiteral("user")),
                                    args.options.value(QStringLiteral("article")));
        !held)
        return report(err, held.error());
    return 0;
}

int compare(const QStringList &files, QTextStream &out, QTextStream &err)
{
    if (files.size() < 2)
        return usage(err, QStringLiteral("compare needs two reports or more"));
    QList<Report> reports;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return report(err,
                          {ErrorCode::NotFound,
                           QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString()),
                           {}});
        reports.append(Report::fromMarkdown(QString::fromUtf8(file.readAll())));
        if (reports.last().rows().isEmpty())
            return report(err,
                          {ErrorCode::InvalidInput,
                           QStringLiteral("%1 holds no table of byline-bench run.").arg(path),
                           {}});
    }
    out << Report::sideBySide(reports);
    return 0;
}

int hugoContent(const Args &args, QTextStream &out, QTextStream &err)
{
    const QString path = args.options.value(QStringLiteral("db"));
    const QString dir = args.options.value(QStringLiteral("output"));
    if (path.isEmpty() || dir.isEmpty())
        return usage(err, QStringLiteral("hugo-site needs --db PATH and -o DIR"));
    Storage::Database::Options options;
    options.path = path;
    auto db = Storage::Database::open(options);
    if (!db)
        return report(err, db.error());
    auto pages = writeHugoSite(**db, dir);
    if (!pages)
        return report(err, pages.error());
    out << *pages << " pages\n";
    return 0;
}

int probeList(const Args &args, QTextStream &out, QTextStream &err)
{
    const QString path = args.options.value(QStringLiteral("db"));
    if (path.isEmpty())
        return usage(err, QStringLiteral("probe-list needs --db PATH"));
    auto list = Measurements::openList(path);
    if (!list)
        return report(err, list.error());
    out << Measurements::toLine(*list) << '\n';
    return 0;
}

Result<std::unique_ptr<Storage::Database>> openExisting(const QString &path)
{
    Storage::Database::Options options;
    options.path = path;
    return Storage::Database::open(options);
}

// "p50 4.3 ms, p95 8.4 ms, max 44.4 ms"
QString percentiles(const QList<double> &ms)
{
    return QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms")
        .arg(Measurements::percentile(ms, 50), 0, 'f', 1)
        .arg(Measurements::percentile(ms, 95), 0, 'f', 1)
        .arg(Measurements::percentile(ms, 100), 0, 'f', 1);
}

// Searches an existing store as run does (the same queries, each 3 times) and prints p50 and
// p95 per kind: for looking into search times without importing again.
int probeSearch(const Args &args, QTextStream &out, QTextStream &err)
{
    const QString path = args.options.value(QStringLiteral("db"));
    qint64 queries = 0;
    QString problem;
    if (path.isEmpty())
        return usage(err, QStringLiteral("probe-search needs --db PATH"));
    if (!integer(args, QStringLiteral("search-queries"), 1, 1000, 20, queries, problem))
        return usage(err, problem);
    auto db = openExisting(path);
    if (!db)
        return report(err, db.error());
    auto kinds = SearchMeasurements::run(**db, {}, int(queries), 3);
    if (!kinds)
        return report(err, kinds.error());
    for (const SearchMeasurements::Kind &k : std::as_const(*kinds))
        out << k.name << ": " << percentiles(k.ms) << '\n';
    return 0;
}

// Saves small edits on an existing store as run does and prints p50, p95 and max: for looking
// into save times without importing again. The store opens as the desk opens it.
int probeSaves(const Args &args, QTextStream &out, QTextStream &err)
{
    const QString path = args.options.value(QStringLiteral("db"));
    qint64 saves = 0;
    qint64 seed = 0;
    QString problem;
    if (path.isEmpty())
        return usage(err, QStringLiteral("probe-saves needs --db PATH"));
    if (!integer(args, QStringLiteral("saves"), 1, 100000, 200, saves, problem)
        || !integer(args, QStringLiteral("seed"), 0, std::numeric_limits<int>::max(), 1, seed,
                    problem)) {
        return usage(err, problem);
    }
    auto db = openExisting(path);
    if (!db)
        return report(err, db.error());
    if (args.options.value(QStringLiteral("checkpoints-in-saves")) != QLatin1String("yes"))
        (*db)->checkpointInBackground();
    auto done = Measurements::saveEdits(**db, int(saves), quint64(seed));
    if (!done)
        return report(err, done.error());
    out << "saves as " << done->user << ": " << percentiles(done->ms) << '\n';
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty())
        return usage(err, QStringLiteral("no command given"));
    if (arguments.first() == QLatin1String("--help")) {
        out << usageText;
        return 0;
    }

    if (arguments.first() == QLatin1String("compare"))
        return compare(arguments.mid(1), out, err);
    Args args;
    args.command = arguments.first();
    QString problem;
    const QMap<QString, QStringList> allowed {
        {QStringLiteral("generate"),
         {QStringLiteral("articles"), QStringLiteral("seed"), QStringLiteral("per-file"),
          QStringLiteral("output")}},
        {QStringLiteral("run"),
         {QStringLiteral("articles"), QStringLiteral("seed"), QStringLiteral("workdir"),
          QStringLiteral("batch"), QStringLiteral("saves"), QStringLiteral("list-runs"),
          QStringLiteral("search-queries"), QStringLiteral("engine"), QStringLiteral("server"),
          QStringLiteral("writers"), QStringLiteral("writers-seconds"),
          QStringLiteral("writers-articles"), QStringLiteral("keep"), QStringLiteral("live-saves"),
          QStringLiteral("presence-rounds")}},
        {QStringLiteral("presence-holder"),
         {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("article")}},
        {QStringLiteral("live-saver"),
         {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("articles"),
          QStringLiteral("saves"), QStringLiteral("interval-ms")}},
        {QStringLiteral("writer"),
         {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("index"),
          QStringLiteral("seconds"), QStringLiteral("articles"), QStringLiteral("seed"),
          QStringLiteral("log")}},
        {QStringLiteral("probe-list"), {QStringLiteral("db")}},
        {QStringLiteral("probe-search"), {QStringLiteral("db"), QStringLiteral("search-queries")}},
        {QStringLiteral("probe-saves"),
         {QStringLiteral("db"), QStringLiteral("saves"), QStringLiteral("seed"),
          QStringLiteral("checkpoints-in-saves")}},
        {QStringLiteral("hugo-site"), {QStringLiteral("db"), QStringLiteral("output")}},
    };
    if (!allowed.contains(args.command))
        return usage(err, QStringLiteral("unknown command \"%1\"").arg(args.command));
    if (!parse(arguments, allowed.value(args.command), args, problem))
        return usage(err, problem);
    if (args.command == QLatin1String("generate"))
        return generate(args, err);
    if (args.command == QLatin1String("run"))
        return run(args, out, err);
    if (args.command == QLatin1String("hugo-site"))
        return hugoContent(args, out, err);
    if (args.command == QLatin1String("writer"))
        return writer(args, err);
    if (args.command == QLatin1String("live-saver"))
        return liveSaver(args, err);
    if (args.command == QLatin1String("presence-holder"))
        return presenceHolder(args, err);
    if (args.command == QLatin1String("probe-search"))
        return probeSearch(args, out, err);
    if (args.command == QLatin1String("probe-saves"))
        return probeSaves(args, out, err);
    return probeList(args, out, err);
}
