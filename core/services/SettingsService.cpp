#include "core/services/SettingsService.h"

#include "core/Clock.h"
#include "core/interchange/Limits.h"
#include "core/site/Html.h"
#include "core/site/SiteIcon.h"
#include "core/site/SiteLinks.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/NewsroomAuditRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/NewsroomAudit.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/TimeInput.h"

#include <QObject>
#include <QRegularExpression>

namespace Byline {
namespace {

// An address a reader can follow from every page: http(s) with a host, nothing else.
bool isWebAddress(const QString &url)
{
    const QString safe = Html::safeUrl(url);
    return (safe.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
            || safe.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        && safe.size() > safe.indexOf(QLatin1String("//")) + 2;
}

QString linkLabel(const QString &key)
{
    for (const SiteLinks::Link &link : SiteLinks::all) {
        if (link.key == key)
            return link.label;
    }
    return key;
}

bool isLinkKey(const QString &key)
{
    return std::any_of(std::begin(SiteLinks::all), std::end(SiteLinks::all),
                       [&key](const SiteLinks::Link &link) { return link.key == key; });
}

} // namespace

Result<> SettingsService::checkSetting(const QString &key, const QString &value)
{
    using namespace Interchange;
    // The site's icon: files as base64, held to the icon's own limits ("" for Byline's own).
    if (key == SiteIcon::pngKey || key == SiteIcon::svgKey)
        return SiteIcon::checkSetting(key == SiteIcon::pngKey ? SiteIcon::pngKey : SiteIcon::svgKey,
                                      value);
    if (key.isEmpty() || key.size() > Limits::shortText || value.size() > Limits::mediumText) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The setting \"%1\" is too long (at most %2 characters).")
                        .arg(key.left(40))
                        .arg(Limits::mediumText));
    }
    if (key == QLatin1String("time_zone")) {
        if (value.trimmed().isEmpty()) {
            return fail(ErrorCode::InvalidInput,
                        QObject::tr("Choose the newsroom's time zone (for example Asia/Yerevan "
                                    "or UTC): pages show their times in it."));
        }
        if (auto zone = TimeInput::zone(value); !zone)
            return std::unexpected(zone.error());
        return {};
    }
    if (key == QLatin1String("base_url") && !value.trimmed().isEmpty()
        && !isWebAddress(value.trimmed())) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The site's address \"%1\" is not a web address: give a full "
                                "address starting with https:// (or leave it empty).")
                        .arg(value.trimmed()));
    }
    if (isLinkKey(key) && !value.trimmed().isEmpty() && !isWebAddress(value.trimmed())) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The %1 address \"%2\" cannot be linked from the site: give a "
                                "full address starting with https:// (or leave it empty for "
                                "none).")
                        .arg(linkLabel(key), value.trimmed()));
    }
    return {};
}

Result<> SettingsService::checkSiteString(const QString &locale, const QString &key,
                                          const QString &value)
{
    using namespace Interchange;
    if (key.isEmpty() || key.size() > Limits::shortText || value.size() > Limits::mediumText) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The site text \"%1\" (%2) is too long (at most %3 characters).")
                        .arg(key.left(40), locale)
                        .arg(Limits::mediumText));
    }
    if (key == QLatin1String("newsroom_name") && value.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The newsroom's name in %1 is empty: every page signs off with "
                                "it. Give a name.")
                        .arg(locale));
    }
    return {};
}

Result<> SettingsService::checkUser(const User &user, const QStringList &knownLocales)
{
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9._-]{1,64}$"));
    if (!namePattern.match(user.name).hasMatch()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("\"%1\" is not a valid user name: use 1 to 64 lower-case Latin "
                                "letters, digits, . _ or -.")
                        .arg(user.name));
    }
    if (user.displayName.trimmed().isEmpty()
        || user.displayName.size() > Interchange::Limits::shortText) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The display name of %1 must be 1 to %2 characters.")
                        .arg(user.name)
                        .arg(Interchange::Limits::shortText));
    }
    if (user.role == Role::Translator && user.locales.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("%1 is a translator: choose the languages they translate into.")
                        .arg(user.name));
    }
    if (user.role != Role::Translator && !user.locales.isEmpty()) {
        return fail(
            ErrorCode::InvalidInput,
            QObject::tr("Only translators have languages; %1 is not a translator.").arg(user.name));
    }
    for (const QString &code : user.locales + user.names.keys()) {
        if (!knownLocales.contains(code)) {
            return fail(ErrorCode::InvalidInput,
                        QObject::tr("There is no locale \"%1\" in this store.").arg(code));
        }
    }
    for (auto it = user.names.cbegin(); it != user.names.cend(); ++it) {
        if (it.value().trimmed().isEmpty() || it.value().size() > Interchange::Limits::shortText) {
            return fail(ErrorCode::InvalidInput,
                        QObject::tr("The name of %1 in %2 must be 1 to %3 characters (leave the "
                                    "locale out to show the display name there).")
                            .arg(user.name, it.key())
                            .arg(Interchange::Limits::shortText));
        }
    }
    return {};
}

Result<QStringList> SettingsService::localeCodes() const
{
    auto locales = Storage::LocaleRepository(m_db).all();
    if (!locales)
        return std::unexpected(locales.error());
    QStringList codes;
    for (const Locale &l : std::as_const(*locales))
        codes.append(l.code);
    return codes;
}

Result<> SettingsService::apply(const Change &change, const QString &actingUser)
{
    // The acting user's rights are read under the write lock: nobody demotes them in between.
    const QString what = QObject::tr("saving the newsroom's settings");
    auto tx = Storage::Transaction::begin(m_db, what);
    if (!tx)
        return std::unexpected(tx.error());
    Storage::UserRepository users(m_db);
    auto acting = users.require(actingUser);
    if (!acting)
        return std::unexpected(acting.error());
    if (QString why; !Permissions::mayManageNewsroom(*acting, &why))
        return fail(ErrorCode::PermissionDenied, why);

    // Everything is checked before anything is written.
    auto codes = localeCodes();
    if (!codes)
        return std::unexpected(codes.error());
    for (auto it = change.settings.cbegin(); it != change.settings.cend(); ++it) {
        if (auto ok = checkSetting(it.key(), it.value()); !ok)
            return ok;
    }
    for (auto locale = change.strings.cbegin(); locale != change.strings.cend(); ++locale) {
        if (!codes->contains(locale.key())) {
            return fail(ErrorCode::InvalidInput,
                        QObject::tr("There is no locale \"%1\" in this store.").arg(locale.key()));
        }
        for (auto it = locale->cbegin(); it != locale->cend(); ++it) {
            if (auto ok = checkSiteString(locale.key(), it.key(), it.value()); !ok)
                return ok;
        }
    }
    for (const QList<User> *list : {&change.added, &change.changed}) {
        for (const User &user : *list) {
            if (auto ok = checkUser(user, *codes); !ok)
                return ok;
        }
    }

    // What the newsroom's audit trail records: only what really changes.
    QList<NewsroomEvent> events;
    if (!change.added.isEmpty() || !change.changed.isEmpty()) {
        auto all = users.all();
        if (!all)
            return std::unexpected(all.error());
        QMap<QString, User> after;
        for (const User &u : std::as_const(*all))
            after.insert(u.name, u);
        for (const User &u : change.added) {
            if (after.contains(u.name)) {
                return fail(ErrorCode::Conflict,
                            QObject::tr("There is already a user \"%1\"; choose another name.")
                                .arg(u.name));
            }
            after.insert(u.name, u);
            events << NewsroomAudit::userAdded(u);
        }
        for (const User &u : change.changed) {
            if (!after.contains(u.name)) {
                return fail(ErrorCode::NotFound,
                            QObject::tr("There is no user \"%1\" to change.").arg(u.name));
            }
            if (after.value(u.name) != u)
                events << NewsroomAudit::userChanged(after.value(u.name), u);
            after.insert(u.name, u);
        }
        const bool anAdminRemains = std::any_of(after.cbegin(), after.cend(), [](const User &u) {
            return u.active && u.role == Role::Admin;
        });
        if (!anAdminRemains) {
            return fail(ErrorCode::Conflict,
                        QObject::tr("The newsroom needs at least one active admin: make someone "
                                    "else an admin first."));
        }
        for (const QList<User> *list : {&change.added, &change.changed}) {
            for (const User &u : *list) {
                if (auto saved = users.upsert(u); !saved)
                    return saved;
            }
        }
    }
    Storage::SettingsRepository settings(m_db);
    auto storedSettings = settings.settings();
    if (!storedSettings)
        return std::unexpected(storedSettings.error());
    auto storedStrings = settings.siteStrings();
    if (!storedStrings)
        return std::unexpected(storedStrings.error());
    for (auto it = change.settings.cbegin(); it != change.settings.cend(); ++it) {
        const QString value = it.value().trimmed();
        if (auto saved = settings.setSetting(it.key(), value); !saved)
            return saved;
        const QString before = storedSettings->value(it.key());
        if (before != value)
            events << NewsroomAudit::settingChanged(it.key(), before, value);
    }
    for (auto locale = change.strings.cbegin(); locale != change.strings.cend(); ++locale) {
        for (auto it = locale->cbegin(); it != locale->cend(); ++it) {
            if (auto saved = settings.setSiteString(locale.key(), it.key(), it.value()); !saved)
                return saved;
            const QString before = storedStrings->value(locale.key()).value(it.key());
            if (before != it.value()) {
                events << NewsroomAudit::siteStringChanged(locale.key(), it.key(), before,
                                                           it.value());
            }
        }
    }
    const QDateTime now = Clock::now();
    for (NewsroomEvent &e : events) {
        e.at = now;
        e.user = acting->name;
    }
    if (auto logged = Storage::NewsroomAuditRepository(m_db).append(events); !logged)
        return logged;
    return tx->commit();
}

Result<User> SettingsService::addFirstUser(User user)
{
    user.role = Role::Admin;
    user.active = true;
    user.locales.clear();
    if (user.displayName.trimmed().isEmpty())
        user.displayName = user.name;
    auto codes = localeCodes();
    if (!codes)
        return std::unexpected(codes.error());
    if (auto ok = checkUser(user, *codes); !ok)
        return std::unexpected(ok.error());
    auto tx = Storage::Transaction::begin(m_db, QObject::tr("adding the first user"));
    if (!tx)
        return std::unexpected(tx.error());
    Storage::UserRepository users(m_db);
    auto all = users.all();
    if (!all)
        return std::unexpected(all.error());
    if (!all->isEmpty()) {
        return fail(ErrorCode::Conflict,
                    QObject::tr("This newsroom already has users; only an admin may add one. "
                                "Ask an admin to add you."));
    }
    if (auto saved = users.upsert(user); !saved)
        return std::unexpected(saved.error());
    NewsroomEvent added = NewsroomAudit::userAdded(user);
    added.at = Clock::now(); // by nobody: the newsroom is being set up
    if (auto logged = Storage::NewsroomAuditRepository(m_db).append({added}); !logged)
        return std::unexpected(logged.error());
    if (auto done = tx->commit(); !done)
        return std::unexpected(done.error());
    return user;
}

} // namespace Byline
