#pragma once

#include "core/Error.h"
#include "tests/bench/Report.h"

#include <QString>

class QTextStream;

namespace Byline::Bench {

// `byline-bench run`: generates the archive, imports it into a fresh store and measures what
// tests/bench/README.md ("Targets") sets targets for. Progress goes to `log`; the result is a
// Report.
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
    };

    Benchmark(const Options &options, QTextStream &log);
    [[nodiscard]] Result<Report> run();

private:
    [[nodiscard]] Result<> importRows(Report &report, const QString &store);
    [[nodiscard]] Result<> listRows(Report &report, const QString &store);
    [[nodiscard]] Result<> saveRows(Report &report, const QString &store);
    [[nodiscard]] Result<> exportRows(Report &report, const QString &store, const QString &file);
    [[nodiscard]] Result<> searchRows(Report &report, const QString &store);

    Options m_options;
    QTextStream &m_log;
};

} // namespace Byline::Bench
