#pragma once

#include "core/changes/Change.h"
#include "core/domain/Presence.h"

#include <QHash>
#include <QList>
#include <QObject>

class QTimer;

namespace Byline {

namespace Storage {
class Database;
}

// Presence at one desk (docs/ARCHITECTURE.md, "Presence"): what this desk has open, told to
// the store, and who else has which article open, read back from it. The desk says what it
// has open (setOpen, setClosed, sync); the board writes only what differs. It reads the others
// again when the change hub says presence changed (another desk opened or closed something),
// after a reconnect (entering again first: the new session is another backend), and every
// refreshMs, so that a desk that crashed, which tells nobody, is gone within seconds. While the
// connection is lost it knows nothing (isKnown() false) rather than show anyone wrongly
// present. Presence is advisory: it never stops anyone opening or saving.
class PresenceBoard : public QObject
{
    Q_OBJECT
public:
    explicit PresenceBoard(Storage::Database &db, QObject *parent = nullptr);
    ~PresenceBoard() override; // this desk leaves everything it had open

    // Who this desk is (a login): what is open is entered again in their name. Empty: nobody
    // (nothing is entered).
    void setUser(const QString &user);
    [[nodiscard]] QString user() const { return m_user; }

    // This desk has `uid` open, working in `locale`.
    void setOpen(const QString &uid, const QString &locale);
    void setClosed(const QString &uid);
    // Everything this desk has open (uid -> locale): what is not in it is closed.
    void sync(const QHash<QString, QString> &open);

    // Whether the board could read the store at its last look.
    [[nodiscard]] bool isKnown() const { return m_known; }
    // The people at other desks (other connections) who have `uid` open, earliest first.
    [[nodiscard]] QList<Presence> others(const QString &uid) const;
    // Reads who is where now.
    void refresh();
    // The label readers know a locale by ("AM" for hy): how views name the language someone
    // works in.
    [[nodiscard]] QString localeLabel(const QString &code) const;

    static constexpr int refreshMs = 3000;

Q_SIGNALS:
    // Who is where may be different now: views showing presence read it again.
    void changed();

private:
    void followStore(const Byline::Changes &changes);
    void enter(const QString &uid, const QString &locale);

    Storage::Database &m_db;
    QString m_user;
    QHash<QString, QString> m_open; // this desk's: uid -> locale
    QHash<QString, QList<Presence>> m_others; // uid -> the people at other desks
    QHash<QString, QString> m_labels; // locale code -> label, read with the presence
    bool m_known = false;
    QTimer *m_timer = nullptr;
};

} // namespace Byline
