#include "app/cli/CliProgress.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

#include <unistd.h>

namespace Byline::Cli {

CliProgress::CliProgress(QTextStream &err, QString label, bool shown)
    : m_err(err)
    , m_label(std::move(label))
    , m_shown(shown)
{
    m_clock.start();
}

CliProgress::~CliProgress()
{
    finish();
}

bool CliProgress::terminal()
{
    return isatty(fileno(stderr)) == 1;
}

Progress CliProgress::progress()
{
    Progress p;
    if (m_shown) {
        p.onProgress = [this](int done, int total) {
            report(done, total);
        };
        p.onStage = [this](const QString &what) {
            stage(what);
        };
    }
    return p;
}

void CliProgress::stage(const QString &what)
{
    // The stage before stays on its line, finished; the next counts from nothing.
    finish();
    m_label = what;
    m_width = 0;
    m_lastMs = -1;
    m_estimate.restart(m_clock.elapsed());
}

void CliProgress::report(int done, int total)
{
    const qint64 now = m_clock.elapsed();
    const bool last = total > 0 && done >= total;
    if (m_lastMs >= 0 && now - m_lastMs < 250 && !last)
        return;
    m_lastMs = now;
    QString text = m_estimate.describe(done, total, now);
    if (text.isEmpty()) // no total: how far, in the work's own units
        text = m_unknownTotal.arg(QLocale().toString(done));
    QString line = tr("%1: %2").arg(m_label, text);
    // Spaces over what a longer line before left on the screen.
    const int width = int(line.size());
    if (width < m_width)
        line += QString(m_width - width, QLatin1Char(' '));
    m_width = width;
    m_err << '\r' << line;
    m_err.flush();
    m_printed = true;
}

void CliProgress::finish()
{
    if (!m_printed)
        return;
    m_err << '\n';
    m_err.flush();
    m_printed = false;
}

} // namespace Byline::Cli
