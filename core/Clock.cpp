#include "core/Clock.h"

namespace Byline {
namespace {
std::optional<QDateTime> &fixedTime()
{
    static std::optional<QDateTime> time;
    return time;
}
} // namespace

QDateTime Clock::now()
{
    if (fixedTime())
        return *fixedTime();
    QDateTime t = QDateTime::currentDateTimeUtc();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

void Clock::setFixed(std::optional<QDateTime> time)
{
    if (time)
        time = time->toUTC();
    fixedTime() = std::move(time);
}

} // namespace Byline
