// The smoke test of the benchmark: a small generated archive, its determinism, its import
// into a store, and a short `byline-bench run`; the concurrent writers and their check, on
// both engines. The 50,000-article run is done by hand. The tests of the generator and of the
// SQLite run are tagged [sqlite]: they do not depend on the engine under test (ctest runs the
// others again on the test server, tests/CMakeLists.txt).
#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/IntegrityChecker.h"
#include "core/storage/ServerAddress.h"
#include "core/translation/QualityChecks.h"
#include "tests/TestSupport.h"
#include "tests/bench/ArchiveGenerator.h"
#include "tests/bench/BenchStore.h"
#include "tests/bench/ConcurrentWriters.h"
#include "tests/bench/Measurements.h"
#include "tests/bench/Report.h"
#include "tests/bench/Vocabulary.h"
#include "tests/bench/Writer.h"
#include "tests/bench/WriterCheck.h"
#include "tests/bench/WriterLog.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
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

TEST_CASE("The same count and seed give the same archive, byte for byte", "[sqlite]")
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
    CHECK(count(*db,
                "SELECT min(n) FROM (SELECT count(*) n FROM blocks GROUP BY translation_id) AS "
                "per_translation")
          >= 5);
    CHECK(count(*db,
                "SELECT max(n) FROM (SELECT count(*) n FROM blocks GROUP BY translation_id) AS "
                "per_translation")
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

TEST_CASE("Generated text has the scripts and word frequencies of a real archive", "[sqlite]")
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

TEST_CASE("Translations keep their source's numbers, links and expert names", "[sqlite]")
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

TEST_CASE("Slugs are transliterated into Latin letters", "[sqlite]")
{
    CHECK(Vocabulary::slug(QStringLiteral("Water in the Mountains")) == u"water-in-the-mountains");
    CHECK(Vocabulary::slug(QString::fromUtf8("Ледники отступают, всё ещё"))
          == u"ledniki-otstupayut-vsyo-eshchyo");
    CHECK(Vocabulary::slug(QString::fromUtf8("Սևանի ջուրը")) == u"syevani-jury");
    CHECK(Vocabulary::slug(QString::fromUtf8("Կարևոր որոշում")) == u"karyevor-oroshum");
}

TEST_CASE("Percentiles are nearest-rank", "[sqlite]")
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

TEST_CASE("byline-cli imports a generated archive and its check passes", "[sqlite]")
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

TEST_CASE("byline-bench run measures a small archive and prints the table", "[sqlite]")
{
    TempDir dir;
    QProcess bench;
    bench.start(
        QStringLiteral(BYLINE_BENCH),
        {QStringLiteral("run"), QStringLiteral("--articles"), QStringLiteral("200"),
         QStringLiteral("--search-queries"), QStringLiteral("3"), QStringLiteral("--live-saves"),
         QStringLiteral("10"), QStringLiteral("--presence-rounds"), QStringLiteral("1"),
         QStringLiteral("--writers"), QStringLiteral("2"), QStringLiteral("--writers-seconds"),
         QStringLiteral("2"), QStringLiteral("--workdir"), dir.path(QStringLiteral("run"))});
    REQUIRE(bench.waitForFinished(120000));
    const QString out = QString::fromUtf8(bench.readAllStandardOutput());
    INFO(out.toStdString() << QString::fromUtf8(bench.readAllStandardError()).toStdString());
    REQUIRE(bench.exitStatus() == QProcess::NormalExit);
    CHECK(bench.exitCode() == 0);
    for (const char *row :
         {"| Import |",
          "| Article list: first rows after opening |",
          "| Resident memory with the list open |",
          "| Save (small edit) |",
          "| Full export (byline/1 JSON) |",
          "| Search, selective words (top 50 with snippets) |",
          "| Search, any query (common words, prefixes) |",
          "### Search",
          "| rare words | 3 ",
          "| prefixes, 2 letters | 3 ",
          "| Concurrent writers: throughput |",
          "| Concurrent writers: save |",
          "| Concurrent writers: conflicts |",
          "| Concurrent writers: refusals (locked/busy) | 0 locked; 0 other errors |",
          "| Concurrent writers: lost acknowledged changes | 0 (of ",
          "### Concurrent writers",
          "## byline-bench: 200 articles, seed 1, SQLite",
          "| A save seen on another desk (commit to its list) |",
          "; 10 saves, 0 not shown within 10 s; the desk looks every 250 ms",
          "| Presence: another desk opening an article, then killed (SIGKILL) |",
          "; 1 rounds, 0 over 10 s | ≤ 10 s | PASS |"}) {
        CHECK(out.contains(QString::fromUtf8(row)));
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

namespace {

// The store of a test (a file, or on the test server a database of its own) as the bench
// reaches it; on the server as its superuser, acting for the newsroom's people.
BenchStore benchStore(const QString &path)
{
    const QString location = Test::storeLocation(path);
    if (!Storage::ServerAddress::isServerUrl(location))
        return BenchStore::file(location);
    auto store = BenchStore::server(location);
    REQUIRE_OK(store);
    return *store;
}

QStringList articleUids(Storage::Database &db)
{
    auto uids = Storage::ArticleRepository(db).uids();
    REQUIRE_OK(uids);
    return *uids;
}

const QString editor = QStringLiteral("samvel.harutyunyan");

} // namespace

TEST_CASE("A writer's log line reads back as written", "[sqlite]")
{
    const WriterLog::Entry entry {
        WriterLog::Kind::Act,          WriterLog::Outcome::Conflict,
        QStringLiteral("uid-1"),       12.5,
        QStringLiteral("bw01n000002"), QStringLiteral("approve\twith a tab\nand a line")};
    auto back = WriterLog::fromLine(WriterLog::toLine(entry));
    REQUIRE_OK(back);
    CHECK(back->kind == entry.kind);
    CHECK(back->outcome == entry.outcome);
    CHECK(back->uid == entry.uid);
    CHECK(back->ms == 12.5);
    CHECK(back->marker == entry.marker);
    CHECK(back->detail == u"approve with a tab and a line");
    CHECK_FALSE(back->acknowledged());
    CHECK_FALSE(WriterLog::fromLine(QStringLiteral("save\tok\tuid")).has_value());
}

TEST_CASE("Two reports side by side: one column per engine, rows by measure", "[sqlite]")
{
    Report sqlite;
    sqlite.setTitle(QStringLiteral("byline-bench: 10 articles, seed 1, SQLite"));
    sqlite.addFact(QStringLiteral("SQLite 3.40.1"));
    sqlite.addRow({QStringLiteral("Save"), QStringLiteral("p95 9.4 ms"),
                   QStringLiteral("p95 ≤ 30 ms"), Report::Verdict::Pass});
    sqlite.addRow({QStringLiteral("Search | any"), QStringLiteral("p95 1 | 2 ms"),
                   QStringLiteral("≤ 150 ms"), Report::Verdict::Miss});
    sqlite.addSection(QStringLiteral("Search"), {QStringLiteral("| kind | p95 |")});
    Report postgres;
    postgres.setTitle(QStringLiteral("byline-bench: 10 articles, seed 1, PostgreSQL"));
    postgres.addRow({QStringLiteral("Save"), QStringLiteral("p95 12.0 ms"),
                     QStringLiteral("p95 ≤ 30 ms"), Report::Verdict::Pass});

    const Report read = Report::fromMarkdown(sqlite.markdown());
    CHECK(read.title() == sqlite.title());
    CHECK(read.facts() == sqlite.facts());
    REQUIRE(read.rows().size() == 2);
    CHECK(read.rows().at(1).measure == u"Search | any");
    CHECK(read.rows().at(1).result == u"p95 1 | 2 ms");
    CHECK(read.rows().at(1).verdict == Report::Verdict::Miss);

    const QString table = Report::sideBySide({read, Report::fromMarkdown(postgres.markdown())});
    INFO(table.toStdString());
    CHECK(table.startsWith(QStringLiteral("| Measure | SQLite | PostgreSQL | Target |\n")));
    CHECK(table.contains(
        QStringLiteral("| Save | p95 9.4 ms **PASS** | p95 12.0 ms **PASS** | p95 ≤ 30 ms |")));
    CHECK(table.contains(
        QStringLiteral("| Search \\| any | p95 1 \\| 2 ms **MISS** | — | ≤ 150 ms |")));
    CHECK(table.contains(QStringLiteral("- SQLite 3.40.1")));
}

TEST_CASE("Concurrent writers: every change the store acknowledged is found in it")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("writers.sqlite"));
    QStringList uids;
    {
        auto db = Test::openDemoStore(path);
        uids = articleUids(*db);
    }
    ConcurrentWriters::Options options;
    options.program = QStringLiteral(BYLINE_BENCH);
    options.folder = dir.path(QStringLiteral("logs"));
    options.people = {editor, editor};
    options.articles = uids.mid(0, 2); // two writers on two articles: they collide
    options.seconds = 2;
    const BenchStore store = benchStore(path);
    auto summary = ConcurrentWriters::run(store, options);
    REQUIRE_OK(summary);
    INFO("failures: " << summary->failures.join(QStringLiteral("; ")).toStdString());
    CHECK(summary->writers == 2);
    CHECK(summary->seconds >= 2);
    CHECK(summary->kinds.value(WriterLog::Kind::Save).count(WriterLog::Outcome::Ok) > 0);
    CHECK(summary->kinds.value(WriterLog::Kind::Comment).count(WriterLog::Outcome::Ok) > 0);
    CHECK(summary->total(WriterLog::Outcome::Failed) == 0);
    CHECK(summary->acknowledged > 10);
    CHECK(summary->check.checked == summary->acknowledged);
    for (const WriterCheck::Lost &l : std::as_const(summary->check.lost))
        FAIL_CHECK(WriterCheck::describe(l).toStdString());

    // The check reads the store: a comment taken away behind the writers' back is reported.
    QList<QList<WriterLog::Entry>> logs;
    WriterLog::Entry comment;
    for (int i = 0; i < 2; ++i) {
        auto log = WriterLog::read(
            QDir(options.folder).filePath(QStringLiteral("writer-%1.log").arg(i)));
        REQUIRE_OK(log);
        logs.append(*log);
        for (const WriterLog::Entry &e : std::as_const(*log)) {
            if (e.kind == WriterLog::Kind::Comment && e.acknowledged())
                comment = e;
        }
    }
    REQUIRE_FALSE(comment.marker.isEmpty());
    {
        auto db = store.open();
        REQUIRE_OK(db);
        REQUIRE_OK((*db)->run(QStringLiteral("DELETE FROM comments WHERE number = ? AND article_id "
                                             "= (SELECT id FROM articles WHERE uid = ?)"),
                              {comment.detail.toInt(), comment.uid}));
    }
    auto again = ConcurrentWriters::summarise(store, logs);
    REQUIRE_OK(again);
    REQUIRE(again->check.lost.size() == 1);
    CHECK(again->check.lost.first().entry.marker == comment.marker);
    CHECK(WriterCheck::describe(again->check.lost.first())
          == QStringLiteral("comment %1 of %2: comment %3 is not there")
                 .arg(comment.marker, comment.uid, comment.detail));
}

TEST_CASE("A save that loses the race is kept as a conflict revision, and the check finds "
          "what goes missing")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("race.sqlite"));
    auto seeded = Test::openDemoStore(path);
    const QString uid = articleUids(*seeded).first();
    const BenchStore store = benchStore(path);
    auto first = store.open();
    auto second = store.open();
    REQUIRE_OK(first);
    REQUIRE_OK(second);
    WriterLog log;
    REQUIRE_OK(log.open(dir.path(QStringLiteral("writers.log"))));
    Writer a(**first, log, {editor, 1, {uid}, 7});
    Writer b(**second, log, {editor, 2, {uid}, 7});
    // While the first writer types, the second saves the same article.
    bool raced = false;
    a.setWhileTyping([&] {
        if (!std::exchange(raced, true))
            REQUIRE_OK(b.save(uid));
    });
    REQUIRE_OK(a.save(uid));
    REQUIRE_OK(a.comment(uid));
    REQUIRE_OK(a.act(uid));

    auto entries = WriterLog::read(dir.path(QStringLiteral("writers.log")));
    REQUIRE_OK(entries);
    std::string lines;
    for (const WriterLog::Entry &e : std::as_const(*entries))
        lines += WriterLog::toLine(e).toStdString() + "\n";
    INFO(lines);
    REQUIRE(entries->size() == 5);
    using O = WriterLog::Outcome;
    CHECK(entries->at(0).outcome == O::Ok); // b's save
    CHECK(entries->at(1).outcome == O::Kept); // a lost: kept as a conflict revision...
    CHECK(entries->at(2).outcome == O::Ok); // ...and typed again into b's version
    CHECK(entries->at(1).marker == entries->at(2).marker);
    CHECK(entries->at(3).kind == WriterLog::Kind::Comment);
    CHECK(entries->at(3).outcome == O::Ok);
    CHECK(entries->at(4).kind == WriterLog::Kind::Act);
    CHECK(entries->at(4).outcome == O::Ok);

    auto check = WriterCheck::run(**first, *entries);
    REQUIRE_OK(check);
    CHECK(check->checked == 5);
    CHECK(check->lost.isEmpty());

    // Now lose each kind of change: b's word overwritten by a save that never saw it, the
    // conflict revision, the comment, the audit entry of the step.
    const QString word = entries->at(0).marker;
    auto stored = Storage::ArticleRepository(**first).find(uid);
    REQUIRE_OK(stored);
    Article overwritten = **stored;
    for (Translation &t : overwritten.translations) {
        t.lead.remove(word + QLatin1Char(' '));
        for (Block &block : t.blocks)
            block.text.remove(word + QLatin1Char(' '));
    }
    REQUIRE_OK(EditService(**first).save(overwritten, editor));
    for (const char *sql :
         {"DELETE FROM revisions WHERE kind = 'conflict' AND article_id = (SELECT id FROM "
          "articles WHERE uid = ?)",
          "DELETE FROM comments WHERE article_id = (SELECT id FROM articles WHERE uid = ?)",
          "DELETE FROM audit WHERE comment LIKE 'Bench step %' AND article_id = (SELECT id FROM "
          "articles WHERE uid = ?)"}) {
        REQUIRE_OK((*first)->run(QLatin1String(sql), {uid}));
    }
    auto damaged = WriterCheck::run(**first, *entries);
    REQUIRE_OK(damaged);
    QStringList said;
    for (const WriterCheck::Lost &l : std::as_const(damaged->lost))
        said.append(WriterCheck::describe(l));
    INFO(said.join(QLatin1Char('\n')).toStdString());
    REQUIRE(damaged->lost.size() == 4);
    CHECK(
        said.at(0).startsWith(QStringLiteral("save %1 of %2: accepted as version").arg(word, uid)));
    CHECK(said.at(0).contains(QStringLiteral("not in the text now (only in revision")));
    CHECK(said.at(1).contains(QStringLiteral("kept as a conflict, in no conflict revision")));
    CHECK(said.at(2).contains(QStringLiteral("is not there")));
    CHECK(said.at(3).contains(QStringLiteral("is not in the audit trail")));
}

TEST_CASE("byline-bench run --engine postgres measures on a server and drops what it made")
{
    if (!Test::onServer()) {
        SUCCEED("runs against the test server (the pg: tests)");
        return;
    }
    TempDir dir;
    QProcess bench;
    bench.start(QStringLiteral(BYLINE_BENCH),
                {QStringLiteral("run"),
                 QStringLiteral("--engine"),
                 QStringLiteral("postgres"),
                 QStringLiteral("--server"),
                 Test::serverUrl(QStringLiteral("postgres")),
                 QStringLiteral("--articles"),
                 QStringLiteral("30"),
                 QStringLiteral("--search-queries"),
                 QStringLiteral("2"),
                 QStringLiteral("--saves"),
                 QStringLiteral("10"),
                 QStringLiteral("--list-runs"),
                 QStringLiteral("1"),
                 QStringLiteral("--live-saves"),
                 QStringLiteral("10"),
                 QStringLiteral("--presence-rounds"),
                 QStringLiteral("1"),
                 QStringLiteral("--writers"),
                 QStringLiteral("2"),
                 QStringLiteral("--writers-seconds"),
                 QStringLiteral("2"),
                 QStringLiteral("--workdir"),
                 dir.path(QStringLiteral("run"))});
    REQUIRE(bench.waitForFinished(240000));
    const QString out = QString::fromUtf8(bench.readAllStandardOutput());
    INFO(out.toStdString() << QString::fromUtf8(bench.readAllStandardError()).toStdString());
    REQUIRE(bench.exitStatus() == QProcess::NormalExit);
    CHECK(bench.exitCode() == 0);
    for (const char *row :
         {"## byline-bench: 30 articles, seed 1, PostgreSQL", "| Import |",
          "| Article list: first rows after opening |", "| Save (small edit) |",
          "| Search, selective words (top 50 with snippets) |",
          "| Concurrent writers: refusals (locked/busy) | 0 locked; 0 other errors |",
          "| Concurrent writers: lost acknowledged changes | 0 (of ", "logged in as themselves",
          "| A save seen on another desk (commit to its list) |",
          "; 10 saves, 0 not shown within 10 s; the server notifies each commit",
          "; 1 rounds, 0 over 10 s | ≤ 10 s | PASS |"}) {
        CHECK(out.contains(QString::fromUtf8(row)));
    }
    CHECK(out.contains(QStringLiteral("(90 in "))); // 30 articles x 3 locales
    // Its database, its logins and its group roles are gone again.
    CHECK(Test::serverExec(QStringLiteral("SELECT count(*) FROM pg_database "
                                          "WHERE datname LIKE 'byline\\_bench\\_%'"))
              .toInt()
          == 0);
    CHECK(Test::serverExec(QStringLiteral("SELECT count(*) FROM pg_roles "
                                          "WHERE rolname LIKE 'bench-%' "
                                          "OR rolname LIKE 'byline\\_bench\\_%'"))
              .toInt()
          == 0);
}

TEST_CASE("byline-bench run --engine postgres starts a server of its own and stops it", "[sqlite]")
{
    if (!QFileInfo::exists(QStringLiteral("/usr/lib/postgresql"))) {
        WARN("PostgreSQL is not installed: nothing to start");
        return;
    }
    TempDir dir;
    const QString work = dir.path(QStringLiteral("run"));
    QProcess bench;
    bench.start(QStringLiteral(BYLINE_BENCH),
                {QStringLiteral("run"),
                 QStringLiteral("--engine"),
                 QStringLiteral("postgres"),
                 QStringLiteral("--articles"),
                 QStringLiteral("10"),
                 QStringLiteral("--search-queries"),
                 QStringLiteral("1"),
                 QStringLiteral("--saves"),
                 QStringLiteral("5"),
                 QStringLiteral("--list-runs"),
                 QStringLiteral("1"),
                 QStringLiteral("--live-saves"),
                 QStringLiteral("2"),
                 QStringLiteral("--presence-rounds"),
                 QStringLiteral("0"),
                 QStringLiteral("--writers"),
                 QStringLiteral("2"),
                 QStringLiteral("--writers-seconds"),
                 QStringLiteral("1"),
                 QStringLiteral("--workdir"),
                 work});
    REQUIRE(bench.waitForStarted());
    // The server is there while the bench runs...
    QString server;
    for (int i = 0; i < 600 && server.isEmpty() && bench.state() == QProcess::Running; ++i) {
        bench.waitForFinished(100);
        server = QFileInfo(work + QStringLiteral("/pg")).symLinkTarget();
    }
    REQUIRE(bench.waitForFinished(240000));
    const QString out = QString::fromUtf8(bench.readAllStandardOutput());
    INFO(out.toStdString() << QString::fromUtf8(bench.readAllStandardError()).toStdString());
    CHECK(bench.exitCode() == 0);
    CHECK(out.contains(QStringLiteral("a server started for the run")));
    CHECK(out.contains(QStringLiteral("| Concurrent writers: lost acknowledged changes | 0 (of ")));
    // ...and gone afterwards, with its folder.
    CHECK_FALSE(server.isEmpty());
    CHECK_FALSE(QFileInfo::exists(work + QStringLiteral("/pg")));
    CHECK_FALSE(QFileInfo::exists(server));
}
