#include "tests/torture/Ledger.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Byline::Torture {
namespace {

// The first column of the first row, or an invalid QVariant after noting the error.
QVariant scalar(const QSqlDatabase &store, const QString &sql, const QVariantList &binds,
                QStringList &problems)
{
    QSqlQuery q(store);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds.at(i));
    if (!q.exec()) {
        problems.append(QStringLiteral("query failed: %1 (%2)").arg(q.lastError().text(), sql));
        return {};
    }
    return q.next() ? q.value(0) : QVariant(QString());
}

} // namespace

void Ledger::add(Kind kind, bool acknowledged, const QStringList &uids, const QStringList &markers)
{
    m_entries.append({kind, acknowledged, uids, markers});
    if (acknowledged)
        ++m_acknowledged[kind];
    if (kind != Kind::Save)
        return;
    Titles &titles = m_titles[uids.first()];
    if (acknowledged)
        titles = {markers.first(), {}};
    else
        titles.killedSince.append(markers.first());
}

Ledger::Verdict Ledger::verify(const QSqlDatabase &store, bool everything)
{
    Verdict verdict;
    for (qsizetype i = everything ? 0 : m_verified; i < m_entries.size(); ++i)
        verifyEntry(store, m_entries.at(i), verdict);
    m_verified = m_entries.size();
    verifyTitles(store, verdict);
    return verdict;
}

void Ledger::verifyEntry(const QSqlDatabase &store, const Entry &entry, Verdict &verdict) const
{
    auto count = [&](const QString &sql, const QVariantList &binds) {
        return scalar(store, sql, binds, verdict.problems).toLongLong();
    };
    const QString marker = entry.markers.value(0);
    qint64 found = 0;
    switch (entry.kind) {
    case Kind::Save:
        // Every acknowledged save is a revision of its article (a later save replaced the text).
        found = count(QStringLiteral("SELECT count(*) FROM revisions r JOIN articles a "
                                     "ON a.id = r.article_id WHERE a.uid = ? "
                                     "AND instr(r.snapshot, ?) > 0"),
                      {entry.uids.first(), marker});
        break;
    case Kind::Comment:
        found = count(QStringLiteral("SELECT count(*) FROM comments WHERE text = ?"), {marker});
        break;
    case Kind::Act:
        found = count(QStringLiteral("SELECT count(*) FROM audit a JOIN articles r "
                                     "ON r.id = a.article_id WHERE r.uid = ? AND a.comment = ?"),
                      {entry.uids.first(), marker});
        break;
    case Kind::Import: {
        qint64 present = 0;
        for (qsizetype i = 0; i < entry.uids.size(); ++i) {
            present += count(QStringLiteral("SELECT count(*) FROM translations t JOIN articles a "
                                            "ON a.id = t.article_id WHERE a.uid = ? "
                                            "AND t.title = ?"),
                             {entry.uids.at(i), entry.markers.at(i)});
        }
        if (entry.acknowledged && present != entry.uids.size()) {
            ++verdict.lost;
            verdict.problems.append(QStringLiteral("an acknowledged import of %1 articles left "
                                                   "%2 of them in the store (%3)")
                                        .arg(entry.uids.size())
                                        .arg(present)
                                        .arg(entry.uids.first()));
        } else if (!entry.acknowledged && present != 0 && present != entry.uids.size()) {
            ++verdict.torn;
            verdict.problems.append(QStringLiteral("a killed import of %1 articles left %2 of "
                                                   "them in the store (%3)")
                                        .arg(entry.uids.size())
                                        .arg(present)
                                        .arg(entry.uids.first()));
        } else if (entry.acknowledged) {
            verdict.checked[entry.kind] += present;
        }
        return;
    }
    }
    if (entry.acknowledged && found == 0) {
        ++verdict.lost;
        verdict.problems.append(QStringLiteral("an acknowledged change is missing: %1 (article %2)")
                                    .arg(marker, entry.uids.value(0)));
    } else if (found > 1) {
        ++verdict.torn;
        verdict.problems.append(
            QStringLiteral("a change is in the store %1 times: %2").arg(found).arg(marker));
    } else if (entry.acknowledged) {
        ++verdict.checked[entry.kind];
    }
}

void Ledger::verifyTitles(const QSqlDatabase &store, Verdict &verdict) const
{
    for (auto it = m_titles.cbegin(); it != m_titles.cend(); ++it) {
        const QString title
            = scalar(store,
                     QStringLiteral("SELECT t.title FROM translations t JOIN articles a "
                                    "ON a.id = t.article_id AND t.locale = a.source_locale "
                                    "WHERE a.uid = ?"),
                     {it.key()}, verdict.problems)
                  .toString();
        if (it->acknowledged.isEmpty() && !title.startsWith(QLatin1String("torture ")))
            continue; // no save of it has been heard of yet, and none landed
        if (title == it->acknowledged || it->killedSince.contains(title))
            continue;
        ++verdict.lost;
        verdict.problems.append(QStringLiteral("article %1 reads \"%2\"; the last acknowledged "
                                               "save wrote \"%3\"")
                                    .arg(it.key(), title, it->acknowledged));
    }
}

} // namespace Byline::Torture
