// The byline/1 reader (core/interchange: Importer::parse and parseArticle), against an empty
// store and against one that holds the demo newsroom's locales, sections, users, experts and
// quotes. Whatever the file, reading gives a document or an input error; a document it accepts
// is one the format can carry: written out (Exporter::toJson) it reads back to the same bytes.
#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/JsonMutator.h"

#include <QFile>

using namespace Byline;
using Interchange::Exporter;
using Interchange::Importer;

namespace {

Importer::Known demoKeys()
{
    QFile file(QStringLiteral(":/byline/demo/newsroom.json"));
    if (!file.open(QIODevice::ReadOnly))
        Fuzz::broken("the demo newsroom is built in");
    auto demo = Importer::parse(file.readAll(), {});
    if (!demo)
        Fuzz::broken("the demo newsroom reads", demo.error().message);
    Importer::Known known;
    for (const Locale &l : demo->locales)
        known.locales.insert(l.code);
    for (const Section &s : demo->sections)
        known.sections.insert(s.uid);
    for (const User &u : demo->users)
        known.users.insert(u.name);
    for (const Expert &e : demo->experts)
        known.experts.insert(e.uid);
    for (const Quote &q : demo->quotes)
        known.quotes.insert(q.uid);
    return known;
}

void checkError(const Error &error)
{
    if (error.code != ErrorCode::InvalidInput || error.message.isEmpty())
        Fuzz::broken("a file that does not read is an input error that says why", error.message);
}

// What was read (`read`: a document or an article), written out (`write`) and read again, is
// the same.
template<class Read, class Write>
void checkRoundTrip(const QByteArray &json, const Importer::Known &known, Read read, Write write)
{
    const auto value = read(json, known);
    if (!value) {
        checkError(value.error());
        return;
    }
    const QByteArray written = write(*value);
    const auto again = read(written, known);
    if (!again)
        Fuzz::broken("what is read is written so that it reads again", again.error().message);
    if (write(*again) != written)
        Fuzz::broken("what is read, written and read again is the same",
                     QString::fromUtf8(written));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::init(argc, argv);
    return 0;
}

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t maxSize,
                                          unsigned int seed)
{
    return Fuzz::JsonMutator::mutate(data, size, maxSize, seed);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Importer::Known empty;
    static const Importer::Known demo = demoKeys();
    const QByteArray json
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    checkRoundTrip(json, empty, &Importer::parse, &Exporter::toJson);
    checkRoundTrip(json, demo, &Importer::parse, &Exporter::toJson);
    checkRoundTrip(json, demo, &Importer::parseArticle, &Exporter::articleJson);
    return 0;
}
