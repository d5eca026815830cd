#pragma once

#include "app/cli/Cli.h"

#include <QMap>
#include <QSet>
#include <QStringList>

namespace Byline::Cli {

// One parsed command line: the command, its positional arguments, options and flags.
struct Cli::Args
{
    QString command;
    QStringList positional;
    QMap<QString, QString> options;
    QSet<QString> flags;

    [[nodiscard]] bool flag(const char *name) const { return flags.contains(QLatin1String(name)); }
    [[nodiscard]] QString option(const char *name) const
    {
        return options.value(QLatin1String(name));
    }
};

} // namespace Byline::Cli
