#pragma once

#include "core/domain/Role.h"

#include <QMap>
#include <QStringList>

namespace Byline {

struct User
{
    QString name; // login, unique
    QString displayName; // shown in the program, and under articles in any other locale
    Role role = Role::Journalist;
    QStringList locales; // the locales a translator translates, sorted
    bool active = true;
    // The name as readers of a locale spell it (names are transliterated: "Tom Reid", "Том
    // Рид", "Թոմ Ռիդ"), by locale code; only the locales that have one.
    QMap<QString, QString> names = {};

    // The name shown on a page in `locale`: that locale's spelling, or the display name.
    [[nodiscard]] QString displayNameIn(const QString &locale) const
    {
        const QString spelled = names.value(locale);
        return spelled.isEmpty() ? displayName : spelled;
    }

    friend bool operator==(const User &, const User &) = default;
};

} // namespace Byline
