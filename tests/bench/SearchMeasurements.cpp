#include "tests/bench/SearchMeasurements.h"

#include "core/storage/Database.h"
#include "core/storage/SearchRepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

namespace Byline::Bench::SearchMeasurements {
namespace {

struct Term
{
    QString text;
    qint64 documents = 0;
};

// Every term of the index with the number of documents holding it, ordered by that number,
// then by the term: from FTS5's own vocabulary on SQLite, from ts_stat over the tsvectors on
// a server (the same folded words, docs/ARCHITECTURE.md "Two engines").
Result<QList<Term>> vocabulary(Storage::Database &db)
{
    if (!db.isServer()) {
        if (auto made = db.run(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_terms "
                                              "USING fts5vocab(main, 'search', 'row')"));
            !made) {
            return std::unexpected(made.error());
        }
    }
    auto q = db.run(
        db.isServer() ? QStringLiteral("SELECT word, ndoc FROM ts_stat('SELECT words FROM search')")
                      : QStringLiteral("SELECT term, doc FROM temp.bench_terms"));
    if (!q)
        return std::unexpected(q.error());
    QList<Term> all;
    while (q->next())
        all.append({q->value(0).toString(), q->value(1).toLongLong()});
    std::sort(all.begin(), all.end(), [](const Term &a, const Term &b) {
        return a.documents != b.documents ? a.documents < b.documents : a.text < b.text;
    });
    return all;
}

// Terms whose document count lies in [low, high], spread evenly over that range.
QList<Term> termsBetween(const QList<Term> &vocabulary, qint64 low, qint64 high, int count,
                         int minLength)
{
    QList<Term> all;
    for (const Term &t : vocabulary) {
        if (t.documents >= low && t.documents <= high && t.text.size() >= minLength)
            all.append(t);
    }
    QList<Term> picked;
    if (all.isEmpty())
        return picked;
    const double step = double(all.size()) / count;
    for (int i = 0; i < count && i < all.size(); ++i)
        picked.append(all.at(qMin<qsizetype>(all.size() - 1, qsizetype(i * step))));
    return picked;
}

QList<Term> mostCommon(QList<Term> vocabulary, int count, int minLength)
{
    std::stable_sort(vocabulary.begin(), vocabulary.end(), [](const Term &a, const Term &b) {
        return a.documents != b.documents ? a.documents > b.documents : a.text < b.text;
    });
    QList<Term> result;
    for (const Term &t : std::as_const(vocabulary)) {
        if (result.size() >= count)
            break;
        if (t.text.size() >= minLength)
            result.append(t);
    }
    return result;
}

// The shell's timing of each statement: "Run Time: real 0.012 user ... sys ...".
QList<double> shellTimes(const QString &shellPath, const QString &store, const QStringList &sql)
{
    QProcess shell;
    shell.start(shellPath, {QStringLiteral("-readonly"), store});
    if (!shell.waitForStarted())
        return {};
    QByteArray script = ".timer on\n";
    for (const QString &statement : sql)
        script += statement.toUtf8() + '\n';
    shell.write(script);
    shell.closeWriteChannel();
    shell.waitForFinished(600000);
    QList<double> times;
    static const QRegularExpression real(QStringLiteral(R"(Run Time: real ([0-9.]+))"));
    auto it = real.globalMatch(QString::fromUtf8(shell.readAllStandardOutput()));
    while (it.hasNext())
        times.append(it.next().captured(1).toDouble() * 1000.0);
    return times;
}

} // namespace

QString shell()
{
    return QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
}

Result<QList<Kind>> run(Storage::Database &db, const QString &shellStore, int perKind, int repeats)
{
    auto total = db.scalar(QStringLiteral("SELECT count(*) FROM search_docs"));
    if (!total)
        return std::unexpected(total.error());
    const qint64 documents = qMax<qint64>(1, total->toLongLong());
    auto words = vocabulary(db);
    if (!words)
        return std::unexpected(words.error());

    struct Plan
    {
        QString name;
        bool selective;
        QList<Term> terms;
        int prefixLength; // 0: whole words
    };
    const qint64 rareHigh = qMax<qint64>(5, documents / 5000);
    const qint64 mediumLow = qMax<qint64>(rareHigh + 1, documents / 300);
    const qint64 mediumHigh = qMax<qint64>(mediumLow + 1, documents / 30);
    const QList<Plan> plans {
        {QStringLiteral("rare words"), true, termsBetween(*words, 2, rareHigh, perKind, 4), 0},
        {QStringLiteral("medium words"), true,
         termsBetween(*words, mediumLow, mediumHigh, perKind, 4), 0},
        {QStringLiteral("very common words"), false, mostCommon(*words, perKind, 1), 0},
        {QStringLiteral("prefixes, 2 letters"), false, mostCommon(*words, perKind * 4, 3), 2},
        {QStringLiteral("prefixes, 4 letters"), false,
         termsBetween(*words, mediumLow, mediumHigh, perKind, 6), 4}};

    const QString shellPath = shellStore.isEmpty() ? QString() : shell();
    Storage::SearchRepository search(db);
    QList<Kind> kinds;
    for (const Plan &plan : std::as_const(plans)) {
        Kind kind;
        kind.name = plan.name;
        kind.selective = plan.selective;
        for (const Term &t : plan.terms) {
            const QString query = plan.prefixLength > 0
                ? t.text.left(plan.prefixLength) + QLatin1Char('*')
                : t.text;
            if (!kind.queries.contains(query) && kind.queries.size() < perKind)
                kind.queries.append(query);
        }
        QStringList shellSql;
        QStringList usualSql;
        for (const QString &text : std::as_const(kind.queries)) {
            Storage::SearchQuery query;
            query.text = text;
            query.limit = 50;
            for (int r = 0; r < repeats; ++r) {
                QElapsedTimer timer;
                timer.start();
                auto found = search.search(query);
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                if (!found)
                    return std::unexpected(found.error());
                kind.ms.append(ms);
                if (r == 0 && found->ranking == Storage::SearchResults::Ranking::RelevanceOfNewest)
                    ++kind.windowed;
            }
            // The statement the service runs first, with its rows summed so that the shell
            // computes the same scores without spending time printing them.
            // Results are summed (count, length) so that the shell computes them without
            // spending its time printing.
            QString usual = Storage::SearchRepository::usualFts5Sql(query);
            usual.chop(1);
            QString window = Storage::SearchRepository::shellSql(
                query, Storage::SearchRepository::defaultWindow);
            window.chop(1);
            window.replace(QStringLiteral(" FROM search WHERE"),
                           QStringLiteral(" AS score FROM search WHERE"));
            for (int r = 0; r < repeats; ++r) {
                usualSql.append(
                    QStringLiteral("SELECT count(*), sum(length(passage)) FROM (%1);").arg(usual));
                shellSql.append(
                    QStringLiteral("SELECT count(*), sum(score) FROM (%1);").arg(window));
            }
        }
        for (const Term &t : plan.terms) {
            if (plan.prefixLength > 0)
                break; // a prefix matches more than its word
            if (kind.matchesMin == 0 || t.documents < kind.matchesMin)
                kind.matchesMin = t.documents;
            kind.matchesMax = qMax(kind.matchesMax, t.documents);
        }
        if (!shellPath.isEmpty()) {
            kind.shellMs = shellTimes(shellPath, shellStore, usualSql);
            kind.shellWindowMs = shellTimes(shellPath, shellStore, shellSql);
        }
        kinds.append(kind);
    }
    return kinds;
}

} // namespace Byline::Bench::SearchMeasurements
