#pragma once

#include "core/Error.h"
#include "core/domain/Role.h"

#include <QString>
#include <QStringList>

namespace Byline {
struct User;
}

namespace Byline::Storage {

class Database;

// A newsroom on a PostgreSQL server: its group roles, the rights the server enforces
// (core/storage/server/rights.sql) and the login roles of its people. See
// docs/ARCHITECTURE.md, "Two engines", and the README, "A shared newsroom".
//
// Roles are the server's, shared by all its databases, so a newsroom's group roles carry the
// database's name: <database>_member (may connect, read, write what the rights allow),
// <database>_journalist, _editor, _translator and _admin, each a member of _member. A person's
// login role is named as they are in Byline (users.name) and is a member of their role's group.
namespace ServerSetup {

// The group role of `role` (or of every member, with no role) in the database `database`.
[[nodiscard]] QString groupRole(const QString &database, std::optional<Role> role = {});

// Makes `db` (opened by a superuser or the database's owner, schema up to date) a shared
// newsroom: the group roles, the grants, the triggers and policies. Runs again unchanged as
// often as wanted. Returns what it made (the group roles).
[[nodiscard]] Result<QStringList> installRights(Database &db);

// Whether `server setup` installed the rights (and so people have logins) in `db`.
[[nodiscard]] Result<bool> rightsInstalled(Database &db);

// Whether the server has a role (a login) called `name`.
[[nodiscard]] Result<bool> loginExists(Database &db, const QString &name);

// A login role for `user` with `password`, in the group of their role; an admin's login may
// add and change the other logins (CREATEROLE). If the role exists, its password is set.
[[nodiscard]] Result<> createLogin(Database &db, const User &user, const QString &password);

// Brings an existing login role in line with `user`: the group of their role (and no other of
// this newsroom's), able to log in while active, not after. Does nothing when there is no
// such role (a person brought in by an import logs in once an admin gives them a password).
[[nodiscard]] Result<> syncLogin(Database &db, const User &user);

} // namespace ServerSetup
} // namespace Byline::Storage
