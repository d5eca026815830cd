#pragma once

#include "core/Error.h"
#include "core/domain/Expert.h"
#include "core/domain/Quote.h"

#include <QHash>
#include <QList>

namespace Byline {
namespace Storage {
class Database;
}

// The experts and quotes of the store as the editor shows them: a quote's words and its
// expert's name, role and country in the page's locale, falling back to the language the
// quote was said in (and, for names, to any spelling there is).
class QuoteCatalog
{
public:
    [[nodiscard]] Result<> load(Storage::Database &db);

    [[nodiscard]] const QList<Expert> &experts() const { return m_experts; }
    [[nodiscard]] const QList<Quote> &quotes() const { return m_quotes; }
    [[nodiscard]] const Quote *quote(const QString &uid) const;
    [[nodiscard]] const Expert *expert(const QString &uid) const;
    [[nodiscard]] QList<const Quote *> quotesBy(const QString &expertUid) const;

    // The words in `locale`, else as said; `elsewhere` receives the locale they are in then.
    [[nodiscard]] QString words(const Quote &quote, const QString &locale,
                                QString *elsewhere = nullptr) const;
    [[nodiscard]] ExpertName name(const QString &expertUid, const QString &locale) const;
    // "Name, role, country" in `locale`, leaving out what is empty.
    [[nodiscard]] QString attribution(const QString &expertUid, const QString &locale) const;

private:
    QList<Expert> m_experts;
    QList<Quote> m_quotes;
    QHash<QString, qsizetype> m_expertIndex;
    QHash<QString, qsizetype> m_quoteIndex;
};

} // namespace Byline
