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
    //
    // `base` is the article as this person loaded it (the desk's stored copy, at
    // `article.version`). With it, a save that someone else's save overtook is merged
    // language by language (SaveMerge): a translator saving Armenian and a journalist saving
    // Russian at once both succeed, and `article` becomes what was saved, their part included.
    // Only when both changed the same part is it a conflict (ErrorCode::Conflict, the text
    // kept as a revision). Without `base` any save overtaken is a conflict. `merged` (if
    // given) says whether the saved article took in another's save this way.
    [[nodiscard]] Result<> save(Article &article, const QString &user,
                                const Article *base = nullptr, bool *merged = nullptr);

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
