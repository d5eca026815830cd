#include "tests/bench/Report.h"

#include <algorithm>

namespace Byline::Bench {
namespace {

QString verdictWord(Report::Verdict verdict)
{
    return verdict == Report::Verdict::Pass ? QStringLiteral("PASS")
        : verdict == Report::Verdict::Miss  ? QStringLiteral("MISS")
                                            : QStringLiteral("—");
}

QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

// The cells of a table row "| a | b \\| c | d |", with escaped bars kept in their cell.
QStringList cells(const QString &line)
{
    QStringList result;
    QString current;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('|')) {
            current += QLatin1Char('|');
            ++i;
        } else if (c == QLatin1Char('|')) {
            result.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    return result;
}

} // namespace

void Report::addSection(const QString &heading, const QStringList &lines)
{
    m_sections.append({heading, lines});
}

QString Report::markdown() const
{
    QString out;
    if (!m_title.isEmpty())
        out += QStringLiteral("## ") + m_title + QStringLiteral("\n\n");
    for (const QString &fact : m_facts)
        out += QStringLiteral("- ") + fact + QLatin1Char('\n');
    if (!m_facts.isEmpty())
        out += QLatin1Char('\n');
    out += QStringLiteral("| Measure | Result | Target | Verdict |\n");
    out += QStringLiteral("| --- | --- | --- | --- |\n");
    for (const Row &row : m_rows) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(cell(row.measure), cell(row.result), cell(row.target),
                        verdictWord(row.verdict));
    }
    for (const Section &section : m_sections) {
        out += QStringLiteral("\n### ") + section.heading + QStringLiteral("\n\n");
        for (const QString &line : section.lines)
            out += line + QLatin1Char('\n');
    }
    return out;
}

Report Report::fromMarkdown(const QString &text)
{
    Report report;
    bool inTable = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("## ")) && report.m_title.isEmpty()) {
            report.m_title = line.mid(3).trimmed();
        } else if (line.startsWith(QLatin1String("- ")) && !inTable && report.m_rows.isEmpty()) {
            report.m_facts.append(line.mid(2));
        } else if (line.startsWith(QLatin1String("| Measure |"))) {
            inTable = true;
        } else if (inTable && line.startsWith(QLatin1String("| ---"))) {
            continue;
        } else if (inTable && line.startsWith(QLatin1Char('|'))) {
            const QStringList c = cells(line);
            if (c.size() < 4)
                continue;
            const Verdict verdict = c.at(3) == QLatin1String("PASS") ? Verdict::Pass
                : c.at(3) == QLatin1String("MISS")                   ? Verdict::Miss
                                                                     : Verdict::None;
            report.m_rows.append({c.at(0), c.at(1), c.at(2), verdict});
        } else if (inTable) {
            break; // the table has ended
        }
    }
    return report;
}

QString Report::sideBySide(const QList<Report> &reports)
{
    QStringList names;
    QStringList measures;
    for (const Report &r : reports) {
        names.append(r.m_title.section(QStringLiteral(", "), -1));
        for (const Row &row : r.m_rows) {
            if (!measures.contains(row.measure))
                measures.append(row.measure);
        }
    }
    QString out = QStringLiteral("| Measure | ") + names.join(QStringLiteral(" | "))
        + QStringLiteral(" | Target |\n|") + QStringLiteral(" --- |").repeated(names.size() + 2)
        + QLatin1Char('\n');
    for (const QString &measure : std::as_const(measures)) {
        QStringList results;
        QString target;
        for (const Report &r : reports) {
            const auto row = std::find_if(r.m_rows.cbegin(), r.m_rows.cend(),
                                          [&](const Row &x) { return x.measure == measure; });
            if (row == r.m_rows.cend()) {
                results.append(QStringLiteral("—"));
                continue;
            }
            results.append(cell(row->result)
                           + (row->verdict == Verdict::None
                                  ? QString()
                                  : QStringLiteral(" **%1**").arg(verdictWord(row->verdict))));
            if (target.isEmpty())
                target = row->target;
        }
        out += QStringLiteral("| %1 | %2 | %3 |\n")
                   .arg(cell(measure), results.join(QStringLiteral(" | ")), cell(target));
    }
    for (qsizetype i = 0; i < reports.size(); ++i) {
        out += QStringLiteral("\n%1 (%2):\n\n").arg(names.at(i), reports.at(i).m_title);
        for (const QString &fact : reports.at(i).m_facts)
            out += QStringLiteral("- ") + fact + QLatin1Char('\n');
    }
    return out;
}

} // namespace Byline::Bench
