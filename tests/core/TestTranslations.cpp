#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/ExpertRepository.h"
#include "core/storage/QuoteRepository.h"
#include "core/translation/BlockMerge.h"
#include "core/translation/QualityChecks.h"
#include "core/translation/Segments.h"
#include "core/workflow/WorkflowService.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Byline;
using Byline::Test::TempDir;

namespace {

const QString glaciers
    = QStringLiteral("82d8d78f-e875-4ccb-8ba1-d95e4b749068"); // ru source, ru/en/hy
const QString editor = QStringLiteral("samvel.harutyunyan");

Article load(Storage::Database &db, const QString &uid)
{
    auto found = Storage::ArticleRepository(db).find(uid);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return **found;
}

void save(Storage::Database &db, Article &a, const QString &user = editor)
{
    REQUIRE_OK(EditService(db).save(a, user));
}

Block *firstParagraph(Translation &t)
{
    for (Block &b : t.blocks) {
        if (b.type == BlockType::Paragraph)
            return &b;
    }
    FAIL("no paragraph");
    return nullptr;
}

QStringList staleKeys(const Article &a, const QString &locale)
{
    QStringList keys;
    for (const auto &s : Segments::coverage(a, locale).segments) {
        if (s.state == Segments::State::Stale)
            keys.append(s.key);
    }
    return keys;
}

} // namespace

TEST_CASE("editing one source block makes exactly that segment stale in every locale",
          "[translation][staleness]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("stale.sqlite")));
    Article a = load(*db, glaciers);
    for (const QString &locale : {QStringLiteral("en"), QStringLiteral("hy")}) {
        const auto c = Segments::coverage(a, locale);
        CHECK(c.stale == 0);
        CHECK(c.missing == 0);
        CHECK(c.done == c.segments.size());
    }
    Block *edited = firstParagraph(*a.translation(u"ru"));
    const QString before = edited->text;
    const QString editedId = edited->id;
    edited->text += QStringLiteral(" Новая фраза.");
    const QString key = QStringLiteral("block:") + editedId;
    save(*db, a);

    a = load(*db, glaciers);
    for (const QString &locale : {QStringLiteral("en"), QStringLiteral("hy")}) {
        INFO(locale.toStdString());
        CHECK(staleKeys(a, locale) == QStringList {key});
        for (const auto &s : Segments::coverage(a, locale).segments) {
            if (s.key == key) {
                CHECK(s.previousSource == before); // the translator sees old and new source
                CHECK(s.source == before + QStringLiteral(" Новая фраза."));
            }
        }
    }
    CHECK(Segments::coverage(a, QStringLiteral("ru")).stale == 0); // the source is never stale

    SECTION("retranslating clears it for that locale only")
    {
        // en is approved and live: an editor sends it back before its translator may change it.
        REQUIRE_OK(WorkflowService(*db).act({glaciers,
                                             Action::RequestChanges,
                                             editor,
                                             QStringLiteral("en"),
                                             QStringLiteral("The source changed."),
                                             {}}));
        a = load(*db, glaciers);
        Block *en = nullptr;
        for (Block &b : a.translation(u"en")->blocks)
            en = b.id == editedId ? &b : en;
        REQUIRE(en != nullptr);
        en->text += QStringLiteral(" A new sentence.");
        save(*db, a, QStringLiteral("narine.grigoryan")); // translates en and hy
        a = load(*db, glaciers);
        CHECK(staleKeys(a, QStringLiteral("en")).isEmpty());
        CHECK(staleKeys(a, QStringLiteral("hy")) == QStringList {key});
    }
    SECTION("marking it done clears it")
    {
        REQUIRE(Segments::markDone(a, QStringLiteral("hy"), key));
        save(*db, a, QStringLiteral("lena.mkrtchyan"));
        a = load(*db, glaciers);
        CHECK(staleKeys(a, QStringLiteral("hy")).isEmpty());
        CHECK(staleKeys(a, QStringLiteral("en")) == QStringList {key});
        CHECK_FALSE(Segments::markDone(a, QStringLiteral("hy"), QStringLiteral("block:nope")));
    }
    SECTION("stale segments survive export and import")
    {
        auto exported = Interchange::Exporter(*db).exportJson();
        REQUIRE_OK(exported);
        auto other = Test::openStore(dir.path(QStringLiteral("other.sqlite")));
        REQUIRE_OK(Interchange::Importer(*other).importJson(*exported));
        CHECK(staleKeys(load(*other, glaciers), QStringLiteral("hy")) == QStringList {key});
        CHECK(*Interchange::Exporter(*other).exportJson() == *exported);
    }
}

TEST_CASE("a segment nobody confirmed stays unconfirmed: a save or an import invents no record",
          "[translation][staleness]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("unrecorded.sqlite")));
    // A translation whose record of its source was lost (written by hand, or an older Byline).
    QJsonObject doc
        = QJsonDocument::fromJson(*Interchange::Exporter(*db).exportJson(glaciers)).object();
    QJsonArray articles = doc.value(QStringLiteral("articles")).toArray();
    QJsonObject article = articles.first().toObject();
    QJsonObject translations = article.value(QStringLiteral("translations")).toObject();
    QJsonObject hy = translations.value(QStringLiteral("hy")).toObject();
    hy.remove(QStringLiteral("sources"));
    translations.insert(QStringLiteral("hy"), hy);
    article.insert(QStringLiteral("translations"), translations);
    article.insert(QStringLiteral("version"), article.value(QStringLiteral("version")).toInt() + 1);
    articles.replace(0, article);
    doc.insert(QStringLiteral("articles"), articles);
    REQUIRE_OK(Test::importAs(*db, QJsonDocument(doc).toJson()));

    Article a = load(*db, glaciers);
    const auto imported = Segments::coverage(a, QStringLiteral("hy"));
    CHECK(imported.done == 0);
    CHECK(imported.stale == imported.segments.size());

    // An editor saves with an unrelated change: the unconfirmed stay unconfirmed...
    a.translation(u"en")->title += QStringLiteral("!");
    Translation &hyNow = *a.translation(u"hy");
    Block *changed = firstParagraph(hyNow);
    changed->text += QStringLiteral(" Նոր նախադասություն։");
    const QString changedKey = QStringLiteral("block:") + changed->id;
    save(*db, a);
    a = load(*db, glaciers);
    // ...except the one segment that was translated now, from the source as it stands.
    QStringList expected;
    for (const auto &seg : imported.segments) {
        if (seg.key != changedKey)
            expected.append(seg.key);
    }
    CHECK(staleKeys(a, QStringLiteral("hy")) == expected);
}

TEST_CASE("reordering, re-spacing and adding blocks: what becomes work and what does not",
          "[translation][staleness]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("order.sqlite")));
    Article a = load(*db, glaciers);
    Translation &ru = *a.translation(u"ru");

    SECTION("reordering blocks makes nothing stale")
    {
        std::reverse(ru.blocks.begin(), ru.blocks.end());
        save(*db, a);
        a = load(*db, glaciers);
        CHECK(Segments::coverage(a, QStringLiteral("en")).stale == 0);
        CHECK(Segments::coverage(a, QStringLiteral("hy")).stale == 0);
    }
    SECTION("a whitespace-only edit makes nothing stale")
    {
        Block *b = firstParagraph(ru);
        b->text = QStringLiteral("  ") + b->text.replace(QLatin1Char(' '), QStringLiteral("  "))
            + QStringLiteral("\n");
        save(*db, a);
        a = load(*db, glaciers);
        CHECK(Segments::coverage(a, QStringLiteral("en")).stale == 0);
    }
    SECTION("a new block is missing everywhere; a removed one is no longer work")
    {
        const int before = int(Segments::coverage(a, QStringLiteral("en")).segments.size());
        ru.blocks.append(
            {QStringLiteral("b99"), BlockType::Paragraph, QStringLiteral("Новый абзац."), {}});
        const QString removed = ru.blocks.first().id;
        ru.blocks.removeFirst();
        save(*db, a);
        a = load(*db, glaciers);
        const auto en = Segments::coverage(a, QStringLiteral("en"));
        CHECK(en.missing == 1);
        CHECK(en.stale == 0);
        CHECK(int(en.segments.size()) == before); // one in, one out
        for (const auto &s : en.segments)
            CHECK(s.key != QStringLiteral("block:") + removed);
    }
    SECTION("a changed title is stale, the rest is not")
    {
        ru.title += QStringLiteral("!");
        save(*db, a);
        a = load(*db, glaciers);
        CHECK(staleKeys(a, QStringLiteral("hy")) == QStringList {QStringLiteral("title")});
    }
}

TEST_CASE("quality checks warn, in every script, and stay quiet when all is well",
          "[translation][quality]")
{
    using QualityChecks::Warning;
    auto kinds = [](const QList<Warning> &warnings) {
        QStringList k;
        for (const Warning &w : warnings)
            k.append(QualityChecks::kindName(w.kind) + QLatin1Char(':') + w.detail);
        return k;
    };
    const QString en = QStringLiteral("en");
    const QString ru = QStringLiteral("ru");
    const QString hy = QStringLiteral("hy");

    // Numbers and dates.
    CHECK(kinds(QualityChecks::checkSegment(
                    QStringLiteral("b1"), QStringLiteral("In 2024 the lake lost 1,200 tonnes."),
                    QStringLiteral("В 2024 году озеро потеряло 1 200 тонн."), ru))
              .isEmpty());
    CHECK(kinds(QualityChecks::checkSegment(
              QStringLiteral("b1"), QStringLiteral("In 2024 the lake lost 1,200 tonnes."),
              QStringLiteral("В 2023 году озеро потеряло 1 200 тонн."), ru))
          == QStringList {QStringLiteral("missing-number:2024")});
    // A date's numbers stay apart: "March 15, 2024" is 15 and 2024, not 152024.
    CHECK(kinds(QualityChecks::checkSegment(QStringLiteral("b1"),
                                            QStringLiteral("On March 15, 2024 it rained."),
                                            QStringLiteral("15 марта 2024 года шёл дождь."), ru))
              .isEmpty());
    CHECK(
        kinds(QualityChecks::checkSegment(
                  QStringLiteral("b1"), QStringLiteral("Costs rose 2.5 times, to 1 500 000 drams."),
                  QStringLiteral("Ծախսերն աճել են 2,5 անգամ՝ մինչև 1,500,000 դրամ։"), hy))
            .isEmpty());
    CHECK(kinds(QualityChecks::checkSegment(QStringLiteral("b1"),
                                            QStringLiteral("On March 15, 2024 it rained."),
                                            QStringLiteral("16 марта 2024 года шёл дождь."), ru))
          == QStringList {QStringLiteral("missing-number:15")});
    CHECK(kinds(QualityChecks::checkSegment(QStringLiteral("b1"), QStringLiteral("A 3D model"),
                                            QStringLiteral("Եռաչափ մոդել"), hy))
              .isEmpty());
    // Links.
    CHECK(kinds(QualityChecks::checkSegment(
                    QStringLiteral("b2"),
                    QStringLiteral("See [the data](https://data.example.org/lake)."),
                    QStringLiteral("Տե՛ս [տվյալները](https://data.example.org/lake)։"), hy))
              .isEmpty());
    CHECK(
        kinds(QualityChecks::checkSegment(
            QStringLiteral("b2"), QStringLiteral("See [the data](https://data.example.org/lake)."),
            QStringLiteral("Տե՛ս տվյալները։"), hy))
        == QStringList {QStringLiteral("missing-link:https://data.example.org/lake")});
    // Quotation marks.
    CHECK(kinds(QualityChecks::checkSegment(QStringLiteral("b3"), QStringLiteral("He said \"no\"."),
                                            QStringLiteral("Он сказал «нет»."), ru))
              .isEmpty());
    CHECK(kinds(QualityChecks::checkSegment(QStringLiteral("b3"), QStringLiteral("He said \"no\"."),
                                            QStringLiteral("Он сказал «нет."), ru))
          == QStringList {QStringLiteral("unbalanced-quotes:«»")});
    CHECK(kinds(QualityChecks::checkSegment(QStringLiteral("b3"), QStringLiteral("He said \"no\"."),
                                            QStringLiteral("Он сказал \"нет\"."), ru))
          == QStringList {QStringLiteral("straight-quotes:\" → « »")});
    CHECK(kinds(QualityChecks::checkSegment(QStringLiteral("b3"), QStringLiteral("He said «no»."),
                                            QStringLiteral("He said \"no."), en))
          == QStringList {QStringLiteral("unbalanced-quotes:\"")});
    CHECK(kinds(QualityChecks::checkSegment(QStringLiteral("b3"), QStringLiteral("x"),
                                            QStringLiteral("He said \"no\"."), en))
              .isEmpty()); // fine in English
    // The same checks in the other scripts.
    CHECK(kinds(QualityChecks::checkSegment(
                    QStringLiteral("b5"),
                    QStringLiteral("В 1988 году 25 000 семей остались без крова."),
                    QStringLiteral("1988 թվականին 25000 ընտանիք մնաց առանց տանիքի։"), hy))
              .isEmpty());
    CHECK(kinds(QualityChecks::checkSegment(
              QStringLiteral("b5"), QStringLiteral("В 1988 году 25 000 семей остались без крова."),
              QStringLiteral("1988 թվականին հազարավոր ընտանիքներ մնացին առանց տանիքի։"), hy))
          == QStringList {QStringLiteral("missing-number:25000")});
    CHECK(kinds(QualityChecks::checkSegment(QStringLiteral("b6"),
                                            QStringLiteral("Write to mailto:desk@example.org."),
                                            QStringLiteral("Пишите нам."), ru))
          == QStringList {QStringLiteral("missing-link:mailto:desk@example.org")});
    CHECK(kinds(QualityChecks::checkSegment(QStringLiteral("b7"), QStringLiteral("He said «no»."),
                                            QStringLiteral("Նա ասաց «ոչ։"), hy))
          == QStringList {QStringLiteral("unbalanced-quotes:«»")});
    CHECK(
        kinds(QualityChecks::checkSegment(QStringLiteral("b7"), QStringLiteral("Он сказал «нет»."),
                                          QStringLiteral("He said “no”."), en))
            .isEmpty());
    // Armenian full stop.
    const auto latin
        = QualityChecks::checkSegment(QStringLiteral("b4"), QStringLiteral("The lake is low."),
                                      QStringLiteral("Լիճը ցածր է. Ջուրը քիչ է։"), hy);
    REQUIRE(latin.size() == 1);
    CHECK(latin.first().kind == Warning::Kind::LatinFullStop);
    CHECK(QualityChecks::checkSegment(QStringLiteral("b4"), QStringLiteral("The lake is low."),
                                      QStringLiteral("Լիճը ցածր է։"), hy)
              .isEmpty());
    CHECK(QualityChecks::checkSegment(QStringLiteral("b4"), QStringLiteral("Version 2.5 is out."),
                                      QStringLiteral("Թողարկվել է 2.5 տարբերակը։"), hy)
              .isEmpty()); // a decimal point
}

TEST_CASE("an expert's name spelled as in another script is flagged", "[translation][quality]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("names.sqlite")));
    Article a = load(*db, glaciers);
    auto experts = Storage::ExpertRepository(*db).all();
    auto quotes = Storage::QuoteRepository(*db).all();
    REQUIRE_OK(experts);
    REQUIRE_OK(quotes);
    CHECK(QualityChecks::checkLocale(a, QStringLiteral("en"), *experts, *quotes).isEmpty());
    // Find an expert quoted here and write their Russian spelling into the English text.
    QString russianName;
    QString englishName;
    for (const Block &b : a.sourceTranslation()->blocks) {
        for (const Quote &q : *quotes) {
            if (b.type != BlockType::Quote || q.uid != b.quoteUid)
                continue;
            for (const Expert &e : *experts) {
                if (e.uid == q.expertUid) {
                    russianName = e.names.value(QStringLiteral("ru")).name;
                    englishName = e.names.value(QStringLiteral("en")).name;
                }
            }
        }
    }
    REQUIRE_FALSE(russianName.isEmpty());
    firstParagraph(*a.translation(u"en"))->text
        += QStringLiteral(" As ") + russianName + QStringLiteral(" put it.");
    const auto warnings = QualityChecks::checkLocale(a, QStringLiteral("en"), *experts, *quotes);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().kind == QualityChecks::Warning::Kind::ExpertSpelling);
    CHECK(warnings.first().detail == russianName + QStringLiteral(" → ") + englishName);
}

TEST_CASE("invisible and direction-changing characters are flagged in every locale",
          "[translation][quality]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("hidden.sqlite")));
    Article a = load(*db, glaciers);
    auto experts = Storage::ExpertRepository(*db).all();
    auto quotes = Storage::QuoteRepository(*db).all();
    REQUIRE_OK(experts);
    REQUIRE_OK(quotes);
    // The source locale too: a headline that reads backwards from its second half.
    a.translation(a.sourceLocale)->title += QStringLiteral(" \u202Edaer ot ysae");
    firstParagraph(*a.translation(u"hy"))->text += QStringLiteral(" \u200B");
    const auto source = QualityChecks::checkLocale(a, a.sourceLocale, *experts, *quotes);
    REQUIRE(source.size() == 1);
    CHECK(source.first().kind == QualityChecks::Warning::Kind::HiddenCharacters);
    CHECK(source.first().segment == QLatin1String("title"));
    CHECK(source.first().detail == QLatin1String("U+202E RIGHT-TO-LEFT OVERRIDE"));
    QStringList armenian;
    for (const auto &w : QualityChecks::checkLocale(a, QStringLiteral("hy"), *experts, *quotes)) {
        if (w.kind == QualityChecks::Warning::Kind::HiddenCharacters)
            armenian << w.detail;
    }
    CHECK(armenian == QStringList {QStringLiteral("U+200B ZERO WIDTH SPACE")});
    // Joiners some scripts need are not flagged.
    CHECK(QualityChecks::hiddenCharacters(u"\u200C\u200D").isEmpty());
}

TEST_CASE("merging two records of one expert moves the quotes", "[translation][experts]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("merge.sqlite")));
    Storage::ExpertRepository experts(*db);
    auto all = experts.all();
    REQUIRE_OK(all);
    const Expert keep = all->first();
    Expert duplicate;
    duplicate.uid = QStringLiteral("ffffffff-0000-4000-8000-000000000001");
    duplicate.names.insert(QStringLiteral("de"), {QStringLiteral("X"), {}, {}}); // unknown locale
    CHECK_FALSE(experts.upsert(duplicate).has_value());
    duplicate.names.clear();
    duplicate.names.insert(
        QStringLiteral("en"),
        {QStringLiteral("Duplicate Person"), QStringLiteral("Role"), QStringLiteral("Land")});
    REQUIRE_OK(experts.upsert(duplicate));
    // Give the duplicate one of keep's quotes.
    auto quotes = Storage::QuoteRepository(*db).all();
    REQUIRE_OK(quotes);
    Quote moved;
    for (const Quote &q : *quotes)
        moved = q.expertUid == keep.uid ? q : moved;
    REQUIRE_FALSE(moved.uid.isEmpty());
    moved.expertUid = duplicate.uid;
    REQUIRE_OK(Storage::QuoteRepository(*db).upsert(moved));

    REQUIRE_OK(experts.merge(keep.uid, duplicate.uid));
    auto after = experts.all();
    REQUIRE_OK(after);
    CHECK(after->size() == all->size()); // the duplicate is gone
    const auto quotesAfter = Storage::QuoteRepository(*db).all();
    REQUIRE_OK(quotesAfter);
    for (const Quote &q : *quotesAfter)
        CHECK(q.expertUid != duplicate.uid);
    CHECK_FALSE(experts.merge(keep.uid, keep.uid).has_value());
    CHECK(experts.merge(keep.uid, duplicate.uid).error().code == ErrorCode::NotFound);
}

TEST_CASE("a quote's translations go stale when its original changes, its uses are listed",
          "[translation][quotes]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("quotes.sqlite")));
    Storage::QuoteRepository repo(*db);
    Quote q;
    const auto all = repo.all();
    REQUIRE_OK(all);
    for (const Quote &candidate : *all) {
        const auto uses = repo.usage(candidate.uid);
        REQUIRE_OK(uses);
        if (uses->size() == 1 && uses->first().state == QStringLiteral("published")
            && uses->first().articleUid != QStringLiteral("e1b2f585-c47b-43dc-a622-c82d6e1fb297")
            && candidate.texts.size() == 3)
            q = candidate;
    }
    REQUIRE_FALSE(q.uid.isEmpty());
    for (const QString &locale : q.texts.keys())
        CHECK_FALSE(Segments::quoteStale(q, locale));

    // Use it in a second article too.
    Article other = load(*db, QStringLiteral("e1b2f585-c47b-43dc-a622-c82d6e1fb297"));
    for (Translation &t : other.translations)
        t.blocks.append({QStringLiteral("q-extra"), BlockType::Quote, {}, q.uid});
    save(*db, other);
    auto usage = repo.usage(q.uid);
    REQUIRE_OK(usage);
    CHECK(usage->size() == 2);
    for (const auto &u : *usage)
        CHECK_FALSE(u.liveLocales.isEmpty()); // both are published: pages that show it

    // The original changes (a correction after checking with the expert).
    Quote corrected = q;
    corrected.texts[q.spokenLocale] += QStringLiteral(" (corrected)");
    Segments::stampQuote(&q, corrected);
    REQUIRE_OK(repo.upsert(corrected));
    Quote stored;
    const auto reread = repo.all();
    REQUIRE_OK(reread);
    for (const Quote &candidate : *reread)
        stored = candidate.uid == q.uid ? candidate : stored;
    for (const QString &locale : stored.texts.keys())
        CHECK(Segments::quoteStale(stored, locale) == (locale != stored.spokenLocale));
}

TEST_CASE("byline-cli translations, segment-done, experts and quotes", "[translation][cli]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("cli.sqlite"));
    {
        auto db = Test::openDemoStore(path);
        Article a = load(*db, glaciers);
        firstParagraph(*a.translation(u"ru"))->text += QStringLiteral(" Ещё 42 ледника.");
        save(*db, a);
    }
    const QStringList db {QStringLiteral("--db"), path};
    auto json = Test::runCli(
        db + QStringList {QStringLiteral("translations"), glaciers, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray locales = doc.value(QStringLiteral("locales")).toArray();
    REQUIRE(locales.size() == 3);
    QString staleKey;
    for (const QJsonValue &l : locales) {
        const QJsonObject o = l.toObject();
        const bool source = o.value(QStringLiteral("locale")).toString() == QStringLiteral("ru");
        CHECK(o.value(QStringLiteral("stale")).toInt() == (source ? 0 : 1));
        for (const QJsonValue &s : o.value(QStringLiteral("segments")).toArray()) {
            if (s.toObject().value(QStringLiteral("state")).toString() == QStringLiteral("stale")) {
                staleKey = s.toObject().value(QStringLiteral("segment")).toString();
                CHECK_FALSE(
                    s.toObject().value(QStringLiteral("previous_source")).toString().isEmpty());
            }
        }
        if (!source) {
            bool numberWarning = false;
            for (const QJsonValue &w : o.value(QStringLiteral("warnings")).toArray())
                numberWarning = numberWarning
                    || w.toObject().value(QStringLiteral("detail")).toString()
                        == QStringLiteral("42");
            CHECK(numberWarning);
        }
    }
    REQUIRE(staleKey.startsWith(QStringLiteral("block:")));
    auto text = Test::runCli(db
                             + QStringList {QStringLiteral("translations"), glaciers,
                                            QStringLiteral("--locale"), QStringLiteral("hy")});
    CHECK(text.out.contains(QStringLiteral("stale  ") + staleKey));
    CHECK(text.out.contains(QStringLiteral("{+Ещё 42 ледника.+}")));

    // Only translators into the locale (and editors) confirm a segment.
    auto wrongLocale = Test::runCli(
        db
        + QStringList {QStringLiteral("segment-done"), glaciers, QStringLiteral("hy"), staleKey,
                       QStringLiteral("--as"), QStringLiteral("olga.smirnova")});
    CHECK(wrongLocale.exitCode == 3);
    auto done = Test::runCli(db
                             + QStringList {QStringLiteral("segment-done"), glaciers,
                                            QStringLiteral("hy"), staleKey, QStringLiteral("--as"),
                                            QStringLiteral("lena.mkrtchyan")});
    CHECK(done.exitCode == 0);
    auto after = Test::runCli(db
                              + QStringList {QStringLiteral("translations"), glaciers,
                                             QStringLiteral("--locale"), QStringLiteral("hy")});
    CHECK(after.out.contains(QStringLiteral("stale 0")));

    // Experts are found by any spelling, ё or е alike.
    auto byArmenian
        = Test::runCli(db
                       + QStringList {QStringLiteral("experts"), QStringLiteral("list"),
                                      QStringLiteral("--search"), QStringLiteral("Մարտիրոսյան")});
    CHECK(byArmenian.exitCode == 0);
    CHECK(byArmenian.out.count(QLatin1Char('\n')) == 1);
    CHECK(byArmenian.out.contains(QStringLiteral("Gayane Martirosyan")));
    auto added
        = Test::runCli(db
                       + QStringList {QStringLiteral("experts"), QStringLiteral("add"),
                                      QStringLiteral("--name"), QStringLiteral("ru=Пётр Ёлкин"),
                                      QStringLiteral("--name"), QStringLiteral("en=Pyotr Yolkin"),
                                      QStringLiteral("--role"), QStringLiteral("en=Forester")});
    REQUIRE(added.exitCode == 0);
    auto folded = Test::runCli(db
                               + QStringList {QStringLiteral("experts"), QStringLiteral("list"),
                                              QStringLiteral("--search"), QStringLiteral("елкин")});
    CHECK(folded.out.contains(QStringLiteral("Pyotr Yolkin")));
    auto badLocale
        = Test::runCli(db
                       + QStringList {QStringLiteral("experts"), QStringLiteral("add"),
                                      QStringLiteral("--name"), QStringLiteral("de=Peter")});
    CHECK(badLocale.exitCode == 2);
    const QString newUid
        = added.out.section(QLatin1Char(' '), 2, 2).remove(QLatin1Char('.')).trimmed();
    auto journalistMerges
        = Test::runCli(db
                       + QStringList {QStringLiteral("experts"), QStringLiteral("merge"), newUid,
                                      newUid, QStringLiteral("--as"), QStringLiteral("tom.reid")});
    CHECK(journalistMerges.exitCode == 3);

    auto quotes = Test::runCli(
        db
        + QStringList {QStringLiteral("quotes"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(quotes.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(quotes.out.toUtf8()).array();
    CHECK(list.size() >= 17);
    CHECK(list.first().toObject().contains(QStringLiteral("used_in")));
}

namespace {

Article twoSided()
{
    Article a;
    a.uid = QStringLiteral("a");
    a.sourceLocale = QStringLiteral("en");
    a.version = 4;
    Translation en;
    en.locale = QStringLiteral("en");
    en.title = QStringLiteral("Title");
    en.lead = QStringLiteral("Lead");
    en.blocks = {{QStringLiteral("b1"), BlockType::Paragraph, QStringLiteral("One."), {}},
                 {QStringLiteral("b2"), BlockType::Paragraph, QStringLiteral("Two."), {}},
                 {QStringLiteral("b3"), BlockType::Paragraph, QStringLiteral("Three."), {}}};
    a.translations = {en};
    return a;
}

} // namespace

TEST_CASE("merging by block: the differences, and any mix of mine and theirs",
          "[translations][merge]")
{
    using BlockMerge::Part;
    const Article base = twoSided();
    Article mine = base;
    Article theirs = base;
    theirs.version = 5;
    // I changed the title and block 1, added b4 after b2, removed b3 and added Armenian.
    mine.translation(u"en")->title = QStringLiteral("My title");
    mine.translation(u"en")->blocks[0].text = QStringLiteral("One, mine.");
    mine.translation(u"en")->blocks.insert(
        2, {QStringLiteral("b4"), BlockType::Heading, QStringLiteral("Mine new"), {}});
    mine.translation(u"en")->blocks.removeIf([](const Block &b) { return b.id == u"b3"; });
    Translation hy;
    hy.locale = QStringLiteral("hy");
    hy.title = QStringLiteral("Վերնագիր");
    mine.translations.append(hy);
    // They changed the lead and block 2.
    theirs.translation(u"en")->lead = QStringLiteral("Their lead");
    theirs.translation(u"en")->blocks[1].text = QStringLiteral("Two, theirs.");

    const QList<Part> diff = BlockMerge::differences(mine, theirs);
    const QList<Part> expected = {
        {QStringLiteral("en"), QStringLiteral("title")},
        {QStringLiteral("en"), QStringLiteral("lead")},
        {QStringLiteral("en"), QStringLiteral("block:b1")},
        {QStringLiteral("en"), QStringLiteral("block:b2")},
        {QStringLiteral("en"), QStringLiteral("block:b4")},
        {QStringLiteral("en"), QStringLiteral("block:b3")},
        {QStringLiteral("hy"), QStringLiteral("translation")},
    };
    CHECK(diff == expected);

    SECTION("nothing from mine is theirs exactly")
    {
        CHECK(BlockMerge::merge(mine, theirs, {}) == theirs);
    }
    SECTION("everything from mine is mine's text on their version")
    {
        Article all = BlockMerge::merge(mine, theirs, diff);
        CHECK(all.version == 5);
        all.version = mine.version;
        CHECK(all.translations == mine.translations);
    }
    SECTION("a mix: my title, my new block in its place, their lead and block 2, b3 kept")
    {
        const Article mixed
            = BlockMerge::merge(mine, theirs,
                                {{QStringLiteral("en"), QStringLiteral("title")},
                                 {QStringLiteral("en"), QStringLiteral("block:b4")}});
        const Translation *en = mixed.translation(u"en");
        REQUIRE(en);
        CHECK(en->title == QStringLiteral("My title"));
        CHECK(en->lead == QStringLiteral("Their lead"));
        QStringList order;
        for (const Block &b : en->blocks)
            order << b.id + QLatin1Char('=') + b.text;
        CHECK(order
              == QStringList {QStringLiteral("b1=One."), QStringLiteral("b2=Two, theirs."),
                              QStringLiteral("b4=Mine new"), QStringLiteral("b3=Three.")});
        CHECK_FALSE(mixed.translation(u"hy"));
    }
    SECTION("my removal of a block, and my new language, when chosen")
    {
        const Article mixed
            = BlockMerge::merge(mine, theirs,
                                {{QStringLiteral("en"), QStringLiteral("block:b3")},
                                 {QStringLiteral("hy"), QStringLiteral("translation")}});
        const Translation *en = mixed.translation(u"en");
        REQUIRE(en);
        CHECK(en->blocks.size() == 2);
        REQUIRE(mixed.translation(u"hy"));
        CHECK(mixed.translation(u"hy")->title == QStringLiteral("Վերնագիր"));
        CHECK(mixed.translations.last().locale == QStringLiteral("hy"));
    }
    SECTION("a new block whose neighbours are gone goes first")
    {
        Article lonely = theirs;
        lonely.translation(u"en")->blocks.clear();
        const Article mixed
            = BlockMerge::merge(mine, lonely, {{QStringLiteral("en"), QStringLiteral("block:b4")}});
        REQUIRE(mixed.translation(u"en")->blocks.size() == 1);
        CHECK(mixed.translation(u"en")->blocks.first().id == QStringLiteral("b4"));
    }
}
