#include "core/storage/UserRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Ids.h"
#include "core/storage/ServerSetup.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace Byline::Storage {

Result<QList<User>> UserRepository::all() const
{
    const QString what = QObject::tr("reading the users");
    auto q = m_db.run(QStringLiteral("SELECT id, name, display_name, role, active FROM users "
                                     "ORDER BY name"),
                      {}, what);
    if (!q)
        return std::unexpected(q.error());
    QList<User> result;
    QList<qint64> ids;
    while (q->next()) {
        User user;
        ids.append(q->value(0).toLongLong());
        user.name = q->value(1).toString();
        user.displayName = q->value(2).toString();
        user.role = roleFromName(q->value(3).toString()).value_or(Role::Journalist);
        user.active = q->value(4).toBool();
        result.append(user);
    }
    auto locales = m_db.run(QStringLiteral("SELECT user_id, locale FROM user_locales "
                                           "ORDER BY locale"),
                            {}, what);
    if (!locales)
        return std::unexpected(locales.error());
    while (locales->next()) {
        const qsizetype index = ids.indexOf(locales->value(0).toLongLong());
        if (index >= 0)
            result[index].locales.append(locales->value(1).toString());
    }
    auto names = m_db.run(QStringLiteral("SELECT user_id, locale, name FROM user_names"), {}, what);
    if (!names)
        return std::unexpected(names.error());
    while (names->next()) {
        const qsizetype index = ids.indexOf(names->value(0).toLongLong());
        if (index >= 0)
            result[index].names.insert(names->value(1).toString(), names->value(2).toString());
    }
    return result;
}

Result<std::optional<User>> UserRepository::find(const QString &name) const
{
    auto users = all();
    if (!users)
        return std::unexpected(users.error());
    for (const User &user : *users) {
        if (user.name == name)
            return std::optional<User>(user);
    }
    return std::optional<User>();
}

Result<User> UserRepository::require(const QString &name) const
{
    auto user = find(name);
    if (!user)
        return std::unexpected(user.error());
    if (!*user) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("There is no user \"%1\"; \"byline-cli users list\" shows who "
                                "there is.")
                        .arg(name));
    }
    return **user;
}

Result<> UserRepository::upsert(const User &user)
{
    const QString what = QObject::tr("saving the user %1").arg(user.name);
    auto tx = Transaction::begin(m_db, what);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto q
        = m_db.run(QStringLiteral("INSERT INTO users (name, display_name, role, active) "
                                  "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                                  "display_name = excluded.display_name, "
                                  "role = excluded.role, active = excluded.active"),
                   {user.name, user.displayName, roleName(user.role), user.active ? 1 : 0}, what);
        !q) {
        return std::unexpected(q.error());
    }
    auto id = findId(m_db, "users", "name", user.name);
    if (!id)
        return std::unexpected(id.error());
    if (auto q
        = m_db.run(QStringLiteral("DELETE FROM user_locales WHERE user_id = ?"), {**id}, what);
        !q) {
        return std::unexpected(q.error());
    }
    for (const QString &locale : user.locales) {
        if (auto q = m_db.run(QStringLiteral("INSERT INTO user_locales (user_id, locale) "
                                             "VALUES (?, ?)"),
                              {**id, locale}, what);
            !q) {
            return std::unexpected(q.error());
        }
    }
    if (auto q = m_db.run(QStringLiteral("DELETE FROM user_names WHERE user_id = ?"), {**id}, what);
        !q) {
        return std::unexpected(q.error());
    }
    for (auto it = user.names.cbegin(); it != user.names.cend(); ++it) {
        if (it.value().isEmpty())
            continue; // no name of its own in that locale: the display name stands in
        if (auto q = m_db.run(QStringLiteral("INSERT INTO user_names (user_id, locale, name) "
                                             "VALUES (?, ?, ?)"),
                              {**id, it.key(), it.value()}, what);
            !q) {
            return std::unexpected(q.error());
        }
    }
    // On a server, the person's login follows: their role's group, and no login while inactive.
    if (auto synced = ServerSetup::syncLogin(m_db, user); !synced)
        return synced;
    m_db.recordChange({ChangeKind::UsersChanged, user.name});
    return tx->commit();
}

} // namespace Byline::Storage
