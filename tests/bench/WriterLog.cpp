#include "tests/bench/WriterLog.h"

#include <algorithm>
#include <array>

namespace Byline::Bench {
namespace {

constexpr std::array kinds {WriterLog::Kind::Save, WriterLog::Kind::Comment, WriterLog::Kind::Act};
constexpr std::array outcomes {WriterLog::Outcome::Ok, WriterLog::Outcome::Kept,
                               WriterLog::Outcome::Conflict, WriterLog::Outcome::Locked,
                               WriterLog::Outcome::Failed};

// One field of a tab-separated line: no tab or line break inside.
QString field(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

} // namespace

QString WriterLog::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Save:
        return QStringLiteral("save");
    case Kind::Comment:
        return QStringLiteral("comment");
    case Kind::Act:
        return QStringLiteral("act");
    }
    return {};
}

QString WriterLog::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Kept:
        return QStringLiteral("kept");
    case Outcome::Conflict:
        return QStringLiteral("conflict");
    case Outcome::Locked:
        return QStringLiteral("locked");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

Result<> WriterLog::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return fail(ErrorCode::Io,
                    QStringLiteral("Cannot write %1: %2.").arg(path, m_file.errorString()));
    return {};
}

Result<> WriterLog::append(const Entry &entry)
{
    const QByteArray line = (toLine(entry) + QLatin1Char('\n')).toUtf8();
    // Flushed at once: the line is on its way to the disk before the next call starts.
    if (m_file.write(line) != line.size() || !m_file.flush())
        return fail(
            ErrorCode::Io,
            QStringLiteral("Cannot write %1: %2.").arg(m_file.fileName(), m_file.errorString()));
    return {};
}

QString WriterLog::toLine(const Entry &entry)
{
    return QStringList {kindName(entry.kind), outcomeName(entry.outcome),
                        field(entry.uid),     QString::number(entry.ms, 'f', 3),
                        field(entry.marker),  field(entry.detail)}
        .join(QLatin1Char('\t'));
}

Result<WriterLog::Entry> WriterLog::fromLine(const QString &line)
{
    const QStringList parts = line.split(QLatin1Char('\t'));
    const auto invalid = [&line] {
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("A writer's log has a line the bench cannot read: %1")
                        .arg(line.left(200)));
    };
    if (parts.size() != 6)
        return invalid();
    Entry entry;
    const auto kind = std::find_if(kinds.begin(), kinds.end(),
                                   [&](Kind k) { return kindName(k) == parts.at(0); });
    const auto outcome = std::find_if(outcomes.begin(), outcomes.end(),
                                      [&](Outcome o) { return outcomeName(o) == parts.at(1); });
    bool ok = false;
    entry.ms = parts.at(3).toDouble(&ok);
    if (kind == kinds.end() || outcome == outcomes.end() || !ok)
        return invalid();
    entry.kind = *kind;
    entry.outcome = *outcome;
    entry.uid = parts.at(2);
    entry.marker = parts.at(4);
    entry.detail = parts.at(5);
    return entry;
}

Result<QList<WriterLog::Entry>> WriterLog::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(ErrorCode::Io,
                    QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString()));
    QList<Entry> entries;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        auto entry = fromLine(line);
        if (!entry)
            return std::unexpected(entry.error());
        entries.append(*entry);
    }
    return entries;
}

} // namespace Byline::Bench
