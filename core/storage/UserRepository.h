#pragma once

#include "core/Error.h"
#include "core/domain/User.h"

#include <QList>

#include <optional>

namespace Byline::Storage {

class Database;

class UserRepository
{
public:
    explicit UserRepository(Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<QList<User>> all() const; // by name
    [[nodiscard]] Result<std::optional<User>> find(const QString &name) const;
    // The user called `name`, or ErrorCode::NotFound saying how to see who there is.
    [[nodiscard]] Result<User> require(const QString &name) const;
    // Creates the user or updates the one with the same name.
    [[nodiscard]] Result<> upsert(const User &user);

private:
    Database &m_db;
};

} // namespace Byline::Storage
