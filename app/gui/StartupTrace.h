#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <utility>
#include <vector>

class QTableView;

namespace Byline {

// BYLINE_STARTUP_TRACE=1 (or =quit): how long the desk takes to start, on standard error.
// Milliseconds since the process started (the kernel's start time in /proc/self/stat, 10 ms
// steps, for the part before main; a monotonic clock after) at each step, and at the end the
// moment the article list has painted its first rows on the shown window (the first frame a
// user can work with). With =quit the program then quits: tests/bench/startup.sh runs it so.
class StartupTrace : public QObject
{
public:
    StartupTrace(); // first thing in main
    [[nodiscard]] bool enabled() const { return m_mode != Mode::Off; }
    void mark(const char *step);
    // Reports once the list's viewport has been painted with rows in a shown window.
    void watch(QTableView *list);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish();
    [[nodiscard]] double now() const;

    enum class Mode { Off, Print, Quit };
    Mode m_mode = Mode::Off;
    QElapsedTimer m_clock;
    double m_beforeMain = 0; // ms from the process's start to the clock's
    std::vector<std::pair<const char *, double>> m_marks;
    QTableView *m_list = nullptr;
    bool m_done = false;
};

} // namespace Byline
