#include "core/storage/ServerSetup.h"

#include "core/Log.h"
#include "core/domain/User.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"
#include "core/storage/Transaction.h"

#include <QFile>
#include <QSqlQuery>

namespace Byline::Storage::ServerSetup {
namespace {

constexpr Role allRoles[] = {Role::Journalist, Role::Editor, Role::Translator, Role::Admin};

// A name as a quoted SQL identifier (a login may hold dots and capitals).
QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

Result<QString> databaseName(Database &db)
{
    auto name = db.scalar(QStringLiteral("SELECT current_database()"));
    if (!name)
        return std::unexpected(name.error());
    return name->toString();
}

Result<> ensureGroup(Database &db, const QString &group, const QString &what)
{
    auto exists = db.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"),
                            {group}, what);
    if (!exists)
        return std::unexpected(exists.error());
    if (exists->toInt() > 0)
        return {};
    auto made = db.run(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(group)), {}, what);
    if (!made)
        return std::unexpected(made.error());
    return {};
}

} // namespace

QString groupRole(const QString &database, std::optional<Role> role)
{
    return database + QLatin1Char('_') + (role ? roleName(*role) : QStringLiteral("member"));
}

Result<QStringList> installRights(Database &db)
{
    const QString what = QObject::tr("setting up the newsroom's rights on the server");
    if (!db.isServer()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("%1 is a file, not a newsroom server: rights on a file are its "
                                "permissions.")
                        .arg(db.path()));
    }
    auto database = databaseName(db);
    if (!database)
        return std::unexpected(database.error());
    auto tx = Transaction::begin(db, what);
    if (!tx)
        return std::unexpected(tx.error());
    const QString member = groupRole(*database);
    QStringList groups {member};
    if (auto done = ensureGroup(db, member, what); !done)
        return std::unexpected(done.error());
    for (const Role role : allRoles) {
        const QString group = groupRole(*database, role);
        groups.append(group);
        if (auto done = ensureGroup(db, group, what); !done)
            return std::unexpected(done.error());
        if (auto granted
            = db.run(QStringLiteral("GRANT %1 TO %2").arg(quoted(member), quoted(group)), {}, what);
            !granted)
            return std::unexpected(granted.error());
    }
    QFile file(QStringLiteral(":/byline/server/rights.sql"));
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::StorageFailure,
                    QObject::tr("The server's rights (rights.sql) are missing from this build."));
    }
    QString sql = QString::fromUtf8(file.readAll());
    sql.replace(QStringLiteral("@member@"), quoted(member));
    for (const Role role : allRoles) {
        sql.replace(QLatin1Char('@') + roleName(role) + QLatin1Char('@'),
                    quoted(groupRole(*database, role)));
    }
    for (const QString &statement : Migrator::splitStatements(sql)) {
        if (auto done = db.run(statement, {}, what); !done)
            return std::unexpected(done.error());
    }
    // Only the newsroom's people connect to its database.
    for (const QString &statement :
         QStringList {QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC"),
                      QStringLiteral("GRANT CONNECT ON DATABASE %1 TO ") + quoted(member)}) {
        if (auto done = db.run(statement.arg(quoted(*database)), {}, what); !done)
            return std::unexpected(done.error());
    }
    if (auto committed = tx->commit(); !committed)
        return std::unexpected(committed.error());
    qCInfo(lcStorage) << "rights installed on" << db.path();
    return groups;
}

Result<bool> rightsInstalled(Database &db)
{
    if (!db.isServer())
        return false;
    auto installed = db.scalar(QStringLiteral("SELECT to_regproc('byline_sync_login') IS NOT NULL"),
                               {}, QObject::tr("looking at the newsroom's rights on the server"));
    if (!installed)
        return std::unexpected(installed.error());
    return installed->toBool();
}

Result<bool> loginExists(Database &db, const QString &name)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name},
                       QObject::tr("looking for the login %1 on the server").arg(name));
    if (!n)
        return std::unexpected(n.error());
    return n->toInt() > 0;
}

Result<> createLogin(Database &db, const User &user, const QString &password)
{
    const QString what = QObject::tr("giving %1 a login on the server").arg(user.name);
    if (password.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("%1 needs a password to log in to the newsroom server; nothing "
                                "was changed.")
                        .arg(user.name));
    }
    auto made = db.scalar(QStringLiteral("SELECT byline_create_login(?, ?)"), {user.name, password},
                          what);
    if (!made)
        return std::unexpected(made.error());
    return syncLogin(db, user);
}

Result<> syncLogin(Database &db, const User &user)
{
    if (!db.isServer())
        return {};
    const QString what = QObject::tr("updating the login of %1 on the server").arg(user.name);
    // Before `server setup` (a store made with init) there are no logins to follow.
    auto installed = rightsInstalled(db);
    if (!installed)
        return std::unexpected(installed.error());
    if (!*installed)
        return {};
    auto database = databaseName(db);
    if (!database)
        return std::unexpected(database.error());
    QStringList groups;
    for (const Role role : allRoles)
        groups.append(groupRole(*database, role));
    // A text[] literal: the names are ours (database and role names), quoted for the array.
    QStringList elements;
    for (const QString &group : std::as_const(groups))
        elements.append(QLatin1Char('"') + group + QLatin1Char('"'));
    auto synced = db.scalar(
        QStringLiteral("SELECT byline_sync_login(?, ?, CAST(? AS TEXT[]), ? = 1, ? = 1)"),
        QVariantList {
            user.name, groupRole(*database, user.role),
            QString(QLatin1Char('{') + elements.join(QLatin1Char(',')) + QLatin1Char('}')),
            user.active, user.role == Role::Admin && user.active},
        what);
    if (!synced)
        return std::unexpected(synced.error());
    return {};
}

} // namespace Byline::Storage::ServerSetup
