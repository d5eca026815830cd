#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace Byline {

// How long work that reports its progress (Progress) has left, from its pace so far, and that
// time in words: what the CLI prints on standard error and the desk's job window shows.
class ProgressEstimate
{
public:
    // `startMs` is when the work began, on any clock that `nowMs` below also uses.
    explicit ProgressEstimate(qint64 startMs = 0)
        : m_start(startMs)
    {
    }
    void restart(qint64 startMs) { m_start = startMs; }

    // Seconds left at `done` of `total`; nothing while the pace is not yet known (no total,
    // nothing done, or less than two seconds of work).
    [[nodiscard]] std::optional<qint64> secondsLeft(qint64 done, qint64 total, qint64 nowMs) const;

    // "about 3 min left", "about 40 s left", "about 1 h 5 min left".
    [[nodiscard]] static QString timeLeft(qint64 seconds);
    // "45%, about 3 min left" or "45%" while the pace is not known; "" without a total.
    [[nodiscard]] QString describe(qint64 done, qint64 total, qint64 nowMs) const;

private:
    qint64 m_start = 0;
};

} // namespace Byline
