#include "tests/bench/Writer.h"

#include "core/Clock.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/workflow/StateMachine.h"
#include "core/workflow/WorkflowService.h"
#include "tests/bench/Measurements.h"

#include <QElapsedTimer>

namespace Byline::Bench {
namespace {

double millis(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

Writer::Writer(Storage::Database &db, WriterLog &log, Options options)
    : m_db(db)
    , m_log(log)
    , m_options(std::move(options))
    , m_random(Random::streamSeed(m_options.seed, "writer", quint64(m_options.index)))
{
}

QString Writer::commentText(const QString &marker)
{
    return QStringLiteral("Bench comment ") + marker;
}

QString Writer::stepComment(const QString &marker)
{
    return QStringLiteral("Bench step ") + marker;
}

QString Writer::nextMarker()
{
    // The same length for every marker: none can be found inside another.
    return QStringLiteral("bw%1n%2")
        .arg(m_options.index, 2, 10, QLatin1Char('0'))
        .arg(++m_sequence, 6, 10, QLatin1Char('0'));
}

Result<> Writer::log(WriterLog::Kind kind, const QString &uid, double ms, const QString &marker,
                     const Error *error, const QString &detail)
{
    WriterLog::Entry entry {kind, WriterLog::Outcome::Ok, uid, ms, marker, detail};
    if (error) {
        entry.detail = error->message;
        if (!error->detail.isEmpty())
            entry.detail += QStringLiteral(" (") + error->detail + QLatin1Char(')');
        if (error->code == ErrorCode::StorageLocked)
            entry.outcome = WriterLog::Outcome::Locked;
        else if (error->code == ErrorCode::Conflict && kind == WriterLog::Kind::Save)
            entry.outcome = WriterLog::Outcome::Kept; // what a save's Conflict promises
        else if (error->code == ErrorCode::Conflict && kind == WriterLog::Kind::Act)
            entry.outcome = WriterLog::Outcome::Conflict;
        else
            entry.outcome = WriterLog::Outcome::Failed;
    }
    return m_log.append(entry);
}

Result<> Writer::runUntil(const QDeadlineTimer &deadline)
{
    if (m_options.articles.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A writer needs articles to work on."));
    while (!deadline.hasExpired()) {
        const QString &uid = m_random.pick(m_options.articles);
        const quint64 roll = m_random.below(4);
        auto done = roll < 2 ? save(uid) : roll == 2 ? comment(uid) : act(uid);
        if (!done)
            return done;
    }
    return {};
}

Result<> Writer::save(const QString &uid)
{
    const QString marker = nextMarker();
    Storage::ArticleRepository articles(m_db);
    EditService edits(m_db);
    for (int attempt = 0; attempt < saveAttempts; ++attempt) {
        // Loading is not timed: the desk has the article open already.
        auto loaded = articles.find(uid);
        if (!loaded || !*loaded) {
            const Error error = loaded ? Error {ErrorCode::NotFound, QStringLiteral("vanished"), {}}
                                       : loaded.error();
            return log(WriterLog::Kind::Save, uid, 0, marker, &error);
        }
        Article article = std::move(**loaded);
        Measurements::typeWords(article, marker + QLatin1Char(' '), m_random);
        if (m_whileTyping)
            m_whileTyping();
        QElapsedTimer timer;
        timer.start();
        auto saved = edits.save(article, m_options.user);
        const double ms = millis(timer);
        if (saved)
            return log(WriterLog::Kind::Save, uid, ms, marker, nullptr,
                       QString::number(article.version));
        if (auto logged = log(WriterLog::Kind::Save, uid, ms, marker, &saved.error()); !logged)
            return logged;
        if (saved.error().code != ErrorCode::Conflict)
            return {};
    }
    return {};
}

Result<> Writer::comment(const QString &uid)
{
    const QString marker = nextMarker();
    QElapsedTimer timer;
    timer.start();
    auto number = WorkflowService(m_db).comment(uid, m_options.user, {}, commentText(marker));
    const double ms = millis(timer);
    if (!number)
        return log(WriterLog::Kind::Comment, uid, ms, marker, &number.error());
    return log(WriterLog::Kind::Comment, uid, ms, marker, nullptr, QString::number(*number));
}

Result<> Writer::act(const QString &uid)
{
    const QString marker = nextMarker();
    // What the desk shows enabled for the article as it was loaded.
    auto loaded = Storage::ArticleRepository(m_db).find(uid);
    if (!loaded || !*loaded) {
        const Error error
            = loaded ? Error {ErrorCode::NotFound, QStringLiteral("vanished"), {}} : loaded.error();
        return log(WriterLog::Kind::Act, uid, 0, marker, &error);
    }
    const QList<Action> allowed = StateMachine::allowedFrom((*loaded)->state);
    if (allowed.isEmpty())
        return {};
    WorkflowService::Request request;
    request.uid = uid;
    request.action = m_random.pick(allowed);
    request.user = m_options.user;
    request.comment = stepComment(marker);
    if (request.action == Action::Schedule)
        request.at = Clock::now().addDays(m_random.range(1, 30));
    QElapsedTimer timer;
    timer.start();
    auto outcome = WorkflowService(m_db).act(request);
    const double ms = millis(timer);
    if (!outcome)
        return log(WriterLog::Kind::Act, uid, ms, marker, &outcome.error());
    return log(WriterLog::Kind::Act, uid, ms, marker, nullptr,
               QStringList {actionName(request.action), outcome->from, outcome->to}.join(
                   QLatin1Char(' ')));
}

} // namespace Byline::Bench
