#pragma once

#include "core/Error.h"
#include "core/domain/Article.h"
#include "core/domain/ArticleSummary.h"
#include "core/storage/ArticleQuery.h"
#include "core/storage/WorkflowChange.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <memory>
#include <optional>

namespace Byline::Storage {

class Database;
class SearchIndex;

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

    // Per locale: articles (not spiked, not written in it) without an approved translation in it.
    // Kept counted by the store as articles change: three rows, whatever the archive's size.
    [[nodiscard]] Result<QMap<QString, int>> needingTranslation() const;
    // The same counted over the whole archive (`check` compares the two).
    [[nodiscard]] Result<QMap<QString, int>> countNeedingTranslation() const;
    [[nodiscard]] Result<QList<ArticleSummary>> summaries(const ArticleQuery &query) const;

    // The editorial calendar between `from` and `to` (UTC, `to` excluded): scheduled articles
    // by their scheduled time, published ones by their publication time; at most
    // `calendarLimit` of them. With `uid`: only that article, if it is on the calendar then.
    [[nodiscard]] Result<QList<ArticleSummary>>
    onCalendar(const QDateTime &from, const QDateTime &to, const QString &uid = {}) const;
    static constexpr int calendarLimit = 5000;

    // A new article: version 1, created and updated now, revision 1 recorded.
    [[nodiscard]] Result<> create(Article &article, const QString &user);

    // Saves the text and metadata of an article the user loaded at `article.version`. If
    // someone saved since, nothing is overwritten: the user's text is kept as a "conflict"
    // revision and ErrorCode::Conflict is returned. On success the version goes up by one.
    [[nodiscard]] Result<> save(Article &article, const QString &user,
                                RevisionKind kind = RevisionKind::Save);

    // Applies a workflow transition. ErrorCode::Conflict if the article is no longer in
    // `change.from` (someone else moved it first).
    [[nodiscard]] Result<> applyWorkflow(const QString &uid, const WorkflowChange &change);

    // Articles whose scheduled time has come (status scheduled, scheduled_at <= now), oldest
    // first.
    [[nodiscard]] Result<QStringList> dueForPublication(const QDateTime &now) const;

    // Editorial comments: the new one gets the next number.
    [[nodiscard]] Result<int> addComment(const QString &uid, const Comment &comment);
    [[nodiscard]] Result<> resolveComment(const QString &uid, int number, const QString &user,
                                          const QDateTime &at);
    // An article's comments by number, each with whether it is the comment an editor sent the
    // article (or a locale) back with. NotFound if there is no such article.
    struct CommentEntry
    {
        Comment comment;
        bool sentBack = false;
    };
    [[nodiscard]] Result<QList<CommentEntry>> comments(const QString &uid) const;

    // Writes an article exactly as given (version, times, revisions, history), replacing any
    // article with the same uid. For import and restore from a backup.
    [[nodiscard]] Result<> replace(const Article &article);

    // Many articles in one transaction (an import): the search index is written in batches;
    // endBulk() writes the rest and must come before the commit.
    void beginBulk();
    [[nodiscard]] Result<> endBulk();

private:
    [[nodiscard]] Result<qint64> writeRow(const Article &article, bool exact);
    [[nodiscard]] Result<> writeAuthors(qint64 articleId, const QStringList &authors);
    [[nodiscard]] Result<> writeTranslations(qint64 articleId,
                                             const QList<Translation> &translations);
    [[nodiscard]] Result<> appendRevision(qint64 articleId, const Revision &revision);
    [[nodiscard]] Result<int> nextRevisionNumber(qint64 articleId) const;
    [[nodiscard]] Result<QStringList> localeOrder() const;
    [[nodiscard]] Result<qint64> articleId(const QString &uid) const;
    [[nodiscard]] Result<int> insertComment(qint64 articleId, const Comment &comment);
    [[nodiscard]] Result<QList<CommentEntry>> readComments(qint64 articleId) const;
    [[nodiscard]] Result<> insertAudit(qint64 articleId, const AuditEntry &entry);

    Database &m_db;
    std::unique_ptr<SearchIndex> m_search; // every text write keeps the index in step
};

} // namespace Byline::Storage
