#include "core/storage/ChangeWatcher.h"

#include "core/Log.h"
#include "core/changes/ChangeFeed.h"
#include "core/storage/Database.h"

#include <QSqlQuery>
#include <QTimer>

namespace Byline::Storage {

ChangeWatcher::ChangeWatcher(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_timer(new QTimer(this))
    , m_soon(new QTimer(this))
{
    const auto look = [this] {
        if (auto checked = checkNow(); !checked)
            Q_EMIT failed(checked.error().message);
    };
    connect(m_timer, &QTimer::timeout, this, look);
    m_soon->setSingleShot(true);
    m_soon->setInterval(coalesceMs);
    connect(m_soon, &QTimer::timeout, this, look);
}

void ChangeWatcher::start(int intervalMs, Notifications notifications)
{
    if (auto now = catchUpToNow(); !now)
        qCWarning(lcStorage) << "watching the store for changes:" << now.error().detail;
    m_started = true;
    if (notifications == Notifications::Follow && !m_notified) {
        // A notification only says "look": the rows say what changed. Several in a row are
        // read in one look.
        m_notified = m_db.notifyOnChanges(this, [this] {
            if (m_timer->isActive() && !m_soon->isActive())
                m_soon->start();
        });
    }
    if (intervalMs <= 0) {
        intervalMs = !m_db.isServer() ? fileIntervalMs
            : m_notified              ? notifiedIntervalMs
                                      : serverIntervalMs;
    }
    m_timer->start(intervalMs);
}

void ChangeWatcher::stop()
{
    m_timer->stop();
    m_soon->stop();
}

bool ChangeWatcher::isActive() const
{
    return m_timer->isActive();
}

Result<qint64> ChangeWatcher::dataVersion() const
{
    // On a server, the newest row of change_log (an index's last entry) tells the same: its
    // rows are numbered in the order they commit (Database::logPendingChanges).
    auto version = m_db.scalar(m_db.isServer()
                                   ? QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log")
                                   : QStringLiteral("PRAGMA data_version"),
                               {}, QObject::tr("looking for changes made elsewhere"));
    if (!version)
        return std::unexpected(version.error());
    return version->toLongLong();
}

Result<> ChangeWatcher::catchUpToNow()
{
    auto version = dataVersion();
    if (!version)
        return std::unexpected(version.error());
    m_dataVersion = *version;
    if (m_db.schemaVersion() < 7)
        return {};
    auto last = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log"), {},
                            QObject::tr("looking for changes made elsewhere"));
    if (!last)
        return std::unexpected(last.error());
    m_lastSeq = last->toLongLong();
    return {};
}

Result<int> ChangeWatcher::checkNow()
{
    if (!m_started) {
        if (auto now = catchUpToNow(); !now)
            return std::unexpected(now.error());
        m_started = true;
        return 0;
    }
    auto version = dataVersion();
    if (!version)
        return std::unexpected(version.error());
    if (*version == m_dataVersion || m_db.schemaVersion() < 7)
        return 0; // nobody else committed
    m_dataVersion = *version;

    const QString what = QObject::tr("reading what changed elsewhere");
    auto q = m_db.run(QStringLiteral("SELECT seq, origin, kind, uid, locale, version "
                                     "FROM change_log WHERE seq > ? ORDER BY seq"),
                      {m_lastSeq}, what);
    if (!q)
        return std::unexpected(q.error());
    Changes changes;
    bool gap = false;
    bool first = true;
    while (q->next()) {
        const qint64 seq = q->value(0).toLongLong();
        // Rows are never rolled back into gaps (AUTOINCREMENT): a gap means pruned rows.
        if (first && seq != m_lastSeq + 1)
            gap = true;
        first = false;
        m_lastSeq = seq;
        if (q->value(1).toString() == m_db.origin())
            continue;
        const auto kind = changeKindFromName(q->value(2).toString());
        changes.append({kind.value_or(ChangeKind::Many), q->value(3).toString(),
                        q->value(5).toInt(), q->value(4).toString(),
                        ChangeOrigin::OtherConnection});
    }
    q->finish();
    if (gap)
        changes = {Change {ChangeKind::Many, {}, 0, {}, ChangeOrigin::OtherConnection}};
    m_db.changes().publish(changes);
    return int(changes.size());
}

} // namespace Byline::Storage
