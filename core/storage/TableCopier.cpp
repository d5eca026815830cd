#include "core/storage/TableCopier.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace Byline::Storage {

namespace {

// Names are quoted: a column may be called `key`, `position` or `text`.
QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString quotedList(const QStringList &names)
{
    QStringList result;
    for (const QString &name : names)
        result.append(quoted(name));
    return result.join(QStringLiteral(", "));
}

QString placeholders(qsizetype count)
{
    return QLatin1Char('(') + QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "))
        + QLatin1Char(')');
}

// Roughly what a row holds in memory, to keep a page within TableCopier::pageBytes.
qint64 rowBytes(const QVariantList &row)
{
    qint64 bytes = 0;
    for (const QVariant &value : row)
        bytes += value.typeId() == QMetaType::QString ? 32 + 2 * value.toString().size() : 16;
    return bytes;
}

// Rows in one INSERT: many at once save a round trip each on a server, and stay under the
// 999 values SQLite allowed one statement for long.
int rowsPerInsert(qsizetype columns)
{
    return int(std::clamp<qsizetype>(999 / qMax<qsizetype>(1, columns), 1, 100));
}

} // namespace

TableCopier::TableCopier(Database &from, Database &to, QString table, QStringList key)
    : m_from(from)
    , m_to(to)
    , m_table(std::move(table))
    , m_key(std::move(key))
{
}

Result<QStringList> TableCopier::columns() const
{
    // Both stores are at the same schema, so the same columns; anything else is refused
    // rather than copied in part.
    const QSqlRecord source = m_from.connection().record(m_table);
    const QSqlRecord target = m_to.connection().record(m_table);
    QStringList names;
    for (int i = 0; i < source.count(); ++i)
        names.append(source.fieldName(i));
    QStringList targetNames;
    for (int i = 0; i < target.count(); ++i)
        targetNames.append(target.fieldName(i));
    QStringList sortedNames = names;
    sortedNames.sort();
    targetNames.sort();
    if (names.isEmpty() || sortedNames != targetNames) {
        return fail(ErrorCode::StorageFailure,
                    QObject::tr("The table %1 of %2 does not have the columns this Byline "
                                "writes in %3, so it cannot be copied. Nothing was copied.")
                        .arg(m_table, m_from.path(), m_to.path()),
                    QStringLiteral("%1 / %2").arg(names.join(QLatin1Char(',')),
                                                  targetNames.join(QLatin1Char(','))));
    }
    for (const QString &key : m_key) {
        if (!names.contains(key))
            return fail(ErrorCode::StorageFailure,
                        QObject::tr("The table %1 has no column %2.").arg(m_table, key));
    }
    return names;
}

Result<qint64> TableCopier::copy(const std::function<void(qint64)> &copied)
{
    auto names = columns();
    if (!names)
        return std::unexpected(names.error());
    QList<int> keyAt;
    for (const QString &key : std::as_const(m_key))
        keyAt.append(int(names->indexOf(key)));
    const QString what = QObject::tr("copying %1").arg(m_table);
    const QString select
        = QStringLiteral("SELECT %1 FROM %2").arg(quotedList(*names), quoted(m_table));
    const QString order = QStringLiteral(" ORDER BY %1 LIMIT ?").arg(quotedList(m_key));
    const QString after = m_key.size() == 1
        ? QStringLiteral(" WHERE %1 > ?").arg(quoted(m_key.first()))
        : QStringLiteral(" WHERE (%1) > %2").arg(quotedList(m_key), placeholders(m_key.size()));
    const int perInsert = rowsPerInsert(names->size());

    qint64 total = 0;
    int limit = m_pageRows;
    QVariantList lastKey;
    for (;;) {
        QList<QVariantList> page;
        qint64 bytes = 0;
        {
            auto q = lastKey.isEmpty()
                ? m_from.run(select + order, {limit}, what)
                : m_from.run(select + after + order, lastKey + QVariantList {limit}, what);
            if (!q)
                return std::unexpected(q.error());
            while (q->next()) {
                QVariantList row;
                row.reserve(names->size());
                for (int i = 0; i < names->size(); ++i)
                    row.append(q->value(i));
                bytes += rowBytes(row);
                page.append(std::move(row));
            }
            if (q->lastError().isValid())
                return std::unexpected(m_from.errorFrom(q->lastError(), what));
        }
        if (page.isEmpty())
            break;
        if (auto written = write(*names, page); !written)
            return std::unexpected(written.error());
        total += page.size();
        if (copied)
            copied(total);
        if (page.size() < limit)
            break;
        lastKey.clear();
        for (const int i : std::as_const(keyAt))
            lastKey.append(page.constLast().at(i));
        // The next page as long as about pageBytes of rows like these; whole INSERTs of
        // perInsert rows, so that a table needs two statements at most.
        const qint64 perRow = qMax<qint64>(1, bytes / page.size());
        limit = int(std::clamp<qint64>(pageBytes / perRow, 1, m_pageRows));
        if (limit > perInsert)
            limit -= limit % perInsert;
    }
    return total;
}

Result<> TableCopier::write(const QStringList &columns, const QList<QVariantList> &rows)
{
    const QString what = QObject::tr("copying %1").arg(m_table);
    const int perInsert = rowsPerInsert(columns.size());
    const QString insert
        = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(quoted(m_table), quotedList(columns));
    const QString row = placeholders(columns.size());
    auto tx = Transaction::begin(m_to, what);
    if (!tx)
        return std::unexpected(tx.error());
    for (qsizetype start = 0; start < rows.size(); start += perInsert) {
        const qsizetype count = qMin<qsizetype>(perInsert, rows.size() - start);
        QVariantList values;
        values.reserve(count * columns.size());
        for (qsizetype i = start; i < start + count; ++i)
            values.append(rows.at(i));
        const QString sql = insert + QStringList(count, row).join(QStringLiteral(", "));
        if (auto done = m_to.run(sql, values, what); !done)
            return std::unexpected(done.error());
    }
    return tx->commit();
}

} // namespace Byline::Storage
