#pragma once

#include "core/domain/Role.h"

#include <QStringList>

namespace Byline {

struct User
{
    QString name;         // login, unique
    QString displayName;  // shown in the program and under articles
    Role role = Role::Journalist;
    QStringList locales;  // the locales a translator translates, sorted
    bool active = true;

    friend bool operator==(const User &, const User &) = default;
};

} // namespace Byline
