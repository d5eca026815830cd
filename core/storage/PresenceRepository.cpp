#include "core/storage/PresenceRepository.h"

#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QSysInfo>

#include <cerrno>
#include <signal.h>

namespace Byline::Storage {

PresenceRepository::PresenceRepository(Database &db)
    : m_db(db)
{
}

Result<> PresenceRepository::enter(const QString &uid, const QString &locale, const QString &user)
{
    const QString what = QObject::tr("noting that you have %1 open").arg(uid);
    // On a server the row names the session's backend, which the server knows and the desk
    // need not; on SQLite, the desk's process on this machine.
    const QString process = m_db.isServer() ? QStringLiteral("pg_backend_pid()")
                                            : QString::number(QCoreApplication::applicationPid());
    const QString host = m_db.isServer() ? QString() : QSysInfo::machineHostName();
    // With its change_log row, so other desks hear of it (on a server that needs a
    // transaction: Database::logPendingChanges).
    auto tx = Transaction::begin(m_db, what);
    if (!tx)
        return std::unexpected(tx.error());
    auto q = m_db.run(
        QStringLiteral("INSERT INTO presence (session, article_uid, locale, user_id, since, "
                       "process, host) SELECT ?, ?, ?, id, ?, %1, ? FROM users WHERE name = ? "
                       "ON CONFLICT (session, article_uid) DO UPDATE SET "
                       "locale = excluded.locale, user_id = excluded.user_id, "
                       "since = CASE WHEN presence.locale = excluded.locale "
                       "AND presence.user_id = excluded.user_id THEN presence.since "
                       "ELSE excluded.since END, process = excluded.process, host = excluded.host")
            .arg(process),
        {m_db.origin(), uid, locale, formatUtc(Clock::now()), host, user}, what);
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, QObject::tr("There is no person %1.").arg(user));
    q->finish();
    m_db.recordChange({ChangeKind::PresenceChanged, uid, 0, locale});
    return tx->commit();
}

Result<> PresenceRepository::leave(const QString &uid)
{
    const QString what = QObject::tr("noting that you closed %1").arg(uid);
    auto tx = Transaction::begin(m_db, what);
    if (!tx)
        return std::unexpected(tx.error());
    auto q = m_db.run(QStringLiteral("DELETE FROM presence WHERE session = ? AND article_uid = ?"),
                      {m_db.origin(), uid}, what);
    if (!q)
        return std::unexpected(q.error());
    const bool left = q->numRowsAffected() > 0;
    q->finish();
    if (left)
        m_db.recordChange({ChangeKind::PresenceChanged, uid});
    return tx->commit();
}

Result<> PresenceRepository::leaveAll()
{
    const QString what = QObject::tr("noting that you closed your articles");
    auto tx = Transaction::begin(m_db, what);
    if (!tx)
        return std::unexpected(tx.error());
    auto open = m_db.run(QStringLiteral("SELECT article_uid FROM presence WHERE session = ?"),
                         {m_db.origin()}, what);
    if (!open)
        return std::unexpected(open.error());
    QStringList uids;
    while (open->next())
        uids.append(open->value(0).toString());
    open->finish();
    if (uids.isEmpty())
        return {};
    auto q
        = m_db.run(QStringLiteral("DELETE FROM presence WHERE session = ?"), {m_db.origin()}, what);
    if (!q)
        return std::unexpected(q.error());
    q->finish();
    for (const QString &uid : std::as_const(uids))
        m_db.recordChange({ChangeKind::PresenceChanged, uid});
    return tx->commit();
}

Result<QList<Presence>> PresenceRepository::present(const QString &uid) const
{
    QString sql = QStringLiteral("SELECT p.session, p.article_uid, p.locale, u.name, "
                                 "u.display_name, p.since, p.process, p.host "
                                 "FROM presence p JOIN users u ON u.id = p.user_id WHERE 1 = 1");
    QVariantList binds;
    if (m_db.isServer()) {
        // A session that ended took its backend with it.
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM pg_stat_activity a "
                              "WHERE a.pid = p.process AND a.datname = current_database())");
    }
    if (!uid.isEmpty()) {
        sql += QStringLiteral(" AND p.article_uid = ?");
        binds.append(uid);
    }
    sql += QStringLiteral(" ORDER BY p.article_uid, p.since, u.name");
    auto q = m_db.run(sql, binds, QObject::tr("reading who has which article open"));
    if (!q)
        return std::unexpected(q.error());
    QList<Presence> result;
    while (q->next()) {
        const QString session = q->value(0).toString();
        if (!m_db.isServer() && session != m_db.origin()
            && !processAlive(q->value(6).toLongLong(), q->value(7).toString()))
            continue;
        result.append({session, q->value(1).toString(), q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toString(),
                       parseUtc(q->value(5).toString()).value_or(QDateTime())});
    }
    return result;
}

Result<int> PresenceRepository::forgetAbsent()
{
    const QString what = QObject::tr("tidying up who has which article open");
    if (m_db.isServer()) {
        // A person may remove only their own rows (the server's rights); the newsroom's
        // function removes anyone's whose session ended. A store without the rights installed
        // is its administrator's, who may remove them directly.
        auto installed = m_db.scalar(
            QStringLiteral("SELECT to_regproc('byline_forget_absent') IS NOT NULL"), {}, what);
        if (!installed)
            return std::unexpected(installed.error());
        auto removed = m_db.scalar(
            installed->toBool()
                ? QStringLiteral("SELECT byline_forget_absent()")
                : QStringLiteral("WITH gone AS (DELETE FROM presence WHERE process NOT IN "
                                 "(SELECT pid FROM pg_stat_activity WHERE pid IS NOT NULL) "
                                 "RETURNING 1) SELECT count(*) FROM gone"),
            {}, what);
        if (!removed)
            return std::unexpected(removed.error());
        return removed->toInt();
    }
    auto rows = m_db.run(QStringLiteral("SELECT DISTINCT session, process, host FROM presence"), {},
                         what);
    if (!rows)
        return std::unexpected(rows.error());
    QStringList gone;
    while (rows->next()) {
        if (!processAlive(rows->value(1).toLongLong(), rows->value(2).toString()))
            gone.append(rows->value(0).toString());
    }
    rows->finish();
    int removed = 0;
    for (const QString &session : std::as_const(gone)) {
        auto q
            = m_db.run(QStringLiteral("DELETE FROM presence WHERE session = ?"), {session}, what);
        if (!q)
            return std::unexpected(q.error());
        removed += q->numRowsAffected();
        q->finish();
    }
    return removed;
}

bool PresenceRepository::processAlive(qint64 process, const QString &host)
{
    if (host != QSysInfo::machineHostName())
        return true; // nothing here can tell; a SQLite store is one machine's anyway
    if (process <= 0)
        return false;
    return ::kill(pid_t(process), 0) == 0 || errno == EPERM;
}

} // namespace Byline::Storage
