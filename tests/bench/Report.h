#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Byline::Bench {

// The benchmark's result as Markdown: a few lines about the run, one table row per target of
// tests/bench/README.md ("Targets") with PASS or MISS, then free sections (notes, search).
class Report
{
public:
    enum class Verdict { Pass, Miss, None };

    struct Row
    {
        QString measure;
        QString result;
        QString target;
        Verdict verdict = Verdict::None;
    };

    void setTitle(const QString &title) { m_title = title; }
    void addFact(const QString &line) { m_facts.append(line); }
    void addRow(const Row &row) { m_rows.append(row); }
    void addSection(const QString &heading, const QStringList &lines);

    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] const QStringList &facts() const { return m_facts; }
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    [[nodiscard]] QString markdown() const;

    // A report as markdown() wrote it: its title, facts and table (not the sections).
    [[nodiscard]] static Report fromMarkdown(const QString &text);
    // Several reports (one per engine) in one table: a column of results per report, named by
    // the last part of its title ("SQLite", "PostgreSQL"), each with its verdict, rows in the
    // first report's order; then each report's facts.
    [[nodiscard]] static QString sideBySide(const QList<Report> &reports);

    // PASS when `ok`, else MISS.
    [[nodiscard]] static Verdict verdict(bool ok) { return ok ? Verdict::Pass : Verdict::Miss; }

private:
    struct Section
    {
        QString heading;
        QStringList lines;
    };
    QString m_title;
    QStringList m_facts;
    QList<Row> m_rows;
    QList<Section> m_sections;
};

} // namespace Byline::Bench
