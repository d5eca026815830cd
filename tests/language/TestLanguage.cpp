// The language editor's rules (tests/language/TextChecks.h) over Byline's own words: the
// interface translations, the site strings a newsroom starts with, and the demo newsroom.
// First the checks themselves, each failing on a bad sample and passing the good one.
#include "tests/language/LanguageSources.h"
#include "tests/language/TextChecks.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <algorithm>

using namespace Byline::Test;
using namespace Byline::Test::TextChecks;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

// Messages that are set into another sentence (in brackets), so they end without ։.
const QStringList fragments = {
    QStringLiteral("the file is shorter than the database it should hold; was it cut off while "
                   "copying?"),
};

// Every rule broken in `texts`, one failure each: the file, the place, the rule, the words.
void requireClean(const QList<LanguageSources::Text> &texts, qsizetype atLeast)
{
    // A path that moved would otherwise check nothing and pass.
    REQUIRE(texts.size() >= atLeast);
    int problems = 0;
    for (const LanguageSources::Text &t : texts) {
        const bool fragment = std::any_of(fragments.cbegin(), fragments.cend(), [&](const auto &f) {
            return t.where.contains(QLatin1Char('"') + f.left(60));
        });
        const Kind kind = t.headline ? Kind::Headline : fragment ? Kind::Fragment : Kind::Prose;
        for (const Problem &p : check(t.text, t.locale, kind)) {
            ++problems;
            FAIL_CHECK(str(t.where) << " [" << str(t.locale) << "]: " << str(p.rule) << ": «"
                                    << str(p.excerpt) << "»");
        }
    }
    CHECK(problems == 0);
}

const QString sourceDir = QStringLiteral(BYLINE_SOURCE_DIR);

} // namespace

TEST_CASE("the checker finds words that mix scripts", "[language][checks]")
{
    // A Latin c and a Latin o in Russian words, a Cyrillic а in an Armenian one.
    CHECK(mixedScriptWords(QStringLiteral("Cтатья сохранена в хранилище"))
          == QStringList {QStringLiteral("Cтатья")});
    CHECK(mixedScriptWords(QStringLiteral("Нет дocтупа"))
          == QStringList {QStringLiteral("дocтупа")});
    CHECK(mixedScriptWords(QStringLiteral("Հոդвածը պահպանված է։"))
          == QStringList {QStringLiteral("Հոդвածը")});
    CHECK(mixedScriptWords(QStringLiteral("Byline-ը պահպանեց")).isEmpty());
    CHECK(mixedScriptWords(QStringLiteral("%1-ը, %nмин, {n}ժամ")).isEmpty());
    CHECK(mixedScriptWords(QStringLiteral("URL-ա&նուն, Со&хранить, <b>Byline</b>ը")).isEmpty());
    CHECK(mixedScriptWords(QStringLiteral("см. https://example.org/путь")).isEmpty());
    CHECK(mixedScriptWords(QStringLiteral("iВкладка")) == QStringList {QStringLiteral("iВкладка")});
    CHECK(mixedScriptWords(QStringLiteral("iВкладка"), QStringList {QStringLiteral("iВкладка")})
              .isEmpty());
}

TEST_CASE("the checker finds Latin punctuation after Armenian words", "[language][checks]")
{
    CHECK(latinPunctuationInArmenian(QStringLiteral("Ոչինչ չփոխվեց. ստուգեք")).size() == 1);
    CHECK(latinPunctuationInArmenian(QStringLiteral("Հոդվածը պահպանված է.")).size() == 1);
    CHECK(latinPunctuationInArmenian(QStringLiteral("(սերվեր՞). %2")).size() == 1);
    CHECK(latinPunctuationInArmenian(QStringLiteral("Ո՞վ եք դուք?")).size() == 1);
    CHECK(latinPunctuationInArmenian(QStringLiteral("Զգուշացե՜ք!")).size() == 1);
    CHECK(latinPunctuationInArmenian(QStringLiteral("Կարգավիճակ: %1")).size() == 1);
    CHECK(latinPunctuationInArmenian(QStringLiteral("&Լեզու:")).size() == 1);
    // After a placeholder or a bracket too, where the Armenian text goes on or a sentence ends.
    CHECK(latinPunctuationInArmenian(QStringLiteral("(սխեմա %2. այս ծրագիրը)")).size() == 1);
    CHECK(latinPunctuationInArmenian(QStringLiteral("(տե՛ս README). Byline-ը չի կարող")).size()
          == 1);
    CHECK(latinPunctuationInArmenian(QStringLiteral("Ստուգեք %1.")).size() == 1);
    CHECK(latinPunctuationInArmenian(QStringLiteral("--name %1=... կամ …")).isEmpty());
    CHECK(latinPunctuationInArmenian(QStringLiteral("Ոչինչ չփոխվեց․ ստուգեք")).isEmpty());
    CHECK(latinPunctuationInArmenian(QStringLiteral("Ո՞վ եք դուք։")).isEmpty());
    CHECK(latinPunctuationInArmenian(QStringLiteral("Կարգավիճակ՝ %1")).isEmpty());
    CHECK(latinPunctuationInArmenian(QStringLiteral("2026 թ. նոյեմբեր")).isEmpty());
    CHECK(latinPunctuationInArmenian(QStringLiteral("ժամը 10:00-ին, https://example.am:8080"))
              .isEmpty());
    CHECK(latinPunctuationInArmenian(QStringLiteral("%1: %2. Ok? Yes!")).isEmpty());
}

TEST_CASE("the checker finds an Armenian question without its closing ։", "[language][checks]")
{
    CHECK(armenianQuestionsWithoutStop(QStringLiteral("Ի՞նչ եք փնտրում")).size() == 1);
    CHECK(armenianQuestionsWithoutStop(QStringLiteral("Պահպանված չեն։ Փակե՞լ առանց պահպանելու"))
              .size()
          == 1);
    CHECK(armenianQuestionsWithoutStop(QStringLiteral("Ի՞նչ եք փնտրում։")).isEmpty());
    CHECK(armenianQuestionsWithoutStop(
              QStringLiteral("Ֆայլը կարճ է (գուցե այն կտրվե՞լ է պատճենելիս)։ Ոչինչ չփոխվեց։"))
              .isEmpty());
    CHECK(armenianQuestionsWithoutStop(QStringLiteral("Հոդվածի կարգավիճակը")).isEmpty());
}

TEST_CASE("the checker finds straight quotes in prose", "[language][checks]")
{
    CHECK(straightQuotes(QStringLiteral("Раздел \"Интервью\" пуст")).size() == 2);
    CHECK(straightQuotes(QStringLiteral("Բաժինը \"Հարցազրույցներ\"")).size() == 2);
    CHECK(straightQuotes(QStringLiteral("Раздел «Интервью» пуст")).isEmpty());
    CHECK(straightQuotes(QStringLiteral("например --at \"2026-12-01 09:00\" или --name "
                                        "en=\"Anna Petrosyan\""))
              .isEmpty());
    CHECK(straightQuotes(QStringLiteral("ожидался объект с \"format\": \"byline/1\"")).isEmpty());
    CHECK(straightQuotes(QStringLiteral("<a href=\"https://example.org\">ссылка</a>")).isEmpty());
    CHECK(straightQuotes(QStringLiteral("прямые кавычки \"…\" вместо «…»")).isEmpty());
}

TEST_CASE("the checker finds ordinary spaces before units and dashes", "[language][checks]")
{
    CHECK(breakingSpaces(QStringLiteral("через 72 часа")).size() == 1);
    CHECK(breakingSpaces(QStringLiteral("%n мин")).size() == 1);
    CHECK(breakingSpaces(QStringLiteral("%1 ч %2 мин")).size() == 2);
    CHECK(breakingSpaces(QStringLiteral("в %4 с; копия")).size() == 1);
    CHECK(breakingSpaces(QStringLiteral("{n} րոպե ընթերցանություն")).size() == 1);
    CHECK(breakingSpaces(QStringLiteral("2026 թ. նոյեմբեր")).size() == 1);
    CHECK(breakingSpaces(QStringLiteral("%3 МБ, %2 ՄԲ")).size() == 2);
    CHECK(breakingSpaces(QStringLiteral("%4 վ-ում, 5 վրկ")).size() == 2);
    CHECK(breakingSpaces(QStringLiteral("Сначала — мосты")).size() == 1);
    CHECK(breakingSpaces(QStringLiteral("Newsroom server %1 — signed in")).size() == 1);
    CHECK(breakingSpaces(QStringLiteral("%1 – %2")).size() == 1);
    CHECK(
        breakingSpaces(QStringLiteral("через 72\u00a0часа, %n\u00a0мин, 2026\u00a0թ.")).isEmpty());
    CHECK(breakingSpaces(QStringLiteral("Сначала\u00a0— мосты")).isEmpty());
    // Counted things are not units; «с» before a word is the preposition.
    CHECK(breakingSpaces(QStringLiteral("%n статей, 3 эксперта, слияние %1 с %2")).isEmpty());
    CHECK(breakingSpaces(QStringLiteral("5 минуток, 3 օրինակ, 12 годовых")).isEmpty());
    CHECK(breakingSpaces(QStringLiteral("%1 %2, %n %")).size() == 1);
}

TEST_CASE("the checker finds the Armenian article -ը before a vowel", "[language][checks]")
{
    CHECK(armenianArticleBeforeVowel(QStringLiteral("Դարձնե՞լ տեքստը ընթացիկ")).size() == 1);
    CHECK(armenianArticleBeforeVowel(QStringLiteral("Byline-ը այս համակարգչում")).size() == 1);
    CHECK(armenianArticleBeforeVowel(QStringLiteral("մասը ոռոգվում է, ժամը Օրեգոնում")).size()
          == 2);
    CHECK(armenianArticleBeforeVowel(QStringLiteral("գետերն ու դաշտերը")).isEmpty());
    CHECK(armenianArticleBeforeVowel(QStringLiteral("Դարձնե՞լ տեքստն ընթացիկ")).isEmpty());
    CHECK(armenianArticleBeforeVowel(QStringLiteral("տեքստը, ընթացիկը և հինը")).isEmpty());
}

TEST_CASE("the checker finds a menu's accelerators given twice", "[language][checks]")
{
    CHECK(accelerator(QStringLiteral("U&npublish")) == QLatin1Char('n'));
    CHECK(accelerator(QStringLiteral("Save && &Close")) == QLatin1Char('c'));
    CHECK(accelerator(QStringLiteral("Опу&бликовать")) == QChar(0x0431));
    CHECK(accelerator(QStringLiteral("Tom && Jerry")).isNull());
    const auto clashes = acceleratorClashes(
        {QStringLiteral("&New article…"), QStringLiteral("&Open"), QStringLiteral("U&npublish")});
    REQUIRE(clashes.size() == 1);
    CHECK(clashes.front().key == QLatin1Char('n'));
    CHECK(clashes.front().first == QStringLiteral("&New article…"));
    CHECK(clashes.front().second == QStringLiteral("U&npublish"));
    // Case does not matter, and Armenian and Cyrillic letters have case too.
    CHECK(acceleratorClashes({QStringLiteral("&Հրապարակել"), QStringLiteral("Ետ &հանել")}).size()
          == 1);
    CHECK(acceleratorClashes({QStringLiteral("&New"), QStringLiteral("U&npublish"),
                              QStringLiteral("&Publish"), QStringLiteral("S&pike")})
              .size()
          == 2);
    CHECK(acceleratorClashes({QStringLiteral("&New"), QStringLiteral("&Unpublish")}).isEmpty());
}

TEST_CASE("the check reports a bad text with its rule and words", "[language][checks]")
{
    const auto problems
        = check(QStringLiteral("Ոչինչ չի փոխվել. Հոդվածը \"նոր\" է, 5 րոպե"), QStringLiteral("hy"));
    QStringList rules;
    for (const Problem &p : problems)
        rules.append(p.rule);
    CHECK(rules.filter(QStringLiteral("Latin punctuation")).size() == 1);
    CHECK(rules.filter(QStringLiteral("straight quotes")).size() == 2);
    CHECK(rules.filter(QStringLiteral("ordinary space")).size() == 1);
    // English keeps its straight quotes and Latin stops; its dashes still need U+00A0.
    CHECK(
        check(QStringLiteral("Open \"Settings\". It took 5 min."), QStringLiteral("en")).isEmpty());
    CHECK(check(QStringLiteral("Server %1 — signed in"), QStringLiteral("en")).size() == 1);
    // A headline or a fragment set into another sentence asks without ending the sentence.
    const QString question = QStringLiteral("Սառցադաշտերը նահանջում են\u00a0— ի՞նչ կլինի ջրի հետ");
    CHECK(check(question, QStringLiteral("hy")).size() == 1);
    CHECK(check(question, QStringLiteral("hy"), Kind::Headline).isEmpty());
    CHECK(check(question, QStringLiteral("hy"), Kind::Fragment).isEmpty());
}

TEST_CASE("the Russian and Armenian interface follows the language rules",
          "[language][translations]")
{
    for (const char *lang : {"ru", "hy"}) {
        const QString file = QStringLiteral("translations/byline_%1.ts").arg(QLatin1String(lang));
        INFO(str(file));
        const auto texts = LanguageSources::translations(sourceDir + QLatin1Char('/') + file, file);
        for (const auto &t : texts)
            REQUIRE(t.locale == QLatin1String(lang));
        requireClean(texts, 1000);
    }
}

TEST_CASE("the English interface follows the language rules", "[language][translations]")
{
    const QString ru = QStringLiteral("translations/byline_ru.ts");
    requireClean(LanguageSources::sources(sourceDir + QLatin1Char('/') + ru, ru), 1000);
    const QString en = QStringLiteral("translations/byline_en.ts");
    requireClean(LanguageSources::translations(sourceDir + QLatin1Char('/') + en, en), 10);
}

TEST_CASE("the site strings a newsroom starts with follow the language rules", "[language][site]")
{
    const QString file = QStringLiteral("resources/defaults.json");
    const auto texts = LanguageSources::jsonTexts(sourceDir + QLatin1Char('/') + file, file);
    for (const char *lang : {"ru", "en", "hy"}) {
        CHECK(std::count_if(texts.cbegin(), texts.cend(),
                            [&](const auto &t) { return t.locale == QLatin1String(lang); })
              >= 20);
    }
    requireClean(texts, 60);
}

TEST_CASE("the demo newsroom follows the language rules", "[language][demo]")
{
    const QString file = QStringLiteral("resources/demo/newsroom.json");
    const auto texts = LanguageSources::jsonTexts(sourceDir + QLatin1Char('/') + file, file);
    // The quotes' sources are in the language spoken: a Russian quote's source under "hy" is
    // Russian.
    const auto spoken = std::find_if(texts.cbegin(), texts.cend(), [](const auto &t) {
        return t.where.contains(QStringLiteral("quotes[0].sources.hy"));
    });
    REQUIRE(spoken != texts.cend());
    CHECK(spoken->locale == QStringLiteral("ru"));
    requireClean(texts, 500);
}
