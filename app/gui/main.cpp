// byline: the desktop program. Wires the store to the main window; the work is elsewhere.
#include "app/gui/StartupTrace.h"
#include "core/Translations.h"
#include "core/interchange/Seed.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "ui/desk/MainWindow.h"
#include "ui/language/UiLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

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
                                      QApplication::translate("main", "The store to open."),
                                      QStringLiteral("path"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Fill an empty store with the demo newsroom."));
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.process(app);

    Byline::Storage::Database::Options options;
    options.path = parser.value(dbOption);
    options.createIfMissing = true;
    auto db = Byline::Storage::Database::open(options);
    auto failed = [](const Byline::Error &error) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Byline cannot start"),
                              error.message);
        return 1;
    };
    if (!db)
        return failed(db.error());
    if (!(*db)->isReadOnly()) {
        if (auto seeded = Byline::Interchange::Seed::defaults(**db); !seeded)
            return failed(seeded.error());
    }
    if (parser.isSet(demoOption)) {
        auto count = Byline::Storage::ArticleRepository(**db).count();
        if (!count)
            return failed(count.error());
        if (*count == 0) {
            if (auto demo = Byline::Interchange::Seed::demo(**db); !demo)
                return failed(demo.error());
        }
    }

    trace.mark("store open");
    Byline::MainWindow window(**db, &language);
    trace.mark("window built");
    QSettings settings;
    window.setCurrentUser(settings.value(QStringLiteral("user")).toString());
    QObject::connect(
        &window, &Byline::MainWindow::currentUserChanged, &window,
        [&settings](const QString &name) { settings.setValue(QStringLiteral("user"), name); });
    window.publishDue(); // catch up on what was due while the desk was closed
    trace.mark("user and due pages");
    trace.watch(window.articleView());
    window.show();
    trace.mark("shown");
    window.chooseUserIfNone(); // first start: "Who are you?"
    return app.exec();
}
