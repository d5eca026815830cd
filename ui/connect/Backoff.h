#pragma once

namespace Byline {

// How long the desk waits before each attempt to reach a lost newsroom server: 1 s, then twice
// as long each time (2, 4, 8, 16 s), never more than 30 s; from the start again once it is back.
class Backoff
{
public:
    static constexpr int firstSeconds = 1;
    static constexpr int mostSeconds = 30;

    // The wait before the next attempt (and counts it).
    [[nodiscard]] int next();
    void reset() { m_attempts = 0; }
    [[nodiscard]] int attempts() const { return m_attempts; }

private:
    int m_attempts = 0;
};

} // namespace Byline
