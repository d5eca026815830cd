#include "core/storage/ReadSnapshot.h"

#include "core/Log.h"
#include "core/storage/Database.h"

#include <QObject>
#include <QSqlQuery>

namespace Byline::Storage {

ReadSnapshot::~ReadSnapshot()
{
    if (!m_open)
        return;
    if (auto ended = m_db.run(QStringLiteral("ROLLBACK")); !ended)
        qCWarning(lcStorage) << "A read snapshot did not end:" << ended.error().message;
}

Result<> ReadSnapshot::begin()
{
    if (m_db.inTransaction())
        return {};
    const QString what = QObject::tr("reading %1").arg(m_db.path());
    auto begun = m_db.run(m_db.isServer()
                              ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                              : QStringLiteral("BEGIN"),
                          {}, what);
    if (!begun)
        return std::unexpected(begun.error());
    m_open = true;
    // SQLite takes the snapshot at the first read.
    auto read = m_db.scalar(QStringLiteral("SELECT count(*) FROM locales"), {}, what);
    if (!read)
        return std::unexpected(read.error());
    return {};
}

} // namespace Byline::Storage
