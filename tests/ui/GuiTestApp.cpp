// Linked into every GUI test program: the shared runner (tests/TestMain.cpp) then makes a
// QApplication instead of a QCoreApplication.
#include <QApplication>

#include <memory>

using AppFactory = std::unique_ptr<QCoreApplication> (*)(int &, char **);
extern AppFactory bylineTestAppFactory;

namespace {
const bool registered = [] {
    bylineTestAppFactory = [](int &argc, char **argv) -> std::unique_ptr<QCoreApplication> {
        return std::make_unique<QApplication>(argc, argv);
    };
    return true;
}();
} // namespace
