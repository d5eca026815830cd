#include "tests/bench/Benchmark.h"

#include "core/interchange/Limits.h"
#include "core/interchange/Seed.h"
#include "core/storage/Database.h"
#include "tests/bench/ArchiveGenerator.h"
#include "tests/bench/Measurements.h"
#include "tests/bench/SearchMeasurements.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <memory>

namespace Byline::Bench {
namespace {

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString fixed(double value, int decimals)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

QString mb(qint64 bytes)
{
    return fixed(double(bytes) / 1e6, 1) + QStringLiteral(" MB");
}

QString mib(qint64 bytes)
{
    return fixed(double(bytes) / (1024.0 * 1024.0), 1) + QStringLiteral(" MiB");
}

Result<std::unique_ptr<Storage::Database>> openStore(const QString &path, bool create = false)
{
    Storage::Database::Options options;
    options.path = path;
    options.createIfMissing = create;
    return Storage::Database::open(options);
}

qint64 storeBytes(const QString &path)
{
    qint64 bytes = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        bytes += QFileInfo(path + suffix).size();
    return bytes;
}

} // namespace

Benchmark::Benchmark(const Options &options, QTextStream &log)
    : m_options(options)
    , m_log(log)
{
}

Result<Report> Benchmark::run()
{
    std::unique_ptr<QTemporaryDir> temporary;
    QString dir = m_options.workdir;
    if (dir.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        if (!temporary->isValid())
            return fail(ErrorCode::Io, QStringLiteral("Cannot create a temporary folder."));
        dir = temporary->path();
    } else if (!QDir().mkpath(dir)) {
        return fail(ErrorCode::Io, QStringLiteral("Cannot create the folder %1.").arg(dir));
    }
    const QString store = QDir(dir).filePath(QStringLiteral("bench.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(store + suffix);

    Report report;
    report.setTitle(QStringLiteral("byline-bench: %1 articles, seed %2")
                        .arg(number(m_options.articles))
                        .arg(m_options.seed));
#ifdef NDEBUG
    const QString build = QStringLiteral("optimised build (NDEBUG)");
#else
    const QString build = QStringLiteral("debug build: timings are not representative");
#endif
    report.addFact(QStringLiteral("%1 CPU threads, Qt %2, %3")
                       .arg(QThread::idealThreadCount())
                       .arg(QString::fromLatin1(qVersion()), build));

    for (auto step : {&Benchmark::importRows, &Benchmark::listRows, &Benchmark::saveRows}) {
        if (auto done = (this->*step)(report, store); !done)
            return std::unexpected(done.error());
    }
    if (auto done = exportRows(report, store, QDir(dir).filePath(QStringLiteral("export.json")));
        !done) {
        return std::unexpected(done.error());
    }
    if (auto done = searchRows(report, store); !done)
        return std::unexpected(done.error());

    const Measurements::Memory peak = Measurements::memory();
    report.addSection(
        QStringLiteral("Notes"),
        {QStringLiteral("- Import: the archive is generated in documents of %1 "
                        "articles (not timed) and each is read, checked and written "
                        "by the core Importer (timed), in its own transaction, into "
                        "a store made like `byline-cli init` (WAL, synchronous=FULL).")
             .arg(number(m_options.batch)),
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

Result<> Benchmark::importRows(Report &report, const QString &store)
{
    m_log << "Generating and importing " << m_options.articles << " articles (seed "
          << m_options.seed << ") into " << store << '\n';
    m_log.flush();
    auto generator = ArchiveGenerator::create(m_options.articles, m_options.seed);
    if (!generator)
        return std::unexpected(generator.error());
    auto db = openStore(store, true);
    if (!db)
        return std::unexpected(db.error());
    if (auto seeded = Interchange::Seed::defaults(**db); !seeded)
        return std::unexpected(seeded.error());
    if (auto version = (*db)->scalar(QStringLiteral("SELECT sqlite_version()"))) {
        report.addFact(QStringLiteral("SQLite %1, store %2").arg(version->toString(), store));
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
    db->reset();

    report.addFact(QStringLiteral("archive: %1 articles, %2 article-locales, %3 experts, %4 "
                                  "quotes; generated in %5 s as %6 of byline/1 JSON")
                       .arg(number(imported->articles), number(imported->articleLocales),
                            number(generator->newsroom().experts.size()),
                            number(generator->newsroom().quotes.size()),
                            fixed(imported->generateSeconds, 1), mib(imported->jsonBytes)));
    report.addFact(QStringLiteral("store after import: %1").arg(mib(storeBytes(store))));
    report.addRow({QStringLiteral("Import"),
                   QStringLiteral("%1 article-locales/s (%2 in %3 s: parse and check %4 s, write "
                                  "%5 s)")
                       .arg(number(qRound64(imported->rate())), number(imported->articleLocales),
                            fixed(imported->seconds(), 1), fixed(imported->parseSeconds, 1),
                            fixed(imported->writeSeconds, 1)),
                   QStringLiteral("≥ 2,000 article-locales/s"),
                   Report::verdict(imported->rate() >= 2000)});
    return {};
}

Result<> Benchmark::listRows(Report &report, const QString &store)
{
    m_log << "Opening the article list in " << m_options.listRuns << " new processes\n";
    m_log.flush();
    QList<double> firstRows;
    QStringList each;
    Measurements::ListOpen last;
    for (int run = 0; run < qMax(1, m_options.listRuns); ++run) {
        auto list = m_options.program.isEmpty()
            ? Measurements::openList(store)
            : Measurements::openListInNewProcess(m_options.program, store);
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

Result<> Benchmark::saveRows(Report &report, const QString &store)
{
    m_log << "Saving " << m_options.saves << " small edits\n";
    m_log.flush();
    auto db = openStore(store);
    if (!db)
        return std::unexpected(db.error());
    auto saves = Measurements::saveEdits(**db, m_options.saves, m_options.seed, true);
    if (!saves)
        return std::unexpected(saves.error());
    auto spread = [](const QList<double> &ms) {
        return QStringLiteral("p95 %1 ms (p50 %2 ms, max %3 ms)")
            .arg(fixed(Measurements::percentile(ms, 95), 1),
                 fixed(Measurements::percentile(ms, 50), 1),
                 fixed(Measurements::percentile(ms, 100), 1));
    };
    const double p95 = Measurements::percentile(saves->ms, 95);
    report.addRow({QStringLiteral("Save (small edit)"),
                   QStringLiteral("%1; %2 saves as %3")
                       .arg(spread(saves->ms), number(saves->ms.size()), saves->user),
                   QStringLiteral("p95 ≤ 30 ms"),
                   saves->ms.isEmpty() ? Report::Verdict::None : Report::verdict(p95 <= 30)});
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

Result<> Benchmark::exportRows(Report &report, const QString &store, const QString &file)
{
    m_log << "Exporting the whole store to " << file << '\n';
    m_log.flush();
    auto db = openStore(store);
    if (!db)
        return std::unexpected(db.error());
    auto exported = Measurements::exportStore(**db, file);
    if (!exported)
        return std::unexpected(exported.error());
    QString result = QStringLiteral("%1 s for %2 articles (load %3 s, JSON and file %4 s), %5")
                         .arg(fixed(exported->seconds(), 1), number(exported->articles),
                              fixed(exported->loadSeconds, 1), fixed(exported->writeSeconds, 1),
                              mib(exported->bytes));
    if (exported->bytes > Interchange::Limits::documentBytes)
        result += QStringLiteral(
            ": over byline/1's 256 MiB import limit, so it would not import back");
    report.addRow({QStringLiteral("Full export (byline/1 JSON)"), result,
                   QStringLiteral("none (the targets time the static-site export)"),
                   Report::Verdict::None});
    return {};
}

Result<> Benchmark::searchRows(Report &report, const QString &store)
{
    m_log << "Searching: rare, medium and very common words and prefixes, then the same "
             "statements in the sqlite3 shell\n";
    m_log.flush();
    auto db = openStore(store);
    if (!db)
        return std::unexpected(db.error());
    auto kinds = SearchMeasurements::run(**db, store, m_options.searchQueries, 3);
    if (!kinds)
        return std::unexpected(kinds.error());
    const bool compared = !SearchMeasurements::shell().isEmpty();
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
    lines.append(
        QStringLiteral("Each query ran 3 times through SearchRepository (the service the "
                       "desk and `byline-cli search` use: match, rank, details, snippets), "
                       "then 3 times in `sqlite3 -readonly` with `.timer on` as the usual "
                       "FTS5 search (bm25 over every match, top 50, snippet()), and 3 times "
                       "as the service's own first statement (the newest 2,001 matches "
                       "with their scores). The ratio compares the service with the usual "
                       "query. The shell's timer has 1 ms resolution. Queries are picked "
                       "from the index's vocabulary (fts5vocab) by document count."));
    if (!compared)
        lines.append(
            QStringLiteral("The sqlite3 shell is not installed (package sqlite3): no comparison."));
    report.addSection(QStringLiteral("Search"), lines);
    return {};
}

} // namespace Byline::Bench
