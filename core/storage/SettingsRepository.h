#pragma once

#include "core/Error.h"

#include <QMap>
#include <QString>

namespace Byline::Storage {

class Database;

// Newsroom settings (key -> value) and the site strings every page is made of (per locale).
class SettingsRepository
{
public:
    using StringTable = QMap<QString, QMap<QString, QString>>; // locale -> key -> text

    explicit SettingsRepository(Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<QMap<QString, QString>> settings() const;
    [[nodiscard]] Result<QString> setting(const QString &key, const QString &fallback = {}) const;
    [[nodiscard]] Result<> setSetting(const QString &key, const QString &value);

    [[nodiscard]] Result<StringTable> siteStrings() const;
    [[nodiscard]] Result<> setSiteString(const QString &locale, const QString &key,
                                         const QString &value);

private:
    Database &m_db;
};

} // namespace Byline::Storage
