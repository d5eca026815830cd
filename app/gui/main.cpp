// byline: the desktop program. Wires the desk (the newsroom and its window); the work is
// elsewhere.
#include "app/gui/StartupTrace.h"
#include "core/Translations.h"
#include "ui/desk/Desk.h"
#include "ui/desk/MainWindow.h"
#include "ui/language/UiLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>

#include <unistd.h>

int main(int argc, char *argv[])
{
    Byline::StartupTrace trace; // BYLINE_STARTUP_TRACE=1: how long starting takes
    // The preview's web engine: Chromium's sandbox cannot run as root, and a virtual display
    // has no GPU.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Byline"));
    QApplication::setApplicationName(QStringLiteral("Byline"));
    QApplication::setApplicationVersion(QStringLiteral(BYLINE_VERSION));
    trace.mark("application");

    Byline::Translations::installPluralForms();
    Byline::UiLanguage language;
    language.restore();
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Byline, the newsroom desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main",
                                                              "The store to open: a file, "
                                                              "or a postgresql:// URL."),
                                      QStringLiteral("path"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Fill an empty store with the demo newsroom."));
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.process(app);

    // The newsroom named, else the one remembered (a server, or a file), else the default file.
    Byline::Desk desk(&language);
    if (!desk.open(parser.value(dbOption), parser.isSet(demoOption)))
        return 1;
    trace.mark("store open");
    desk.show([&trace](const char *step) { trace.mark(step); },
              [&trace](Byline::MainWindow &window) { trace.watch(window.articleView()); });
    return app.exec();
}
