#pragma once

#include "core/Error.h"
#include "core/domain/Article.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Byline::Interchange {

class JsonReader;
class ReadContext;

// Reads one article of a byline/1 document: its fields, translations and blocks, revisions,
// history and comments, checking every reference. Used for each article of a document and on
// its own for the single article that `show --json` prints and `save` reads back.
class ArticleReader
{
public:
    // The article is checked against `context`, and its uid is recorded there, so that a
    // document that lists an article twice is refused.
    explicit ArticleReader(ReadContext &context)
        : m_context(context)
    {
    }

    [[nodiscard]] Result<Article> read(const JsonReader &in);

private:
    [[nodiscard]] Result<> readIdentity(const JsonReader &in, Article &a);
    [[nodiscard]] Result<> readPeople(const JsonReader &in, Article &a) const;
    [[nodiscard]] Result<> readTimes(const JsonReader &in, Article &a) const;
    [[nodiscard]] Result<> readTranslations(const JsonReader &in, Article &a) const;
    [[nodiscard]] Result<> checkTranslations(const JsonReader &in,
                                             const QList<Translation> &translations) const;
    [[nodiscard]] Result<> readRevision(const JsonReader &in, Article &a) const;
    [[nodiscard]] Result<> readAuditEntry(const JsonReader &in, Article &a) const;
    [[nodiscard]] Result<> readComment(const JsonReader &in, Article &a, QSet<int> &numbers) const;

    // Hands each object of the list `field` to `readItem`.
    template<class ReadItem>
    [[nodiscard]] Result<> eachObject(const JsonReader &in, const QString &field,
                                      ReadItem readItem) const;

    ReadContext &m_context;
};

} // namespace Byline::Interchange
