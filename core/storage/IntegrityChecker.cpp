#include "core/storage/IntegrityChecker.h"

#include "core/interchange/ArticleCodec.h"
#include "core/storage/ArticleLists.h"
#include "core/storage/Database.h"
#include "core/storage/SearchIndex.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Byline::Storage {

Result<QList<IntegrityChecker::Problem>> IntegrityChecker::run() const
{
    const QString what = QObject::tr("checking the store");
    QList<Problem> problems;
    // SQLite's own checks of its file; a server checks its pages and keys itself.
    if (!m_db.isServer()) {
        if (auto damage = fileDamage(); !damage)
            return std::unexpected(damage.error());
        else
            problems = *damage;
    }
    return rules(std::move(problems));
}

Result<QList<IntegrityChecker::Problem>> IntegrityChecker::fileDamage() const
{
    const QString what = QObject::tr("checking the store");
    QList<Problem> problems;
    auto integrity = m_db.run(QStringLiteral("PRAGMA integrity_check"), {}, what);
    if (!integrity)
        return std::unexpected(integrity.error());
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append({Problem::Kind::Damage, line});
    }
    auto foreignKeys = m_db.run(QStringLiteral("PRAGMA foreign_key_check"), {}, what);
    if (!foreignKeys)
        return std::unexpected(foreignKeys.error());
    while (foreignKeys->next()) {
        problems.append(
            {Problem::Kind::Damage,
             QObject::tr("row %1 of %2 refers to a missing row of %3")
                 .arg(foreignKeys->value(1).toString(), foreignKeys->value(0).toString(),
                      foreignKeys->value(2).toString())});
    }
    return problems;
}

Result<QList<IntegrityChecker::Problem>> IntegrityChecker::rules(QList<Problem> problems) const
{
    const QString what = QObject::tr("checking the store");

    // The project's own rules: each query lists the offenders and says what is wrong.
    struct Rule
    {
        const char *sql;
        const char *message; // %1 is the first column
    };
    static const Rule rules[] = {
        {"SELECT a.uid FROM articles a WHERE NOT EXISTS (SELECT 1 FROM translations t "
         "WHERE t.article_id = a.id AND t.locale = a.source_locale)",
         QT_TRANSLATE_NOOP("IntegrityChecker", "article %1 has no text in its source locale")},
        {"SELECT uid FROM articles WHERE status = 'published' AND published_at IS NULL",
         QT_TRANSLATE_NOOP("IntegrityChecker",
                           "article %1 is published but has no publication time")},
        {"SELECT uid FROM articles WHERE status = 'scheduled' AND scheduled_at IS NULL",
         QT_TRANSLATE_NOOP("IntegrityChecker", "article %1 is scheduled but has no time set")},
        {"SELECT a.uid FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_authors aa "
         "WHERE aa.article_id = a.id)",
         QT_TRANSLATE_NOOP("IntegrityChecker", "article %1 has no author")},
        {"SELECT q.uid FROM quotes q WHERE NOT EXISTS (SELECT 1 FROM quote_texts x "
         "WHERE x.quote_id = q.id AND x.locale = q.spoken_locale)",
         QT_TRANSLATE_NOOP("IntegrityChecker",
                           "quote %1 has no text in the language it was said in")},
        {"SELECT e.uid FROM experts e WHERE NOT EXISTS (SELECT 1 FROM expert_names n "
         "WHERE n.expert_id = e.id)",
         QT_TRANSLATE_NOOP("IntegrityChecker", "expert %1 has no name in any locale")},
        {"SELECT u.name FROM users u WHERE u.role = 'translator' AND NOT EXISTS "
         "(SELECT 1 FROM user_locales l WHERE l.user_id = u.id)",
         QT_TRANSLATE_NOOP("IntegrityChecker", "translator %1 has no locales to translate")},
        {"SELECT u.name || ' (' || n.locale || ')' FROM user_names n "
         "JOIN users u ON u.id = n.user_id WHERE trim(n.name) = ''",
         QT_TRANSLATE_NOOP("IntegrityChecker", "person %1 has an empty name in that locale")},
        {"SELECT a.uid || ' (' || t.locale || ')' FROM translations t "
         "JOIN articles a ON a.id = t.article_id JOIN users u ON u.id = t.translator_id "
         "WHERE t.locale <> a.source_locale AND u.role = 'translator' AND NOT EXISTS "
         "(SELECT 1 FROM user_locales l WHERE l.user_id = u.id AND l.locale = t.locale)",
         QT_TRANSLATE_NOOP(
             "IntegrityChecker",
             "article %1 is translated by someone who does not translate that locale")},
        {"SELECT a.uid || ' (' || t.locale || ')' FROM translations t "
         "JOIN articles a ON a.id = t.article_id "
         "WHERE t.published_at IS NOT NULL AND a.status <> 'published'",
         QT_TRANSLATE_NOOP("IntegrityChecker",
                           "article %1 is marked live but the article is not published")},
        {"SELECT a.uid || ' (' || t.locale || ')' FROM translations t "
         "JOIN articles a ON a.id = t.article_id "
         "WHERE t.published_at IS NOT NULL AND t.status <> 'approved'",
         QT_TRANSLATE_NOOP("IntegrityChecker", "article %1 is live without being approved")},
        {"SELECT s.slug FROM sections s WHERE NOT EXISTS (SELECT 1 FROM section_texts x "
         "WHERE x.section_id = s.id)",
         QT_TRANSLATE_NOOP("IntegrityChecker", "section %1 has no name in any locale")},
        {"SELECT u.name || ': ' || s.name FROM saved_searches s JOIN users u "
         "ON u.id = s.user_id WHERE trim(s.query) = ''",
         QT_TRANSLATE_NOOP("IntegrityChecker", "the saved search %1 has no words to search for")},
    };
    for (const Rule &rule : rules) {
        auto q = m_db.run(QLatin1String(rule.sql), {}, what);
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            problems.append({Problem::Kind::Rule,
                             QCoreApplication::translate("IntegrityChecker", rule.message)
                                 .arg(q->value(0).toString())});
        }
    }
    // The translation backlog, kept by triggers (migration 0007), against a full count: a
    // difference is a defect of Byline's.
    const ArticleLists lists(m_db);
    auto kept = lists.needingTranslation();
    auto counted = lists.countNeedingTranslation();
    if (!kept || !counted)
        return std::unexpected(!kept ? kept.error() : counted.error());
    for (auto it = counted->cbegin(); it != counted->cend(); ++it) {
        if (kept->value(it.key(), -1) != it.value()) {
            problems.append({Problem::Kind::Rule,
                             QCoreApplication::translate("IntegrityChecker",
                                                         "the count of articles that need a "
                                                         "translation into %1 is out of step")
                                 .arg(it.key())});
        }
    }

    auto revisions = m_db.run(QStringLiteral("SELECT a.uid, r.number, r.snapshot FROM revisions r "
                                             "JOIN articles a ON a.id = r.article_id"),
                              {}, what);
    if (!revisions)
        return std::unexpected(revisions.error());
    while (revisions->next()) {
        if (!Interchange::ArticleCodec::fromSnapshot(revisions->value(2).toByteArray(), {})) {
            problems.append(
                {Problem::Kind::Damage,
                 QObject::tr("revision %1 of article %2 cannot be read")
                     .arg(revisions->value(1).toString(), revisions->value(0).toString())});
        }
    }
    revisions->finish();

    // The search index, only once the store itself is sound (it is rebuilt from the store).
    if (problems.isEmpty()) {
        auto index = SearchIndex(m_db).verify();
        if (!index)
            return std::unexpected(index.error());
        for (const QString &text : std::as_const(*index))
            problems.append({Problem::Kind::Index, text});
    }
    return problems;
}

} // namespace Byline::Storage
