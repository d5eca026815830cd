// The smoke test of the benchmark: a small generated archive, its determinism, its import
// into a store, and a short `byline-bench run`. The 50,000-article run is done by hand.
#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/IntegrityChecker.h"
#include "core/translation/QualityChecks.h"
#include "tests/TestSupport.h"
#include "tests/bench/ArchiveGenerator.h"
#include "tests/bench/Measurements.h"
#include "tests/bench/Report.h"
#include "tests/bench/Vocabulary.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace Byline;
using namespace Byline::Bench;
using Byline::Test::TempDir;

namespace {

ArchiveGenerator generator(int articles, quint64 seed)
{
    auto made = ArchiveGenerator::create(articles, seed);
    REQUIRE_OK(made);
    return std::move(*made);
}

qint64 count(const Storage::Database &db, const char *sql)
{
    auto n = db.scalar(QLatin1String(sql));
    REQUIRE_OK(n);
    return n->toLongLong();
}

// Every word of one locale's text in the archive.
QStringList words(const Interchange::Document &doc, const QString &locale)
{
    static const QRegularExpression word(QStringLiteral(R"(\w+)"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression linkTarget(QStringLiteral(R"(\]\([^)]*\))"));
    QStringList result;
    for (const Article &a : doc.articles) {
        const Translation *t = a.translation(locale);
        REQUIRE(t != nullptr);
        QString text = t->title + QLatin1Char(' ') + t->lead;
        for (const Block &b : t->blocks)
            text += QLatin1Char(' ') + b.text;
        text.replace(linkTarget, QStringLiteral(" "));
        for (auto it = word.globalMatch(text); it.hasNext();)
            result.append(it.next().captured());
    }
    return result;
}

} // namespace

TEST_CASE("The same count and seed give the same archive, byte for byte")
{
    const QByteArray first = generator(30, 7).json();
    CHECK(first == generator(30, 7).json());
    CHECK(first != generator(30, 8).json());
    CHECK(first.startsWith("{\n  \"format\": \"byline/1\""));

    // Any article can be made on its own, as the document has it.
    const ArchiveGenerator gen = generator(30, 7);
    auto whole = Interchange::Importer::parse(gen.json(), {});
    REQUIRE_OK(whole);
    CHECK(gen.article(12) == whole->articles.at(12));
    CHECK(gen.article(12) != gen.article(13));
}

TEST_CASE("A generated archive imports into a store and exports back to the same bytes")
{
    TempDir dir;
    auto db = Test::openStore(dir.path(QStringLiteral("bench.sqlite")));
    const ArchiveGenerator gen = generator(30, 7);
    const QByteArray json = gen.json();
    auto report = Interchange::Importer(*db).importJson(json);
    REQUIRE_OK(report);
    CHECK(report->articles == 30);
    CHECK(report->locales == 3);
    CHECK(report->experts == 3); // about one per 20 articles, at least 3
    CHECK(report->quotes == gen.newsroom().quotes.size());
    CHECK(report->sections == 7);
    CHECK(count(*db, "SELECT count(*) FROM articles") == 30);
    CHECK(count(*db, "SELECT count(*) FROM translations") == 90);
    CHECK(count(*db, "SELECT count(*) FROM expert_names") == 9);
    CHECK(count(*db, "SELECT min(n) FROM (SELECT count(*) n FROM blocks GROUP BY translation_id)")
          >= 5);
    CHECK(count(*db, "SELECT max(n) FROM (SELECT count(*) n FROM blocks GROUP BY translation_id)")
          <= 12);
    CHECK(count(*db, "SELECT count(DISTINCT source_locale) FROM articles") == 3);
    CHECK(count(*db, "SELECT count(DISTINCT status) FROM articles") >= 3);

    auto problems = Storage::IntegrityChecker(*db).run();
    REQUIRE_OK(problems);
    for (const auto &p : *problems)
        FAIL_CHECK(p.text.toStdString());

    auto exported = Interchange::Exporter(*db).exportJson();
    REQUIRE_OK(exported);
    CHECK(*exported == json);

    // Imported in parts (the first carries the newsroom, the others refer to it), as the
    // benchmark does, the store holds the same.
    auto parts = Test::openStore(dir.path(QStringLiteral("parts.sqlite")));
    for (const auto &[first, n] : {std::pair {0, 12}, std::pair {12, 12}, std::pair {24, 12}}) {
        Interchange::Importer importer(*parts);
        importer.setShippedBy(QStringLiteral("the generated archive"));
        auto imported = importer.importJson(gen.json(first, n, first == 0));
        REQUIRE_OK(imported);
        CHECK(imported->articles == qMin(n, 30 - first));
    }
    auto again = Interchange::Exporter(*parts).exportJson();
    REQUIRE_OK(again);
    CHECK(*again == json);
}

TEST_CASE("Generated text has the scripts and word frequencies of a real archive")
{
    auto doc = Interchange::Importer::parse(generator(60, 3).json(), {});
    REQUIRE_OK(doc);
    const QStringList ru = words(*doc, QStringLiteral("ru"));
    const QStringList en = words(*doc, QStringLiteral("en"));
    const QStringList hy = words(*doc, QStringLiteral("hy"));
    const QString all[]
        = {ru.join(QLatin1Char(' ')), en.join(QLatin1Char(' ')), hy.join(QLatin1Char(' '))};
    CHECK(all[0].contains(QChar(0x0451))); // ё
    CHECK(all[2].contains(QChar(0x0587))); // և
    CHECK(all[2].contains(QRegularExpression(QStringLiteral("[\\x{0531}-\\x{0556}]")))); // capitals
    CHECK_FALSE(all[0].contains(QRegularExpression(QStringLiteral("[a-zA-Z\\x{0531}-\\x{0587}]"))));
    CHECK_FALSE(all[1].contains(
        QRegularExpression(QStringLiteral("[\\x{0400}-\\x{04ff}\\x{0531}-\\x{0587}]"))));
    CHECK_FALSE(all[2].contains(QRegularExpression(QStringLiteral("[a-zA-Z\\x{0400}-\\x{04ff}]"))));

    for (const QStringList *list : {&ru, &en, &hy}) {
        QHash<QString, int> frequency;
        qsizetype letters = 0;
        for (const QString &w : *list) {
            ++frequency[w.toLower()];
            letters += w.size();
        }
        int top = 0;
        int once = 0;
        for (int n : std::as_const(frequency)) {
            top = qMax(top, n);
            once += n == 1 ? 1 : 0;
        }
        INFO("words: " << list->size() << ", distinct: " << frequency.size());
        CHECK(list->size() > 60 * 200); // a few hundred words per translation
        CHECK(top > list->size() / 40); // a very common word (Zipf's head)...
        CHECK(once > frequency.size() / 3); // ...and a long tail of rare ones
        const double meanLength = double(letters) / double(list->size());
        CHECK(meanLength > 3.5);
        CHECK(meanLength < 7.5);
    }
}

TEST_CASE("Translations keep their source's numbers, links and expert names")
{
    // What `byline-cli check` warns about would otherwise flood its output for an archive.
    auto doc = Interchange::Importer::parse(generator(40, 5).json(), {});
    REQUIRE_OK(doc);
    int numbers = 0;
    int links = 0;
    for (const Article &a : std::as_const(doc->articles)) {
        for (const Block &b : a.sourceTranslation()->blocks) {
            numbers += b.text.contains(QRegularExpression(QStringLiteral("\\d"))) ? 1 : 0;
            links += b.text.contains(QStringLiteral("](https://")) ? 1 : 0;
        }
        for (const Translation &t : std::as_const(a.translations)) {
            const auto warnings
                = QualityChecks::checkLocale(a, t.locale, doc->experts, doc->quotes);
            for (const auto &w : warnings) {
                FAIL_CHECK(a.uid.toStdString()
                           << " " << t.locale.toStdString() << " " << w.segment.toStdString()
                           << ": " << w.detail.toStdString());
            }
        }
    }
    CHECK(numbers > 40); // there is something to keep
    CHECK(links > 3);
}

TEST_CASE("Slugs are transliterated into Latin letters")
{
    CHECK(Vocabulary::slug(QStringLiteral("Water in the Mountains")) == u"water-in-the-mountains");
    CHECK(Vocabulary::slug(QString::fromUtf8("Ледники отступают, всё ещё"))
          == u"ledniki-otstupayut-vsyo-eshchyo");
    CHECK(Vocabulary::slug(QString::fromUtf8("Սևանի ջուրը")) == u"syevani-jury");
    CHECK(Vocabulary::slug(QString::fromUtf8("Կարևոր որոշում")) == u"karyevor-oroshum");
}

TEST_CASE("Percentiles are nearest-rank")
{
    CHECK(Measurements::percentile({}, 95) == 0);
    QList<double> values;
    for (int i = 100; i >= 1; --i)
        values.append(i);
    CHECK(Measurements::percentile(values, 95) == 95);
    CHECK(Measurements::percentile(values, 50) == 50);
    CHECK(Measurements::percentile(values, 100) == 100);
    CHECK(Measurements::percentile({7}, 95) == 7);
}

TEST_CASE("byline-cli imports a generated archive and its check passes")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("archive.json"));
    Test::writeFile(file, generator(30, 11).json());
    const QString store = dir.path(QStringLiteral("cli.sqlite"));
    REQUIRE(Test::runCli({QStringLiteral("--db"), store, QStringLiteral("init")}).exitCode == 0);
    const auto imported
        = Test::runCli({QStringLiteral("--db"), store, QStringLiteral("import"), file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Imported 30 new")));
    const auto checked = Test::runCli({QStringLiteral("--db"), store, QStringLiteral("check")});
    INFO(checked.out.toStdString() << checked.err.toStdString());
    CHECK(checked.exitCode == 0);
}

TEST_CASE("byline-bench run measures a small archive and prints the table")
{
    TempDir dir;
    QProcess bench;
    bench.start(QStringLiteral(BYLINE_BENCH),
                {QStringLiteral("run"), QStringLiteral("--articles"), QStringLiteral("200"),
                 QStringLiteral("--search-queries"), QStringLiteral("3"),
                 QStringLiteral("--workdir"), dir.path(QStringLiteral("run"))});
    REQUIRE(bench.waitForFinished(120000));
    const QString out = QString::fromUtf8(bench.readAllStandardOutput());
    INFO(out.toStdString() << QString::fromUtf8(bench.readAllStandardError()).toStdString());
    REQUIRE(bench.exitStatus() == QProcess::NormalExit);
    CHECK(bench.exitCode() == 0);
    for (const char *row :
         {"| Import |", "| Article list: first rows after opening |",
          "| Resident memory with the list open |", "| Save (small edit) |",
          "| Full export (byline/1 JSON) |", "| Search, selective words (top 50 with snippets) |",
          "| Search, any query (common words, prefixes) |", "### Search", "| rare words | 3 ",
          "| prefixes, 2 letters | 3 "}) {
        CHECK(out.contains(QLatin1String(row)));
    }
    CHECK(out.contains(QStringLiteral("(600 in "))); // 200 articles x 3 locales imported
    CHECK(out.contains(QStringLiteral("200 saves")));

    // A wrong option is a usage error, not a run.
    QProcess wrong;
    wrong.start(QStringLiteral(BYLINE_BENCH),
                {QStringLiteral("run"), QStringLiteral("--articels"), QStringLiteral("5")});
    REQUIRE(wrong.waitForFinished(10000));
    CHECK(wrong.exitCode() == 2);
}
