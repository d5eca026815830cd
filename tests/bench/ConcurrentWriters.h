#pragma once

#include "core/Error.h"
#include "tests/bench/WriterCheck.h"
#include "tests/bench/WriterLog.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Byline::Bench {

class BenchStore;

// The concurrent-writers phase (tests/bench/README.md, "Concurrent writers"): one process of
// byline-bench per writer (its hidden `writer` command: a Writer on a connection of its own,
// as the editor it is given), all working on the same articles for the same time. They start
// together once every one has opened the store; afterwards their logs are read, counted, and
// every change the store acknowledged is looked for in it (WriterCheck).
class ConcurrentWriters
{
public:
    struct Options
    {
        QString program; // byline-bench itself
        QString folder; // where the writers' logs go
        QStringList people; // one editor per writer
        QStringList articles; // the articles they all work on
        int seconds = 60;
        quint64 seed = 1;
    };

    struct Calls
    {
        QList<double> ms; // every call, whatever it returned
        QMap<WriterLog::Outcome, int> outcomes;
        [[nodiscard]] int count(WriterLog::Outcome outcome) const
        {
            return outcomes.value(outcome);
        }
    };

    struct Summary
    {
        int writers = 0;
        double seconds = 0; // from the start to the last writer's end
        QMap<WriterLog::Kind, Calls> kinds;
        qsizetype acknowledged = 0; // committed: accepted changes and kept conflicts
        QStringList failures; // the distinct words of calls that failed, a few
        WriterCheck::Findings check;
        [[nodiscard]] double rate() const { return seconds > 0 ? acknowledged / seconds : 0; }
        [[nodiscard]] int total(WriterLog::Outcome outcome) const;
    };

    // Runs the writers on `store` (each opens it as its person) and checks the result as the
    // store's administrator.
    [[nodiscard]] static Result<Summary> run(const BenchStore &store, const Options &options);

    // The counts and the check of logs already written (run() ends with this).
    [[nodiscard]] static Result<Summary> summarise(const BenchStore &store,
                                                   const QList<QList<WriterLog::Entry>> &logs);
};

} // namespace Byline::Bench
