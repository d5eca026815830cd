#pragma once

#include "core/Error.h"
#include "core/domain/Quote.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace Byline::Storage {

class Database;

class QuoteRepository
{
public:
    explicit QuoteRepository(Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<QList<Quote>> all() const; // by uid
    // Every quote by uid, read a page at a time, so that a long archive's quotes are never
    // all in memory (an export); the first error `take` returns ends it.
    [[nodiscard]] Result<> forEach(const std::function<Result<>(const Quote &)> &take) const;
    [[nodiscard]] Result<std::optional<Quote>> find(const QString &uid) const;
    // The expert must exist already.
    [[nodiscard]] Result<> upsert(const Quote &quote);

    // Where a quote is used: the articles (uid, state) whose text quotes it.
    struct Use
    {
        QString articleUid;
        QString state;
        QStringList liveLocales; // the locales in which a page with the quote is on the site
    };
    [[nodiscard]] Result<QList<Use>> usage(const QString &quoteUid) const;

private:
    // The quotes `where` picks (an SQL condition on `q`, or empty for all), by uid.
    [[nodiscard]] Result<QList<Quote>> load(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace Byline::Storage
