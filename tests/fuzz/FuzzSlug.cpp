// Slugs made from titles (tests/bench/Vocabulary::slug, which the archive generator uses; the
// desk and the importer take slugs as typed and check them, see docs/interchange.md): only
// [a-z0-9-] without a dash at either end or twice in a row, within the length asked for,
// never empty for a title with a Latin letter or a digit, and a slug's slug is itself.
#include "tests/bench/Vocabulary.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QRegularExpression>

using namespace Byline;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::init(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using Fuzz::broken;
    // The first byte, when there is one, is the length asked for (1 to 256).
    const qsizetype maxLength = size > 0 ? qsizetype(data[0]) + 1 : 80;
    const QString title = Fuzz::text(size > 0 ? data + 1 : data, size > 0 ? size - 1 : 0);
    const QString slug = Bench::Vocabulary::slug(title, maxLength);

    static const QRegularExpression shape(QStringLiteral("^([a-z0-9]+(-[a-z0-9]+)*)?$"));
    if (!shape.match(slug).hasMatch())
        broken("a slug is words of [a-z0-9] joined by single dashes", slug);
    if (slug.size() > maxLength)
        broken("a slug is no longer than asked", slug);
    static const QRegularExpression latin(QStringLiteral("[A-Za-z0-9]"));
    if (slug.isEmpty() && title.contains(latin))
        broken("a title with a Latin letter or a digit has a slug", title);
    if (Bench::Vocabulary::slug(slug, maxLength) != slug)
        broken("a slug's slug is itself", slug);
    return 0;
}
