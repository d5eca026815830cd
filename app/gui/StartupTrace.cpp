#include "app/gui/StartupTrace.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTableView>
#include <QTimer>

#include <algorithm>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace Byline {
namespace {

// Milliseconds from this process's start (field 22 of /proc/self/stat, clock ticks since
// boot) to now (CLOCK_BOOTTIME, the same origin); 0 where it cannot be read.
double sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int startTimeField = 22 - 3; // fields after ") " start at field 3
    if (fields.size() <= startTimeField)
        return 0;
    bool ok = false;
    const double ticks = fields.at(startTimeField).toDouble(&ok);
    const long perSecond = ::sysconf(_SC_CLK_TCK);
    timespec boot {};
    if (!ok || perSecond <= 0 || ::clock_gettime(CLOCK_BOOTTIME, &boot) != 0)
        return 0;
    const double nowMs = double(boot.tv_sec) * 1000.0 + double(boot.tv_nsec) / 1e6;
    return std::max(0.0, nowMs - ticks * 1000.0 / double(perSecond));
}

} // namespace

StartupTrace::StartupTrace()
{
    const QByteArray value = qgetenv("BYLINE_STARTUP_TRACE");
    if (value.isEmpty() || value == "0")
        return;
    m_clock.start();
    m_mode = value == "quit" ? Mode::Quit : Mode::Print;
    m_beforeMain = sinceProcessStart();
    mark("main");
}

double StartupTrace::now() const
{
    return m_beforeMain + double(m_clock.nsecsElapsed()) / 1e6;
}

void StartupTrace::mark(const char *step)
{
    if (enabled())
        m_marks.emplace_back(step, now());
}

void StartupTrace::watch(QTableView *list)
{
    if (!enabled() || !list)
        return;
    m_list = list;
    list->viewport()->installEventFilter(this);
}

bool StartupTrace::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && m_list && watched == m_list->viewport() && event->type() == QEvent::Paint
        && m_list->isVisible() && m_list->model() && m_list->model()->rowCount() > 0) {
        m_done = true;
        // The paint is part of a frame: report once it has been flushed to the window.
        QTimer::singleShot(0, this, [this] { finish(); });
    }
    return QObject::eventFilter(watched, event);
}

void StartupTrace::finish()
{
    mark("first rows shown");
    QString line = QStringLiteral("byline startup (ms since process start):");
    for (const auto &[step, ms] : m_marks)
        line += QStringLiteral(" %1 %2;").arg(QLatin1String(step)).arg(ms, 0, 'f', 1);
    line.chop(1);
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    std::fflush(stderr);
    if (m_mode == Mode::Quit)
        QCoreApplication::quit();
}

} // namespace Byline
