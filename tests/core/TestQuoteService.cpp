// Translating an expert's quote as a person (QuoteService): who may, staleness after the
// original changes, confirming, and refusals that write nothing.
#include "core/services/QuoteService.h"
#include "core/storage/QuoteRepository.h"
#include "core/storage/SearchRepository.h"
#include "core/translation/Segments.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

using namespace Byline;
using Byline::Test::TempDir;

namespace {

// Said in Russian, used only in irina.volkova's draft 24d0ba52 (whose translations are in
// progress); translated into en and hy.
const QString draftQuote = QStringLiteral("fb2464b9-c149-4f78-9be7-c651619a8e0e");
// Used only in the published 82d8d78f, whose en and hy translations are approved.
const QString liveQuote = QStringLiteral("31420634-db01-4d53-b923-75e5868a0b15");
const QString editor = QStringLiteral("samvel.harutyunyan");
const QString lena = QStringLiteral("lena.mkrtchyan"); // translates into hy
const QString olga = QStringLiteral("olga.smirnova"); // translates into ru
const QString irina = QStringLiteral("irina.volkova"); // the draft's author
const QString tom = QStringLiteral("tom.reid"); // another journalist
const QString admin = QStringLiteral("t.babayan");
const QString en = QStringLiteral("en");
const QString hy = QStringLiteral("hy");
const QString ru = QStringLiteral("ru");

Quote stored(Storage::Database &db, const QString &uid)
{
    auto found = Storage::QuoteRepository(db).find(uid);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return **found;
}

// The store without the quote's `locale` words, as if nobody had translated it yet.
void untranslate(Storage::Database &db, const QString &uid, const QString &locale)
{
    Quote q = stored(db, uid);
    q.texts.remove(locale);
    q.contexts.remove(locale);
    q.sources.remove(locale);
    REQUIRE_OK(Storage::QuoteRepository(db).upsert(q));
}

} // namespace

TEST_CASE("who may translate a quote: the rights matrix", "[workflow][quotes]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("quote-rights.sqlite")));
    QuoteService service(*db);
    struct Case
    {
        QString user;
        QString quote;
        QString locale;
        bool may;
        const char *why; // a part of the reason on refusal
    };
    const QList<Case> cases = {
        {editor, draftQuote, en, true, ""},
        {editor, draftQuote, hy, true, ""},
        {editor, draftQuote, ru, false, "said in ru"},
        {editor, liveQuote, hy, true, ""}, // editors may change approved text
        {lena, draftQuote, hy, true, ""},
        {lena, draftQuote, en, false, "does not translate into en"},
        {lena, draftQuote, ru, false, "said in ru"},
        {lena, liveQuote, hy, false, "approved hy text"},
        {olga, draftQuote, ru, false, "said in ru"},
        {irina, draftQuote, en, true, ""},
        {irina, liveQuote, en, false, "not a draft"},
        {tom, draftQuote, en, false, "not a draft of tom.reid's"},
        {admin, draftQuote, en, false, "Admins manage the newsroom"},
    };
    for (const Case &c : cases) {
        INFO(QStringList({c.user, c.quote, c.locale}).join(u' ').toStdString());
        const Quote before = stored(*db, c.quote);
        auto may = service.mayTranslate(c.quote, c.locale, c.user);
        CHECK(may.has_value() == c.may);
        auto saved = service.saveTranslation(c.quote, c.locale, QStringLiteral("Words."), c.user);
        CHECK(saved.has_value() == c.may);
        if (c.may) {
            CHECK(stored(*db, c.quote).texts.value(c.locale) == QStringLiteral("Words."));
            REQUIRE_OK(Storage::QuoteRepository(*db).upsert(before)); // for the next case
            continue;
        }
        REQUIRE_FALSE(may.has_value());
        CHECK(may.error().code == ErrorCode::PermissionDenied);
        CHECK(may.error().message.contains(QString::fromUtf8(c.why)));
        REQUIRE_FALSE(saved.has_value());
        CHECK(saved.error().code == ErrorCode::PermissionDenied);
        CHECK(saved.error().message == may.error().message);
        CHECK(stored(*db, c.quote) == before); // nothing written
    }
    // Confirming keeps the words: an approved translation quoting it does not stop it.
    REQUIRE_OK(service.confirmTranslation(liveQuote, hy, lena));
    CHECK(service.confirmTranslation(liveQuote, en, lena).error().code
          == ErrorCode::PermissionDenied);
    CHECK(service.confirmTranslation(liveQuote, ru, editor).error().code
          == ErrorCode::PermissionDenied);
    // No such quote, no such user, no such language.
    CHECK(service.saveTranslation(QStringLiteral("no-such-quote"), hy, QStringLiteral("x"), lena)
              .error()
              .code
          == ErrorCode::NotFound);
    CHECK(service.saveTranslation(draftQuote, hy, QStringLiteral("x"), QStringLiteral("nobody"))
              .error()
              .code
          == ErrorCode::NotFound);
    CHECK(service.saveTranslation(draftQuote, QStringLiteral("de"), QStringLiteral("x"), editor)
              .error()
              .code
          == ErrorCode::NotFound);
}

TEST_CASE("a quote's translation goes stale when the original changes, confirming clears it",
          "[workflow][quotes]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("quote-stale.sqlite")));
    QuoteService service(*db);
    untranslate(*db, draftQuote, hy);
    CHECK_FALSE(Segments::quoteStale(stored(*db, draftQuote), hy)); // missing, not stale

    auto saved = service.saveTranslation(draftQuote, hy, QStringLiteral("Հեռավորությունը։"), lena,
                                         QString());
    REQUIRE_OK(saved);
    Quote q = stored(*db, draftQuote);
    CHECK(q == *saved);
    CHECK(q.texts.value(hy) == QStringLiteral("Հեռավորությունը։"));
    CHECK(q.sources.value(hy) == q.texts.value(ru)); // made from the original as it is
    CHECK_FALSE(Segments::quoteStale(q, hy));
    CHECK_FALSE(Segments::quoteStale(q, en));

    // The original is corrected: every translation of it is stale, and only those.
    Quote corrected = q;
    corrected.texts[ru] += QStringLiteral(" Это главное.");
    Segments::stampQuote(&q, corrected);
    REQUIRE_OK(Storage::QuoteRepository(*db).upsert(corrected));
    q = stored(*db, draftQuote);
    CHECK(Segments::quoteStale(q, hy));
    CHECK(Segments::quoteStale(q, en));
    CHECK_FALSE(Segments::quoteStale(q, ru));

    // Saving the same words again does not claim they fit the new original.
    REQUIRE_OK(service.saveTranslation(draftQuote, hy, QStringLiteral("Հեռավորությունը։ "), lena));
    CHECK(Segments::quoteStale(stored(*db, draftQuote), hy));
    // Confirming does; English stays stale.
    auto confirmed = service.confirmTranslation(draftQuote, hy, lena);
    REQUIRE_OK(confirmed);
    q = stored(*db, draftQuote);
    CHECK_FALSE(Segments::quoteStale(q, hy));
    CHECK(Segments::quoteStale(q, en));
    CHECK(q.sources.value(hy) == corrected.texts.value(ru));
    // New words are made from the new original: fresh without confirming.
    REQUIRE_OK(service.saveTranslation(
        draftQuote, en, QStringLiteral("Distance is not transhipment time."), editor));
    CHECK_FALSE(Segments::quoteStale(stored(*db, draftQuote), en));
    // Searching finds the article by the quote's new words.
    Storage::SearchQuery query;
    query.text = QStringLiteral("transhipment");
    query.locale = en;
    auto found = Storage::SearchRepository(*db).search(query);
    REQUIRE_OK(found);
    REQUIRE(found->hits.size() == 1);
    CHECK(found->hits.first().articleUid == QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b"));
}

TEST_CASE("a refused quote translation writes nothing and says what to do", "[workflow][quotes]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("quote-refused.sqlite")));
    QuoteService service(*db);
    untranslate(*db, draftQuote, hy);
    const Quote before = stored(*db, draftQuote);

    auto empty = service.saveTranslation(draftQuote, hy, QStringLiteral("  \n "), lena);
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().code == ErrorCode::InvalidInput);
    CHECK(empty.error().message.contains(QStringLiteral("type the expert's words")));

    auto tooLong = service.saveTranslation(draftQuote, hy, QString(100001, QLatin1Char('a')), lena);
    REQUIRE_FALSE(tooLong.has_value());
    CHECK(tooLong.error().code == ErrorCode::InvalidInput);
    CHECK(tooLong.error().message.contains(QStringLiteral("100001 characters; at most 100000")));

    auto nothingToConfirm = service.confirmTranslation(draftQuote, hy, lena);
    REQUIRE_FALSE(nothingToConfirm.has_value());
    CHECK(nothingToConfirm.error().code == ErrorCode::InvalidInput);
    CHECK(nothingToConfirm.error().message.contains(QStringLiteral("type one")));
    CHECK(stored(*db, draftQuote) == before);

    // Someone saved other words meanwhile: a conflict, and theirs stay.
    REQUIRE_OK(service.saveTranslation(draftQuote, hy, QStringLiteral("Theirs."), editor));
    const Quote theirs = stored(*db, draftQuote);
    auto conflict
        = service.saveTranslation(draftQuote, hy, QStringLiteral("Mine."), lena, QString());
    REQUIRE_FALSE(conflict.has_value());
    CHECK(conflict.error().code == ErrorCode::Conflict);
    CHECK(conflict.error().detail == QStringLiteral("Theirs."));
    CHECK(stored(*db, draftQuote) == theirs);
    REQUIRE_OK(service.saveTranslation(draftQuote, hy, QStringLiteral("Mine."), lena,
                                       QStringLiteral("Theirs.")));
}
