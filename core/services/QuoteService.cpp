#include "core/services/QuoteService.h"

#include "core/interchange/Limits.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/QuoteRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"
#include "core/translation/Segments.h"
#include "core/workflow/Permissions.h"

#include <QObject>

#include <algorithm>

namespace Byline {

Result<QuoteService::Loaded> QuoteService::load(const QString &quoteUid,
                                                const QString &locale) const
{
    Storage::QuoteRepository quotes(m_db);
    auto found = quotes.find(quoteUid);
    if (!found)
        return std::unexpected(found.error());
    if (!*found) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("There is no quote %1 in the store; it may have been removed. "
                                "Reload the article.")
                        .arg(quoteUid));
    }
    auto locales = Storage::LocaleRepository(m_db).all();
    if (!locales)
        return std::unexpected(locales.error());
    if (std::ranges::none_of(*locales, [&](const Locale &l) { return l.code == locale; })) {
        return fail(ErrorCode::NotFound,
                    QObject::tr("The store has no language \"%1\".").arg(locale));
    }
    auto uses = quotes.usage(quoteUid);
    if (!uses)
        return std::unexpected(uses.error());
    Loaded loaded {**found, {}};
    Storage::ArticleRepository articles(m_db);
    for (const Storage::QuoteRepository::Use &use : std::as_const(*uses)) {
        auto article = articles.find(use.articleUid);
        if (!article)
            return std::unexpected(article.error());
        if (*article)
            loaded.usedIn.append(std::move(**article));
    }
    return loaded;
}

Result<QuoteService::Acting> QuoteService::loadAs(const QString &userName, const QString &quoteUid,
                                                  const QString &locale) const
{
    auto user = Storage::UserRepository(m_db).require(userName);
    if (!user)
        return std::unexpected(user.error());
    auto loaded = load(quoteUid, locale);
    if (!loaded)
        return std::unexpected(loaded.error());
    return Acting {std::move(*user), std::move(*loaded)};
}

Result<Quote> QuoteService::write(const Quote &quote, Storage::Transaction &tx)
{
    Storage::QuoteRepository quotes(m_db);
    if (auto done = quotes.upsert(quote); !done)
        return std::unexpected(done.error());
    auto saved = quotes.find(quote.uid); // as the store holds it now
    if (!saved)
        return std::unexpected(saved.error());
    if (auto committed = tx.commit(); !committed)
        return std::unexpected(committed.error());
    return saved->value_or(quote);
}

Result<> QuoteService::mayTranslate(const QString &quoteUid, const QString &locale,
                                    const QString &userName) const
{
    auto acting = loadAs(userName, quoteUid, locale);
    if (!acting)
        return std::unexpected(acting.error());
    const User &user = acting->user;
    const Loaded &loaded = acting->loaded;
    QString why;
    if (!Permissions::mayTranslateQuote(user, loaded.quote, loaded.usedIn, locale, &why))
        return fail(ErrorCode::PermissionDenied, why);
    return {};
}

Result<Quote> QuoteService::saveTranslation(const QString &quoteUid, const QString &locale,
                                            const QString &text, const QString &userName,
                                            const std::optional<QString> &expected)
{
    if (text.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The translation of the quote is empty: type the expert's words "
                                "in %1 (or copy the original to start from).")
                        .arg(locale));
    }
    if (text.size() > Interchange::Limits::longText) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The translation of the quote is too long (%1 characters; at "
                                "most %2). Shorten it; nothing was saved.")
                        .arg(text.size())
                        .arg(Interchange::Limits::longText));
    }
    // The permission check reads what the save will replace: both under one write lock.
    auto tx = Storage::Transaction::begin(m_db, QObject::tr("saving the quote %1").arg(quoteUid));
    if (!tx)
        return std::unexpected(tx.error());
    auto acting = loadAs(userName, quoteUid, locale);
    if (!acting)
        return std::unexpected(acting.error());
    const User &user = acting->user;
    const Loaded &loaded = acting->loaded;
    const Quote &stored = loaded.quote;
    QString why;
    if (!Permissions::mayTranslateQuote(user, stored, loaded.usedIn, locale, &why))
        return fail(ErrorCode::PermissionDenied, why);
    if (expected && *expected != stored.texts.value(locale)) {
        return fail(ErrorCode::Conflict,
                    QObject::tr("Someone changed the %1 translation of this quote meanwhile. "
                                "Nothing was saved; compare their words with yours (copy yours "
                                "first), then save again.")
                        .arg(locale),
                    stored.texts.value(locale));
    }
    Quote proposed = stored;
    proposed.texts.insert(locale, text);
    Segments::stampQuote(&stored, proposed);
    return write(proposed, *tx);
}

Result<Quote> QuoteService::confirmTranslation(const QString &quoteUid, const QString &locale,
                                               const QString &userName)
{
    auto tx
        = Storage::Transaction::begin(m_db, QObject::tr("confirming the quote %1").arg(quoteUid));
    if (!tx)
        return std::unexpected(tx.error());
    auto acting = loadAs(userName, quoteUid, locale);
    if (!acting)
        return std::unexpected(acting.error());
    const User &user = acting->user;
    const Loaded &loaded = acting->loaded;
    Quote quote = loaded.quote;
    QString why;
    if (!Permissions::mayConfirmQuote(user, quote, loaded.usedIn, locale, &why))
        return fail(ErrorCode::PermissionDenied, why);
    if (quote.texts.value(locale).trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("The quote has no %1 translation to confirm yet; type one and "
                                "save it.")
                        .arg(locale));
    }
    quote.sources.insert(locale, quote.texts.value(quote.spokenLocale));
    return write(quote, *tx);
}

} // namespace Byline
