// The Catch2 runner. GUI tests (BYLINE_TEST_GUI) get a QApplication on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "core/Translations.h"
#include "tests/TestSupport.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <memory>

using AppFactory = std::unique_ptr<QCoreApplication> (*)(int &, char **);
AppFactory bylineTestAppFactory = nullptr; // set by the GUI tests' translation unit

int main(int argc, char *argv[])
{
    // GUI tests never need a display; test discovery runs the binaries without ctest's env.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLoggingCategory::setFilterRules(QStringLiteral("byline.*=false"));
    // Settings a test writes (the interface language, ...) go to a folder of its own.
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    std::unique_ptr<QCoreApplication> app = bylineTestAppFactory
        ? bylineTestAppFactory(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    Byline::Translations::installPluralForms(); // as the programs do
    const int failed = Catch::Session().run(argc, argv);
    if (Byline::Test::onServer())
        Byline::Test::dropServerStores();
    return failed;
}
