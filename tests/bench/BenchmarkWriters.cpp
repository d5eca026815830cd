// Benchmark: its people, the live-updates probe and the concurrent writers
// (tests/bench/README.md, "Live updates", "Concurrent writers").
#include "tests/bench/Benchmark.h"

#include "core/services/SettingsService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/ChangeWatcher.h"
#include "core/storage/UserRepository.h"
#include "tests/bench/BenchServer.h"
#include "tests/bench/ConcurrentWriters.h"
#include "tests/bench/Figures.h"
#include "tests/bench/LiveProbe.h"
#include "tests/bench/Measurements.h"

#include <QTextStream>

namespace Byline::Bench {

using namespace Figures;

namespace {

constexpr int lostShown = 20;

} // namespace

Result<> Benchmark::addPeople()
{
    auto db = m_store.open();
    if (!db)
        return std::unexpected(db.error());
    auto users = Storage::UserRepository(**db).all();
    if (!users)
        return std::unexpected(users.error());
    const auto admin = std::ranges::find_if(
        *users, [](const User &u) { return u.role == Role::Admin && u.active; });
    if (admin == users->cend())
        return fail(ErrorCode::NotFound, QStringLiteral("The store has no active admin."));
    // A server's logins are shared by all its databases: the names carry the run's tag.
    const QString prefix
        = m_server ? QStringLiteral("bench-%1-").arg(m_server->tag()) : QStringLiteral("bench-");
    SettingsService::Change change;
    m_editor = prefix + QStringLiteral("editor");
    change.added.append({m_editor, QStringLiteral("Bench editor"), Role::Editor, {}, true});
    m_liveSaver = prefix + QStringLiteral("saver");
    change.added.append({m_liveSaver, QStringLiteral("Bench saver"), Role::Editor, {}, true});
    m_writers.clear();
    for (int i = 1; i <= m_options.writers; ++i) {
        m_writers.append(prefix + QStringLiteral("writer-%1").arg(i));
        change.added.append(
            {m_writers.last(), QStringLiteral("Bench writer %1").arg(i), Role::Editor, {}, true});
    }
    if (auto added = SettingsService(**db).apply(change, admin->name); !added)
        return added;
    if (m_server) {
        for (const User &user : std::as_const(change.added)) {
            if (auto login = m_server->addLogin(**db, m_store, user); !login)
                return login;
        }
    }
    return {};
}

Result<QStringList> Benchmark::newestArticles(int count) const
{
    auto db = m_store.open();
    if (!db)
        return std::unexpected(db.error());
    auto uids = Storage::ArticleRepository(**db).uids();
    if (!uids)
        return std::unexpected(uids.error());
    return uids->mid(qMax<qsizetype>(0, uids->size() - count));
}

Result<> Benchmark::liveRows(Report &report)
{
    if (m_options.liveSaves <= 0)
        return {};
    LiveProbe::Options options;
    options.program = m_options.program;
    options.desk = m_editor;
    options.saver = m_liveSaver;
    options.saves = m_options.liveSaves;
    options.presenceRounds = m_options.presenceRounds;
    auto newest = newestArticles(5);
    if (!newest)
        return std::unexpected(newest.error());
    options.articles = *newest;
    m_log << "Live updates: " << options.saves << " saves in another process, every "
          << options.intervalMs << " ms or so, seen in this one's article list\n";
    m_log.flush();
    auto latencies = LiveProbe::run(m_store, options);
    if (!latencies)
        return std::unexpected(latencies.error());
    const double p95 = Measurements::percentile(latencies->ms, 95);
    report.addRow({QStringLiteral("A save seen on another desk (commit to its list)"),
                   QStringLiteral("%1; %2 saves, %3 not shown within %4 s; %5")
                       .arg(spread(latencies->ms), number(latencies->ms.size() + latencies->missed),
                            number(latencies->missed), number(LiveProbe::missedAfterMs / 1000),
                            latencies->notified
                                ? QStringLiteral("the server notifies each commit (LISTEN/NOTIFY)")
                                : QStringLiteral("the desk looks every %1 ms (PRAGMA data_version)")
                                      .arg(Storage::ChangeWatcher::fileIntervalMs)),
                   QStringLiteral("p95 ≤ 500 ms"),
                   Report::verdict(latencies->missed == 0 && p95 <= 500)});
    const int rounds = options.presenceRounds;
    const double shown = Measurements::percentile(latencies->presenceShownMs, 100);
    const double gone = Measurements::percentile(latencies->presenceGoneMs, 100);
    report.addRow(
        {QStringLiteral("Presence: another desk opening an article, then killed (SIGKILL)"),
         QStringLiteral("shown %1; gone %2; %3 rounds, %4 over %5 s")
             .arg(spread(latencies->presenceShownMs), spread(latencies->presenceGoneMs),
                  number(rounds), number(latencies->presenceMissed),
                  number(LiveProbe::missedAfterMs / 1000)),
         QStringLiteral("≤ 10 s"),
         Report::verdict(latencies->presenceMissed == 0 && shown <= 10000 && gone <= 10000)});
    return {};
}

Result<> Benchmark::writerRows(Report &report, const QString &folder)
{
    if (m_options.writers <= 0)
        return {};
    if (m_options.program.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The writers are processes of byline-bench: give its path."));
    ConcurrentWriters::Options options;
    options.program = m_options.program;
    options.folder = folder;
    options.people = m_writers;
    options.seconds = m_options.writersSeconds;
    options.seed = m_options.seed;
    auto newest = newestArticles(m_options.writersArticles);
    if (!newest)
        return std::unexpected(newest.error());
    options.articles = *newest;
    m_log << options.people.size() << " writers for " << options.seconds << " s on the "
          << options.articles.size() << " newest articles\n";
    m_log.flush();
    auto summary = ConcurrentWriters::run(m_store, options);
    if (!summary)
        return std::unexpected(summary.error());

    using Kind = WriterLog::Kind;
    using Outcome = WriterLog::Outcome;
    const auto &kinds = summary->kinds;
    const QString who = QStringLiteral("%1 writers, %2 s, %3 shared articles")
                            .arg(summary->writers)
                            .arg(options.seconds)
                            .arg(options.articles.size());
    report.addRow(
        {QStringLiteral("Concurrent writers: throughput"),
         QStringLiteral("%1 changes/s (%2 committed in %3 s: %4 saves, %5 kept as conflict "
                        "revisions, %6 comments, %7 workflow steps; %8)")
             .arg(fixed(summary->rate(), 1), number(summary->acknowledged),
                  fixed(summary->seconds, 1), number(kinds.value(Kind::Save).count(Outcome::Ok)),
                  number(kinds.value(Kind::Save).count(Outcome::Kept)),
                  number(kinds.value(Kind::Comment).count(Outcome::Ok)),
                  number(kinds.value(Kind::Act).count(Outcome::Ok)), who),
         QStringLiteral("none"), Report::Verdict::None});
    for (const auto &[kind, name] : {std::pair {Kind::Save, QStringLiteral("save")},
                                     std::pair {Kind::Comment, QStringLiteral("comment")},
                                     std::pair {Kind::Act, QStringLiteral("workflow step")}}) {
        const QList<double> &ms = kinds.value(kind).ms;
        report.addRow({QStringLiteral("Concurrent writers: %1").arg(name),
                       QStringLiteral("%1; %2 calls, whatever they returned")
                           .arg(spread(ms), number(ms.size())),
                       QStringLiteral("none"), Report::Verdict::None});
    }
    report.addRow(
        {QStringLiteral("Concurrent writers: conflicts"),
         QStringLiteral("%1 saves found a newer version (the text kept as a conflict revision, "
                        "then typed again into the newer version); %2 workflow steps found the "
                        "article moved first")
             .arg(number(kinds.value(Kind::Save).count(Outcome::Kept)),
                  number(kinds.value(Kind::Act).count(Outcome::Conflict))),
         QStringLiteral("handled as Byline handles them"), Report::Verdict::None});
    const int failed = summary->total(Outcome::Failed);
    report.addRow({QStringLiteral("Concurrent writers: refusals (locked/busy)"),
                   QStringLiteral("%1 locked; %2 other errors")
                       .arg(number(summary->total(Outcome::Locked)), number(failed)),
                   QStringLiteral("none"), Report::Verdict::None});
    const qsizetype lost = summary->check.lost.size();
    report.addRow({QStringLiteral("Concurrent writers: lost acknowledged changes"),
                   QStringLiteral("%1 (of %2 acknowledged changes checked)")
                       .arg(number(lost), number(summary->check.checked)),
                   QStringLiteral("0"), Report::verdict(lost == 0)});

    QStringList lines {
        QStringLiteral(
            "%1 processes of `byline-bench writer`, each an editor with a connection of its "
            "own%2, worked for %3 s on the %4 newest articles: half of the time a save (a word "
            "of its own typed into the source text, through EditService), else a comment or a "
            "workflow step the article's state allows (through WorkflowService). A save that "
            "finds a newer version is kept as a conflict revision and typed again into the "
            "newer one, at most 3 times, as the desk's saver does. Every acknowledged change "
            "was then looked for in the store: each accepted save's word in the article's text "
            "(saves only add words, so a missing one was overwritten), each kept save's word in "
            "a conflict revision, each comment, each step in the audit trail.")
            .arg(summary->writers)
            .arg(m_store.isServer() ? QStringLiteral(", logged in as themselves")
                                    : QStringLiteral(" to the same file"))
            .arg(options.seconds)
            .arg(options.articles.size())};
    if (!summary->failures.isEmpty()) {
        lines.append(QString());
        lines.append(QStringLiteral("Errors other than conflicts and locks (%1; the first "
                                    "distinct ones):")
                         .arg(failed));
        for (const QString &f : std::as_const(summary->failures))
            lines.append(QStringLiteral("- ") + f);
    }
    if (lost > 0) {
        lines.append(QString());
        lines.append(QStringLiteral("Lost acknowledged changes (the first %1):").arg(lostShown));
        for (const auto &l : summary->check.lost.mid(0, lostShown))
            lines.append(QStringLiteral("- ") + WriterCheck::describe(l));
    }
    report.addSection(QStringLiteral("Concurrent writers"), lines);
    return {};
}

} // namespace Byline::Bench
