// byline-cli's commands on the newsroom's people and its audit trail.
#include "app/cli/Cli.h"
#include "app/cli/CliArgs.h"

#include "core/TimeFormat.h"
#include "core/interchange/Exporter.h"
#include "core/interchange/JsonWriter.h"
#include "core/services/SettingsService.h"
#include "core/storage/Database.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/NewsroomAuditRepository.h"
#include "core/storage/ServerSetup.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"

namespace Byline::Cli {
namespace {

// The --name LOCALE=NAME options into `names` (an empty NAME removes the locale's); the
// problem, for the usage message, when one is not of that form.
std::optional<QString> readNames(const QStringList &given, QMap<QString, QString> &names)
{
    for (const QString &option : given) {
        const auto pair = localeValue(option);
        if (!pair)
            return Cli::tr("--name needs LOCALE=NAME, e.g. --name \"ru=Том Рид\"");
        if (pair->second.isEmpty())
            names.remove(pair->first);
        else
            names.insert(pair->first, pair->second);
    }
    return std::nullopt;
}

} // namespace

int Cli::users(Args &args)
{
    if (args.positional.isEmpty())
        return usage(tr("users needs \"list\" or \"add NAME\""));
    const QString sub = args.positional.first();
    if (sub == QLatin1String("list") && args.positional.size() == 1) {
        auto db = openStore();
        if (!db)
            return report(db.error());
        auto all = Storage::UserRepository(**db).all();
        if (!all)
            return report(all.error());
        if (args.flag("json")) {
            auto locales = Storage::LocaleRepository(**db).all();
            if (!locales)
                return report(locales.error());
            QStringList order;
            for (const Locale &l : std::as_const(*locales))
                order.append(l.code);
            Interchange::JsonWriter out;
            out.beginArray();
            for (const User &u : std::as_const(*all))
                Interchange::Exporter::writeUser(out, u, order);
            out.endArray();
            m_out << QString::fromUtf8(out.finish());
            return Done;
        }
        for (const User &u : std::as_const(*all)) {
            m_out << u.name.leftJustified(16) << ' ' << roleName(u.role).leftJustified(11) << ' '
                  << u.locales.join(QLatin1Char(',')).leftJustified(8) << ' ' << u.displayName
                  << (u.active ? QString() : tr(" (inactive)")) << '\n';
        }
        return Done;
    }
    if (sub == QLatin1String("password") && args.positional.size() == 2)
        return userPassword(args);
    if (sub == QLatin1String("names") && args.positional.size() == 2)
        return userNames(args);
    if (sub != QLatin1String("add") || args.positional.size() != 2)
        return usage(tr("users needs \"list\", \"add NAME --role ROLE --as ADMIN\", "
                        "\"names NAME\" or \"password NAME\""));

    User user;
    user.name = args.positional.at(1);
    if (!args.has("role"))
        return usage(tr("users add needs --role (journalist, editor, translator, admin)"));
    const auto role = roleFromName(args.option("role"));
    if (!role) {
        return usage(tr("unknown role \"%1\" (journalist, editor, "
                        "translator, admin)")
                         .arg(args.option("role")));
    }
    user.role = *role;
    user.displayName = args.option("display-name").trimmed();
    if (user.displayName.isEmpty())
        user.displayName = user.name;
    if (auto problem = readNames(args.values("name"), user.names))
        return usage(*problem);
    if (args.has("locales"))
        user.locales = args.option("locales").split(QLatin1Char(','), Qt::SkipEmptyParts);
    user.locales.sort();
    user.locales.removeDuplicates();
    if (user.role == Role::Translator && user.locales.isEmpty()) {
        return report({ErrorCode::InvalidInput,
                       tr("A translator needs the locales they "
                          "translate: add --locales, e.g. --locales ru,hy."),
                       {}});
    }
    if (user.role != Role::Translator && !user.locales.isEmpty()) {
        return report({ErrorCode::InvalidInput,
                       tr("Only translators have locales; drop "
                          "--locales or use --role translator."),
                       {}});
    }
    auto db = openStore();
    if (!db)
        return report(db.error());
    SettingsService service(**db);
    // On a server the new person gets a login in the same transaction: both or neither.
    std::optional<Storage::Transaction> serverTx;
    QString password;
    auto withLogins = Storage::ServerSetup::rightsInstalled(**db);
    if (!withLogins)
        return report(withLogins.error());
    if (*withLogins) {
        auto hasLogin = Storage::ServerSetup::loginExists(**db, user.name);
        if (!hasLogin)
            return report(hasLogin.error());
        if (!*hasLogin) {
            auto typed = readPassword(user.name);
            if (!typed)
                return report(typed.error());
            password = *typed;
        }
        auto tx = Storage::Transaction::begin(**db, tr("adding %1").arg(user.name));
        if (!tx)
            return report(tx.error());
        serverTx.emplace(std::move(*tx));
    }
    const auto giveLogin = [&]() -> Result<> {
        if (!serverTx)
            return {};
        if (!password.isEmpty()) {
            if (auto made = Storage::ServerSetup::createLogin(**db, user, password); !made)
                return made;
        }
        return serverTx->commit();
    };
    if (!args.has("as")) {
        // Only a newsroom without people yet takes one without an admin: its first admin.
        auto all = Storage::UserRepository(**db).all();
        if (!all)
            return report(all.error());
        if (!all->isEmpty()) {
            return report({ErrorCode::PermissionDenied,
                           tr("Only an admin adds people to this newsroom: add --as ADMIN "
                              "(\"byline-cli users list\" shows who is one)."),
                           {}});
        }
        if (user.role != Role::Admin) {
            return report({ErrorCode::InvalidInput,
                           tr("The first person in a new newsroom is its admin: add them with "
                              "--role admin; they then add the others (--as %1).")
                               .arg(user.name),
                           {}});
        }
        auto added = service.addFirstUser(user);
        if (!added)
            return report(added.error());
        if (auto login = giveLogin(); !login)
            return report(login.error());
        m_out
            << tr("Added %1 (%2), the newsroom's first admin.").arg(user.name, roleName(user.role))
            << '\n';
        return Done;
    }
    SettingsService::Change change;
    change.added.append(user);
    if (auto applied = service.apply(change, args.option("as")); !applied)
        return report(applied.error());
    if (auto login = giveLogin(); !login)
        return report(login.error());
    m_out << tr("Added %1 (%2).").arg(user.name, roleName(user.role)) << '\n';
    return Done;
}

int Cli::userNames(Args &args)
{
    auto db = openStore();
    if (!db)
        return report(db.error());
    auto person = Storage::UserRepository(**db).require(args.positional.at(1));
    if (!person)
        return report(person.error());
    User user = *person;
    if (!args.has("name") && !args.has("display-name")) {
        auto locales = Storage::LocaleRepository(**db).all();
        if (!locales)
            return report(locales.error());
        m_out << user.name << ": " << user.displayName << '\n';
        for (const Locale &l : std::as_const(*locales)) {
            m_out << "  " << l.code.leftJustified(5) << ' '
                  << (user.names.contains(l.code)
                          ? user.names.value(l.code)
                          : tr("%1 (the display name)").arg(user.displayName))
                  << '\n';
        }
        return Done;
    }
    if (args.has("display-name"))
        user.displayName = args.option("display-name").trimmed();
    if (auto problem = readNames(args.values("name"), user.names))
        return usage(*problem);
    if (user == *person) {
        m_out << tr("%1's names are as given already; nothing changed.").arg(user.name) << '\n';
        return Done;
    }
    if (!args.has("as")) {
        return report({ErrorCode::PermissionDenied,
                       tr("Only an admin changes how people are named: add --as ADMIN "
                          "(\"byline-cli users list\" shows who is one)."),
                       {}});
    }
    SettingsService::Change change;
    change.changed.append(user);
    if (auto applied = SettingsService(**db).apply(change, args.option("as")); !applied)
        return report(applied.error());
    m_out << tr("Saved the names of %1.").arg(user.name) << '\n';
    return Done;
}

int Cli::audit(Args &args)
{
    if (!args.positional.isEmpty())
        return usage(tr("audit takes no arguments"));
    int limit = 50;
    if (args.has("limit")) {
        bool ok = false;
        limit = args.option("limit").toInt(&ok);
        if (!ok || limit < 1)
            return usage(tr("--limit needs a positive number"));
    }
    auto db = openStore();
    if (!db)
        return report(db.error());
    auto events = Storage::NewsroomAuditRepository(**db).recent(limit);
    if (!events)
        return report(events.error());
    if (args.flag("json")) {
        Interchange::JsonWriter out;
        out.beginArray();
        for (const NewsroomEvent &e : std::as_const(*events)) {
            out.beginObject();
            out.field(u"at", formatUtc(e.at));
            out.field(u"user", e.user);
            out.field(u"action", e.action);
            out.field(u"subject", e.subject);
            out.field(u"detail", e.detail);
            out.endObject();
        }
        out.endArray();
        m_out << QString::fromUtf8(out.finish());
        return Done;
    }
    if (events->isEmpty()) {
        m_out << tr("Nothing yet: imports and changes to users and settings are recorded here.")
              << '\n';
        return Done;
    }
    for (const NewsroomEvent &e : std::as_const(*events)) {
        m_out << formatUtc(e.at) << "  "
              << (e.user.isEmpty() ? tr("(set-up)") : e.user).leftJustified(12) << ' '
              << e.action.leftJustified(12) << ' ' << e.subject << ": " << e.detail << '\n';
    }
    return Done;
}

} // namespace Byline::Cli
