#include "tests/torture/OldStore.h"

#include "core/storage/Database.h"
#include "core/storage/Migrator.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace Byline::Torture::OldStore {
namespace {

// The migrations an older Byline shipped: the first `version` of ours.
Result<QString> olderMigrations(int version, const QString &scratch)
{
    const QString folder = scratch + QStringLiteral("/migrations-%1").arg(version);
    if (QFileInfo::exists(folder))
        return folder;
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::Io, QStringLiteral("cannot create %1").arg(folder));
    for (const Storage::Migrator::Step &step : Storage::Migrator::steps()) {
        if (step.version > version)
            continue;
        if (!QFile::copy(step.resource,
                         folder + QLatin1Char('/') + QFileInfo(step.resource).fileName()))
            return fail(ErrorCode::Io, QStringLiteral("cannot copy %1").arg(step.resource));
    }
    return folder;
}

Result<qint64> insert(Storage::Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = db.run(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    return q->lastInsertId().toLongLong();
}

} // namespace

Result<Contents> create(const QString &path, int version, int articles, const QString &scratch)
{
    auto migrations = olderMigrations(version, scratch);
    if (!migrations)
        return std::unexpected(migrations.error());
    Storage::Migrator::setSourceDirectory(*migrations);
    Storage::Database::Options options;
    options.path = path;
    options.createIfMissing = true;
    auto db = Storage::Database::open(options);
    Storage::Migrator::setSourceDirectory({});
    if (!db)
        return std::unexpected(db.error());

    // The columns of schema 1: every later schema still has them.
    auto tx = Storage::Transaction::begin(**db);
    if (!tx)
        return std::unexpected(tx.error());
    Storage::Database &d = **db;
    const QString when = QStringLiteral("2025-01-02T03:04:05Z");
    Contents contents;
    // The locales every store is seeded with (resources/defaults.json).
    for (auto &&[code, label, name, position] :
         {std::tuple {"ru", "RU", "Русский", 0}, std::tuple {"en", "EN", "English", 1},
          std::tuple {"hy", "HY", "Հայերեն", 2}}) {
        if (auto l = insert(d,
                            QStringLiteral("INSERT INTO locales (code, label, name, position) "
                                           "VALUES (?, ?, ?, ?)"),
                            {QString::fromUtf8(code), QString::fromUtf8(label),
                             QString::fromUtf8(name), position});
            !l)
            return std::unexpected(l.error());
    }
    auto user = insert(d,
                       QStringLiteral("INSERT INTO users (name, display_name, role) "
                                      "VALUES ('old.editor', 'Old Editor', 'editor')"),
                       {});
    if (!user)
        return std::unexpected(user.error());
    auto section = insert(d,
                          QStringLiteral("INSERT INTO sections (uid, slug, position) "
                                         "VALUES ('old-section', 'news', 0)"),
                          {});
    if (!section)
        return std::unexpected(section.error());
    if (auto t = insert(d,
                        QStringLiteral("INSERT INTO section_texts (section_id, locale, name, "
                                       "description) VALUES (?, 'en', 'News', '')"),
                        {*section});
        !t)
        return std::unexpected(t.error());
    for (int i = 0; i < articles; ++i) {
        const QString uid
            = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        const QString title
            = QStringLiteral("Old article %1 written at schema %2").arg(i).arg(version);
        auto article
            = insert(d,
                     QStringLiteral(
                         "INSERT INTO articles (uid, section_id, source_locale, status, "
                         "created_at, updated_at, version) VALUES (?, ?, 'en', 'draft', ?, ?, 1)"),
                     {uid, *section, when, when});
        if (!article)
            return std::unexpected(article.error());
        if (auto a = insert(d,
                            QStringLiteral("INSERT INTO article_authors (article_id, user_id, "
                                           "position) VALUES (?, ?, 0)"),
                            {*article, *user});
            !a)
            return std::unexpected(a.error());
        auto translation = insert(
            d,
            QStringLiteral("INSERT INTO translations (article_id, locale, title, lead, seo_title, "
                           "seo_description, slug, status) "
                           "VALUES (?, 'en', ?, ?, '', '', ?, 'in_progress')"),
            {*article, title, QStringLiteral("What an older Byline kept, number %1.").arg(i),
             QStringLiteral("old-article-%1").arg(i)});
        if (!translation)
            return std::unexpected(translation.error());
        for (int b = 0; b < 3; ++b) {
            if (auto block = insert(
                    d,
                    QStringLiteral("INSERT INTO blocks (translation_id, position, block_id, type, "
                                   "text) VALUES (?, ?, ?, 'paragraph', ?)"),
                    {*translation, b, QStringLiteral("b%1").arg(b),
                     QStringLiteral("Paragraph %1 of article %2, kept through every upgrade.")
                         .arg(b)
                         .arg(i)});
                !block)
                return std::unexpected(block.error());
        }
        contents.uids.append(uid);
        contents.titles.append(title);
    }
    // The search index of schemas 5 to 12 (a full-text table with its own copy of the text) is
    // left empty: today's SearchIndex writes schema 13's contentless one and cannot fill it,
    // and the upgrade to schema 13 writes the index anew from these rows in any case
    // (Database::open), which is what the torture checks.
    if (auto committed = tx->commit(); !committed)
        return std::unexpected(committed.error());
    return contents;
}

} // namespace Byline::Torture::OldStore
