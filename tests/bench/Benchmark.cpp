#include "tests/bench/Benchmark.h"

#include "core/interchange/Limits.h"
#include "core/interchange/Seed.h"
#include "core/storage/Database.h"
#include "tests/bench/ArchiveGenerator.h"
#include "tests/bench/Measurements.h"

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
{}

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
    searchRows(report, store);

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
    auto saves = Measurements::saveEdits(**db, m_options.saves, m_options.seed);
    if (!saves)
        return std::unexpected(saves.error());
    const double p95 = Measurements::percentile(saves->ms, 95);
    report.addRow({QStringLiteral("Save (small edit)"),
                   QStringLiteral("p95 %1 ms (p50 %2 ms, max %3 ms; %4 saves as %5)")
                       .arg(fixed(p95, 1), fixed(Measurements::percentile(saves->ms, 50), 1),
                            fixed(Measurements::percentile(saves->ms, 100), 1),
                            number(saves->ms.size()), saves->user),
                   QStringLiteral("p95 ≤ 30 ms"),
                   saves->ms.isEmpty() ? Report::Verdict::None : Report::verdict(p95 <= 30)});
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
                   QStringLiteral("none (§8 times the static-site export)"),
                   Report::Verdict::None});
    return {};
}

void Benchmark::searchRows(Report &report, const QString &store)
{
    Q_UNUSED(store)
    // The FTS5 search service adds its measurements here: rows in the table above and the
    // detail (queries, p95 per kind, the sqlite3 shell comparison) in this section.
    report.addRow({QStringLiteral("Search (top 50 with snippets)"), QStringLiteral("see below"),
                   QStringLiteral("p95 ≤ 50 ms selective, ≤ 150 ms any; ≤ 1.5× sqlite3 shell"),
                   Report::Verdict::None});
    report.addSection(QStringLiteral("search: see below"),
                      {QStringLiteral("Not measured yet: the search service adds its rows here.")});
}

} // namespace Byline::Bench
