#include "tests/bench/Report.h"

namespace Byline::Bench {

void Report::addSection(const QString &heading, const QStringList &lines)
{
    m_sections.append({heading, lines});
}

QString Report::markdown() const
{
    auto cell = [](QString text) {
        return text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    };
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
        const QString verdict = row.verdict == Verdict::Pass ? QStringLiteral("PASS")
            : row.verdict == Verdict::Miss                   ? QStringLiteral("MISS")
                                                             : QStringLiteral("—");
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(cell(row.measure), cell(row.result), cell(row.target), verdict);
    }
    for (const Section &section : m_sections) {
        out += QStringLiteral("\n### ") + section.heading + QStringLiteral("\n\n");
        for (const QString &line : section.lines)
            out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace Byline::Bench
