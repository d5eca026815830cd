#pragma once

#include "core/Error.h"
#include "core/domain/Comment.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Byline::Storage {

class Database;

// An article's editorial comments: numbered per article, on the whole article or one of its
// locales, resolved (never deleted) by anyone at the desk.
class CommentRepository
{
public:
    explicit CommentRepository(Database &db);

    // A new comment on the article `uid`: it gets the next number, which is returned.
    [[nodiscard]] Result<int> add(const QString &uid, const Comment &comment);
    // Marks comment `number` of `uid` resolved by `user` at `at`. NotFound if there is none.
    [[nodiscard]] Result<> resolve(const QString &uid, int number, const QString &user,
                                   const QDateTime &at);
    // An article's comments by number, each with whether it is the comment an editor sent the
    // article (or a locale) back with. NotFound if there is no such article.
    struct Entry
    {
        Comment comment;
        bool sentBack = false;
    };
    [[nodiscard]] Result<QList<Entry>> list(const QString &uid) const;

    // For the article's own writes (an import, a send-back): a comment as given (number 0:
    // the next one), and the comments of a row id.
    [[nodiscard]] Result<int> insert(qint64 articleId, const Comment &comment);
    [[nodiscard]] Result<QList<Entry>> read(qint64 articleId) const;

private:
    Database &m_db;
};

} // namespace Byline::Storage
