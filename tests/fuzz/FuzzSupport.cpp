#include "tests/fuzz/FuzzSupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace Byline::Fuzz {

void init(int *argc, char ***argv)
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    static int count = *argc;
    static QCoreApplication app(count, *argv);
}

void broken(const char *property, const QString &detail)
{
    std::fprintf(stderr, "\nPROPERTY BROKEN: %s\n%s\n", property, qUtf8Printable(detail));
    std::abort();
}

QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace Byline::Fuzz
