#include "core/storage/Transaction.h"

#include "core/Log.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace Byline::Storage {

Transaction::Transaction(Database *db, QString what)
    : m_db(db)
    , m_what(std::move(what))
{
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_what(std::move(other.m_what))
{
}

Result<Transaction> Transaction::begin(Database &db, const QString &what)
{
    if (db.m_transactionDepth == 0) {
        if (db.isReadOnly()) {
            return fail(ErrorCode::StorageReadOnly,
                        QObject::tr("The store %1 is read-only, so %2 is not possible. Nothing "
                                    "was changed; check the file's permissions.")
                            .arg(db.path(), what.isEmpty() ? QObject::tr("a change") : what));
        }
        // On a server, writers lock the rows they change instead (ArticleRepository::lock).
        auto begun = db.run(
            db.isServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"), {}, what);
        if (!begun)
            return std::unexpected(begun.error());
        db.m_rollbackOnly = false;
        db.dropPendingChanges();
    }
    ++db.m_transactionDepth;
    return Transaction(&db, what);
}

Result<> Transaction::commit()
{
    Database *db = std::exchange(m_db, nullptr);
    if (!db)
        return fail(ErrorCode::StorageFailure, QObject::tr("The transaction has already ended."));
    if (--db->m_transactionDepth > 0)
        return {};
    db->finishReads();
    if (db->m_rollbackOnly) {
        db->dropPendingChanges();
        (void)db->run(QStringLiteral("ROLLBACK"));
        return fail(ErrorCode::StorageFailure,
                    QObject::tr("A part of %1 failed, so nothing of it was saved.")
                        .arg(m_what.isEmpty() ? QObject::tr("the change") : m_what));
    }
    if (auto logged = db->logPendingChanges(); !logged) {
        db->dropPendingChanges();
        (void)db->run(QStringLiteral("ROLLBACK"));
        return std::unexpected(logged.error());
    }
    auto committed = db->run(QStringLiteral("COMMIT"), {}, m_what);
    if (!committed) {
        db->dropPendingChanges();
        (void)db->run(QStringLiteral("ROLLBACK"));
        return std::unexpected(committed.error());
    }
    db->announcePendingChanges(); // only what was committed is ever announced
    return {};
}

Transaction::~Transaction()
{
    if (!m_db)
        return;
    if (--m_db->m_transactionDepth > 0) {
        m_db->m_rollbackOnly = true;
        return;
    }
    m_db->finishReads();
    m_db->dropPendingChanges();
    if (auto rolledBack = m_db->run(QStringLiteral("ROLLBACK")); !rolledBack)
        qCWarning(lcStorage) << "rollback failed:" << rolledBack.error().detail;
}

} // namespace Byline::Storage
