#include "tests/bench/Figures.h"

#include "tests/bench/Measurements.h"

#include <QLocale>

namespace Byline::Bench::Figures {

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString fixed(double value, int decimals)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

QString mb(qint64 bytes)
{
    return fixed(double(bytes) / 1e6, 1) + QStringLiteral(" MB");
}

QString mib(qint64 bytes)
{
    return fixed(double(bytes) / (1024.0 * 1024.0), 1) + QStringLiteral(" MiB");
}

QString spread(const QList<double> &ms)
{
    return QStringLiteral("p95 %1 ms (p50 %2 ms, max %3 ms)")
        .arg(fixed(Measurements::percentile(ms, 95), 1), fixed(Measurements::percentile(ms, 50), 1),
             fixed(Measurements::percentile(ms, 100), 1));
}

} // namespace Byline::Bench::Figures
