#pragma once

#include <QList>
#include <QString>

namespace Byline::Bench::Figures {

// How the report writes numbers: English digit grouping ("150,000"), a fixed number of
// decimals, sizes, and a spread of timings.
[[nodiscard]] QString number(qint64 n);
[[nodiscard]] QString fixed(double value, int decimals);
[[nodiscard]] QString mb(qint64 bytes);
[[nodiscard]] QString mib(qint64 bytes);
// "p95 9.4 ms (p50 2.4 ms, max 10.8 ms)"
[[nodiscard]] QString spread(const QList<double> &ms);

} // namespace Byline::Bench::Figures
