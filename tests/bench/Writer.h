#pragma once

#include "core/Error.h"
#include "tests/bench/Random.h"
#include "tests/bench/WriterLog.h"

#include <QDeadlineTimer>
#include <QString>
#include <QStringList>

#include <functional>

namespace Byline::Storage {
class Database;
}

namespace Byline::Bench {

// One writer of the concurrent-writers phase (tests/bench/README.md, "Concurrent writers"): an
// editor at a desk of their own (one connection), saving text, commenting and taking workflow
// steps on articles that the other writers work on too, as fast as the store lets them. Every
// call into the core goes into the writer's log (WriterLog) as soon as it returns.
//
// A save types a word of its own (the marker, e.g. "bw03n000127") into the source text and
// saves through EditService, as the desk does. When someone saved first, the store keeps this
// text as a conflict revision and says Conflict; the writer then does what the desk's "keep
// mine" does: loads what is stored now, types the same word into it and saves again, at most
// three times in all. Saves only ever add words, so every word of a save the store accepted
// must still be in the article's text at the end: one that is missing was overwritten.
class Writer
{
public:
    struct Options
    {
        QString user; // the editor this writer is
        int index = 0; // 0..99: part of every marker, so markers never repeat across writers
        QStringList articles; // the articles all writers work on
        quint64 seed = 1;
    };

    Writer(Storage::Database &db, WriterLog &log, Options options);

    // Changes until `deadline`: a save half of the time, else a comment or a workflow step, on
    // an article picked at random. Fails only when the log cannot be written.
    [[nodiscard]] Result<> runUntil(const QDeadlineTimer &deadline);

    // One change each, on the article `uid`.
    [[nodiscard]] Result<> save(const QString &uid);
    [[nodiscard]] Result<> comment(const QString &uid);
    [[nodiscard]] Result<> act(const QString &uid);

    // Called after a save has loaded the article and typed its word, just before it saves
    // (where a person would be typing for a while): tests save the same article from another
    // connection there to make this one lose.
    void setWhileTyping(std::function<void()> hook) { m_whileTyping = std::move(hook); }

    static constexpr int saveAttempts = 3; // as the desk's saver (docs/ARCHITECTURE.md)

    // The words of the comment, and of a workflow step's comment, that carry `marker`.
    [[nodiscard]] static QString commentText(const QString &marker);
    [[nodiscard]] static QString stepComment(const QString &marker);

private:
    [[nodiscard]] QString nextMarker();
    [[nodiscard]] Result<> log(WriterLog::Kind kind, const QString &uid, double ms,
                               const QString &marker, const Error *error,
                               const QString &detail = {});

    Storage::Database &m_db;
    WriterLog &m_log;
    Options m_options;
    Random m_random;
    int m_sequence = 0;
    std::function<void()> m_whileTyping;
};

} // namespace Byline::Bench
