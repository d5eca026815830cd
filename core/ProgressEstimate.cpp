#include "core/ProgressEstimate.h"

#include <QLocale>
#include <QObject>

#include <cmath>

namespace Byline {

std::optional<qint64> ProgressEstimate::secondsLeft(qint64 done, qint64 total, qint64 nowMs) const
{
    constexpr qint64 shortestMs = 2000;
    const qint64 elapsed = nowMs - m_start;
    if (total <= 0 || done <= 0 || elapsed < shortestMs)
        return std::nullopt;
    if (done >= total)
        return 0;
    // The pace so far holds for the rest: import and export spend about the same on each
    // article, and a whole-run average does not jump about as a recent one would.
    const double left = double(elapsed) * double(total - done) / double(done) / 1000.0;
    return qint64(std::ceil(left));
}

QString ProgressEstimate::timeLeft(qint64 seconds)
{
    if (seconds < 60) {
        // Rounded up to 5 s below a minute, so the number does not flicker.
        const qint64 shown = std::max<qint64>(5, (seconds + 4) / 5 * 5);
        return QObject::tr("about %1 s left").arg(shown);
    }
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return QObject::tr("about %1 min left").arg(minutes);
    return QObject::tr("about %1 h %2 min left").arg(minutes / 60).arg(minutes % 60);
}

QString ProgressEstimate::describe(qint64 done, qint64 total, qint64 nowMs) const
{
    if (total <= 0)
        return {};
    const int percent = int(std::min<qint64>(100, done * 100 / total));
    const QString share = QObject::tr("%1%").arg(percent);
    const auto left = secondsLeft(done, total, nowMs);
    if (!left || done >= total)
        return share;
    return QObject::tr("%1, %2").arg(share, timeLeft(*left));
}

} // namespace Byline
