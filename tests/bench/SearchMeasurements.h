#pragma once

#include "core/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Byline::Storage {
class Database;
}

namespace Byline::Bench::SearchMeasurements {

// One kind of query (rare words, very common words, prefixes...), each query run `repeats`
// times through the search service (top 50 with snippets), then the same FTS5 statement in the
// sqlite3 shell (`.timer on`), so that the overhead of everything around SQLite shows.
struct Kind
{
    QString name;
    bool selective = true; // tests/bench/README.md: selective p95 <= 50 ms, any query <= 150 ms
    QStringList queries;
    QList<double> ms; // the search service, every run
    QList<double> shellMs; // the sqlite3 shell, the usual FTS5 top-50 query with snippets
    QList<double> shellWindowMs; // the sqlite3 shell, the service's first statement alone
    int windowed = 0; // queries ranked within the newest matches only
    qint64 matchesMin = 0; // documents matching the words, fewest and most
    qint64 matchesMax = 0;
};

// Picks the queries from the index's own vocabulary (fts5vocab; ts_stat on a server),
// deterministically. The same queries run in the sqlite3 shell on `shellStore` (a SQLite file;
// empty: no comparison).
[[nodiscard]] Result<QList<Kind>> run(Storage::Database &db, const QString &shellStore, int perKind,
                                      int repeats);

// The sqlite3 shell, or empty when it is not installed (then nothing is compared).
[[nodiscard]] QString shell();

} // namespace Byline::Bench::SearchMeasurements
