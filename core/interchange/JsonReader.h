#pragma once

#include "core/Error.h"

#include <QDateTime>
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

    // The reader of one object of a top-level list, whose path names the item and, when the
    // object has it, its key: "articles[2] (uid 6f1c…)".
    [[nodiscard]] static JsonReader listItem(const QJsonObject &object, QLatin1StringView list,
                                             qsizetype index, QLatin1StringView keyName);

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] QString pathOf(QStringView field) const;
    // A key as a message repeats it: at most 64 characters (a file's key may be megabytes).
    [[nodiscard]] static QString shownKey(QStringView key);

    // Whether the object has `field` at all (an optional field may mean "as it was").
    [[nodiscard]] bool has(const QString &field) const { return m_object.contains(field); }
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
    // A lower-case UUID, the form of every uid in the format.
    [[nodiscard]] Result<QString> uid(const QString &field = QStringLiteral("uid")) const;
    // A time in the store's UTC form, "2026-11-20T09:30:00Z".
    [[nodiscard]] Result<QDateTime> time(const QString &field) const;
    [[nodiscard]] Result<std::optional<QDateTime>> optionalTime(const QString &field) const;

    [[nodiscard]] std::unexpected<Error> invalid(QStringView field, const QString &why) const;

private:
    QJsonObject m_object;
    QString m_path;
};

[[nodiscard]] std::unexpected<Error> invalidAt(const QString &path, const QString &why);

// The first error among fields read together, in the order given, so that a file with several
// mistakes always names the same one first.
template<class... T>
[[nodiscard]] std::optional<Error> firstError(const Result<T> &...results)
{
    std::optional<Error> first;
    auto check = [&first](const auto &result) {
        if (!first && !result)
            first = result.error();
    };
    (check(results), ...);
    return first;
}

} // namespace Byline::Interchange
