#include "core/interchange/JsonReader.h"

#include "core/TimeFormat.h"

#include <QLocale>
#include <QObject>
#include <QRegularExpression>

#include <cmath>

namespace Byline::Interchange {

std::unexpected<Error> invalidAt(const QString &path, const QString &why)
{
    return fail(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(path, why));
}

JsonReader::JsonReader(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{
}

JsonReader JsonReader::listItem(const QJsonObject &object, QLatin1StringView list, qsizetype index,
                                QLatin1StringView keyName)
{
    QString path = QStringLiteral("%1[%2]").arg(list).arg(index);
    const QJsonValue key = object.value(keyName);
    if (key.isString())
        path += QStringLiteral(" (%1 %2)").arg(keyName, shownKey(key.toString()));
    return JsonReader(object, std::move(path));
}

QString JsonReader::shownKey(QStringView key)
{
    constexpr qsizetype longest = 64;
    if (key.size() <= longest)
        return key.toString();
    return key.left(longest).toString() + QChar(0x2026);
}

QString JsonReader::pathOf(QStringView field) const
{
    if (m_path.isEmpty())
        return shownKey(field);
    return m_path + (m_path.endsWith(QLatin1Char(' ')) ? QString() : QStringLiteral("."))
        + shownKey(field);
}

std::unexpected<Error> JsonReader::invalid(QStringView field, const QString &why) const
{
    return invalidAt(field.isEmpty() ? m_path : pathOf(field), why);
}

Result<> JsonReader::onlyKeys(const QStringList &allowed) const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            return invalid(it.key(),
                           QObject::tr("unknown field (expected one of: %1)")
                               .arg(allowed.join(QStringLiteral(", "))));
        }
    }
    return {};
}

Result<QString> JsonReader::string(const QString &field, qsizetype maxLength, bool required) const
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() && !required)
        return QString();
    if (v.isUndefined())
        return invalid(field, QObject::tr("missing (a text is required)"));
    if (!v.isString())
        return invalid(field, QObject::tr("expected a text in quotes"));
    QString text = v.toString();
    if (text.size() > maxLength) {
        return invalid(
            field,
            QObject::tr("too long (%1 characters; at most %2)").arg(text.size()).arg(maxLength));
    }
    return text;
}

Result<std::optional<QString>> JsonReader::optionalString(const QString &field,
                                                          qsizetype maxLength) const
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull())
        return std::optional<QString>();
    auto text = string(field, maxLength);
    if (!text)
        return std::unexpected(text.error());
    return std::optional<QString>(*text);
}

Result<qint64> JsonReader::integer(const QString &field, qint64 min, qint64 max,
                                   std::optional<qint64> fallback) const
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() && fallback)
        return *fallback;
    if (v.isUndefined())
        return invalid(field, QObject::tr("missing (a whole number is required)"));
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || d != std::trunc(d))
        return invalid(field, QObject::tr("expected a whole number"));
    // The range is checked as a double: converting one beyond 64 bits is undefined.
    constexpr double beyond = 9223372036854775808.0; // 2^63
    if (d < double(min) || d > double(max) || d >= beyond || d < -beyond) {
        return invalid(field,
                       QObject::tr("out of range (%1; allowed %2 to %3)")
                           .arg(QString::number(d, 'g', QLocale::FloatingPointShortest))
                           .arg(min)
                           .arg(max));
    }
    return qint64(d);
}

Result<std::optional<qint64>> JsonReader::optionalInteger(const QString &field, qint64 min,
                                                          qint64 max) const
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull())
        return std::optional<qint64>();
    auto n = integer(field, min, max);
    if (!n)
        return std::unexpected(n.error());
    return std::optional<qint64>(*n);
}

Result<bool> JsonReader::boolean(const QString &field, std::optional<bool> fallback) const
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() && fallback)
        return *fallback;
    if (!v.isBool())
        return invalid(field, QObject::tr("expected true or false"));
    return v.toBool();
}

Result<QJsonArray> JsonReader::array(const QString &field, bool required) const
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() && !required)
        return QJsonArray();
    if (!v.isArray())
        return invalid(field, QObject::tr("expected a list in [ ]"));
    return v.toArray();
}

Result<QJsonObject> JsonReader::object(const QString &field, bool required) const
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() && !required)
        return QJsonObject();
    if (!v.isObject())
        return invalid(field, QObject::tr("expected an object in { }"));
    return v.toObject();
}

Result<QStringList> JsonReader::stringList(const QString &field, qsizetype maxItems,
                                           qsizetype maxLength) const
{
    auto list = array(field);
    if (!list)
        return std::unexpected(list.error());
    if (list->size() > maxItems)
        return invalid(
            field, QObject::tr("too many items (%1; at most %2)").arg(list->size()).arg(maxItems));
    QStringList result;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonValue item = list->at(i);
        const QString where = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (!item.isString())
            return invalid(where, QObject::tr("expected a text in quotes"));
        if (item.toString().size() > maxLength)
            return invalid(where, QObject::tr("too long"));
        result.append(item.toString());
    }
    return result;
}

Result<QString> JsonReader::uid(const QString &field) const
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    auto value = string(field, 64);
    if (!value)
        return std::unexpected(value.error());
    if (!pattern.match(*value).hasMatch()) {
        return invalid(field,
                       QObject::tr("\"%1\" is not a uid (a lower-case UUID such as "
                                   "0b5a3c1e-3c52-4a5e-9d4c-2f5b6f5c7a10)")
                           .arg(*value));
    }
    return *value;
}

Result<QDateTime> JsonReader::time(const QString &field) const
{
    auto text = string(field, 64);
    if (!text)
        return std::unexpected(text.error());
    const auto t = parseUtc(*text);
    if (!t) {
        return invalid(field,
                       QObject::tr("\"%1\" is not a UTC time like "
                                   "2026-11-20T09:30:00Z")
                           .arg(*text));
    }
    return *t;
}

Result<std::optional<QDateTime>> JsonReader::optionalTime(const QString &field) const
{
    auto text = optionalString(field, 64);
    if (!text)
        return std::unexpected(text.error());
    if (!*text)
        return std::optional<QDateTime>();
    auto t = time(field);
    if (!t)
        return std::unexpected(t.error());
    return std::optional<QDateTime>(*t);
}

} // namespace Byline::Interchange
