#include "tests/bench/ConcurrentWriters.h"

#include "core/storage/Database.h"
#include "tests/bench/BenchStore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>

#include <memory>
#include <vector>

namespace Byline::Bench {
namespace {

constexpr int startMs = 120000; // for every writer to open the store, on a busy machine
constexpr int failuresKept = 5;

QString said(QProcess &process)
{
    return QString::fromUtf8(process.readAllStandardError()).trimmed().left(500);
}

} // namespace

int ConcurrentWriters::Summary::total(WriterLog::Outcome outcome) const
{
    int n = 0;
    for (const Calls &calls : kinds)
        n += calls.count(outcome);
    return n;
}

Result<ConcurrentWriters::Summary> ConcurrentWriters::run(const BenchStore &store,
                                                          const Options &options)
{
    if (options.people.isEmpty() || options.articles.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The writers need people and articles to work on."));
    if (!QDir().mkpath(options.folder))
        return fail(ErrorCode::Io, QStringLiteral("Cannot create %1.").arg(options.folder));
    std::vector<std::unique_ptr<QProcess>> writers;
    QStringList logs;
    for (qsizetype i = 0; i < options.people.size(); ++i) {
        const QString &person = options.people.at(i);
        const QString log = QDir(options.folder).filePath(QStringLiteral("writer-%1.log").arg(i));
        QFile::remove(log);
        logs.append(log);
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(store.childEnvironment(person));
        process->start(options.program,
                       {QStringLiteral("writer"), QStringLiteral("--db"),
                        store.childLocation(person), QStringLiteral("--user"), person,
                        QStringLiteral("--index"), QString::number(i), QStringLiteral("--seconds"),
                        QString::number(options.seconds), QStringLiteral("--articles"),
                        options.articles.join(QLatin1Char(',')), QStringLiteral("--seed"),
                        QString::number(options.seed), QStringLiteral("--log"), log});
        writers.push_back(std::move(process));
    }
    const auto stopAll = [&writers] {
        for (auto &w : writers) {
            w->kill();
            w->waitForFinished(5000);
        }
    };
    // Each says "ready" once its store is open; then all start at once.
    const QDeadlineTimer ready(startMs);
    for (qsizetype i = 0; i < qsizetype(writers.size()); ++i) {
        QProcess &w = *writers.at(size_t(i));
        while (!w.canReadLine() && w.state() != QProcess::NotRunning && !ready.hasExpired())
            w.waitForReadyRead(int(qMax<qint64>(1, ready.remainingTime())));
        if (!w.canReadLine() || w.readLine().trimmed() != "ready") {
            const QString why = said(w);
            stopAll();
            return fail(ErrorCode::StorageFailure,
                        QStringLiteral("Writer %1 did not start: %2").arg(i).arg(why));
        }
    }
    QElapsedTimer wall;
    wall.start();
    for (auto &w : writers) {
        w->write("go\n");
        w->waitForBytesWritten(1000); // now, not when it is next waited for
    }
    for (qsizetype i = 0; i < qsizetype(writers.size()); ++i) {
        QProcess &w = *writers.at(size_t(i));
        w.closeWriteChannel();
        if (!w.waitForFinished(options.seconds * 1000 + startMs)
            || w.exitStatus() != QProcess::NormalExit || w.exitCode() != 0) {
            const QString why = said(w);
            stopAll();
            return fail(ErrorCode::StorageFailure,
                        QStringLiteral("Writer %1 failed: %2").arg(i).arg(why));
        }
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;

    QList<QList<WriterLog::Entry>> entries;
    for (const QString &log : std::as_const(logs)) {
        auto read = WriterLog::read(log);
        if (!read)
            return std::unexpected(read.error());
        entries.append(*read);
    }
    auto summary = summarise(store, entries);
    if (summary)
        summary->seconds = seconds;
    return summary;
}

Result<ConcurrentWriters::Summary>
ConcurrentWriters::summarise(const BenchStore &store, const QList<QList<WriterLog::Entry>> &logs)
{
    Summary summary;
    summary.writers = int(logs.size());
    QList<WriterLog::Entry> all;
    for (const QList<WriterLog::Entry> &log : logs) {
        for (const WriterLog::Entry &e : log) {
            Calls &calls = summary.kinds[e.kind];
            calls.ms.append(e.ms);
            ++calls.outcomes[e.outcome];
            if (e.acknowledged())
                ++summary.acknowledged;
            if (e.outcome == WriterLog::Outcome::Failed && summary.failures.size() < failuresKept
                && !summary.failures.contains(e.detail)) {
                summary.failures.append(e.detail);
            }
            all.append(e);
        }
    }
    auto db = store.open();
    if (!db)
        return std::unexpected(db.error());
    auto check = WriterCheck::run(**db, all);
    if (!check)
        return std::unexpected(check.error());
    summary.check = *check;
    return summary;
}

} // namespace Byline::Bench
