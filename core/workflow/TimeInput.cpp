#include "core/workflow/TimeInput.h"

#include "core/storage/SettingsRepository.h"

#include <QObject>
#include <QRegularExpression>

namespace Byline::TimeInput {
namespace {

// The store keeps times as text with a four-digit year in UTC (core/TimeFormat.h), and people
// type them with four digits on the newsroom's clock: near year 1 or 9999, an offset can take a
// time out of either.
Result<QDateTime> keepable(const QDateTime &utc, const QTimeZone &zone, const QString &text)
{
    for (const int year : {utc.date().year(), utc.toTimeZone(zone).date().year()}) {
        if (year < 1 || year > 9999) {
            return fail(ErrorCode::InvalidInput,
                        QObject::tr("\"%1\" falls outside the years 1 to 9999, which is all "
                                    "Byline can keep. Give a time within them.")
                            .arg(text));
        }
    }
    return utc;
}

} // namespace

Result<QTimeZone> zone(const QString &ianaId)
{
    if (ianaId.trimmed().isEmpty())
        return QTimeZone::utc();
    QTimeZone z(ianaId.trimmed().toUtf8());
    if (!z.isValid()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("\"%1\" is not a time zone this system knows. Set the newsroom's "
                                "time zone to an IANA name such as Asia/Yerevan or Europe/Moscow.")
                        .arg(ianaId));
    }
    return z;
}

Result<QTimeZone> newsroomZone(Storage::Database &db)
{
    auto id = Storage::SettingsRepository(db).setting(QStringLiteral("time_zone"));
    if (!id)
        return std::unexpected(id.error());
    return zone(*id);
}

Result<QDateTime> parse(const QString &input, const QTimeZone &newsroomZone)
{
    const QString text = input.trimmed();
    static const QRegularExpression withOffset(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})$)"));
    static const QRegularExpression local(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?$)"));
    const QString example = QObject::tr("Give a time like 2026-12-01T09:00:00+04:00, or "
                                        "2026-12-01 09:00 in the newsroom's time zone (%1).")
                                .arg(QString::fromUtf8(newsroomZone.id()));
    if (withOffset.match(text).hasMatch()) {
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid())
            return fail(ErrorCode::InvalidInput,
                        QObject::tr("\"%1\" is not a valid time. %2").arg(text, example));
        QDateTime utc = t.toUTC();
        utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
        return keepable(utc, newsroomZone, text);
    }
    const auto match = local.match(text);
    if (!match.hasMatch())
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("\"%1\" is not a time Byline understands. %2").arg(text, example));
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(
        match.captured(2)
            + (match.captured(3).isEmpty() ? QStringLiteral(":00") : match.captured(3)),
        QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("\"%1\" is not a valid date and time. %2").arg(text, example));
    const QDateTime there(date, time, newsroomZone);
    if (!there.isValid() || there.time() != time || there.date() != date) {
        return fail(
            ErrorCode::InvalidInput,
            QObject::tr("%1 does not exist in %2 (the clocks skip it). Choose another time.")
                .arg(text, QString::fromUtf8(newsroomZone.id())));
    }
    return keepable(there.toUTC(), newsroomZone, text);
}

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return QObject::tr("%1 s").arg(seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return hours > 0 ? QObject::tr("%1 d %2 h").arg(days).arg(hours)
                         : QObject::tr("%1 d").arg(days);
    if (hours > 0)
        return minutes > 0 ? QObject::tr("%1 h %2 min").arg(hours).arg(minutes)
                           : QObject::tr("%1 h").arg(hours);
    return QObject::tr("%1 min").arg(minutes);
}

} // namespace Byline::TimeInput
