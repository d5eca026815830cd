#include "core/TimeFormat.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Byline {

QString formatUtc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

std::optional<QDateTime> parseUtc(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$)"));
    if (!pattern.match(text.toString()).hasMatch())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(text.toString(), Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

} // namespace Byline
