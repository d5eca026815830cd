#include "core/workflow/NewsroomAudit.h"

#include "core/domain/Role.h"

#include <QObject>

namespace Byline::NewsroomAudit {
namespace {

// Long enough for any address or name, short enough to read on one line.
constexpr qsizetype shownLength = 120;

QString shown(const QString &value)
{
    if (value.isEmpty())
        return QObject::tr("(none)");
    QString oneLine = value.simplified();
    if (oneLine.size() > shownLength)
        oneLine = oneLine.left(shownLength) + QChar(0x2026);
    return QStringLiteral("\u201c%1\u201d").arg(oneLine);
}

QString describe(const User &user)
{
    QString text = QObject::tr("%1, %2").arg(user.displayName, roleName(user.role));
    if (!user.locales.isEmpty())
        text += QObject::tr(" (%1)").arg(user.locales.join(QLatin1Char(',')));
    if (!user.active)
        text += QObject::tr(", inactive");
    QStringList spelled;
    for (auto it = user.names.cbegin(); it != user.names.cend(); ++it)
        spelled << QStringLiteral("%1 %2").arg(it.key(), shown(it.value()));
    if (!spelled.isEmpty())
        text += QObject::tr("; names: %1").arg(spelled.join(QStringLiteral(", ")));
    return text;
}

NewsroomEvent event(QString action, QString subject, QString detail)
{
    NewsroomEvent e;
    e.action = std::move(action);
    e.subject = std::move(subject);
    e.detail = std::move(detail);
    return e;
}

} // namespace

NewsroomEvent userAdded(const User &user)
{
    return event(QStringLiteral("user-added"), user.name, describe(user));
}

NewsroomEvent passwordSet(const User &user)
{
    return event(QStringLiteral("user-password"), user.name,
                 QObject::tr("a new password for the login %1").arg(user.name));
}

NewsroomEvent userChanged(const User &before, const User &after)
{
    QStringList changes;
    if (before.role != after.role)
        changes
            << QObject::tr("role %1 \u2192 %2").arg(roleName(before.role), roleName(after.role));
    if (before.active != after.active)
        changes << (after.active ? QObject::tr("made active") : QObject::tr("made inactive"));
    if (before.locales != after.locales) {
        changes << QObject::tr("locales %1 \u2192 %2")
                       .arg(shown(before.locales.join(QLatin1Char(','))),
                            shown(after.locales.join(QLatin1Char(','))));
    }
    if (before.displayName != after.displayName) {
        changes << QObject::tr("display name %1 \u2192 %2")
                       .arg(shown(before.displayName), shown(after.displayName));
    }
    QStringList locales = before.names.keys() + after.names.keys();
    locales.sort();
    locales.removeDuplicates();
    for (const QString &locale : std::as_const(locales)) {
        const QString was = before.names.value(locale);
        const QString now = after.names.value(locale);
        if (was != now)
            changes << QObject::tr("name in %1 %2 \u2192 %3").arg(locale, shown(was), shown(now));
    }
    return event(QStringLiteral("user-changed"), after.name, changes.join(QStringLiteral("; ")));
}

NewsroomEvent settingChanged(const QString &key, const QString &before, const QString &after)
{
    return event(QStringLiteral("setting"), key.left(shownLength),
                 QObject::tr("%1 \u2192 %2").arg(shown(before), shown(after)));
}

NewsroomEvent siteStringChanged(const QString &locale, const QString &key, const QString &before,
                                const QString &after)
{
    return event(QStringLiteral("site-string"),
                 QStringLiteral("%1 (%2)").arg(key.left(shownLength), locale),
                 QObject::tr("%1 \u2192 %2").arg(shown(before), shown(after)));
}

NewsroomEvent imported(const QString &source, const QString &summary)
{
    return event(QStringLiteral("import"), source, summary);
}

NewsroomEvent recordChanged(const QString &kind, const QString &key, bool added)
{
    return event(kind, key, added ? QObject::tr("added") : QObject::tr("changed"));
}

} // namespace Byline::NewsroomAudit
