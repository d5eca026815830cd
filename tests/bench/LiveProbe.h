#pragma once

#include "core/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Byline::Storage {
class Database;
}

namespace Byline::Bench {

class BenchStore;

// The live-updates probe (tests/bench/README.md, "Live updates"): how long after another
// desk's save commits this desk's article list shows it. Two processes on one store: the desk
// (this process: core's ArticleListModel and a Storage::ChangeWatcher started as the desk
// starts it, on a connection of its own) and a saver (byline-bench's hidden `live-saver`
// command, another editor on another connection). The saver saves a small edit of one of a few
// articles every `intervalMs` and prints when each commit returned (the wall clock, which both
// processes share on one machine); the desk notes when its list first shows each new version.
// Then, `presenceRounds` times, a holder (the hidden `presence-holder` command, the saver's
// person) opens an article and is killed with SIGKILL, as a desk that crashes: the desk notes
// when its PresenceBoard shows them and when it no longer does.
class LiveProbe
{
public:
    struct Options
    {
        QString program; // byline-bench itself
        QString desk; // the person at the desk
        QString saver; // the person saving in the other process
        QStringList articles; // what the saver saves, in turn
        int saves = 100;
        int intervalMs = 200;
        int presenceRounds = 5;
    };

    struct Latencies
    {
        QList<double> ms; // commit to shown, one per save
        int missed = 0; // saves the list never showed (within missedAfterMs)
        bool notified = false; // the desk's watcher was told of commits (a server)
        QList<double> presenceShownMs; // from the holder's commit to the desk's board
        QList<double> presenceGoneMs; // from SIGKILL to the board no longer showing them
        int presenceMissed = 0; // rounds where either took longer than missedAfterMs
    };

    [[nodiscard]] static Result<Latencies> run(const BenchStore &store, const Options &options);

    // The saver's side (`live-saver`): saves as `user` and prints one line per save,
    // "saved UID VERSION MICROSECONDS-SINCE-EPOCH", after the commit returned.
    [[nodiscard]] static Result<> save(Storage::Database &db, const QString &user,
                                       const QStringList &articles, int saves, int intervalMs);

    // The holder's side (`presence-holder`): enters presence on `uid` as `user`, prints
    // "present MICROSECONDS-SINCE-EPOCH" after the commit, then waits to be killed.
    [[nodiscard]] static Result<> hold(Storage::Database &db, const QString &user,
                                       const QString &uid);

    static constexpr int missedAfterMs = 10000;
};

} // namespace Byline::Bench
