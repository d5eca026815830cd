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
    QMap<QString, QStringList> options;  // every value, in order (an option may repeat)
    QSet<QString> flags;

    [[nodiscard]] bool flag(const char *name) const { return flags.contains(QLatin1String(name)); }
    [[nodiscard]] bool has(const char *name) const { return options.contains(QLatin1String(name)); }
    // The value given (the last one when repeated).
    [[nodiscard]] QString option(const char *name) const
    {
        const QStringList values = options.value(QLatin1String(name));
        return values.isEmpty() ? QString() : values.last();
    }
    [[nodiscard]] QStringList values(const char *name) const
    {
        return options.value(QLatin1String(name));
    }
};

} // namespace Byline::Cli
