#pragma once

#include "app/cli/Cli.h"

#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>
#include <utility>

namespace Byline::Cli {

// One parsed command line: the command, its positional arguments, options and flags.
struct Cli::Args
{
    QString command;
    QStringList positional;
    QMap<QString, QStringList> options; // every value, in order (an option may repeat)
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

// An option's "LOCALE=TEXT" ("ru=Анна Петросян" -> {"ru", "Анна Петросян"}, the text trimmed);
// nothing when there is no locale before an "=".
inline std::optional<std::pair<QString, QString>> localeValue(const QString &text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return std::nullopt;
    return std::pair {text.left(eq), text.mid(eq + 1).trimmed()};
}

} // namespace Byline::Cli
