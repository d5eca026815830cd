#pragma once

#include "core/domain/User.h"

#include <QObject>

#include <optional>

namespace Byline {
namespace Storage {
class Database;
}

// Who is working at this desk ("You are"): looked up in the store once when chosen, and
// announced, so that every part of the desk whose offers depend on the person's role follows
// `changed` instead of looking them up again.
class CurrentUser : public QObject
{
    Q_OBJECT
public:
    explicit CurrentUser(Storage::Database &db, QObject *parent = nullptr);

    // Looks `name` up and announces the result, even for the same name (their role or
    // languages may have changed). Empty, unknown or deactivated: nobody.
    void set(const QString &name);
    [[nodiscard]] const std::optional<User> &user() const { return m_user; }
    // The login, or empty when nobody is chosen.
    [[nodiscard]] QString name() const { return m_user ? m_user->name : QString(); }

Q_SIGNALS:
    void changed(const std::optional<Byline::User> &user);

private:
    Storage::Database &m_db;
    std::optional<User> m_user;
};

} // namespace Byline
