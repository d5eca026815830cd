#include "core/interchange/DocumentStream.h"

#include "core/interchange/DocumentReader.h"
#include "core/interchange/JsonReader.h"
#include "core/interchange/JsonStream.h"
#include "core/interchange/Limits.h"

#include <QJsonObject>
#include <QLocale>
#include <QObject>

#include <vector>

namespace Byline::Interchange {
namespace {

const QString articlesKey = QStringLiteral("articles");

// Every top-level member but the articles: once all are read, the articles can be written as
// they come.
const QStringList newsroomKeys
    = {QStringLiteral("format"),       QStringLiteral("locales"),  QStringLiteral("settings"),
       QStringLiteral("site_strings"), QStringLiteral("sections"), QStringLiteral("users"),
       QStringLiteral("experts"),      QStringLiteral("quotes")};

// An article's error with where it starts in the file.
Error at(Error error, qint64 offset)
{
    if (error.code == ErrorCode::InvalidInput) {
        error.message = QObject::tr("%1 (the article starts at byte %2 of the file)")
                            .arg(error.message, QLocale().toString(offset));
    }
    return error;
}

} // namespace

DocumentStream::DocumentStream(QIODevice &in, const Importer::Known &store)
    : m_in(in)
    , m_store(store)
{
}

Result<> DocumentStream::read(const Sink &sink)
{
    DocumentReader reader(m_store);
    QJsonObject newsroom;
    bool newsroomRead = false;
    auto readNewsroom = [&]() -> Result<> {
        newsroomRead = true;
        if (auto done = reader.readNewsroom(newsroom); !done)
            return done;
        newsroom = {};
        return sink.newsroom(reader.document());
    };
    auto readArticle = [&](const QJsonValue &item, qsizetype index, qint64 offset) -> Result<> {
        auto article = reader.readArticle(item, index);
        if (!article)
            return std::unexpected(at(article.error(), offset));
        return sink.article(std::move(*article));
    };

    // Articles that came before the lists they may refer to, with where each starts.
    struct Held
    {
        QJsonValue item;
        qint64 offset;
    };
    std::vector<Held> held;
    qint64 listStart = 0;

    JsonStream json(m_in, JsonStream::Subject::File);
    JsonStream::Callbacks callbacks;
    callbacks.streamedList = articlesKey;
    callbacks.progress = sink.progress;
    callbacks.member = [&](const QString &key, const QJsonValue &value) -> Result<> {
        if (newsroomRead) // every key the newsroom has was read: this one is unknown
            return JsonReader(QJsonObject {{key, value}}, QString()).onlyKeys(newsroomKeys);
        newsroom.insert(key, value);
        return {};
    };
    callbacks.listStarted = [&]() -> Result<> {
        listStart = json.bytesRead();
        for (const QString &key : newsroomKeys) {
            if (!newsroom.contains(key))
                return {}; // some may follow: the articles wait for them
        }
        return readNewsroom();
    };
    callbacks.item = [&](const QJsonValue &item, qsizetype index, qint64 offset) -> Result<> {
        if (index >= Limits::listItems)
            return invalidAt(articlesKey, QObject::tr("too many items"));
        if (newsroomRead)
            return readArticle(item, index, offset);
        if (offset - listStart > Limits::heldArticleBytes) {
            return fail(ErrorCode::InvalidInput,
                        QObject::tr("The articles come before the other lists in this file, "
                                    "and there are more than %1 MiB of them: Byline reads a "
                                    "document that large only with \"articles\" last, as it "
                                    "writes them. Nothing was imported.")
                            .arg(Limits::heldArticleBytes / (1024 * 1024)));
        }
        held.push_back({item, offset});
        return {};
    };
    const Result<> done = json.readObject(callbacks);
    m_empty = json.wasEmpty();
    if (!done)
        return done;
    if (!newsroomRead) {
        if (auto read = readNewsroom(); !read)
            return read;
        for (std::size_t i = 0; i < held.size(); ++i) {
            const Held item = std::move(held[i]);
            held[i] = {};
            if (auto written = readArticle(item.item, qsizetype(i), item.offset); !written)
                return written;
        }
    }
    return {};
}

} // namespace Byline::Interchange
