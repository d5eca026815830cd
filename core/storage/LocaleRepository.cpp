#include "core/storage/LocaleRepository.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

namespace Byline::Storage {

Result<QList<Locale>> LocaleRepository::all() const
{
    auto q = m_db.run(QStringLiteral("SELECT code, label, name, position FROM locales "
                                     "ORDER BY position, code"),
                      {}, QObject::tr("reading the locales"));
    if (!q)
        return std::unexpected(q.error());
    QList<Locale> result;
    while (q->next())
        result.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                       q->value(3).toInt()});
    return result;
}

Result<> LocaleRepository::upsert(const Locale &locale)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO locales (code, label, name, position) "
                                     "VALUES (?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                                     "label = excluded.label, name = excluded.name, "
                                     "position = excluded.position"),
                      {locale.code, locale.label, locale.name, locale.position},
                      QObject::tr("saving the locale %1").arg(locale.code));
    if (!q)
        return std::unexpected(q.error());
    m_db.recordChange({ChangeKind::SettingsChanged, QStringLiteral("locales"), 0, locale.code});
    return {};
}

} // namespace Byline::Storage
