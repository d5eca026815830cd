#include "ui/document/QuoteCatalog.h"

#include "core/storage/ExpertRepository.h"
#include "core/storage/QuoteRepository.h"

namespace Byline {

Result<> QuoteCatalog::load(Storage::Database &db)
{
    auto experts = Storage::ExpertRepository(db).all();
    if (!experts)
        return std::unexpected(experts.error());
    auto quotes = Storage::QuoteRepository(db).all();
    if (!quotes)
        return std::unexpected(quotes.error());
    m_experts = *experts;
    m_quotes = *quotes;
    m_expertIndex.clear();
    m_quoteIndex.clear();
    for (qsizetype i = 0; i < m_experts.size(); ++i)
        m_expertIndex.insert(m_experts.at(i).uid, i);
    for (qsizetype i = 0; i < m_quotes.size(); ++i)
        m_quoteIndex.insert(m_quotes.at(i).uid, i);
    return {};
}

const Quote *QuoteCatalog::quote(const QString &uid) const
{
    const auto it = m_quoteIndex.constFind(uid);
    return it == m_quoteIndex.cend() ? nullptr : &m_quotes.at(*it);
}

const Expert *QuoteCatalog::expert(const QString &uid) const
{
    const auto it = m_expertIndex.constFind(uid);
    return it == m_expertIndex.cend() ? nullptr : &m_experts.at(*it);
}

QList<const Quote *> QuoteCatalog::quotesBy(const QString &expertUid) const
{
    QList<const Quote *> result;
    for (const Quote &q : m_quotes) {
        if (q.expertUid == expertUid)
            result.append(&q);
    }
    return result;
}

QString QuoteCatalog::words(const Quote &quote, const QString &locale, QString *elsewhere) const
{
    if (elsewhere) // which language the words come from, when not `locale`'s own
        *elsewhere = quote.texts.value(locale).trimmed().isEmpty() ? quote.spokenLocale : QString();
    return quote.textIn(locale);
}

ExpertName QuoteCatalog::name(const QString &expertUid, const QString &locale) const
{
    const Expert *e = expert(expertUid);
    if (!e)
        return {};
    if (e->names.contains(locale) && !e->names.value(locale).name.isEmpty())
        return e->names.value(locale);
    return e->names.isEmpty() ? ExpertName() : e->names.first();
}

QString QuoteCatalog::attribution(const QString &expertUid, const QString &locale) const
{
    const ExpertName n = name(expertUid, locale);
    QStringList parts;
    for (const QString &part : {n.name, n.role, n.country}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace Byline
