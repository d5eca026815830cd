#pragma once

#include "core/Error.h"
#include "core/interchange/Document.h"
#include "core/interchange/Importer.h"
#include "core/interchange/ReadContext.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QStringList>

namespace Byline::Interchange {

class JsonReader;

// Reads a byline/1 document into domain values, one function per element, checking every
// field and every reference before anything is written. Articles are read by ArticleReader.
class DocumentReader
{
public:
    // `store` is what the store already holds, so that the file may refer to it.
    explicit DocumentReader(const Importer::Known &store);

    // A document is read a piece at a time, so that it can be read as a stream, in the order
    // of topLevelKeys(): each piece may refer to what the pieces before it hold. The newsroom
    // (everything but the articles) is then document(); each article is returned as it is
    // read, checked against what came before.
    [[nodiscard]] static const QStringList &topLevelKeys();
    // One top-level member read whole; an undefined `value`: the file leaves it out ("format"
    // is then missing, a list is empty). A key no document has is refused.
    [[nodiscard]] Result<> readMember(const QString &key, const QJsonValue &value);
    // One item of a top-level list other than the articles, and the end of such a list.
    [[nodiscard]] Result<> readListItem(const QString &list, const QJsonValue &item,
                                        qsizetype index);
    void endList(const QString &list);
    [[nodiscard]] Result<Article> readArticle(const QJsonValue &item, qsizetype index);
    [[nodiscard]] const Document &document() const { return m_doc; }
    // Lets go of what document() holds once it is written: the articles still read need only
    // its keys, which the context keeps.
    void releaseDocument() { m_doc = {}; }

private:
    using ReadItem = Result<> (DocumentReader::*)(const JsonReader &);
    struct List
    {
        const char *name;
        const char *keyName; // what names an item in messages
        ReadItem readItem;
    };
    [[nodiscard]] static const List *list(QStringView name);

    [[nodiscard]] Result<> readFormat(const JsonReader &root) const;
    [[nodiscard]] Result<> readList(const JsonReader &root, const char *name, const char *keyName,
                                    ReadItem readItem);
    [[nodiscard]] Result<> readLocale(const JsonReader &in);
    void sortLocales();
    [[nodiscard]] Result<> readSettings(const JsonReader &root);
    [[nodiscard]] Result<> readSiteStrings(const JsonReader &root);
    [[nodiscard]] Result<> readSection(const JsonReader &in);
    [[nodiscard]] Result<> readUser(const JsonReader &in);
    [[nodiscard]] Result<> readExpert(const JsonReader &in);
    [[nodiscard]] Result<> readQuote(const JsonReader &in);
    [[nodiscard]] Result<> readQuoteWords(const JsonReader &in, Quote &q) const;

    // { "<locale>": … }: checks each key is a locale, then hands its value to `readValue`.
    template<class ReadValue>
    [[nodiscard]] Result<> eachLocale(const JsonReader &in, const QString &field,
                                      ReadValue readValue) const;
    // { "<locale>": { fields } }, each object read by `readFields`.
    template<class T, class ReadFields>
    [[nodiscard]] Result<QMap<QString, T>> perLocale(const JsonReader &in, const QString &field,
                                                     const QStringList &keys,
                                                     ReadFields readFields) const;
    // { "<locale>": "text" }.
    [[nodiscard]] Result<QMap<QString, QString>>
    perLocaleText(const JsonReader &in, const QString &field, qsizetype maxLength) const;

    ReadContext m_context;
    Document m_doc;
};

} // namespace Byline::Interchange
