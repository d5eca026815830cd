#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/interchange/Limits.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/UserRepository.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Byline;
using namespace Byline::Interchange;
using Byline::Test::TempDir;

namespace {

QByteArray demoJson()
{
    return Test::readFile(QStringLiteral(BYLINE_SOURCE_DIR "/resources/demo/newsroom.json"));
}

QJsonObject demoObject()
{
    return QJsonDocument::fromJson(demoJson()).object();
}

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

// Applies `edit` to the demo document and returns the error importing it gives.
template<class Edit>
Error importError(Edit edit)
{
    QJsonObject doc = demoObject();
    edit(doc);
    auto parsed = Importer::parse(toBytes(doc), {});
    REQUIRE_FALSE(parsed.has_value());
    CHECK(parsed.error().code == ErrorCode::InvalidInput);
    return parsed.error();
}

QJsonObject firstArticle(const QJsonObject &doc)
{
    return doc.value(QStringLiteral("articles")).toArray().first().toObject();
}

void setFirstArticle(QJsonObject &doc, const QJsonObject &article)
{
    QJsonArray articles = doc.value(QStringLiteral("articles")).toArray();
    articles.replace(0, article);
    doc.insert(QStringLiteral("articles"), articles);
}

// Edits the first article's translations object in place.
template<class Edit>
void editTranslations(QJsonObject &doc, Edit edit)
{
    QJsonObject a = firstArticle(doc);
    QJsonObject t = a.value(QStringLiteral("translations")).toObject();
    edit(t, a);
    a.insert(QStringLiteral("translations"), t);
    setFirstArticle(doc, a);
}

// Edits one locale of the first article.
template<class Edit>
void editTranslation(QJsonObject &doc, const QString &locale, Edit edit)
{
    editTranslations(doc, [&](QJsonObject &t, QJsonObject &) {
        QJsonObject one = t.value(locale).toObject();
        edit(one);
        t.insert(locale, one);
    });
}

} // namespace

TEST_CASE("export, import into an empty store, export gives identical bytes", "[interchange]")
{
    TempDir dir;
    auto first = Test::openDemoStore(dir.path(QStringLiteral("a.sqlite")));
    auto exported = Exporter(*first).exportJson();
    REQUIRE(exported.has_value());
    // The demo file is itself in the canonical form.
    CHECK(*exported == demoJson());

    auto second = Test::openStore(dir.path(QStringLiteral("b.sqlite")));
    auto report = Importer(*second).importJson(*exported);
    REQUIRE(report.has_value());
    CHECK(report->articles == 6);
    auto again = Exporter(*second).exportJson();
    REQUIRE(again.has_value());
    CHECK(*again == *exported);
}

TEST_CASE("a store's own export always imports back, however high its counters went",
          "[interchange][reliability]")
{
    // A version the import took (1,000,000,000) became one more after a save, and the store's
    // own export was then refused as "out of range".
    TempDir dir;
    auto demo = Test::openDemoStore(dir.path(QStringLiteral("demo.sqlite")));
    auto exported = Exporter(*demo).exportJson();
    REQUIRE_OK(exported);
    auto withVersion = [&](qint64 version) {
        QJsonObject doc = QJsonDocument::fromJson(*exported).object();
        QJsonArray articles = doc.value(QStringLiteral("articles")).toArray();
        QJsonObject first = articles.at(0).toObject();
        first.insert(QStringLiteral("version"), version);
        articles.replace(0, first);
        doc.insert(QStringLiteral("articles"), articles);
        return std::pair {first.value(QStringLiteral("uid")).toString(),
                          QJsonDocument(doc).toJson()};
    };
    auto saveOnce = [](Storage::Database &db, const QString &uid) {
        auto found = Storage::ArticleRepository(db).find(uid);
        REQUIRE(found.has_value());
        REQUIRE(found->has_value());
        Article article = **found;
        article.translations.first().lead += QStringLiteral(" (corrected)");
        return EditService(db).save(article, QStringLiteral("samvel.harutyunyan"));
    };

    const auto [uid, high] = withVersion(1000000000);
    auto store = Test::openStore(dir.path(QStringLiteral("high.sqlite")));
    REQUIRE_OK(Importer(*store).importJson(high));
    REQUIRE_OK(saveOnce(*store, uid));
    auto again = Exporter(*store).exportJson();
    REQUIRE_OK(again);
    auto copy = Test::openStore(dir.path(QStringLiteral("copy.sqlite")));
    REQUIRE_OK(Importer(*copy).importJson(*again));

    SECTION("at the most Byline counts, a save is refused and nothing changes")
    {
        const auto [top, highest] = withVersion(Limits::maxCounter);
        auto full = Test::openStore(dir.path(QStringLiteral("full.sqlite")));
        REQUIRE_OK(Importer(*full).importJson(highest));
        auto refused = saveOnce(*full, top);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        auto stored = Storage::ArticleRepository(*full).find(top);
        REQUIRE(stored.has_value());
        CHECK((*stored)->version == Limits::maxCounter);
        auto out = Exporter(*full).exportJson();
        REQUIRE_OK(out);
        auto back = Test::openStore(dir.path(QStringLiteral("back.sqlite")));
        REQUIRE_OK(Importer(*back).importJson(*out));
    }
}

TEST_CASE("a store with revisions and conflicts round-trips too", "[interchange]")
{
    TempDir dir;
    auto first = Test::openDemoStore(dir.path(QStringLiteral("a.sqlite")));
    Storage::ArticleRepository repo(*first);
    auto uids = repo.uids();
    REQUIRE(uids.has_value());
    auto article = repo.find(uids->first());
    REQUIRE(article.has_value());
    Article a = **article;
    Article stale = a;
    a.translations.first().blocks.first().text = QStringLiteral("Edited \"text\" with\nnew lines");
    REQUIRE(repo.save(a, QStringLiteral("tom.reid")).has_value());
    REQUIRE_FALSE(
        repo.save(stale, QStringLiteral("ani.hakobyan")).has_value()); // a conflict revision

    auto exported = Exporter(*first).exportJson();
    REQUIRE(exported.has_value());
    CHECK(exported->contains("\"kind\": \"conflict\""));
    auto second = Test::openStore(dir.path(QStringLiteral("b.sqlite")));
    REQUIRE(Importer(*second).importJson(*exported).has_value());
    CHECK(*Exporter(*second).exportJson() == *exported);
}

TEST_CASE("import upserts by uid and name", "[interchange]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("a.sqlite")));
    QJsonObject doc = demoObject();
    editTranslation(doc, QStringLiteral("ru"), [](QJsonObject &ru) {
        ru.insert(QStringLiteral("title"), QStringLiteral("Новый заголовок"));
    });
    QJsonObject article = firstArticle(doc);
    article.insert(QStringLiteral("version"), article.value(QStringLiteral("version")).toInt() + 1);
    setFirstArticle(doc, article);

    auto report = Test::importAs(*db, toBytes(doc));
    REQUIRE(report.has_value());
    CHECK(report->articles == 0);
    CHECK(report->articlesUpdated == 1);
    CHECK(report->articlesUnchanged == 5);
    CHECK(report->conflicts.isEmpty());
    auto count = Storage::ArticleRepository(*db).count();
    REQUIRE(count.has_value());
    CHECK(*count == 6); // updated, not duplicated
    auto stored
        = Storage::ArticleRepository(*db).find(article.value(QStringLiteral("uid")).toString());
    REQUIRE(stored.has_value());
    REQUIRE(stored->has_value());
    CHECK((*stored)->translation(u"ru")->title == QStringLiteral("Новый заголовок"));
}

TEST_CASE("an invalid document is refused as a whole and names the item and field",
          "[interchange][validation]")
{
    SECTION("malformed JSON gives the line")
    {
        auto parsed = Importer::parse("{\n  \"format\": \"byline/1\",\n  \"locales\": [\n}", {});
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().message.contains(QStringLiteral("line 4")));
    }
    SECTION("not an object")
    {
        auto parsed = Importer::parse("[1, 2]", {});
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().message.contains(QStringLiteral("byline/1")));
    }
    SECTION("another format")
    {
        const Error e = importError(
            [](QJsonObject &d) { d.insert(QStringLiteral("format"), QStringLiteral("byline/9")); });
        CHECK(e.message.contains(QStringLiteral("format")));
    }
    SECTION("an unknown time zone")
    {
        const Error e = importError([](QJsonObject &d) {
            QJsonObject settings = d.value(QStringLiteral("settings")).toObject();
            settings.insert(QStringLiteral("time_zone"), QStringLiteral("Asia/Yerevann"));
            d.insert(QStringLiteral("settings"), settings);
        });
        CHECK(e.message.contains(QStringLiteral("settings.time_zone")));
        CHECK(e.message.contains(QStringLiteral("time zone")));
    }
    SECTION("a wrong type")
    {
        const Error e = importError([](QJsonObject &d) {
            QJsonObject a = firstArticle(d);
            a.insert(QStringLiteral("version"), QStringLiteral("three"));
            setFirstArticle(d, a);
        });
        CHECK(e.message.startsWith(QStringLiteral("articles[0] (uid ")));
        CHECK(e.message.contains(QStringLiteral("version: expected a whole number")));
    }
    SECTION("an unknown locale")
    {
        const Error e = importError([](QJsonObject &d) {
            editTranslations(d, [](QJsonObject &t, QJsonObject &) {
                t.insert(QStringLiteral("de"), t.value(QStringLiteral("en")));
            });
        });
        CHECK(e.message.contains(QStringLiteral("translations.de")));
        CHECK(e.message.contains(QStringLiteral("unknown locale")));
    }
    SECTION("a dangling quote")
    {
        const Error e = importError([](QJsonObject &d) {
            editTranslation(d, QStringLiteral("en"), [](QJsonObject &en) {
                QJsonArray blocks = en.value(QStringLiteral("blocks")).toArray();
                blocks.append(
                    QJsonObject {{QStringLiteral("id"), QStringLiteral("zz")},
                                 {QStringLiteral("type"), QStringLiteral("quote")},
                                 {QStringLiteral("quote"),
                                  QStringLiteral("00000000-0000-4000-8000-000000000000")}});
                en.insert(QStringLiteral("blocks"), blocks);
            });
        });
        CHECK(e.message.contains(QStringLiteral(".quote: no quote with uid")));
    }
    SECTION("a dangling expert")
    {
        const Error e = importError([](QJsonObject &d) {
            QJsonArray quotes = d.value(QStringLiteral("quotes")).toArray();
            QJsonObject q = quotes.first().toObject();
            q.insert(QStringLiteral("expert"),
                     QStringLiteral("00000000-0000-4000-8000-000000000000"));
            quotes.replace(0, q);
            d.insert(QStringLiteral("quotes"), quotes);
        });
        CHECK(e.message.startsWith(QStringLiteral("quotes[0]")));
        CHECK(e.message.contains(QStringLiteral("no expert")));
    }
    SECTION("duplicate block ids")
    {
        const Error e = importError([](QJsonObject &d) {
            editTranslation(d, QStringLiteral("ru"), [](QJsonObject &ru) {
                QJsonArray blocks = ru.value(QStringLiteral("blocks")).toArray();
                blocks.append(blocks.first());
                ru.insert(QStringLiteral("blocks"), blocks);
            });
        });
        CHECK(e.message.contains(QStringLiteral("used twice")));
    }
    SECTION("an absurd size")
    {
        const Error e = importError([](QJsonObject &d) {
            editTranslation(d, QStringLiteral("ru"), [](QJsonObject &ru) {
                ru.insert(QStringLiteral("title"), QString(5000, QLatin1Char('x')));
            });
        });
        CHECK(e.message.contains(QStringLiteral("translations.ru.title: too long")));
    }
    SECTION("a typo in a field name")
    {
        const Error e = importError([](QJsonObject &d) {
            QJsonObject a = firstArticle(d);
            a.insert(QStringLiteral("staus"), QStringLiteral("draft"));
            setFirstArticle(d, a);
        });
        CHECK(e.message.contains(QStringLiteral("staus: unknown field")));
    }
    SECTION("a missing source translation")
    {
        const Error e = importError([](QJsonObject &d) {
            editTranslations(d, [](QJsonObject &t, QJsonObject &a) {
                t.remove(a.value(QStringLiteral("source_locale")).toString());
            });
        });
        CHECK(e.message.contains(QStringLiteral("source locale")));
    }
}

TEST_CASE("a huge key is named in a short message, never echoed whole", "[interchange][validation]")
{
    // A 5 MB settings key used to come back as a 5 MB error line.
    const QString huge(1'000'000, QLatin1Char('k'));
    const Error setting = importError([&](QJsonObject &doc) {
        QJsonObject settings = doc.value(QStringLiteral("settings")).toObject();
        settings.insert(huge, QStringLiteral("x"));
        doc.insert(QStringLiteral("settings"), settings);
    });
    CHECK(setting.message.startsWith(QLatin1String("settings.kkkk")));
    CHECK(setting.message.size() < 300);
    const Error unknown = importError([&](QJsonObject &doc) { doc.insert(huge, 1); });
    CHECK(unknown.message.size() < 600); // the fields it expects, and 64 characters of the key
}

TEST_CASE("a number too large for any counter is out of range, as written", "[interchange][fuzz]")
{
    // Found with fuzz_import (UBSan stops it) on a document whose "position" is 1e300: a number
    // beyond 64 bits was converted to one before its range was checked, which is undefined; on
    // x86 it came out as -9223372036854775808, and the message said "expected a whole number".
    const struct
    {
        double value;
        const char *shown;
    } cases[]
        = {{1e300, "1e+300"}, {-1e300, "-1e+300"}, {9.3e18, "9.3e+18"}, {-9.3e18, "-9.3e+18"}};
    for (const auto &c : cases) {
        INFO(c.shown);
        const Error e = importError([&](QJsonObject &d) {
            QJsonObject a = firstArticle(d);
            a.insert(QStringLiteral("version"), c.value);
            setFirstArticle(d, a);
        });
        CHECK(e.message.contains(
            QStringLiteral("version: out of range (%1;").arg(QString::fromLatin1(c.shown))));
    }
    const Error half = importError([](QJsonObject &d) {
        QJsonObject a = firstArticle(d);
        a.insert(QStringLiteral("version"), 2.5);
        setFirstArticle(d, a);
    });
    CHECK(half.message.contains(QStringLiteral("version: expected a whole number")));
}

TEST_CASE("a refused import writes nothing", "[interchange][validation]")
{
    TempDir dir;
    auto db = Test::openStore(dir.path(QStringLiteral("a.sqlite")));
    QJsonObject doc = demoObject();
    // Valid up to the last article, which is broken: nothing before it may be written either.
    QJsonArray articles = doc.value(QStringLiteral("articles")).toArray();
    QJsonObject last = articles.last().toObject();
    last.insert(QStringLiteral("status"), QStringLiteral("lost"));
    articles.replace(articles.size() - 1, last);
    doc.insert(QStringLiteral("articles"), articles);
    auto report = Importer(*db).importJson(toBytes(doc));
    REQUIRE_FALSE(report.has_value());
    CHECK(report.error().message.contains(QStringLiteral("unknown status \"lost\"")));
    CHECK(*Storage::ArticleRepository(*db).count() == 0);
    CHECK(Storage::UserRepository(*db).all()->isEmpty());
}

TEST_CASE("import and export report progress and can be cancelled, changing nothing",
          "[interchange][progress]")
{
    TempDir dir;
    auto demo = Test::openDemoStore(dir.path(QStringLiteral("demo.sqlite")));
    auto json = Exporter(*demo).exportJson();
    REQUIRE(json.has_value());

    SECTION("import reports the KiB of the document read, rising to its size")
    {
        auto db = Test::openStore(dir.path(QStringLiteral("a.sqlite")));
        QList<std::pair<int, int>> reports;
        bool reading = true; // until the search index's stage
        Importer importer(*db);
        importer.setProgress({[&](int done, int total) {
                                  if (reading)
                                      reports.append({done, total});
                              },
                              {},
                              [&](const QString &) {
                                  reading = false;
                              }});
        REQUIRE(importer.importJson(*json).has_value());
        const int kib = int(json->size() / 1024);
        REQUIRE(kib > 64); // so that there are reports between the first and the last
        REQUIRE(reports.size() >= 3);
        CHECK(reports.first() == std::pair(0, kib));
        CHECK(reports.last() == std::pair(kib, kib));
        for (qsizetype i = 1; i < reports.size(); ++i)
            CHECK(reports[i].first >= reports[i - 1].first);
    }
    SECTION("writing a document read before reports the articles written")
    {
        auto db = Test::openStore(dir.path(QStringLiteral("w.sqlite")));
        auto parsed = Importer::parse(*json, {});
        REQUIRE(parsed.has_value());
        QList<std::pair<int, int>> reports;
        Importer importer(*db);
        importer.setProgress({[&](int done, int total) { reports.append({done, total}); }, {}, {}});
        REQUIRE(importer.write(*parsed).has_value());
        CHECK(reports.first() == std::pair(0, 6));
        CHECK(reports.last() == std::pair(6, 6));
    }
    SECTION("a cancelled import leaves the store as it was, though it had begun writing")
    {
        auto db = Test::openStore(dir.path(QStringLiteral("b.sqlite")));
        std::atomic_bool cancel = false;
        Importer importer(*db);
        // Cancelled while the articles are written: locales, users and experts are in already.
        importer.setProgress({[&](int, int) { cancel = true; }, &cancel, {}});
        auto report = importer.importJson(*json);
        REQUIRE_FALSE(report.has_value());
        CHECK(report.error().code == ErrorCode::Cancelled);
        CHECK(report.error().message.contains(QStringLiteral("not changed")));
        CHECK(*Storage::ArticleRepository(*db).count() == 0);
        CHECK(Storage::UserRepository(*db).all()->isEmpty());
        // And the store still works: the same import, not cancelled, goes through.
        importer.setProgress({});
        CHECK(importer.importJson(*json).has_value());
        CHECK(*Storage::ArticleRepository(*db).count() == 6);
    }
    SECTION("the search index's pass is a stage of its own, counted in articles")
    {
        auto db = Test::openStore(dir.path(QStringLiteral("s.sqlite")));
        QStringList stages;
        QList<std::pair<int, int>> after; // the reports once the stage began
        Progress progress;
        progress.onProgress = [&](int done, int total) {
            if (!stages.isEmpty())
                after.append({done, total});
        };
        progress.onStage = [&](const QString &what) {
            stages.append(what);
        };
        Importer importer(*db);
        importer.setProgress(progress);
        REQUIRE(importer.importJson(*json).has_value());
        CHECK(stages == QStringList {QStringLiteral("Indexing for search")});
        REQUIRE(after.size() >= 2);
        CHECK(after.first() == std::pair(0, 6));
        CHECK(after.last() == std::pair(6, 6));
        CHECK(Storage::SearchIndex(*db).verify()->isEmpty());
    }
    SECTION("cancelled while indexing, an import leaves the store as it was")
    {
        auto db = Test::openStore(dir.path(QStringLiteral("c.sqlite")));
        std::atomic_bool cancel = false;
        bool indexing = false;
        Progress progress;
        progress.cancel = &cancel;
        progress.onStage = [&](const QString &) {
            indexing = true;
        };
        // The person presses Cancel once the articles are all written and the index is begun.
        progress.onProgress = [&](int, int) {
            if (indexing)
                cancel = true;
        };
        Importer importer(*db);
        importer.setProgress(progress);
        auto report = importer.importJson(*json);
        REQUIRE(indexing);
        REQUIRE_FALSE(report.has_value());
        CHECK(report.error().code == ErrorCode::Cancelled);
        CHECK(report.error().message.contains(QStringLiteral("not changed")));
        CHECK(*Storage::ArticleRepository(*db).count() == 0);
        CHECK(Storage::UserRepository(*db).all()->isEmpty());
        CHECK(Storage::SearchIndex(*db).verify()->isEmpty());
        importer.setProgress({});
        REQUIRE(importer.importJson(*json).has_value());
        CHECK(*Storage::ArticleRepository(*db).count() == 6);
        CHECK(Storage::SearchIndex(*db).verify()->isEmpty());
    }
    SECTION("a cancelled export gives no document")
    {
        std::atomic_bool cancel = true;
        Exporter exporter(*demo);
        exporter.setProgress({{}, &cancel, {}});
        auto cancelled = exporter.exportJson();
        REQUIRE_FALSE(cancelled.has_value());
        CHECK(cancelled.error().code == ErrorCode::Cancelled);
        cancel = false;
        auto again = exporter.exportJson();
        REQUIRE(again.has_value());
        CHECK(*again == *json);
    }
}

TEST_CASE("the example in docs/interchange.md imports as documented", "[interchange][docs]")
{
    const QString doc = QString::fromUtf8(
        Test::readFile(QStringLiteral(BYLINE_SOURCE_DIR "/docs/interchange.md")));
    const qsizetype heading = doc.indexOf(QStringLiteral("## Example"));
    REQUIRE(heading >= 0);
    const qsizetype start = doc.indexOf(QStringLiteral("```json\n"), heading) + 8;
    const qsizetype end = doc.indexOf(QStringLiteral("```"), start);
    REQUIRE(end > start);
    TempDir dir;
    auto db = Test::openStore(dir.path(QStringLiteral("doc.sqlite")));
    auto report = Importer(*db).importJson(doc.mid(start, end - start).toUtf8());
    REQUIRE_OK(report);
    CHECK(report->articles == 1);
    CHECK(report->quotes == 1);
}

namespace {

Article storedArticle(Storage::Database &db, const QString &uid)
{
    auto found
        = Storage::ArticleRepository(db).find(uid, Storage::ArticleRepository::Load::WithHistory);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return **found;
}

// The demo article's JSON with its ru title changed and its version set.
QByteArray demoWithTitle(const QString &title, int version)
{
    QJsonObject doc = demoObject();
    editTranslation(doc, QStringLiteral("ru"),
                    [&](QJsonObject &ru) { ru.insert(QStringLiteral("title"), title); });
    QJsonObject a = firstArticle(doc);
    a.insert(QStringLiteral("version"), version);
    setFirstArticle(doc, a);
    return toBytes(doc);
}

} // namespace

TEST_CASE("import never goes back in time and never deletes history", "[interchange][merge]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("a.sqlite")));
    const QString uid = firstArticle(demoObject()).value(QStringLiteral("uid")).toString();
    const int fileVersion = firstArticle(demoObject()).value(QStringLiteral("version")).toInt();

    // Work done in the store after the file was written: a save and a comment.
    Article a = storedArticle(*db, uid);
    a.translation(u"ru")->title = QStringLiteral("Заголовок после выгрузки");
    REQUIRE_OK(Storage::ArticleRepository(*db).save(a, QStringLiteral("samvel.harutyunyan")));
    Comment note;
    note.at = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    note.user = QStringLiteral("samvel.harutyunyan");
    note.text = QStringLiteral("Check the second answer.");
    REQUIRE(Storage::CommentRepository(*db).add(uid, note).has_value());
    const Article before = storedArticle(*db, uid);
    REQUIRE(before.version == fileVersion + 1);

    SECTION("an older file leaves the newer text and keeps its own as a revision")
    {
        auto report
            = Test::importAs(*db, demoWithTitle(QStringLiteral("Старый заголовок"), fileVersion));
        REQUIRE(report.has_value());
        CHECK(report->articlesKept == 1);
        CHECK(report->conflicts == QStringList {uid});
        const Article after = storedArticle(*db, uid);
        CHECK(after.translation(u"ru")->title == QStringLiteral("Заголовок после выгрузки"));
        CHECK(after.version == before.version);
        CHECK(after.comments == before.comments);
        CHECK(after.history == before.history);
        REQUIRE(after.revisions.size() == before.revisions.size() + 1);
        CHECK(after.revisions.mid(0, before.revisions.size()) == before.revisions);
        CHECK(after.revisions.last().kind == RevisionKind::Import);
        CHECK(after.revisions.last().snapshot.first().title == QStringLiteral("Старый заголовок"));
    }

    SECTION("a file at the same version with other text is a conflict, not an overwrite")
    {
        auto report = Test::importAs(
            *db, demoWithTitle(QStringLiteral("Другой заголовок"), before.version));
        REQUIRE(report.has_value());
        CHECK(report->articlesConflicting == 1);
        const Article after = storedArticle(*db, uid);
        CHECK(after.translation(u"ru")->title == QStringLiteral("Заголовок после выгрузки"));
        CHECK(after.revisions.last().kind == RevisionKind::Conflict);
        CHECK(after.revisions.last().snapshot.first().title == QStringLiteral("Другой заголовок"));
    }

    SECTION("a newer file wins, and the store's revisions and comments stay")
    {
        auto report = Test::importAs(
            *db, demoWithTitle(QStringLiteral("Заголовок из файла"), before.version + 1));
        REQUIRE(report.has_value());
        CHECK(report->articlesUpdated == 1);
        const Article after = storedArticle(*db, uid);
        CHECK(after.translation(u"ru")->title == QStringLiteral("Заголовок из файла"));
        CHECK(after.version == before.version + 1);
        CHECK(after.comments == before.comments);
        for (const Revision &r : before.revisions)
            CHECK(after.revisions.contains(r));
        const bool keepsStoreText
            = std::any_of(after.revisions.cbegin(), after.revisions.cend(), [](const Revision &r) {
                  return r.snapshot.first().title == QStringLiteral("Заголовок после выгрузки");
              });
        CHECK(keepsStoreText);
    }

    SECTION("importing what the store exported changes nothing")
    {
        auto exported = Exporter(*db).exportJson();
        REQUIRE(exported.has_value());
        auto report = Test::importAs(*db, *exported);
        REQUIRE(report.has_value());
        CHECK(report->articlesUnchanged == 6);
        CHECK(*Exporter(*db).exportJson() == *exported);
    }
}
