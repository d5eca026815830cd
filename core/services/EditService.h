#pragma once

#include "core/Error.h"
#include "core/domain/Article.h"

namespace Byline::Storage {
class Database;
}

namespace Byline {

// Saving text as a person: the acting user's role is checked in core (journalists their own
// drafts, translators only their locales' text, editors anything), then the store's version
// check keeps a concurrent save from being overwritten.
class EditService
{
public:
    explicit EditService(Storage::Database &db)
        : m_db(db)
    {
    }

    // Saves `article` (text, authors, section, editor) as `user`. Workflow fields in `article`
    // (state, times) are not saved: they change only through the workflow.
    [[nodiscard]] Result<> save(Article &article, const QString &user);

    // Starts a draft as `user` (journalists and editors): `user` is its author, `title` its
    // headline in `sourceLocale`, and its body one empty paragraph.
    [[nodiscard]] Result<Article> create(const QString &user, const QString &sectionUid,
                                         const QString &sourceLocale, const QString &title);

    // Makes revision `number` the current text again, as a new revision; nothing newer is
    // lost (it stays in the history).
    [[nodiscard]] Result<int> restore(const QString &uid, int number, const QString &user);

private:
    Storage::Database &m_db;
};

} // namespace Byline
