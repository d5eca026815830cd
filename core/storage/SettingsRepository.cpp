#include "core/storage/SettingsRepository.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

namespace Byline::Storage {

Result<QMap<QString, QString>> SettingsRepository::settings() const
{
    auto q = m_db.run(QStringLiteral("SELECT key, value FROM settings ORDER BY key"), {},
                      QObject::tr("reading the settings"));
    if (!q)
        return std::unexpected(q.error());
    QMap<QString, QString> result;
    while (q->next())
        result.insert(q->value(0).toString(), q->value(1).toString());
    return result;
}

Result<QString> SettingsRepository::setting(const QString &key, const QString &fallback) const
{
    auto value = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                             QObject::tr("reading the settings"));
    if (!value)
        return std::unexpected(value.error());
    return value->isNull() ? fallback : value->toString();
}

Result<> SettingsRepository::setSetting(const QString &key, const QString &value)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {key, value}, QObject::tr("saving the setting %1").arg(key));
    if (!q)
        return std::unexpected(q.error());
    m_db.recordChange({ChangeKind::SettingsChanged, key});
    return {};
}

Result<SettingsRepository::StringTable> SettingsRepository::siteStrings() const
{
    auto q = m_db.run(QStringLiteral("SELECT locale, key, value FROM site_strings "
                                     "ORDER BY locale, key"),
                      {}, QObject::tr("reading the site strings"));
    if (!q)
        return std::unexpected(q.error());
    StringTable result;
    while (q->next())
        result[q->value(0).toString()].insert(q->value(1).toString(), q->value(2).toString());
    return result;
}

Result<> SettingsRepository::setSiteString(const QString &locale, const QString &key,
                                           const QString &value)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO site_strings (locale, key, value) "
                                     "VALUES (?, ?, ?) ON CONFLICT (locale, key) "
                                     "DO UPDATE SET value = excluded.value"),
                      {locale, key, value},
                      QObject::tr("saving the site string %1 (%2)").arg(key, locale));
    if (!q)
        return std::unexpected(q.error());
    m_db.recordChange({ChangeKind::SettingsChanged, QStringLiteral("strings"), 0, locale});
    return {};
}

} // namespace Byline::Storage
