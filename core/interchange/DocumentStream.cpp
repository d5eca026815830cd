#include "core/interchange/DocumentStream.h"

#include "core/interchange/DocumentReader.h"
#include "core/interchange/JsonReader.h"
#include "core/interchange/JsonStream.h"
#include "core/interchange/Limits.h"

#include <QJsonObject>
#include <QLocale>
#include <QObject>

#include <QHash>
#include <QSet>

#include <vector>

namespace Byline::Interchange {
namespace {

const QString articlesKey = QStringLiteral("articles");

// An article's error with where it starts in the file.
Error at(Error error, qint64 offset)
{
    if (error.code == ErrorCode::InvalidInput) {
        error.message = QObject::tr("%1 (the article starts at byte %2 of the file)")
                            .arg(error.message, QLocale().toString(offset));
    }
    return error;
}

// An item of a list that came before a list it may refer to, held until that one is read.
struct Held
{
    QJsonValue item;
    qsizetype index;
    qint64 offset;
};

} // namespace

DocumentStream::DocumentStream(QIODevice &in, const Importer::Known &store)
    : m_in(in)
    , m_store(store)
{
}

// The document is read in the order of DocumentReader::topLevelKeys(), each part as soon as
// every part before it in that order has been read. In a file written in that order (as
// Byline writes it) nothing waits: the lists of experts, quotes and articles are read an item
// at a time as they arrive. A part that arrives early waits (the small members whole, a
// list's items as they came), up to Limits::heldBytes in all; past that, the parts not seen
// by then count as left out.
Result<> DocumentStream::read(const Sink &sink)
{
    const QStringList &order = DocumentReader::topLevelKeys();
    DocumentReader reader(m_store);
    qsizetype next = 0; // the first key of `order` not read yet
    QSet<QString> ended; // keys whose value or list has been seen to its end
    QString current; // the list whose items are arriving now, if any
    QString streaming; // the same when they are read as they arrive
    bool newsroomWritten = false;
    bool givenUp = false; // held too much: what was not seen counts as left out
    QHash<QString, QJsonValue> members; // arrived before their turn
    QHash<QString, std::vector<Held>> items; // likewise, items of lists
    qint64 heldFrom = -1;

    auto readArticle = [&](const QJsonValue &item, qsizetype index, qint64 offset) -> Result<> {
        if (!newsroomWritten) {
            newsroomWritten = true;
            auto written = sink.newsroom(reader.document());
            reader.releaseDocument(); // the experts and quotes of a large newsroom are many MiB
            if (!written)
                return written;
        }
        auto article = reader.readArticle(item, index);
        if (!article)
            return std::unexpected(at(article.error(), offset));
        return sink.article(std::move(*article));
    };
    auto readItem = [&](const QString &list, const QJsonValue &item, qsizetype index,
                        qint64 offset) -> Result<> {
        if (list == articlesKey)
            return readArticle(item, index, offset);
        return reader.readListItem(list, item, index);
    };
    // Reads every part whose turn has come.
    auto advance = [&]() -> Result<> {
        while (next < order.size()) {
            const QString &key = order.at(next);
            if (!ended.contains(key))
                return {};
            if (auto member = members.find(key); member != members.end()) {
                if (auto done = reader.readMember(key, *member); !done)
                    return done;
                members.erase(member);
            } else if (auto list = items.find(key); list != items.end()) {
                for (Held &h : *list) {
                    const Held one = std::exchange(h, {});
                    if (auto done = readItem(key, one.item, one.index, one.offset); !done)
                        return done;
                }
                items.erase(list);
                reader.endList(key);
            } else if (key != articlesKey) { // left out of the file, or read as it came
                // "format" is then missing; a list or table left out is empty.
                if (auto done = reader.readMember(key, QJsonValue(QJsonValue::Undefined)); !done)
                    return done;
            }
            ++next;
        }
        if (!newsroomWritten) { // a document without articles
            newsroomWritten = true;
            auto written = sink.newsroom(reader.document());
            reader.releaseDocument();
            return written;
        }
        return {};
    };
    // Holds no more: what has not been seen by now counts as left out, the parts before the
    // list arriving now are read, then its items held so far, and the rest of it as it comes.
    auto giveUp = [&]() -> Result<> {
        givenUp = true;
        for (const QString &key : order) {
            if (key != current)
                ended.insert(key);
        }
        if (auto done = advance(); !done || current.isEmpty())
            return done;
        std::vector<Held> held = std::move(items[current]);
        items.remove(current);
        for (Held &h : held) {
            const Held one = std::exchange(h, {});
            if (auto done = readItem(current, one.item, one.index, one.offset); !done)
                return done;
        }
        streaming = current;
        return {};
    };
    auto tooLate = [&](const QString &key) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("\"%1\" comes after more than %2 MiB of the lists that follow "
                                "it: Byline reads a document that large only with its parts in "
                                "the order it writes them. Nothing was imported.")
                        .arg(key)
                        .arg(Limits::heldBytes / (1024 * 1024)));
    };

    JsonStream json(m_in, JsonStream::Subject::File);
    JsonStream::Callbacks callbacks;
    callbacks.streamedLists = {QStringLiteral("experts"), QStringLiteral("quotes"), articlesKey};
    callbacks.progress = sink.progress;
    callbacks.member = [&](const QString &key, const QJsonValue &value) -> Result<> {
        if (key == articlesKey) // not a list, or it would be streamed
            return invalidAt(articlesKey, QObject::tr("expected a list in [ ]"));
        if (!order.contains(key)) // refused at once: a hostile file may hold millions
            return reader.readMember(key, value);
        if (givenUp)
            return tooLate(key);
        members.insert(key, value);
        ended.insert(key);
        return advance();
    };
    callbacks.listStarted = [&](const QString &list) -> Result<> {
        if (givenUp)
            return tooLate(list);
        current = list;
        if (next < order.size() && order.at(next) == list)
            streaming = list; // its turn: read as it comes
        else
            items[list]; // held until the parts before it are read
        return {};
    };
    callbacks.item = [&](const QString &list, const QJsonValue &item, qsizetype index,
                         qint64 offset) -> Result<> {
        if (streaming == list)
            return readItem(list, item, index, offset);
        if (heldFrom < 0)
            heldFrom = offset;
        items[list].push_back({item, index, offset});
        if (offset - heldFrom <= Limits::heldBytes)
            return {};
        // Too much to hold: what the file has not given by now, it leaves out.
        return giveUp();
    };
    callbacks.listEnded = [&](const QString &list) -> Result<> {
        current.clear();
        if (streaming == list) {
            streaming.clear();
            reader.endList(list);
            if (next < order.size() && order.at(next) == list)
                ++next;
        }
        ended.insert(list);
        return advance();
    };
    const Result<> done = json.readObject(callbacks);
    m_empty = json.wasEmpty();
    if (!done)
        return done;
    return giveUp(); // what was not seen is left out
}

} // namespace Byline::Interchange
