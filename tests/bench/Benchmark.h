#pragma once

#include "core/Error.h"
#include "core/storage/Database.h"
#include "tests/bench/BenchStore.h"
#include "tests/bench/Report.h"

#include <QString>
#include <QStringList>

#include <memory>

class QTextStream;

namespace Byline::Bench {

class BenchServer;

// `byline-bench run`: generates the archive, imports it into a fresh store (a SQLite file, or
// a database on a PostgreSQL server) and measures what tests/bench/README.md ("Targets") sets
// targets for, then lets writer processes work on it side by side. Progress goes to `log`;
// the result is a Report.
class Benchmark
{
public:
    struct Options
    {
        int articles = 50000;
        quint64 seed = 1;
        QString workdir; // empty: a temporary folder, removed afterwards
        int batch = 1000; // articles per imported document
        int saves = 200;
        int listRuns = 3; // fresh processes opening the list
        int searchQueries = 20; // per kind of query
        QString program; // byline-bench itself, for the fresh processes
        Storage::Database::Engine engine = Storage::Database::Engine::Sqlite;
        QString server; // PostgreSQL: an administrator's URL; empty: start a server for the run
        int writers = 8; // concurrent writer processes (0: none)
        int writersSeconds = 60;
        int writersArticles = 20; // the newest articles, which they all work on
        int liveSaves = 100; // saves of another desk the live-updates probe times (0: none)
        int presenceRounds = 5; // desks it sees open an article and crash
        bool keep = false; // a server's store stays (database, logins; a started server runs)
    };

    Benchmark(const Options &options, QTextStream &log);
    ~Benchmark();
    [[nodiscard]] Result<Report> run();

private:
    [[nodiscard]] Result<> prepare(const QString &dir, Report &report);
    [[nodiscard]] Result<> importRows(Report &report);
    // The editors the measurements act as: one at a desk for the list, saves and searches, and
    // one per writer; on a server each logs in as themselves.
    [[nodiscard]] Result<> addPeople();
    [[nodiscard]] Result<> listRows(Report &report);
    [[nodiscard]] Result<> saveRows(Report &report);
    [[nodiscard]] Result<> exportRows(Report &report, const QString &file);
    [[nodiscard]] Result<> searchRows(Report &report);
    [[nodiscard]] Result<> writerRows(Report &report, const QString &folder);
    [[nodiscard]] Result<> liveRows(Report &report);
    // The `count` newest articles (the desk's current work), which the writers and the
    // live-updates probe work on.
    [[nodiscard]] Result<QStringList> newestArticles(int count) const;
    [[nodiscard]] QString engineName() const;

    Options m_options;
    QTextStream &m_log;
    std::unique_ptr<BenchServer> m_server;
    BenchStore m_store;
    QString m_editor; // at a desk: list, saves, export, search
    QStringList m_writers; // one per writer
    QString m_liveSaver; // the other desk of the live-updates probe
};

} // namespace Byline::Bench
