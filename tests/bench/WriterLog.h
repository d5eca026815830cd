#pragma once

#include "core/Error.h"

#include <QFile>
#include <QList>
#include <QString>

namespace Byline::Bench {

// What one writer process of the concurrent-writers phase did (tests/bench/README.md,
// "Concurrent writers"): one line per call into the core, written and flushed as soon as the
// call returned, so that everything the store acknowledged is on disk even if the writer dies
// right after. The bench reads every writer's log back to count and to check the store.
class WriterLog
{
public:
    enum class Kind { Save, Comment, Act };
    enum class Outcome {
        Ok, // committed: the store acknowledged the change
        Kept, // a save that lost the race: committed as a conflict revision (acknowledged too)
        Conflict, // a workflow step someone else made first: nothing written
        Locked, // refused because the store was busy (SQLite) or a lock was not granted in time
        Failed, // anything else
    };

    struct Entry
    {
        Kind kind = Kind::Save;
        Outcome outcome = Outcome::Ok;
        QString uid;
        double ms = 0; // how long the call took
        // What identifies the change in the store: the word a save typed into the text, the
        // words of a comment, the comment of a workflow step.
        QString marker;
        // Save (Ok): the new version. Comment (Ok): its number. Act: "action from to".
        // Failed, Locked: the error's words.
        QString detail;

        [[nodiscard]] bool acknowledged() const
        {
            return outcome == Outcome::Ok || outcome == Outcome::Kept;
        }
    };

    // Appends to `path` (a new file).
    [[nodiscard]] Result<> open(const QString &path);
    [[nodiscard]] Result<> append(const Entry &entry);

    [[nodiscard]] static QString toLine(const Entry &entry);
    [[nodiscard]] static Result<Entry> fromLine(const QString &line);
    // Every entry of the file at `path`.
    [[nodiscard]] static Result<QList<Entry>> read(const QString &path);

    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static QString outcomeName(Outcome outcome);

private:
    QFile m_file;
};

} // namespace Byline::Bench
