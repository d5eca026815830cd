#include "ui/connect/Backoff.h"

#include <algorithm>

namespace Byline {

int Backoff::next()
{
    int seconds = firstSeconds;
    for (int i = 0; i < m_attempts && seconds < mostSeconds; ++i)
        seconds *= 2;
    ++m_attempts;
    return std::min(seconds, mostSeconds);
}

} // namespace Byline
