#pragma once

#include "core/Error.h"
#include "tests/bench/WriterLog.h"

#include <QList>
#include <QString>

namespace Byline::Storage {
class Database;
}

namespace Byline::Bench {

// After the concurrent writers: is every change the store acknowledged still in it?
// - a save the store accepted: its word is in the article's current text (saves only add
//   words, so a missing one was overwritten; where a revision still holds it, it says so);
// - a save that lost the race: its word is in one of the article's conflict revisions;
// - a comment: the article has a comment with that number and those words;
// - a workflow step: the article's audit trail has that action, from and to states, with the
//   step's comment.
// Read through the core (ArticleRepository::find with the history), as the desk shows it.
class WriterCheck
{
public:
    struct Lost
    {
        WriterLog::Entry entry;
        QString why;
    };
    struct Findings
    {
        qsizetype checked = 0; // acknowledged changes looked for
        QList<Lost> lost;
    };

    [[nodiscard]] static Result<Findings> run(Storage::Database &db,
                                              const QList<WriterLog::Entry> &entries);

    // One line for a report: "save bw01n000007 of UID: not in the text (...)".
    [[nodiscard]] static QString describe(const Lost &lost);
};

} // namespace Byline::Bench
