#include "core/storage/ExpertRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Ids.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>

namespace Byline::Storage {

Result<QList<Expert>> ExpertRepository::all() const
{
    const QString what = QObject::tr("reading the experts");
    auto q = m_db.run(QStringLiteral("SELECT id, uid FROM experts ORDER BY uid"), {}, what);
    if (!q)
        return std::unexpected(q.error());
    QList<Expert> result;
    QHash<qint64, qsizetype> indexOf;
    while (q->next()) {
        indexOf.insert(q->value(0).toLongLong(), result.size());
        result.append({q->value(1).toString(), {}});
    }
    auto names = m_db.run(QStringLiteral("SELECT expert_id, locale, name, role, country "
                                         "FROM expert_names"),
                          {}, what);
    if (!names)
        return std::unexpected(names.error());
    while (names->next()) {
        const auto it = indexOf.constFind(names->value(0).toLongLong());
        if (it != indexOf.cend())
            result[*it].names.insert(names->value(1).toString(),
                                     {names->value(2).toString(), names->value(3).toString(),
                                      names->value(4).toString()});
    }
    return result;
}

Result<> ExpertRepository::upsert(const Expert &expert)
{
    const QString what = QObject::tr("saving the expert %1").arg(expert.uid);
    auto tx = Transaction::begin(m_db, what);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto q = m_db.run(QStringLiteral("INSERT INTO experts (uid) VALUES (?) "
                                         "ON CONFLICT (uid) DO NOTHING"),
                          {expert.uid}, what);
        !q) {
        return std::unexpected(q.error());
    }
    auto id = findId(m_db, "experts", "uid", expert.uid);
    if (!id)
        return std::unexpected(id.error());
    auto before = m_db.run(QStringLiteral("SELECT locale, name, role, country FROM expert_names "
                                          "WHERE expert_id = ?"),
                           {**id}, what);
    if (!before)
        return std::unexpected(before.error());
    QMap<QString, QStringList> namesBefore;
    while (before->next()) {
        namesBefore.insert(before->value(0).toString(),
                           {before->value(1).toString(), before->value(2).toString(),
                            before->value(3).toString()});
    }
    before->finish();
    QMap<QString, QStringList> namesAfter;
    for (auto it = expert.names.cbegin(); it != expert.names.cend(); ++it)
        namesAfter.insert(it.key(), {it->name, it->role, it->country});
    // The articles quoting them leave the search index while it can still read the old names.
    SearchIndex index(m_db);
    QList<qint64> quoting;
    if (namesAfter != namesBefore) {
        auto found = index.articlesQuotingExpert(expert.uid);
        if (!found)
            return std::unexpected(found.error());
        quoting = *found;
        if (auto out = index.takeOut(quoting); !out)
            return out;
    }
    if (auto q
        = m_db.run(QStringLiteral("DELETE FROM expert_names WHERE expert_id = ?"), {**id}, what);
        !q) {
        return std::unexpected(q.error());
    }
    for (auto it = expert.names.cbegin(); it != expert.names.cend(); ++it) {
        if (auto q = m_db.run(QStringLiteral("INSERT INTO expert_names "
                                             "(expert_id, locale, name, role, country) "
                                             "VALUES (?, ?, ?, ?, ?)"),
                              {**id, it.key(), it->name, it->role, it->country}, what);
            !q) {
            return std::unexpected(q.error());
        }
    }
    if (auto done = index.reindex(quoting); !done)
        return done;
    m_db.recordChange({ChangeKind::ExpertChanged, expert.uid});
    return tx->commit();
}

Result<> ExpertRepository::merge(const QString &keepUid, const QString &dropUid)
{
    const QString what = QObject::tr("merging the expert %1 into %2").arg(dropUid, keepUid);
    if (keepUid == dropUid)
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("An expert cannot be merged into itself."));
    auto tx = Transaction::begin(m_db, what);
    if (!tx)
        return std::unexpected(tx.error());
    auto keep = findId(m_db, "experts", "uid", keepUid);
    auto drop = findId(m_db, "experts", "uid", dropUid);
    for (const auto *id : {&keep, &drop}) {
        if (!*id)
            return std::unexpected(id->error());
    }
    for (const auto &[id, uid] : {std::pair {*keep, keepUid}, std::pair {*drop, dropUid}}) {
        if (!id)
            return fail(ErrorCode::NotFound, QObject::tr("There is no expert %1.").arg(uid));
    }
    // Quotes move to the kept expert: the articles quoting either are reindexed.
    SearchIndex index(m_db);
    QList<qint64> quoting;
    for (const QString &uid : {keepUid, dropUid}) {
        auto found = index.articlesQuotingExpert(uid);
        if (!found)
            return std::unexpected(found.error());
        for (const qint64 article : std::as_const(*found)) {
            if (!quoting.contains(article))
                quoting.append(article);
        }
    }
    if (auto out = index.takeOut(quoting); !out)
        return out;
    const QList<std::pair<QString, QVariantList>> steps = {
        {QStringLiteral("UPDATE quotes SET expert_id = ? WHERE expert_id = ?"), {**keep, **drop}},
        {QStringLiteral("INSERT INTO expert_names (expert_id, locale, name, role, country) "
                        "SELECT ?, locale, name, role, country FROM expert_names d "
                        "WHERE d.expert_id = ? AND NOT EXISTS (SELECT 1 FROM expert_names k "
                        "WHERE k.expert_id = ? AND k.locale = d.locale)"),
         {**keep, **drop, **keep}},
        {QStringLiteral("DELETE FROM experts WHERE id = ?"), {**drop}},
    };
    for (const auto &[sql, binds] : steps) {
        if (auto q = m_db.run(sql, binds, what); !q)
            return std::unexpected(q.error());
    }
    if (auto done = index.reindex(quoting); !done)
        return done;
    m_db.recordChange({ChangeKind::ExpertChanged, keepUid});
    m_db.recordChange({ChangeKind::ExpertChanged, dropUid});
    return tx->commit();
}

Result<QList<ExpertRepository::Quotation>>
ExpertRepository::quotations(const QString &expertUid) const
{
    const QString what = QObject::tr("finding where the expert %1 is quoted").arg(expertUid);
    auto id = findId(m_db, "experts", "uid", expertUid);
    if (!id)
        return std::unexpected(id.error());
    if (!*id)
        return fail(ErrorCode::NotFound, QObject::tr("There is no expert %1.").arg(expertUid));
    auto q = m_db.run(
        QStringLiteral("SELECT q.uid, q.spoken_locale, q.approved, qt.text, a.uid, a.status, "
                       "src.title, t.locale, t.published_at "
                       "FROM quotes q "
                       "LEFT JOIN quote_texts qt ON qt.quote_id = q.id "
                       "AND qt.locale = q.spoken_locale "
                       "LEFT JOIN blocks b ON b.quote_id = q.id "
                       "LEFT JOIN translations t ON t.id = b.translation_id "
                       "LEFT JOIN articles a ON a.id = t.article_id "
                       "LEFT JOIN translations src ON src.article_id = a.id "
                       "AND src.locale = a.source_locale "
                       "LEFT JOIN locales l ON l.code = t.locale "
                       "WHERE q.expert_id = ? "
                       "ORDER BY q.uid, a.created_at, a.uid, l.position, t.locale"),
        {**id}, what);
    if (!q)
        return std::unexpected(q.error());
    QList<Quotation> result;
    while (q->next()) {
        const QString quoteUid = q->value(0).toString();
        if (result.isEmpty() || result.last().quoteUid != quoteUid) {
            result.append({quoteUid,
                           q->value(1).toString(),
                           q->value(3).toString(),
                           q->value(2).toInt() != 0,
                           {}});
        }
        if (q->value(4).isNull())
            continue; // not used in any article
        QList<Use> &uses = result.last().uses;
        const QString articleUid = q->value(4).toString();
        if (uses.isEmpty() || uses.last().articleUid != articleUid) {
            uses.append(
                {articleUid,
                 q->value(6).toString(),
                 workflowStateFromName(q->value(5).toString()).value_or(WorkflowState::Draft),
                 {},
                 {}});
        }
        const QString locale = q->value(7).toString();
        if (!uses.last().locales.contains(locale))
            uses.last().locales.append(locale); // a quote used twice in one text: once
        if (!q->value(8).isNull() && !uses.last().liveLocales.contains(locale))
            uses.last().liveLocales.append(locale);
    }
    return result;
}

} // namespace Byline::Storage
