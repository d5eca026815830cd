#pragma once

#include "core/Error.h"
#include "core/domain/Article.h"
#include "core/domain/Quote.h"
#include "core/domain/User.h"

#include <QList>

#include <optional>

namespace Byline::Storage {
class Database;
class Transaction;
} // namespace Byline::Storage

namespace Byline {

// Translating an expert's quote as a person. A quote's words are shared by every article that
// quotes it, so they are saved here, not with an article: the acting user's role is checked in
// core (Permissions::mayTranslateQuote, mayConfirmQuote) under the write lock, the translation
// records the original it was made from (Segments::stampQuote: it goes stale when the original
// changes, exactly like an article's segments), and the store reindexes the search.
class QuoteService
{
public:
    explicit QuoteService(Storage::Database &db)
        : m_db(db)
    {
    }

    // Saves `text` as the quote's words in `locale`, as `user`, made from the original as it
    // is now (unless the words are unchanged: then their record stays, as for an article's
    // segment; confirmTranslation says they still hold). `expected`: the words the person
    // started from; when the store holds other words now (someone saved meanwhile), Conflict
    // and nothing is written. InvalidInput: empty or too long. Returns the quote as stored.
    [[nodiscard]] Result<Quote>
    saveTranslation(const QString &quoteUid, const QString &locale, const QString &text,
                    const QString &user, const std::optional<QString> &expected = std::nullopt);

    // Records that the quote's words in `locale` still hold for its original as it is now
    // (clears stale), as `user`. InvalidInput when there are no words in `locale` to confirm.
    [[nodiscard]] Result<Quote> confirmTranslation(const QString &quoteUid, const QString &locale,
                                                   const QString &user);

    // Whether `user` may translate the quote into `locale` now: PermissionDenied says why.
    // (The same check the saves make; for a front end to show before anything is typed.)
    [[nodiscard]] Result<> mayTranslate(const QString &quoteUid, const QString &locale,
                                        const QString &user) const;

private:
    struct Loaded
    {
        Quote quote;
        QList<Article> usedIn;
    };
    // The quote and the articles quoting it; NotFound when there is no such quote or locale.
    [[nodiscard]] Result<Loaded> load(const QString &quoteUid, const QString &locale) const;

    // The acting user and the quote (with the articles quoting it): what every question and
    // save here starts from.
    struct Acting
    {
        User user;
        Loaded loaded;
    };
    [[nodiscard]] Result<Acting> loadAs(const QString &userName, const QString &quoteUid,
                                        const QString &locale) const;
    // Writes `quote` (reindexing the search), commits `tx`, returns what the store holds.
    [[nodiscard]] Result<Quote> write(const Quote &quote, Storage::Transaction &tx);

    Storage::Database &m_db;
};

} // namespace Byline
