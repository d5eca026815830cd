#include "tests/bench/Benchmark.h"

#include "core/interchange/Seed.h"
#include "core/storage/Database.h"
#include "core/storage/ServerSetup.h"
#include "tests/bench/ArchiveGenerator.h"
#include "tests/bench/BenchServer.h"
#include "tests/bench/Figures.h"
#include "tests/bench/Measurements.h"
#include "tests/bench/SearchMeasurements.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <memory>

namespace Byline::Bench {

using namespace Figures;

namespace {

// The load averages over 1, 5 and 15 minutes ("1.52, 2.04, 2.73"): other work on the machine.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QStringList parts = QString::fromLatin1(file.readAll()).split(QLatin1Char(' '));
    return parts.mid(0, 3).join(QStringLiteral(", "));
}

} // namespace

Benchmark::Benchmark(const Options &options, QTextStream &log)
    : m_options(options)
    , m_log(log)
{
}

Benchmark::~Benchmark() = default;

QString Benchmark::engineName() const
{
    return m_store.isServer() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

Result<Report> Benchmark::run()
{
    std::unique_ptr<QTemporaryDir> temporary;
    // A server started for the run lives in the folder: stopped before a temporary folder
    // goes (declared after it, so it runs first), or scripts/pg-server no longer finds it.
    const auto stopServer = qScopeGuard([this] { m_server.reset(); });
    QString dir = m_options.workdir;
    if (dir.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        if (!temporary->isValid())
            return fail(ErrorCode::Io, QStringLiteral("Cannot create a temporary folder."));
        dir = temporary->path();
    } else if (!QDir().mkpath(dir)) {
        return fail(ErrorCode::Io, QStringLiteral("Cannot create the folder %1.").arg(dir));
    }
    Report report;
    if (auto prepared = prepare(dir, report); !prepared)
        return std::unexpected(prepared.error());
    for (auto step : {&Benchmark::importRows, &Benchmark::listRows, &Benchmark::saveRows}) {
        if (step == &Benchmark::listRows) {
            if (auto added = addPeople(); !added)
                return std::unexpected(added.error());
        }
        if (auto done = (this->*step)(report); !done)
            return std::unexpected(done.error());
    }
    if (auto done = exportRows(report, QDir(dir).filePath(QStringLiteral("export.json"))); !done)
        return std::unexpected(done.error());
    if (auto done = searchRows(report); !done)
        return std::unexpected(done.error());
    if (auto done = liveRows(report); !done)
        return std::unexpected(done.error());
    if (auto done = writerRows(report, QDir(dir).filePath(QStringLiteral("writers"))); !done)
        return std::unexpected(done.error());
    report.addFact(QStringLiteral("load average (1, 5, 15 min) at the end: %1").arg(loadAverage()));
    if (m_server && m_options.keep)
        report.addFact(m_server->kept());

    const Measurements::Memory peak = Measurements::memory();
    report.addSection(
        QStringLiteral("Notes"),
        {QStringLiteral("- Import: the archive is generated in documents of %1 "
                        "articles (not timed) and each is read, checked and written "
                        "by the core Importer (timed), in its own transaction, into "
                        "%2.")
             .arg(number(m_options.batch),
                  m_store.isServer()
                      ? QStringLiteral("a database made like `byline-cli server setup` (schema, "
                                       "group roles, rights and their triggers), as the "
                                       "server's administrator")
                      : QStringLiteral("a store made like `byline-cli init` (WAL, "
                                       "synchronous=FULL)")),
         QStringLiteral("- People: an editor at a desk (%1) makes the list, saves, export and "
                        "searches, and each writer is an editor of their own%2.")
             .arg(m_editor,
                  m_store.isServer() ? QStringLiteral(", each logged in to the server with a login "
                                                      "of their own, so that the server's rights "
                                                      "(triggers) check every change as a desk's")
                                     : QString()),
         QStringLiteral("- List: `byline-bench probe-list` in a new process opens the "
                        "store and core's ArticleListModel (all articles, newest "
                        "first) and reads the first 60 rows' cells; the page cache "
                        "is warm (the store was just written). Memory is that "
                        "process's, without any GUI library loaded."),
         QStringLiteral("- Save: EditService::save as an editor, a few words typed "
                        "into one block of the source text; loading the article "
                        "before each save is not timed."),
         QStringLiteral("- This benchmark process peaked at %1 resident (VmHWM).")
             .arg(mib(peak.hwmKb * 1024))});
    return report;
}

Result<> Benchmark::prepare(const QString &dir, Report &report)
{
    if (m_options.engine == Storage::Database::Engine::Postgres) {
        if (m_options.server.isEmpty()) {
            m_log << "Starting a PostgreSQL server for the run in " << dir << "/pg\n";
            m_log.flush();
        }
        auto server = m_options.server.isEmpty()
            ? BenchServer::start(QDir(dir).filePath(QStringLiteral("pg")), m_options.keep)
            : BenchServer::use(m_options.server, m_options.keep);
        if (!server)
            return std::unexpected(server.error());
        m_server = std::move(*server);
        auto store = m_server->createStore();
        if (!store)
            return std::unexpected(store.error());
        m_store = *store;
    } else {
        const QString file = QDir(dir).filePath(QStringLiteral("bench.sqlite"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
        m_store = BenchStore::file(file);
    }
    report.setTitle(QStringLiteral("byline-bench: %1 articles, seed %2, %3")
                        .arg(number(m_options.articles))
                        .arg(m_options.seed)
                        .arg(engineName()));
#ifdef NDEBUG
    const QString build = QStringLiteral("optimised build (NDEBUG)");
#else
    const QString build = QStringLiteral("debug build: timings are not representative");
#endif
    report.addFact(QStringLiteral("%1 CPU threads, Qt %2, %3")
                       .arg(QThread::idealThreadCount())
                       .arg(QString::fromLatin1(qVersion()), build));
    report.addFact(
        QStringLiteral("load average (1, 5, 15 min) at the start: %1").arg(loadAverage()));
    return {};
}

Result<> Benchmark::importRows(Report &report)
{
    m_log << "Generating and importing " << m_options.articles << " articles (seed "
          << m_options.seed << ") into " << m_store.location() << '\n';
    m_log.flush();
    auto generator = ArchiveGenerator::create(m_options.articles, m_options.seed);
    if (!generator)
        return std::unexpected(generator.error());
    auto db = m_store.open({}, true);
    if (!db)
        return std::unexpected(db.error());
    if (auto seeded = Interchange::Seed::defaults(**db); !seeded)
        return std::unexpected(seeded.error());
    if (m_store.isServer()) {
        if (auto rights = Storage::ServerSetup::installRights(**db); !rights)
            return std::unexpected(rights.error());
        if (auto version = (*db)->scalar(QStringLiteral("SHOW server_version"))) {
            report.addFact(QStringLiteral("PostgreSQL %1: %2; store %3")
                               .arg(version->toString().section(QLatin1Char(' '), 0, 0),
                                    m_server->description(), m_store.location()));
        }
    } else if (auto version = (*db)->scalar(QStringLiteral("SELECT sqlite_version()"))) {
        report.addFact(
            QStringLiteral("SQLite %1, store %2").arg(version->toString(), m_store.location()));
    }
    const int every
        = qMax(m_options.batch, (m_options.articles / 10 / m_options.batch) * m_options.batch);
    QElapsedTimer wall;
    wall.start();
    auto imported = Measurements::importArchive(**db, *generator, m_options.batch, [&](int done) {
        if (done % every == 0 || done == m_options.articles) {
            m_log << "  " << done << " articles, " << fixed(double(wall.elapsed()) / 1000.0, 1)
                  << " s\n";
            m_log.flush();
        }
    });
    if (!imported)
        return std::unexpected(imported.error());
    if (m_store.isServer()) {
        // As PostgreSQL's documentation advises after a bulk load: fresh statistics and the
        // visibility map, instead of measuring beside autovacuum's first pass over the archive.
        m_log << "VACUUM (ANALYZE)\n";
        m_log.flush();
        QElapsedTimer vacuum;
        vacuum.start();
        if (auto done = (*db)->run(QStringLiteral("VACUUM (ANALYZE)")); !done)
            return std::unexpected(done.error());
        report.addFact(QStringLiteral("VACUUM (ANALYZE) after the import, as after any bulk load: "
                                      "%1 s (not part of the import's time)")
                           .arg(fixed(double(vacuum.nsecsElapsed()) / 1e9, 1)));
    }
    db->reset();

    report.addFact(QStringLiteral("archive: %1 articles, %2 article-locales, %3 experts, %4 "
                                  "quotes; generated in %5 s as %6 of byline/1 JSON")
                       .arg(number(imported->articles), number(imported->articleLocales),
                            number(generator->newsroom().experts.size()),
                            number(generator->newsroom().quotes.size()),
                            fixed(imported->generateSeconds, 1), mib(imported->jsonBytes)));
    report.addFact(QStringLiteral("store after import: %1").arg(mib(m_store.bytes())));
    report.addRow({QStringLiteral("Import"),
                   QStringLiteral("%1 article-locales/s (%2 in %3 s: parse and check %4 s, write "
                                  "%5 s)")
                       .arg(number(qRound64(imported->rate())), number(imported->articleLocales),
                            fixed(imported->seconds(), 1), fixed(imported->parseSeconds, 1),
                            fixed(imported->writeSeconds, 1)),
                   QStringLiteral("≥ 5,000 article-locales/s"),
                   Report::verdict(imported->rate() >= 5000)});
    return {};
}

Result<> Benchmark::listRows(Report &report)
{
    m_log << "Opening the article list in " << m_options.listRuns << " new processes\n";
    m_log.flush();
    QList<double> firstRows;
    QStringList each;
    Measurements::ListOpen last;
    for (int run = 0; run < qMax(1, m_options.listRuns); ++run) {
        auto list = m_options.program.isEmpty()
            ? Measurements::openList(m_store.childLocation(m_editor))
            : Measurements::openListInNewProcess(m_options.program, m_store.childLocation(m_editor),
                                                 m_store.childEnvironment(m_editor));
        if (!list)
            return std::unexpected(list.error());
        firstRows.append(list->firstRowsMs);
        each.append(fixed(list->firstRowsMs, 1));
        last = *list;
    }
    const double median = Measurements::percentile(firstRows, 50);
    report.addRow({QStringLiteral("Article list: first rows after opening"),
                   QStringLiteral("%1 ms (median of %2 runs: %3 ms; store open %4 ms; %5 rows)")
                       .arg(fixed(median, 1))
                       .arg(firstRows.size())
                       .arg(each.join(QStringLiteral(", ")), fixed(last.openMs, 1))
                       .arg(last.rows),
                   QStringLiteral("≤ 200 ms"), Report::verdict(median <= 200)});
    const qint64 rss = last.memory.rssKb * 1024;
    report.addRow(
        {QStringLiteral("Resident memory with the list open"),
         QStringLiteral("%1 (VmRSS; peak VmHWM %2)").arg(mb(rss), mb(last.memory.hwmKb * 1024)),
         QStringLiteral("≤ 250 MB without preview"), Report::verdict(rss <= 250LL * 1000 * 1000)});
    return {};
}

Result<> Benchmark::saveRows(Report &report)
{
    m_log << "Saving " << m_options.saves << " small edits\n";
    m_log.flush();
    auto db = m_store.open(m_editor);
    if (!db)
        return std::unexpected(db.error());
    (*db)->checkpointInBackground(); // as the desk saves
    auto saves = Measurements::saveEdits(**db, m_options.saves, m_options.seed, true, m_editor);
    if (!saves)
        return std::unexpected(saves.error());
    const double p95 = Measurements::percentile(saves->ms, 95);
    report.addRow(
        {QStringLiteral("Save (small edit)"),
         QStringLiteral("%1; %2 saves as %3")
             .arg(spread(saves->ms), number(saves->ms.size()), saves->user),
         // Issue 16's target on SQLite; a server's is issue 13's.
         m_store.isServer() ? QStringLiteral("p95 ≤ 30 ms") : QStringLiteral("p95 ≤ 10 ms"),
         saves->ms.isEmpty() ? Report::Verdict::None
                             : Report::verdict(p95 <= (m_store.isServer() ? 30 : 10))});
    const double listP95 = Measurements::percentile(saves->listMs, 95);
    report.addRow(
        {QStringLiteral("A save visible in the list (change hub, one row)"), spread(saves->listMs),
         QStringLiteral("p95 ≤ 5 ms"),
         saves->listMs.isEmpty() ? Report::Verdict::None : Report::verdict(listP95 <= 5)});
    report.addRow({QStringLiteral("The same by reloading the list and recounting (before the hub)"),
                   spread(saves->reloadMs), QStringLiteral("(for comparison)"),
                   Report::Verdict::None});
    return {};
}

Result<> Benchmark::exportRows(Report &report, const QString &file)
{
    m_log << "Exporting the whole store to " << file << '\n';
    m_log.flush();
    auto db = m_store.open(m_editor);
    if (!db)
        return std::unexpected(db.error());
    auto exported = Measurements::exportStore(**db, file);
    if (!exported)
        return std::unexpected(exported.error());
    QString result
        = QStringLiteral("%1 s for %2 articles, %3 (streamed to the file)")
              .arg(fixed(exported->seconds, 1), number(exported->articles), mib(exported->bytes));
    report.addRow({QStringLiteral("Full export (byline/1 JSON)"), result,
                   QStringLiteral("none (the targets time the static-site export)"),
                   Report::Verdict::None});
    return {};
}

Result<> Benchmark::searchRows(Report &report)
{
    m_log << "Searching: rare, medium and very common words and prefixes"
          << (m_store.isServer() ? "" : ", then the same statements in the sqlite3 shell") << '\n';
    m_log.flush();
    auto db = m_store.open(m_editor);
    if (!db)
        return std::unexpected(db.error());
    const QString shellStore = m_store.isServer() ? QString() : m_store.location();
    auto kinds = SearchMeasurements::run(**db, shellStore, m_options.searchQueries, 3);
    if (!kinds)
        return std::unexpected(kinds.error());
    const bool compared = !shellStore.isEmpty() && !SearchMeasurements::shell().isEmpty();
    QStringList lines {
        QStringLiteral(
            "| kind | queries | matching documents | p50 | p95 | shell: usual FTS5 top 50, p95 | "
            "ratio | shell: our first statement, p95 | ranked within newest |"),
        QStringLiteral("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")};
    double selectiveP95 = 0;
    double anyP95 = 0;
    double worstRatio = 0;
    for (const SearchMeasurements::Kind &k : std::as_const(*kinds)) {
        const double p50 = Measurements::percentile(k.ms, 50);
        const double p95 = Measurements::percentile(k.ms, 95);
        const double shellP95 = Measurements::percentile(k.shellMs, 95);
        const double ratio = shellP95 > 0 ? p95 / shellP95 : 0;
        if (k.selective)
            selectiveP95 = qMax(selectiveP95, p95);
        anyP95 = qMax(anyP95, p95);
        worstRatio = qMax(worstRatio, ratio);
        QStringList examples = k.queries.mid(0, 3);
        const double windowP95 = Measurements::percentile(k.shellWindowMs, 95);
        lines.append(
            QStringLiteral("| %1 | %2 (e.g. %3) | %4 | %5 ms | %6 ms | %7 | %8 | %9 | %10 of %2 |")
                .arg(k.name)
                .arg(k.queries.size())
                .arg(examples.join(QStringLiteral(", ")),
                     k.matchesMax > 0
                         ? QStringLiteral("%1–%2").arg(number(k.matchesMin), number(k.matchesMax))
                         : QStringLiteral("—"),
                     fixed(p50, 1), fixed(p95, 1),
                     compared ? fixed(shellP95, 1) + QStringLiteral(" ms") : QStringLiteral("—"),
                     compared ? fixed(ratio, 2) + QStringLiteral("×") : QStringLiteral("—"),
                     compared ? fixed(windowP95, 1) + QStringLiteral(" ms") : QStringLiteral("—"))
                .arg(k.windowed));
    }
    report.addRow({QStringLiteral("Search, selective words (top 50 with snippets)"),
                   QStringLiteral("p95 %1 ms").arg(fixed(selectiveP95, 1)),
                   QStringLiteral("p95 ≤ 50 ms"), Report::verdict(selectiveP95 <= 50)});
    report.addRow({QStringLiteral("Search, any query (common words, prefixes)"),
                   QStringLiteral("p95 %1 ms").arg(fixed(anyP95, 1)),
                   QStringLiteral("p95 ≤ 150 ms"), Report::verdict(anyP95 <= 150)});
    if (compared) {
        report.addRow(
            {QStringLiteral("Search against the usual FTS5 top-50 query in the sqlite3 shell"),
             QStringLiteral("worst p95 ratio %1×").arg(fixed(worstRatio, 2)),
             QStringLiteral("≤ 1.5×"), Report::verdict(worstRatio <= 1.5)});
    }
    lines.append(QString());
    if (m_store.isServer()) {
        lines.append(QStringLiteral(
            "Each query ran 3 times through SearchRepository (the service the desk and "
            "`byline-cli search` use: match in the tsvector's GIN index, rank with ts_rank, "
            "details, snippets). Queries are picked from the index's vocabulary (ts_stat over "
            "the tsvectors) by document count, as on SQLite. No shell comparison on a server."));
    } else {
        lines.append(QStringLiteral(
            "Each query ran 3 times through SearchRepository (the service the "
            "desk and `byline-cli search` use: match, rank, details, snippets), "
            "then 3 times in `sqlite3 -readonly` with `.timer on` as the usual "
            "FTS5 search (bm25 over every match, top 50, and their text "
            "read from the store: the index keeps no text for snippet()), and 3 times "
            "as the service's own first statement (the newest 2,001 matches "
            "with their scores). The ratio compares the service with the usual "
            "query. The shell's timer has 1 ms resolution. Queries are picked "
            "from the index's vocabulary (fts5vocab) by document count."));
        if (!compared)
            lines.append(QStringLiteral(
                "The sqlite3 shell is not installed (package sqlite3): no comparison."));
    }
    report.addSection(QStringLiteral("Search"), lines);
    return {};
}

} // namespace Byline::Bench
