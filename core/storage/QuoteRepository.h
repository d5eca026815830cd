#pragma once

#include "core/Error.h"
#include "core/domain/Quote.h"

#include <QList>
#include <QStringList>

namespace Byline::Storage {

class Database;

class QuoteRepository
{
public:
    explicit QuoteRepository(Database &db) : m_db(db) {}

    [[nodiscard]] Result<QList<Quote>> all() const;  // by uid
    // The expert must exist already.
    [[nodiscard]] Result<> upsert(const Quote &quote);

    // Where a quote is used: the articles (uid, state) whose text quotes it.
    struct Use
    {
        QString articleUid;
        QString state;
        QStringList liveLocales;  // the locales in which a page with the quote is on the site
    };
    [[nodiscard]] Result<QList<Use>> usage(const QString &quoteUid) const;

private:
    Database &m_db;
};

} // namespace Byline::Storage
