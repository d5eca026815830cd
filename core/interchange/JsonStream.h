#pragma once

#include "core/Error.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;

namespace Byline::Interchange {

// Reads strict JSON from a device a buffer at a time (RapidJSON's SAX reader, so a document
// of any size is read in bounded memory), building Qt JSON values only for what the caller
// holds: the members of the top-level object, and one item at a time of the lists that are
// handed over as they are read (a document's "experts", "quotes" and "articles").
//
// Strict: besides the grammar, UTF-8 is checked and a key given twice in one object is
// refused (Qt's parser would keep the last, so a file could say two things and mean one).
// Nesting deeper than `maxDepth` is refused, so hostile input cannot exhaust the stack.
// A syntax error names the byte offset, line and column (both from 1) where it was found.
class JsonStream
{
public:
    // What the text being read is, for the words of a syntax error.
    enum class Subject { File, Article };
    static constexpr int maxDepth = 64;

    struct Callbacks
    {
        // A member of the top-level object other than the streamed lists, whole.
        std::function<Result<>(const QString &key, const QJsonValue &value)> member;
        // The top-level members whose lists are handed over an item at a time, and what takes
        // each item: its position in the list and the byte offset where it starts. When such a
        // member is not a list, it goes to `member` whole.
        QStringList streamedLists;
        std::function<Result<>(const QString &list)> listStarted;
        std::function<Result<>(const QString &list, const QJsonValue &item, qsizetype index,
                               qint64 offset)>
            item;
        std::function<Result<>(const QString &list)> listEnded;
        // Now and then, how many bytes have been read so far.
        std::function<void(qint64 bytes)> progress;
    };

    JsonStream(QIODevice &in, Subject subject);
    ~JsonStream();
    JsonStream(const JsonStream &) = delete;
    JsonStream &operator=(const JsonStream &) = delete;

    // Reads one top-level object to its end. The first error a callback returns ends the
    // reading and is returned as it is; a value that is not an object is an InvalidInput error
    // that says a Byline document was expected.
    [[nodiscard]] Result<> readObject(const Callbacks &callbacks);
    // Reads one whole value (a small document, such as one article).
    [[nodiscard]] Result<QJsonValue> readValue();

    // Whether the device held nothing but white space: an empty file, nothing on a pipe.
    [[nodiscard]] bool wasEmpty() const;
    [[nodiscard]] qint64 bytesRead() const;

    // One whole value from bytes in memory.
    [[nodiscard]] static Result<QJsonValue> parse(const QByteArray &json, Subject subject);

private:
    class Input;
    class Builder;
    [[nodiscard]] Result<> run(Builder &builder);

    std::unique_ptr<Input> m_input;
    Subject m_subject;
    bool m_empty = false;
};

} // namespace Byline::Interchange
