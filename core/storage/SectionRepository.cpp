#include "core/storage/SectionRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Ids.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace Byline::Storage {

Result<QList<Section>> SectionRepository::all() const
{
    const QString what = QObject::tr("reading the sections");
    auto q = m_db.run(QStringLiteral("SELECT id, uid, slug, position FROM sections "
                                     "ORDER BY position, uid"),
                      {}, what);
    if (!q)
        return std::unexpected(q.error());
    QList<Section> result;
    QList<qint64> ids;
    while (q->next()) {
        ids.append(q->value(0).toLongLong());
        result.append({q->value(1).toString(), q->value(2).toString(), q->value(3).toInt(), {}});
    }
    auto texts = m_db.run(QStringLiteral("SELECT section_id, locale, name, description "
                                         "FROM section_texts"),
                          {}, what);
    if (!texts)
        return std::unexpected(texts.error());
    while (texts->next()) {
        const qsizetype index = ids.indexOf(texts->value(0).toLongLong());
        if (index >= 0)
            result[index].texts.insert(texts->value(1).toString(),
                                       {texts->value(2).toString(), texts->value(3).toString()});
    }
    return result;
}

Result<> SectionRepository::upsert(const Section &section)
{
    const QString what = QObject::tr("saving the section %1").arg(section.slug);
    auto tx = Transaction::begin(m_db, what);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto q = m_db.run(QStringLiteral("INSERT INTO sections (uid, slug, position) "
                                         "VALUES (?, ?, ?) ON CONFLICT (uid) DO UPDATE SET "
                                         "slug = excluded.slug, position = excluded.position"),
                          {section.uid, section.slug, section.position}, what);
        !q) {
        return std::unexpected(q.error());
    }
    auto id = findId(m_db, "sections", "uid", section.uid);
    if (!id)
        return std::unexpected(id.error());
    if (auto q
        = m_db.run(QStringLiteral("DELETE FROM section_texts WHERE section_id = ?"), {**id}, what);
        !q) {
        return std::unexpected(q.error());
    }
    for (auto it = section.texts.cbegin(); it != section.texts.cend(); ++it) {
        if (auto q = m_db.run(QStringLiteral("INSERT INTO section_texts "
                                             "(section_id, locale, name, description) "
                                             "VALUES (?, ?, ?, ?)"),
                              {**id, it.key(), it->name, it->description}, what);
            !q) {
            return std::unexpected(q.error());
        }
    }
    m_db.recordChange({ChangeKind::SettingsChanged, QStringLiteral("sections"), 0, section.uid});
    return tx->commit();
}

} // namespace Byline::Storage
