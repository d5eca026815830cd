#include "core/services/PresenceBoard.h"

#include "core/Log.h"
#include "core/changes/ChangeFeed.h"
#include "core/storage/Database.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/PresenceRepository.h"

#include <QTimer>

namespace Byline {

PresenceBoard::PresenceBoard(Storage::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_timer(new QTimer(this))
{
    connect(&db.changes(), &ChangeFeed::changed, this, &PresenceBoard::followStore);
    connect(m_timer, &QTimer::timeout, this, &PresenceBoard::refresh);
    m_timer->start(refreshMs);
    // Rows of desks that crashed since anyone last looked: tidied once, as this desk starts.
    if (auto tidied = Storage::PresenceRepository(db).forgetAbsent(); !tidied)
        qCWarning(lcStorage) << "tidying presence:" << tidied.error().detail;
}

PresenceBoard::~PresenceBoard()
{
    if (m_db.isConnectionLost())
        return; // the session that held them is gone, and with it what it had open
    if (auto left = Storage::PresenceRepository(m_db).leaveAll(); !left)
        qCWarning(lcStorage) << "leaving presence:" << left.error().detail;
}

void PresenceBoard::setUser(const QString &user)
{
    if (user == m_user)
        return;
    m_user = user;
    if (auto left = Storage::PresenceRepository(m_db).leaveAll(); !left)
        qCWarning(lcStorage) << "leaving presence:" << left.error().detail;
    if (!m_user.isEmpty()) {
        for (auto it = m_open.cbegin(); it != m_open.cend(); ++it)
            enter(it.key(), it.value());
    }
    refresh();
}

void PresenceBoard::setOpen(const QString &uid, const QString &locale)
{
    const auto was = m_open.constFind(uid);
    if (was != m_open.cend() && *was == locale)
        return;
    m_open.insert(uid, locale);
    enter(uid, locale);
}

void PresenceBoard::setClosed(const QString &uid)
{
    if (!m_open.remove(uid) || m_user.isEmpty() || m_db.isConnectionLost())
        return;
    if (auto left = Storage::PresenceRepository(m_db).leave(uid); !left)
        qCWarning(lcStorage) << "leaving presence on" << uid << ":" << left.error().detail;
}

void PresenceBoard::sync(const QHash<QString, QString> &open)
{
    const QStringList had = m_open.keys();
    for (const QString &uid : had) {
        if (!open.contains(uid))
            setClosed(uid);
    }
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        setOpen(it.key(), it.value());
}

void PresenceBoard::enter(const QString &uid, const QString &locale)
{
    // Presence is advisory: when it cannot be written, the desk works on without it.
    if (m_user.isEmpty() || m_db.isConnectionLost())
        return;
    if (auto entered = Storage::PresenceRepository(m_db).enter(uid, locale, m_user); !entered)
        qCWarning(lcStorage) << "entering presence on" << uid << ":" << entered.error().detail;
}

QString PresenceBoard::localeLabel(const QString &code) const
{
    return m_labels.value(code, code.toUpper());
}

QList<Presence> PresenceBoard::others(const QString &uid) const
{
    return m_others.value(uid);
}

void PresenceBoard::refresh()
{
    QHash<QString, QList<Presence>> others;
    bool known = false;
    if (!m_db.isConnectionLost()) {
        // The labels are read here, with the presence, so that views asking for them (a
        // model's data()) never reach the store.
        if (m_labels.isEmpty()) {
            if (auto locales = Storage::LocaleRepository(m_db).all()) {
                for (const Locale &l : std::as_const(*locales))
                    m_labels.insert(l.code, l.label);
            }
        }
        auto present = Storage::PresenceRepository(m_db).present();
        if (present) {
            known = true;
            for (const Presence &p : std::as_const(*present)) {
                if (p.session != m_db.origin())
                    others[p.articleUid].append(p);
            }
        }
    }
    if (known == m_known && others == m_others)
        return;
    m_known = known;
    m_others = std::move(others);
    Q_EMIT changed();
}

void PresenceBoard::followStore(const Changes &changes)
{
    bool look = false;
    for (const Change &c : changes) {
        if (c.kind == ChangeKind::Many
            || (c.kind == ChangeKind::SettingsChanged && c.uid == QStringLiteral("locales")))
            m_labels.clear(); // read again when next asked
        if (c.kind == ChangeKind::Many && c.origin == ChangeOrigin::OtherConnection) {
            // Also what comes after a reconnect: the new session enters again.
            for (auto it = m_open.cbegin(); it != m_open.cend(); ++it)
                enter(it.key(), it.value());
            look = true;
        }
        look = look
            || (c.kind == ChangeKind::PresenceChanged && c.origin == ChangeOrigin::OtherConnection);
    }
    if (look)
        refresh();
}

} // namespace Byline
