#pragma once

#include "core/Error.h"
#include "core/domain/Expert.h"
#include "core/domain/WorkflowState.h"

#include <QList>
#include <QStringList>

namespace Byline::Storage {

class Database;

class ExpertRepository
{
public:
    explicit ExpertRepository(Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<QList<Expert>> all() const; // by uid
    [[nodiscard]] Result<> upsert(const Expert &expert);
    // Two records of the same person: `drop`'s quotes move to `keep`, its spellings fill the
    // locales `keep` lacks, and `drop` is removed. One transaction.
    [[nodiscard]] Result<> merge(const QString &keepUid, const QString &dropUid);

    // Where an expert is quoted: each of their quotes (in the language spoken) with the
    // articles whose text uses it.
    struct Use
    {
        QString articleUid;
        QString title; // in the article's source locale
        WorkflowState state = WorkflowState::Draft;
        QStringList locales; // the article's locales whose text has the quote (store order)
        QStringList liveLocales; // those of them on the site
    };
    struct Quotation
    {
        QString quoteUid;
        QString spokenLocale;
        QString text; // as spoken (empty if only translations exist)
        bool approved = false;
        QList<Use> uses; // oldest article first
    };
    // By quote uid. NotFound if there is no such expert.
    [[nodiscard]] Result<QList<Quotation>> quotations(const QString &expertUid) const;

private:
    Database &m_db;
};

} // namespace Byline::Storage
