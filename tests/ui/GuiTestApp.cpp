// Linked into every GUI test program: the shared runner (tests/TestMain.cpp) then makes a
// QApplication instead of a QCoreApplication.
#include <QApplication>

#include <memory>

#include <unistd.h>

using AppFactory = std::unique_ptr<QCoreApplication> (*)(int &, char **);
extern AppFactory bylineTestAppFactory;

namespace {
const bool registered = [] {
    bylineTestAppFactory = [](int &argc, char **argv) -> std::unique_ptr<QCoreApplication> {
        // As the desk does (app/gui/main.cpp): a preview a test shows starts Chromium, whose
        // sandbox refuses to run as root (CI runs as root) and which has no GPU here.
        if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
            qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
            qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
        return std::make_unique<QApplication>(argc, argv);
    };
    return true;
}();
} // namespace
