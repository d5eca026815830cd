#pragma once

#include "core/Error.h"
#include "core/Progress.h"
#include "core/domain/Article.h"
#include "core/storage/WorkflowChange.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <memory>
#include <optional>

namespace Byline::Storage {

class Database;
class SearchIndex;

// One article as a whole: loading it with its translations and history, creating, saving
// (with the version check), replacing (import), and its workflow transitions. The lists of
// articles are ArticleLists', the comments CommentRepository's.
class ArticleRepository
{
public:
    explicit ArticleRepository(Database &db);
    ~ArticleRepository();
    ArticleRepository(const ArticleRepository &) = delete;
    ArticleRepository &operator=(const ArticleRepository &) = delete;

    enum class Load { Text, WithHistory };

    [[nodiscard]] Result<std::optional<Article>> find(const QString &uid,
                                                      Load load = Load::Text) const;
    // Every uid in export order (created, then uid).
    [[nodiscard]] Result<QStringList> uids() const;
    [[nodiscard]] Result<qint64> count() const;
    // Every page on the site: a published article's live locale, with what a site export needs
    // to list it without reading the article (in the archive's order, then the locales').
    struct LivePage
    {
        QString uid;
        QString locale;
        QString sourceLocale;
        QString sectionUid;
        QString slug;
        QString title;
        QString lead;
        QDateTime publishedAt;
        QDateTime updatedAt;
        int version = 0;
    };
    [[nodiscard]] Result<QList<LivePage>> livePages() const;

    // Inside a transaction: locks the article's row until the transaction ends (on a server;
    // on SQLite the transaction holds the whole store), so that what the transaction reads of
    // the article stays what it checks and writes (docs/ARCHITECTURE.md, "Two engines").
    // NotFound when there is no such article.
    [[nodiscard]] Result<> lock(const QString &uid);

    // Who made the stored version of `uid` and when: its newest revision that is not a kept
    // conflict, without the text (nothing when the article has none).
    [[nodiscard]] Result<std::optional<Revision>> latestSave(const QString &uid) const;

    // A new article: version 1, created and updated now, revision 1 recorded.
    [[nodiscard]] Result<> create(Article &article, const QString &user);

    // Saves the text and metadata of an article the user loaded at `article.version`. If
    // someone saved since, nothing is overwritten: the user's text is kept as a "conflict"
    // revision and ErrorCode::Conflict is returned. On success the version goes up by one.
    // `current` is the article as stored when the caller read it after lock() in the same
    // transaction (a service checking rights has it already); without it the save reads it.
    [[nodiscard]] Result<> save(Article &article, const QString &user,
                                RevisionKind kind = RevisionKind::Save,
                                const Article *current = nullptr);

    // Applies a workflow transition. ErrorCode::Conflict if the article is no longer in
    // `change.from` (someone else moved it first). Returns the number of the comment
    // `change.comment` was kept as (0 without one).
    [[nodiscard]] Result<int> applyWorkflow(const QString &uid, const WorkflowChange &change);

    // Articles whose scheduled time has come (status scheduled, scheduled_at <= now), oldest
    // first.
    [[nodiscard]] Result<QStringList> dueForPublication(const QDateTime &now) const;

    // Writes an article exactly as given (version, times, revisions, history), replacing any
    // article with the same uid. For import and restore from a backup.
    [[nodiscard]] Result<> replace(const Article &article);

    // Many articles in one transaction (an import): the search index is written in one pass
    // at endBulk(), which must come before the commit.
    void beginBulk();
    [[nodiscard]] Result<> endBulk(const Progress &progress = {});

private:
    [[nodiscard]] Result<qint64> writeRow(const Article &article, bool exact);
    [[nodiscard]] Result<> writeAuthors(qint64 articleId, const QStringList &authors);
    // Writes `translations`: all of them anew, or, given what is `stored`, only the locales
    // that differ from it.
    [[nodiscard]] Result<> writeTranslations(qint64 articleId,
                                             const QList<Translation> &translations,
                                             const QList<Translation> *stored = nullptr);
    [[nodiscard]] Result<> appendRevision(qint64 articleId, const Revision &revision);
    [[nodiscard]] Result<int> nextRevisionNumber(qint64 articleId) const;
    [[nodiscard]] Result<QStringList> localeOrder() const;
    [[nodiscard]] Result<> insertAudit(qint64 articleId, const AuditEntry &entry);

    Database &m_db;
    std::unique_ptr<SearchIndex> m_search; // every text write keeps the index in step
};

} // namespace Byline::Storage
