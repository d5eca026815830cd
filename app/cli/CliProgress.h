#pragma once

#include "core/Progress.h"
#include "core/ProgressEstimate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

class QTextStream;

namespace Byline::Cli {

// A long command's progress on standard error, when that is a terminal: one line, rewritten in
// place at most four times a second, "Importing: 45%, about 3 min left"; a later stage of the
// work ("Indexing for search") gets a line of its own. Scripts reading
// standard error see only the final message or the one-line error, as before.
class CliProgress
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Cli::CliProgress)

public:
    // `shown` false prints nothing (standard error is not a terminal).
    CliProgress(QTextStream &err, QString label, bool shown);
    ~CliProgress();
    CliProgress(const CliProgress &) = delete;
    CliProgress &operator=(const CliProgress &) = delete;

    // Whether standard error is a terminal.
    [[nodiscard]] static bool terminal();

    // How far the work is when it does not know its total: "%1 KiB read" (the default shows
    // the number alone).
    void setUnknownTotal(QString format) { m_unknownTotal = std::move(format); }

    // What to hand to the work (it must not outlive this).
    [[nodiscard]] Progress progress();
    // Ends the line, if one was printed.
    void finish();

private:
    void report(int done, int total);
    void stage(const QString &what);

    QTextStream &m_err;
    QString m_label;
    QString m_unknownTotal = QStringLiteral("%1");
    bool m_shown;
    bool m_printed = false;
    int m_width = 0;
    QElapsedTimer m_clock;
    qint64 m_lastMs = -1;
    ProgressEstimate m_estimate;
};

} // namespace Byline::Cli
