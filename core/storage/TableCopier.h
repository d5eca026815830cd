#pragma once

#include "core/Error.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace Byline::Storage {

class Database;

// One table's rows from one store into another, as they are: the same ids, uids, versions and
// times (StoreCopier, `byline-cli copy`). The rows are read a page at a time in the order of
// the table's key, each page starting after the last key of the one before (keyset paging),
// so memory stays bounded whatever the table's size. Each page is read to its end before any
// of it is written: on a server, a query whose rows are still being read loses them when
// another statement runs on the same connection.
class TableCopier
{
public:
    // `key`: the table's primary key, the order of the pages.
    TableCopier(Database &from, Database &to, QString table, QStringList key);

    // The most rows of one page (a page of long rows, revisions say, holds fewer).
    void setPageRows(int rows) { m_pageRows = qMax(1, rows); }
    static constexpr int defaultPageRows = 2000;
    // About how much text one page holds at most.
    static constexpr qint64 pageBytes = 4 * 1024 * 1024;

    // Copies every row, each page in a transaction of `to` (nested in the caller's when there
    // is one); `copied` hears the number of rows so far after each page.
    [[nodiscard]] Result<qint64> copy(const std::function<void(qint64 copied)> &copied = {});

private:
    [[nodiscard]] Result<QStringList> columns() const;
    [[nodiscard]] Result<> write(const QStringList &columns, const QList<QVariantList> &rows);

    Database &m_from;
    Database &m_to;
    QString m_table;
    QStringList m_key;
    int m_pageRows = defaultPageRows;
};

} // namespace Byline::Storage
