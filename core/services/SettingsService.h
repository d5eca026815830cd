#pragma once

#include "core/Error.h"
#include "core/domain/User.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace Byline::Storage {
class Database;
}

namespace Byline {

// Changing the newsroom as a person: its settings (time zone, base URL, social and app links),
// its site strings per locale (the newsroom's name is one) and its users. Every value is
// checked as the site will use it, the acting user must be an admin (Permissions), and a
// change is saved in one transaction: all of it or nothing. The desk's settings dialog and the
// CLI use the same checks.
class SettingsService
{
public:
    // What a person changed; only what is given is written.
    struct Change
    {
        QMap<QString, QString> settings; // key -> value ("" removes a link)
        QMap<QString, QMap<QString, QString>> strings; // locale -> key -> text
        QList<User> added; // new users (a taken name: Conflict)
        QList<User> changed; // existing users, by name

        [[nodiscard]] bool isEmpty() const
        {
            return settings.isEmpty() && strings.isEmpty() && added.isEmpty() && changed.isEmpty();
        }
    };

    explicit SettingsService(Storage::Database &db)
        : m_db(db)
    {
    }

    // One setting as the site will read it: time_zone an IANA zone this system knows,
    // base_url and the links (SiteLinks) http or https addresses with a host (Html::safeUrl's
    // allow-list; empty: no link). InvalidInput says what is wrong and what to give.
    [[nodiscard]] static Result<> checkSetting(const QString &key, const QString &value);
    // One site string: at most Limits::mediumText; the newsroom's name is never empty.
    [[nodiscard]] static Result<> checkSiteString(const QString &locale, const QString &key,
                                                  const QString &value);
    // A user as the store keeps them: a login of lower-case Latin letters, digits, . _ -;
    // translators with at least one of `knownLocales`, other roles with none; a name per
    // locale only in `knownLocales`, none of them blank.
    [[nodiscard]] static Result<> checkUser(const User &user, const QStringList &knownLocales);

    // Saves `change` as `actingUser`, who must be an active admin, in one transaction. At least
    // one active admin remains. Nothing is written when anything is refused.
    [[nodiscard]] Result<> apply(const Change &change, const QString &actingUser);

    // The first user of a store without users: `user` becomes an active admin (someone has to
    // be able to add the others). Conflict when the store already has users: adding one is then
    // an admin's job.
    [[nodiscard]] Result<User> addFirstUser(User user);

private:
    [[nodiscard]] Result<QStringList> localeCodes() const;

    Storage::Database &m_db;
};

} // namespace Byline
