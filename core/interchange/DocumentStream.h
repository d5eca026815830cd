#pragma once

#include "core/Error.h"
#include "core/interchange/Document.h"
#include "core/interchange/Importer.h"

#include <functional>

class QIODevice;

namespace Byline::Interchange {

// Reads a byline/1 document from a device in bounded memory: the newsroom (everything but the
// articles) whole, then each article as it is read, checked by DocumentReader against the
// store and what came before it. Only one article is held at a time, so a document of any
// size can be read, provided its "articles" come after the other lists, as Byline writes them.
// Articles that come before a list are held until the rest has been read, up to
// Limits::heldBytes of them; past that, the lists not read by then are taken as left out, and
// one that comes later is refused.
//
// An article that fails its checks ends the reading with an error that names the item, the
// field and the byte offset where the item starts.
class DocumentStream
{
public:
    struct Sink
    {
        // Once, before the first article (also when there is none).
        std::function<Result<>(const Document &newsroom)> newsroom;
        std::function<Result<>(Article article)> article;
        // Now and then, how many bytes have been read so far.
        std::function<void(qint64 bytes)> progress;
    };

    DocumentStream(QIODevice &in, const Importer::Known &store);

    [[nodiscard]] Result<> read(const Sink &sink);
    // Whether the device held nothing but white space.
    [[nodiscard]] bool wasEmpty() const { return m_empty; }

private:
    QIODevice &m_in;
    const Importer::Known &m_store;
    bool m_empty = false;
};

} // namespace Byline::Interchange
