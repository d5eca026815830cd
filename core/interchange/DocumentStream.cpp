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

    // Articles that came before lists they may refer to, with where each starts.
    struct Held
    {
        QJsonValue item;
        qsizetype index;
        qint64 offset;
    };
    std::vector<Held> held;
    auto writeHeld = [&]() -> Result<> {
        for (Held &h : held) {
            const Held item = std::exchange(h, {});
            if (auto written = readArticle(item.item, item.index, item.offset); !written)
                return written;
        }
        held.clear();
        return {};
    };
    qint64 listStart = 0;

    JsonStream json(m_in, JsonStream::Subject::File);
    JsonStream::Callbacks callbacks;
    callbacks.streamedList = articlesKey;
    callbacks.progress = sink.progress;
    callbacks.member = [&](const QString &key, const QJsonValue &value) -> Result<> {
        if (key == articlesKey) // not a list, or it would be streamed
            return invalidAt(articlesKey, QObject::tr("expected a list in [ ]"));
        const QJsonObject alone {{key, value}};
        if (auto known
            = JsonReader(alone, QString()).onlyKeys(newsroomKeys + QStringList {articlesKey});
            !known) {
            return known;
        }
        if (newsroomRead) {
            return fail(ErrorCode::InvalidInput,
                        QObject::tr("\"%1\" comes after more than %2 MiB of articles: Byline "
                                    "reads a document that large only with \"articles\" after "
                                    "the other lists, as it writes them. Nothing was imported.")
                            .arg(key)
                            .arg(Limits::heldBytes / (1024 * 1024)));
        }
        newsroom.insert(key, value);
        return {};
    };
    callbacks.listStarted = [&]() -> Result<> {
        listStart = json.bytesRead();
        for (const QString &key : newsroomKeys) {
            if (!newsroom.contains(key))
                return {}; // it may follow: the articles wait for it
        }
        return readNewsroom();
    };
    callbacks.item = [&](const QJsonValue &item, qsizetype index, qint64 offset) -> Result<> {
        if (index >= Limits::listItems)
            return invalidAt(articlesKey, QObject::tr("too many items"));
        if (newsroomRead)
            return readArticle(item, index, offset);
        held.push_back({item, index, offset});
        if (offset - listStart <= Limits::heldBytes)
            return {};
        // Too many to hold: what the file left out before them, it does not have.
        if (auto read = readNewsroom(); !read)
            return read;
        return writeHeld();
    };
    const Result<> done = json.readObject(callbacks);
    m_empty = json.wasEmpty();
    if (!done)
        return done;
    if (!newsroomRead) {
        if (auto read = readNewsroom(); !read)
            return read;
    }
    return writeHeld();
}

} // namespace Byline::Interchange
