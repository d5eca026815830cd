// byline-cli on a newsroom server: `server setup`, a new person's password, and who is acting
// (on a server you are your login). See README.md, "A shared newsroom".

#include "app/cli/Cli.h"
#include "app/cli/CliArgs.h"

#include "core/Clock.h"
#include "core/interchange/Seed.h"
#include "core/services/SettingsService.h"
#include "core/storage/Database.h"
#include "core/storage/NewsroomAuditRepository.h"
#include "core/storage/ServerAddress.h"
#include "core/storage/ServerSetup.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/NewsroomAudit.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>

namespace Byline::Cli {

Result<> Cli::takeLoginIdentity(Storage::Database &db, Args &args)
{
    const QString login = db.login();
    auto person = Storage::UserRepository(db).find(login);
    if (!person)
        return std::unexpected(person.error());
    if (*person) {
        if (args.has("as") && args.option("as") != login) {
            return fail(ErrorCode::PermissionDenied,
                        tr("On a newsroom server you are who you logged in as (%1): --as cannot "
                           "name %2. Log in as %2 to act as them.")
                            .arg(login, args.option("as")));
        }
        args.options[QStringLiteral("as")] = {login};
        return {};
    }
    // The server's administrators set the newsroom up and may act for anyone (as root may at
    // a desk); any other login that is not a person of the newsroom only reads.
    if (args.has("as") && !db.isServerAdministrator()) {
        return fail(ErrorCode::PermissionDenied,
                    tr("Your login %1 is not a person of this newsroom, so it cannot act as %2. "
                       "Ask an admin to add you (byline-cli users add %1 --role ROLE).")
                        .arg(login, args.option("as")));
    }
    return {};
}

Result<QString> Cli::readPassword(const QString &whose)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (terminal) {
        m_err << tr("Password for %1: ").arg(whose) << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.append(char(c));
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        m_err << '\n';
    }
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1 needs a password to log in to the newsroom server: type it, or give "
                       "it on standard input (one line). Nothing was changed.")
                        .arg(whose));
    }
    return QString::fromUtf8(line);
}

int Cli::server(Args &args)
{
    if (args.positional.size() != 2 || args.positional.first() != QLatin1String("setup"))
        return usage(tr("server needs: setup URL"));
    if (!Storage::ServerAddress::isServerUrl(args.positional.at(1)))
        return usage(tr("server setup needs a postgresql:// URL"));
    m_dbPath = args.positional.at(1);
    Storage::Database::Options options;
    options.path = m_dbPath;
    options.createIfMissing = true;
    auto db = Storage::Database::open(options);
    if (!db)
        return report(db.error());
    if (!(*db)->isServerAdministrator()) {
        return report({ErrorCode::PermissionDenied,
                       tr("Setting up a newsroom needs a PostgreSQL superuser or the database's "
                          "owner; %1 is neither. Nothing was changed.")
                           .arg((*db)->login()),
                       {}});
    }
    // The first admin's password is asked before anything is written, so a setup that stops
    // there leaves the server as it was.
    const QString name = args.option("admin");
    QString password;
    if (args.has("admin")) {
        auto hasLogin = Storage::ServerSetup::loginExists(**db, name);
        if (!hasLogin)
            return report(hasLogin.error());
        if (!*hasLogin) {
            auto typed = readPassword(name);
            if (!typed)
                return report(typed.error());
            password = *typed;
        }
    }
    if (auto seeded = Interchange::Seed::defaults(**db); !seeded)
        return report(seeded.error());
    auto groups = Storage::ServerSetup::installRights(**db);
    if (!groups)
        return report(groups.error());
    m_out << tr("Newsroom ready: %1 (schema %2)").arg((*db)->path()).arg((*db)->schemaVersion())
          << '\n'
          << tr("Group roles: %1").arg(groups->join(QStringLiteral(", "))) << '\n';
    if (!args.has("admin"))
        return Done;
    auto admin = firstAdmin(**db, name, args.option("display-name"));
    if (!admin)
        return report(admin.error());
    if (password.isEmpty()) {
        if (auto synced = Storage::ServerSetup::syncLogin(**db, *admin); !synced)
            return report(synced.error());
        m_out << tr("First admin: %1 (their login was there already)").arg(name) << '\n';
        return Done;
    }
    if (auto made = Storage::ServerSetup::createLogin(**db, *admin, password); !made)
        return report(made.error());
    m_out << tr("First admin: %1, who logs in with the password given").arg(name) << '\n';
    return Done;
}

Result<User> Cli::firstAdmin(Storage::Database &db, const QString &name, const QString &displayName)
{
    Storage::UserRepository users(db);
    auto existing = users.find(name);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing) {
        if ((*existing)->role != Role::Admin || !(*existing)->active) {
            return fail(ErrorCode::Conflict,
                        tr("%1 is already in this newsroom as %2, not as an active admin: an "
                           "admin changes their role in Settings. Nothing was changed.")
                            .arg(name, roleName((*existing)->role)));
        }
        return **existing;
    }
    auto all = users.all();
    if (!all)
        return std::unexpected(all.error());
    if (!all->isEmpty()) {
        return fail(ErrorCode::Conflict,
                    tr("This newsroom has people already; its admins add more with "
                       "\"byline-cli users add\". Nothing was changed."));
    }
    User admin {name, displayName.isEmpty() ? name : displayName, Role::Admin, {}, true};
    if (auto added = SettingsService(db).addFirstUser(admin); !added)
        return std::unexpected(added.error());
    return admin;
}

int Cli::userPassword(Args &args)
{
    const QString name = args.positional.at(1);
    auto db = openStore();
    if (!db)
        return report(db.error());
    auto withLogins = Storage::ServerSetup::rightsInstalled(**db);
    if (!withLogins)
        return report(withLogins.error());
    if (!*withLogins) {
        return report({ErrorCode::InvalidInput,
                       tr("Passwords belong to a newsroom server set up with \"byline-cli server "
                          "setup\"; %1 has no logins. Nothing was changed.")
                           .arg((*db)->path()),
                       {}});
    }
    Storage::UserRepository users(**db);
    auto person = users.require(name);
    if (!person)
        return report(person.error());
    // The acting person is the login (takeLoginIdentity); the server's administrators may too.
    auto actor = users.find(args.option("as"));
    if (!actor)
        return report(actor.error());
    const bool admin = *actor && (*actor)->role == Role::Admin && (*actor)->active;
    if (!admin && !(*db)->isServerAdministrator()) {
        return report({ErrorCode::PermissionDenied,
                       tr("Only an admin sets a person's password (%1 is not one). Nothing was "
                          "changed; to change your own, use psql's \\password.")
                           .arg((*db)->login()),
                       {}});
    }
    auto password = readPassword(name);
    if (!password)
        return report(password.error());
    auto tx = Storage::Transaction::begin(**db, tr("setting the password of %1").arg(name));
    if (!tx)
        return report(tx.error());
    if (auto made = Storage::ServerSetup::createLogin(**db, *person, *password); !made)
        return report(made.error());
    NewsroomEvent event = NewsroomAudit::passwordSet(*person);
    event.at = Clock::now();
    event.user = *actor ? (*actor)->name : QString();
    if (auto logged = Storage::NewsroomAuditRepository(**db).append({event}); !logged)
        return report(logged.error());
    if (auto committed = tx->commit(); !committed)
        return report(committed.error());
    m_out << tr("%1 logs in with the new password.").arg(name) << '\n';
    return Done;
}

} // namespace Byline::Cli
