#pragma once

#include "core/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace Byline::Interchange {

// Typed access to a parsed JSON object that names the offending item and field on error:
// "articles[2] (uid …) translations.hy.title: expected a string".
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path);

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] QString pathOf(QStringView field) const;

    // Refuses keys other than `allowed` (a typo must not silently lose data).
    [[nodiscard]] Result<> onlyKeys(const QStringList &allowed) const;

    [[nodiscard]] Result<QString> string(const QString &field, qsizetype maxLength,
                                         bool required = true) const;
    [[nodiscard]] Result<std::optional<QString>> optionalString(const QString &field,
                                                                qsizetype maxLength) const;
    [[nodiscard]] Result<qint64> integer(const QString &field, qint64 min, qint64 max,
                                         std::optional<qint64> fallback = std::nullopt) const;
    [[nodiscard]] Result<std::optional<qint64>> optionalInteger(const QString &field, qint64 min,
                                                                qint64 max) const;
    [[nodiscard]] Result<bool> boolean(const QString &field, std::optional<bool> fallback) const;
    [[nodiscard]] Result<QJsonArray> array(const QString &field, bool required = false) const;
    [[nodiscard]] Result<QJsonObject> object(const QString &field, bool required = false) const;
    [[nodiscard]] Result<QStringList> stringList(const QString &field, qsizetype maxItems,
                                                 qsizetype maxLength) const;

    [[nodiscard]] std::unexpected<Error> invalid(QStringView field, const QString &why) const;

private:
    QJsonObject m_object;
    QString m_path;
};

[[nodiscard]] std::unexpected<Error> invalidAt(const QString &path, const QString &why);

} // namespace Byline::Interchange
