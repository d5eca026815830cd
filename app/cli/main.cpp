// byline-cli: the headless interface to a Byline store. Links byline_core only.
#include "app/cli/Cli.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("byline-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BYLINE_VERSION));
    Byline::Translations::installPluralForms();
    // Errors reach the user as one line on stderr; the log is for those who ask for it.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("byline.*=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Byline::Cli::Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
