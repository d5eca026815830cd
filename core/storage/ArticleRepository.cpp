#include "core/storage/ArticleRepository.h"

#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "core/interchange/ArticleCodec.h"
#include "core/interchange/Limits.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Ids.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/SqlValues.h"
#include "core/storage/Transaction.h"
#include "core/translation/Segments.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace Byline::Storage {
Result<QStringList> ArticleRepository::localeOrder() const
{
    auto locales = LocaleRepository(m_db).all();
    if (!locales)
        return std::unexpected(locales.error());
    QStringList codes;
    for (const Locale &l : *locales)
        codes.append(l.code);
    return codes;
}

Result<std::optional<Article>> ArticleRepository::find(const QString &uid, Load load) const
{
    const QString what = QObject::tr("reading the article %1").arg(uid);
    auto q = m_db.run(
        QStringLiteral("SELECT a.id, a.uid, s.uid, a.source_locale, a.status, u.name, "
                       "a.created_at, a.updated_at, a.scheduled_at, a.published_at, a.version, "
                       "a.view_count, a.published_late_seconds FROM articles a "
                       "JOIN sections s ON s.id = a.section_id "
                       "LEFT JOIN users u ON u.id = a.editor_id WHERE a.uid = ?"),
        {uid}, what);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<Article>();
    Article a;
    const qint64 id = q->value(0).toLongLong();
    a.uid = q->value(1).toString();
    a.sectionUid = q->value(2).toString();
    a.sourceLocale = q->value(3).toString();
    a.state = workflowStateFromName(q->value(4).toString()).value_or(WorkflowState::Draft);
    a.editor = q->value(5).toString();
    a.createdAt = parseUtc(q->value(6).toString()).value_or(QDateTime());
    a.updatedAt = parseUtc(q->value(7).toString()).value_or(QDateTime());
    a.scheduledAt = timeOrNull(q->value(8));
    a.publishedAt = timeOrNull(q->value(9));
    a.version = q->value(10).toInt();
    if (!q->value(11).isNull())
        a.viewCount = q->value(11).toLongLong();
    if (!q->value(12).isNull())
        a.publishedLateSeconds = q->value(12).toLongLong();
    q->finish();

    auto authors = m_db.run(QStringLiteral("SELECT u.name FROM article_authors aa "
                                           "JOIN users u ON u.id = aa.user_id "
                                           "WHERE aa.article_id = ? ORDER BY aa.position"),
                            {id}, what);
    if (!authors)
        return std::unexpected(authors.error());
    while (authors->next())
        a.authors.append(authors->value(0).toString());

    auto translations = m_db.run(
        QStringLiteral("SELECT t.id, t.locale, t.title, t.lead, t.seo_title, t.seo_description, "
                       "t.slug, t.status, u.name, t.published_at FROM translations t "
                       "JOIN locales l ON l.code = t.locale "
                       "LEFT JOIN users u ON u.id = t.translator_id "
                       "WHERE t.article_id = ? ORDER BY l.position, l.code"),
        {id}, what);
    if (!translations)
        return std::unexpected(translations.error());
    QHash<qint64, qsizetype> indexOf;
    while (translations->next()) {
        Translation t;
        indexOf.insert(translations->value(0).toLongLong(), a.translations.size());
        t.locale = translations->value(1).toString();
        t.title = translations->value(2).toString();
        t.lead = translations->value(3).toString();
        t.seoTitle = translations->value(4).toString();
        t.seoDescription = translations->value(5).toString();
        t.slug = translations->value(6).toString();
        t.state = translationStateFromName(translations->value(7).toString())
                      .value_or(TranslationState::InProgress);
        t.translator = translations->value(8).toString();
        t.publishedAt = timeOrNull(translations->value(9));
        a.translations.append(t);
    }

    auto blocks = m_db.run(QStringLiteral("SELECT b.translation_id, b.block_id, b.type, b.text, "
                                          "q.uid FROM blocks b "
                                          "JOIN translations t ON t.id = b.translation_id "
                                          "LEFT JOIN quotes q ON q.id = b.quote_id "
                                          "WHERE t.article_id = ? "
                                          "ORDER BY b.translation_id, b.position"),
                           {id}, what);
    if (!blocks)
        return std::unexpected(blocks.error());
    while (blocks->next()) {
        const auto it = indexOf.constFind(blocks->value(0).toLongLong());
        if (it == indexOf.cend())
            continue;
        Block b;
        b.id = blocks->value(1).toString();
        b.type = blockTypeFromName(blocks->value(2).toString()).value_or(BlockType::Paragraph);
        b.text = blocks->value(3).toString();
        b.quoteUid = blocks->value(4).toString();
        a.translations[*it].blocks.append(b);
    }

    auto sources = m_db.run(QStringLiteral("SELECT s.translation_id, s.segment, s.source_text "
                                           "FROM segment_sources s JOIN translations t "
                                           "ON t.id = s.translation_id WHERE t.article_id = ?"),
                            {id}, what);
    if (!sources)
        return std::unexpected(sources.error());
    while (sources->next()) {
        const auto it = indexOf.constFind(sources->value(0).toLongLong());
        if (it != indexOf.cend())
            a.translations[*it].sources.insert(sources->value(1).toString(),
                                               sources->value(2).toString());
    }

    if (load == Load::Text)
        return std::optional<Article>(std::move(a));

    auto order = localeOrder();
    if (!order)
        return std::unexpected(order.error());
    auto revisions = m_db.run(QStringLiteral("SELECT r.number, r.created_at, u.name, r.kind, "
                                             "r.version, r.snapshot FROM revisions r "
                                             "LEFT JOIN users u ON u.id = r.user_id "
                                             "WHERE r.article_id = ? ORDER BY r.number"),
                              {id}, what);
    if (!revisions)
        return std::unexpected(revisions.error());
    while (revisions->next()) {
        Revision r;
        r.number = revisions->value(0).toInt();
        r.createdAt = parseUtc(revisions->value(1).toString()).value_or(QDateTime());
        r.user = revisions->value(2).toString();
        r.kind = revisionKindFromName(revisions->value(3).toString()).value_or(RevisionKind::Save);
        r.version = revisions->value(4).toInt();
        auto snapshot
            = Interchange::ArticleCodec::fromSnapshot(revisions->value(5).toByteArray(), *order);
        if (!snapshot)
            return std::unexpected(snapshot.error());
        r.snapshot = *snapshot;
        a.revisions.append(r);
    }

    auto audit = m_db.run(QStringLiteral("SELECT h.at, u.name, h.action, h.from_status, "
                                         "h.to_status, h.locale, h.comment FROM audit h "
                                         "LEFT JOIN users u ON u.id = h.user_id "
                                         "WHERE h.article_id = ? ORDER BY h.at, h.id"),
                          {id}, what);
    if (!audit)
        return std::unexpected(audit.error());
    while (audit->next()) {
        AuditEntry e;
        e.at = parseUtc(audit->value(0).toString()).value_or(QDateTime());
        e.user = audit->value(1).toString();
        e.action = audit->value(2).toString();
        e.from = audit->value(3).toString();
        e.to = audit->value(4).toString();
        e.locale = audit->value(5).toString();
        e.comment = audit->value(6).toString();
        a.history.append(e);
    }

    auto comments = CommentRepository(m_db).read(id);
    if (!comments)
        return std::unexpected(comments.error());
    for (const CommentRepository::Entry &e : std::as_const(*comments))
        a.comments.append(e.comment);
    return std::optional<Article>(std::move(a));
}

Result<QStringList> ArticleRepository::uids() const
{
    auto q = m_db.run(QStringLiteral("SELECT uid FROM articles ORDER BY created_at, uid"), {},
                      QObject::tr("listing the articles"));
    if (!q)
        return std::unexpected(q.error());
    QStringList result;
    while (q->next())
        result.append(q->value(0).toString());
    return result;
}

Result<qint64> ArticleRepository::count() const
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM articles"), {},
                         QObject::tr("counting the articles"));
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

Result<QList<ArticleRepository::LivePage>> ArticleRepository::livePages() const
{
    auto q = m_db.run(
        QStringLiteral("SELECT a.uid, t.locale, a.source_locale, s.uid, t.slug, t.title, "
                       "t.lead, t.published_at, a.updated_at, a.version FROM articles a "
                       "JOIN translations t ON t.article_id = a.id "
                       "JOIN sections s ON s.id = a.section_id "
                       "JOIN locales l ON l.code = t.locale "
                       "WHERE a.status = 'published' AND t.published_at IS NOT NULL "
                       "ORDER BY a.created_at, a.uid, l.position"),
        {}, QObject::tr("listing the pages on the site"));
    if (!q)
        return std::unexpected(q.error());
    QList<LivePage> pages;
    while (q->next()) {
        pages.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                      q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                      q->value(6).toString(),
                      parseUtc(q->value(7).toString()).value_or(QDateTime()),
                      parseUtc(q->value(8).toString()).value_or(QDateTime()), q->value(9).toInt()});
    }
    return pages;
}

Result<qint64> ArticleRepository::writeRow(const Article &article, bool exact)
{
    const QString what = QObject::tr("saving the article %1").arg(article.uid);
    auto sectionId = findId(m_db, "sections", "uid", article.sectionUid);
    if (!sectionId)
        return std::unexpected(sectionId.error());
    if (!*sectionId) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("The article %1 is in the section %2, which is not in the store.")
                        .arg(article.uid, article.sectionUid));
    }
    auto editorId = userIdOrNull(m_db, article.editor);
    if (!editorId)
        return std::unexpected(editorId.error());
    const QVariant viewCount = article.viewCount ? QVariant(*article.viewCount)
                                                 : QVariant(QMetaType(QMetaType::LongLong));
    const QVariantList values {article.uid,
                               **sectionId,
                               article.sourceLocale,
                               workflowStateName(article.state),
                               *editorId,
                               formatUtc(article.createdAt),
                               formatUtc(article.updatedAt),
                               optionalTime(article.scheduledAt),
                               optionalTime(article.publishedAt),
                               article.version,
                               viewCount,
                               article.publishedLateSeconds
                                   ? QVariant(*article.publishedLateSeconds)
                                   : QVariant(QMetaType(QMetaType::LongLong))};
    QString sql = QStringLiteral(
        "INSERT INTO articles (uid, section_id, source_locale, status, editor_id, created_at, "
        "updated_at, scheduled_at, published_at, version, view_count, published_late_seconds) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (exact) {
        sql += QStringLiteral(
            " ON CONFLICT (uid) DO UPDATE SET section_id = excluded.section_id, "
            "source_locale = excluded.source_locale, status = excluded.status, "
            "editor_id = excluded.editor_id, created_at = excluded.created_at, "
            "updated_at = excluded.updated_at, scheduled_at = excluded.scheduled_at, "
            "published_at = excluded.published_at, version = excluded.version, "
            "view_count = excluded.view_count, "
            "published_late_seconds = excluded.published_late_seconds");
    }
    if (auto q = m_db.run(sql, values, what); !q)
        return std::unexpected(q.error());
    auto id = findId(m_db, "articles", "uid", article.uid);
    if (!id)
        return std::unexpected(id.error());
    return **id;
}

Result<> ArticleRepository::writeAuthors(qint64 articleId, const QStringList &authors)
{
    const QString what = QObject::tr("saving the authors");
    if (auto q = m_db.run(QStringLiteral("DELETE FROM article_authors WHERE article_id = ?"),
                          {articleId}, what);
        !q) {
        return std::unexpected(q.error());
    }
    for (qsizetype i = 0; i < authors.size(); ++i) {
        auto id = userIdOrNull(m_db, authors.at(i));
        if (!id)
            return std::unexpected(id.error());
        if (auto q = m_db.run(QStringLiteral("INSERT INTO article_authors (article_id, user_id, "
                                             "position) VALUES (?, ?, ?)"),
                              {articleId, *id, int(i)}, what);
            !q) {
            return std::unexpected(q.error());
        }
    }
    return {};
}

ArticleRepository::ArticleRepository(Database &db)
    : m_db(db)
{
}

ArticleRepository::~ArticleRepository() = default;

void ArticleRepository::beginBulk()
{
    if (!m_search)
        m_search = std::make_unique<SearchIndex>(m_db);
    m_search->beginBulk();
}

Result<> ArticleRepository::endBulk(const Progress &progress)
{
    if (!m_search)
        return {};
    return m_search->endBulk(progress);
}

Result<> ArticleRepository::writeTranslations(qint64 articleId,
                                              const QList<Translation> &translations,
                                              const QList<Translation> *stored)
{
    const QString what = QObject::tr("saving the article's text");
    // The locales whose rows are written anew: all of them, or those that differ from what is
    // stored (and the stored ones the article no longer has are deleted).
    QSet<QString> unchanged;
    for (const Translation &before : stored ? *stored : QList<Translation>()) {
        const auto after
            = std::find_if(translations.cbegin(), translations.cend(),
                           [&before](const Translation &t) { return t.locale == before.locale; });
        if (after != translations.cend() && *after == before)
            unchanged.insert(before.locale);
    }
    // The search index forgets the old text while the rows still hold it.
    if (!m_search)
        m_search = std::make_unique<SearchIndex>(m_db);
    if (auto out = m_search->takeOut(articleId, stored, unchanged); !out)
        return out;
    if (stored) {
        for (const Translation &before : *stored) {
            if (unchanged.contains(before.locale))
                continue;
            if (auto q = m_db.run(QStringLiteral("DELETE FROM translations "
                                                 "WHERE article_id = ? AND locale = ?"),
                                  {articleId, before.locale}, what);
                !q) {
                return std::unexpected(q.error());
            }
        }
    } else if (auto q = m_db.run(QStringLiteral("DELETE FROM translations WHERE article_id = ?"),
                                 {articleId}, what);
               !q) {
        return std::unexpected(q.error());
    }
    QHash<QString, qint64> quoteIds;
    for (const Translation &t : translations) {
        if (unchanged.contains(t.locale))
            continue;
        auto translator = userIdOrNull(m_db, t.translator);
        if (!translator)
            return std::unexpected(translator.error());
        auto inserted = m_db.insert(
            QStringLiteral("INSERT INTO translations (article_id, locale, title, "
                           "lead, seo_title, seo_description, slug, status, "
                           "translator_id, published_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {articleId, t.locale, t.title, t.lead, t.seoTitle, t.seoDescription, t.slug,
             translationStateName(t.state), *translator, optionalTime(t.publishedAt)},
            what);
        if (!inserted)
            return std::unexpected(inserted.error());
        const qint64 translationId = *inserted;
        for (auto it = t.sources.cbegin(); it != t.sources.cend(); ++it) {
            if (auto source
                = m_db.run(QStringLiteral("INSERT INTO segment_sources (translation_id, "
                                          "segment, source_hash, source_text) "
                                          "VALUES (?, ?, ?, ?)"),
                           {translationId, it.key(), Segments::hash(it.value()), it.value()}, what);
                !source) {
                return std::unexpected(source.error());
            }
        }
        for (qsizetype i = 0; i < t.blocks.size(); ++i) {
            const Block &b = t.blocks.at(i);
            QVariant quoteId = QVariant(QMetaType(QMetaType::LongLong));
            if (b.type == BlockType::Quote) {
                if (!quoteIds.contains(b.quoteUid)) {
                    auto id = findId(m_db, "quotes", "uid", b.quoteUid);
                    if (!id)
                        return std::unexpected(id.error());
                    if (!*id) {
                        return fail(ErrorCode::NotFound,
                                    QObject::tr("The block %1 (%2) quotes %3, which is not in "
                                                "the store.")
                                        .arg(b.id, t.locale, b.quoteUid));
                    }
                    quoteIds.insert(b.quoteUid, **id);
                }
                quoteId = quoteIds.value(b.quoteUid);
            }
            if (auto insert
                = m_db.run(QStringLiteral("INSERT INTO blocks (translation_id, "
                                          "position, block_id, type, text, quote_id) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"),
                           {translationId, int(i), b.id, blockTypeName(b.type),
                            b.type == BlockType::Quote ? QStringLiteral("") : b.text, quoteId},
                           what);
                !insert) {
                return std::unexpected(insert.error());
            }
        }
    }
    return m_search->indexArticle(articleId, translations, unchanged);
}

Result<int> ArticleRepository::nextRevisionNumber(qint64 articleId) const
{
    auto n = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM revisions "
                                        "WHERE article_id = ?"),
                         {articleId}, QObject::tr("numbering the revision"));
    if (!n)
        return std::unexpected(n.error());
    if (n->toLongLong() > Interchange::Limits::maxCounter) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The article has %1 revisions, the most Byline counts. Nothing "
                                "was saved; copy its text into a new article.")
                        .arg(Interchange::Limits::maxCounter));
    }
    return n->toInt();
}

Result<> ArticleRepository::appendRevision(qint64 articleId, const Revision &revision)
{
    auto user = userIdOrNull(m_db, revision.user);
    if (!user)
        return std::unexpected(user.error());
    auto q = m_db.run(QStringLiteral("INSERT INTO revisions (article_id, number, created_at, "
                                     "user_id, kind, version, snapshot) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {articleId, revision.number, formatUtc(revision.createdAt), *user,
                       revisionKindName(revision.kind), revision.version,
                       QString::fromUtf8(Interchange::ArticleCodec::snapshot(revision.snapshot))},
                      QObject::tr("keeping a revision"));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<std::optional<Revision>> ArticleRepository::latestSave(const QString &uid) const
{
    auto q = m_db.run(QStringLiteral("SELECT r.number, r.created_at, u.name, r.kind, r.version "
                                     "FROM revisions r JOIN articles a ON a.id = r.article_id "
                                     "LEFT JOIN users u ON u.id = r.user_id "
                                     "WHERE a.uid = ? AND r.kind <> 'conflict' "
                                     "ORDER BY r.number DESC LIMIT 1"),
                      {uid}, QObject::tr("reading who saved the article %1").arg(uid));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<Revision>();
    Revision r;
    r.number = q->value(0).toInt();
    r.createdAt = parseUtc(q->value(1).toString()).value_or(QDateTime());
    r.user = q->value(2).toString();
    r.kind = revisionKindFromName(q->value(3).toString()).value_or(RevisionKind::Save);
    r.version = q->value(4).toInt();
    return std::optional<Revision>(std::move(r));
}

Result<> ArticleRepository::create(Article &article, const QString &user)
{
    auto tx = Transaction::begin(m_db, QObject::tr("creating the article"));
    if (!tx)
        return std::unexpected(tx.error());
    const QDateTime now = Clock::now();
    Article draft = article;
    draft.version = 1;
    draft.createdAt = now;
    draft.updatedAt = now;
    auto id = writeRow(draft, false);
    if (!id)
        return std::unexpected(id.error());
    if (auto done = writeAuthors(*id, draft.authors); !done)
        return done;
    if (auto done = writeTranslations(*id, draft.translations); !done)
        return done;
    if (auto done = appendRevision(*id, {1, now, user, RevisionKind::Save, 1, draft.translations});
        !done) {
        return done;
    }
    m_db.recordChange({ChangeKind::ArticleCreated, draft.uid, draft.version});
    if (auto done = tx->commit(); !done)
        return done;
    article = draft;
    return {};
}

Result<> ArticleRepository::save(Article &article, const QString &user, RevisionKind kind,
                                 const Article *current)
{
    const QString what = QObject::tr("saving the article %1").arg(article.uid);
    // The store never counts past what its own export can carry back in.
    if (article.version >= Interchange::Limits::maxCounter) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The article %1 has been saved %2 times, the most Byline counts. "
                                "Nothing was saved; copy its text into a new article.")
                        .arg(article.uid)
                        .arg(article.version));
    }
    auto tx = Transaction::begin(m_db, what);
    if (!tx)
        return std::unexpected(tx.error());
    // Locked before anything is read: a save that loses the race numbers its conflict revision
    // after the winner's, never the same as another loser's.
    auto id = articleIdOf(m_db, article.uid, RowLock::ForUpdate);
    if (!id) {
        if (id.error().code == ErrorCode::NotFound) {
            return fail(ErrorCode::NotFound,
                        QObject::tr("The article %1 is no longer in the store.").arg(article.uid));
        }
        return std::unexpected(id.error());
    }
    const QDateTime now = Clock::now();
    auto sectionId = findId(m_db, "sections", "uid", article.sectionUid);
    if (!sectionId)
        return std::unexpected(sectionId.error());
    if (!*sectionId) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("The section %1 is not in the store.").arg(article.sectionUid));
    }
    auto editorId = userIdOrNull(m_db, article.editor);
    if (!editorId)
        return std::unexpected(editorId.error());
    auto updated = m_db.run(QStringLiteral("UPDATE articles SET section_id = ?, "
                                           "source_locale = ?, editor_id = ?, updated_at = ?, "
                                           "version = version + 1 "
                                           "WHERE uid = ? AND version = ?"),
                            {**sectionId, article.sourceLocale, *editorId, formatUtc(now),
                             article.uid, article.version},
                            what);
    if (!updated)
        return std::unexpected(updated.error());
    const bool won = updated->numRowsAffected() == 1;
    updated->finish();
    auto number = nextRevisionNumber(*id);
    if (!number)
        return std::unexpected(number.error());

    if (!won) {
        // A text claiming a version the store never reached was not loaded from this store
        // (an edited file, another store's article): nobody saved first, so say what it is.
        auto stored
            = m_db.scalar(QStringLiteral("SELECT version FROM articles WHERE id = ?"), {*id}, what);
        if (!stored)
            return std::unexpected(stored.error());
        if (stored->toLongLong() < article.version) {
            return fail(ErrorCode::InvalidInput,
                        QObject::tr("The text of %1 says it is version %2, but the store holds "
                                    "version %3: it was not loaded from this store. Nothing was "
                                    "saved; start from what \"byline-cli show %1 --json\" "
                                    "prints.")
                            .arg(article.uid)
                            .arg(article.version)
                            .arg(stored->toLongLong()));
        }
        // Someone saved first. Keep this text as a revision so that nothing is lost.
        if (auto kept = appendRevision(*id,
                                       {*number, now, user, RevisionKind::Conflict, article.version,
                                        article.translations});
            !kept) {
            return kept;
        }
        if (auto done = tx->commit(); !done)
            return done;
        return fail(ErrorCode::Conflict,
                    QObject::tr("Someone saved a newer version of the article %1 while this one "
                                "was being edited. Nothing was overwritten: this text is kept as "
                                "revision %2; compare the two and merge.")
                        .arg(article.uid)
                        .arg(*number));
    }
    // What the store holds (under the row lock taken above; the caller's copy was read under
    // the same lock, and the UPDATE changed none of its text or authors).
    std::optional<Article> read;
    if (!current) {
        auto found = find(article.uid);
        if (!found)
            return std::unexpected(found.error());
        if (!*found) {
            return fail(ErrorCode::NotFound,
                        QObject::tr("The article %1 is no longer in the store.").arg(article.uid));
        }
        read = std::move(**found);
        current = &*read;
    }
    // A save changes text, not workflow: each locale keeps its state and live time as stored
    // (an editor may have approved it since this copy was loaded); a locale added by this save
    // starts as work in progress, whatever the copy says.
    QList<Translation> translations = article.translations;
    for (Translation &t : translations) {
        const auto before
            = std::find_if(current->translations.cbegin(), current->translations.cend(),
                           [&t](const Translation &s) { return s.locale == t.locale; });
        t.state
            = before != current->translations.cend() ? before->state : TranslationState::InProgress;
        t.publishedAt = before != current->translations.cend() ? before->publishedAt : std::nullopt;
    }
    // Only what changed is written: on a server, each row is checked against the rights of
    // whoever saves (a translator's save never touches the source text's rows).
    if (current->authors != article.authors) {
        if (auto done = writeAuthors(*id, article.authors); !done)
            return done;
    }
    if (auto done = writeTranslations(*id, translations, &current->translations); !done)
        return done;
    if (auto done
        = appendRevision(*id, {*number, now, user, kind, article.version + 1, translations});
        !done) {
        return done;
    }
    m_db.recordChange({ChangeKind::ArticleSaved, article.uid, article.version + 1});
    if (auto done = tx->commit(); !done)
        return done;
    article.version += 1;
    article.updatedAt = now;
    article.translations = translations;
    return {};
}

Result<> ArticleRepository::replace(const Article &article)
{
    auto tx = Transaction::begin(m_db, QObject::tr("writing the article %1").arg(article.uid));
    if (!tx)
        return std::unexpected(tx.error());
    auto id = writeRow(article, true);
    if (!id)
        return std::unexpected(id.error());
    if (auto done = writeAuthors(*id, article.authors); !done)
        return done;
    if (auto done = writeTranslations(*id, article.translations); !done)
        return done;
    const QString what = QObject::tr("writing the history of %1").arg(article.uid);
    for (const char *table : {"revisions", "audit", "comments"}) {
        if (auto q = m_db.run(
                QStringLiteral("DELETE FROM %1 WHERE article_id = ?").arg(QLatin1StringView(table)),
                {*id}, what);
            !q) {
            return std::unexpected(q.error());
        }
    }
    for (const Revision &r : article.revisions) {
        if (auto done = appendRevision(*id, r); !done)
            return done;
    }
    for (const AuditEntry &e : article.history) {
        if (auto done = insertAudit(*id, e); !done)
            return done;
    }
    for (const Comment &c : article.comments) {
        if (auto done = CommentRepository(m_db).insert(*id, c); !done)
            return std::unexpected(done.error());
    }
    m_db.recordChange({ChangeKind::ArticleSaved, article.uid, article.version});
    return tx->commit();
}

Result<> ArticleRepository::insertAudit(qint64 articleId, const AuditEntry &e)
{
    auto user = userIdOrNull(m_db, e.user);
    if (!user)
        return std::unexpected(user.error());
    auto q = m_db.run(
        QStringLiteral("INSERT INTO audit (article_id, at, user_id, action, "
                       "from_status, to_status, locale, comment) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {articleId, formatUtc(e.at), *user, e.action, e.from, e.to,
         e.locale.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.locale),
         e.comment},
        QObject::tr("recording the transition"));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<> ArticleRepository::lock(const QString &uid)
{
    auto id = articleIdOf(m_db, uid, RowLock::ForUpdate);
    if (!id)
        return std::unexpected(id.error());
    return {};
}

Result<int> ArticleRepository::applyWorkflow(const QString &uid, const WorkflowChange &change)
{
    const QString what = QObject::tr("changing the state of %1").arg(uid);
    auto tx = Transaction::begin(m_db, what);
    if (!tx)
        return std::unexpected(tx.error());
    auto id = articleIdOf(m_db, uid, RowLock::ForUpdate);
    if (!id)
        return std::unexpected(id.error());
    auto moved = m_db.run(QStringLiteral("UPDATE articles SET status = ?, scheduled_at = ?, "
                                         "published_at = ?, published_late_seconds = ? "
                                         "WHERE id = ? AND status = ?"),
                          {workflowStateName(change.to), optionalTime(change.scheduledAt),
                           optionalTime(change.publishedAt),
                           change.publishedLateSeconds ? QVariant(*change.publishedLateSeconds)
                                                       : QVariant(QMetaType(QMetaType::LongLong)),
                           *id, workflowStateName(change.from)},
                          what);
    if (!moved)
        return std::unexpected(moved.error());
    if (moved->numRowsAffected() != 1) {
        return fail(ErrorCode::Conflict,
                    QObject::tr("The article %1 is no longer in the state %2: someone changed it "
                                "first. Reload it and try again.")
                        .arg(uid, workflowStateName(change.from)));
    }
    moved->finish();
    for (auto it = change.localeStates.cbegin(); it != change.localeStates.cend(); ++it) {
        if (auto q = m_db.run(QStringLiteral("UPDATE translations SET status = ? "
                                             "WHERE article_id = ? AND locale = ?"),
                              {translationStateName(it.value()), *id, it.key()}, what);
            !q) {
            return std::unexpected(q.error());
        }
    }
    for (auto it = change.localePublishedAt.cbegin(); it != change.localePublishedAt.cend(); ++it) {
        if (auto q = m_db.run(QStringLiteral("UPDATE translations SET published_at = ? "
                                             "WHERE article_id = ? AND locale = ?"),
                              {optionalTime(it.value()), *id, it.key()}, what);
            !q) {
            return std::unexpected(q.error());
        }
    }
    if (auto done = insertAudit(*id, change.audit); !done)
        return std::unexpected(done.error());
    int commentNumber = 0;
    if (change.comment) {
        auto number = CommentRepository(m_db).insert(*id, *change.comment);
        if (!number)
            return std::unexpected(number.error());
        commentNumber = *number;
    }
    auto version
        = m_db.scalar(QStringLiteral("SELECT version FROM articles WHERE id = ?"), {*id}, what);
    if (!version)
        return std::unexpected(version.error());
    if (change.from != change.to || change.localeStates.isEmpty())
        m_db.recordChange({ChangeKind::ArticleStateChanged, uid, version->toInt()});
    for (auto it = change.localeStates.cbegin(); it != change.localeStates.cend(); ++it)
        m_db.recordChange({ChangeKind::TranslationStateChanged, uid, version->toInt(), it.key()});
    if (change.comment)
        m_db.recordChange({ChangeKind::CommentsChanged, uid, 0, change.comment->locale});
    if (auto committed = tx->commit(); !committed)
        return std::unexpected(committed.error());
    return commentNumber;
}

Result<QStringList> ArticleRepository::dueForPublication(const QDateTime &now) const
{
    auto q = m_db.run(QStringLiteral("SELECT uid FROM articles WHERE status = 'scheduled' "
                                     "AND scheduled_at <= ? ORDER BY scheduled_at, id"),
                      {formatUtc(now)}, QObject::tr("looking for articles due"));
    if (!q)
        return std::unexpected(q.error());
    QStringList uids;
    while (q->next())
        uids.append(q->value(0).toString());
    return uids;
}

} // namespace Byline::Storage
