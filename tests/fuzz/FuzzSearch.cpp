// The search query (core/storage/SearchText::parse and SearchRepository::search), run against
// the demo newsroom: whatever a person types, it is words for FTS5, never its syntax, so a
// search finds something, nothing, or says there is nothing to search for; it never fails.
#include "core/interchange/Seed.h"
#include "core/storage/Database.h"
#include "core/storage/SearchRepository.h"
#include "core/storage/SearchText.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QTemporaryDir>

using namespace Byline;
using Fuzz::broken;

namespace {

Storage::Database &demoStore()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Storage::Database> db = [] {
        Storage::Database::Options options;
        options.path = dir.filePath(QStringLiteral("fuzz.sqlite"));
        options.createIfMissing = true;
        auto opened = Storage::Database::open(options);
        if (!opened)
            broken("a store opens in a temporary folder", opened.error().message);
        if (auto seeded = Interchange::Seed::defaults(**opened); !seeded)
            broken("the defaults seed", seeded.error().message);
        if (auto seeded = Interchange::Seed::demo(**opened); !seeded)
            broken("the demo newsroom seeds", seeded.error().message);
        return std::move(*opened);
    }();
    return *db;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::init(argc, argv);
    demoStore();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte: search as you type or not; the rest is what was typed.
    const bool prefixLast = size > 0 && (data[0] & 1);
    const QString typed = Fuzz::text(size > 0 ? data + 1 : data, size > 0 ? size - 1 : 0);
    const QList<SearchText::Term> terms
        = SearchText::parse(typed, prefixLast, SearchText::indexPrefixFrom);
    for (const SearchText::Term &t : terms) {
        if (t.words.isEmpty())
            broken("a term has words", typed);
        for (const QString &w : t.words) {
            if (w.isEmpty() || w.contains(u'"') || SearchText::words(w) != QStringList {w})
                broken("a term's words are single words of the index", w);
        }
    }
    if (!terms.isEmpty() && !SearchText::matches(typed, terms))
        broken("what was typed matches its own terms", typed);

    Storage::SearchQuery query;
    query.text = typed;
    query.prefixLast = prefixLast;
    const auto results = Storage::SearchRepository(demoStore()).search(query);
    if (terms.isEmpty()) {
        if (results || results.error().code != ErrorCode::InvalidInput)
            broken("a query without words is refused as input", typed);
        return 0;
    }
    if (!results)
        broken("a query with words runs",
               results.error().message + u"\n" + SearchText::matchExpression(terms));
    for (const Storage::SearchHit &hit : results->hits) {
        if (hit.snippet.count(QChar(Storage::SearchRepository::markOpen))
            != hit.snippet.count(QChar(Storage::SearchRepository::markClose)))
            broken("a snippet's marks come in pairs", hit.snippet);
    }
    const QString snippet = SearchText::snippet(typed, terms, QStringLiteral("<mark>"),
                                                QStringLiteral("</mark>"), true);
    if (QString(snippet)
            .remove(QStringLiteral("<mark>"))
            .remove(QStringLiteral("</mark>"))
            .contains(u'<'))
        broken("an HTML snippet escapes the text", snippet);
    return 0;
}
