#include "core/domain/Expert.h"
#include "core/domain/Quote.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ExpertRepository.h"
#include "core/storage/QuoteRepository.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/SearchRepository.h"
#include "core/storage/SearchText.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QSqlQuery>

using namespace Byline;
using namespace Byline::Storage;
using Byline::Test::TempDir;

namespace {

const QString glaciers = QStringLiteral("82d8d78f-e875-4ccb-8ba1-d95e4b749068"); // published
const QString rails = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b"); // draft, ru+en
const QString beridze = QStringLiteral("82a78d50"); // Levan Beridze: Լևան in Armenian
const QString editor = QStringLiteral("samvel.harutyunyan");

SearchResults find(Database &db, const QString &text, SearchQuery query = {})
{
    query.text = text;
    auto found = SearchRepository(db).search(query);
    REQUIRE_OK(found);
    return *found;
}

QSet<QString> hitKeys(const SearchResults &r)
{
    QSet<QString> keys;
    for (const SearchHit &h : r.hits)
        keys.insert(h.articleUid.left(8) + QLatin1Char('/') + h.locale);
    return keys;
}

QString expertUid(Database &db, const QString &prefix)
{
    auto id = db.scalar(QStringLiteral("SELECT uid FROM experts WHERE uid LIKE ?"),
                        QVariantList {QString(prefix + QLatin1Char('%'))});
    REQUIRE_OK(id);
    return id->toString();
}

} // namespace

TEST_CASE("search folds what the tokenizer does not", "[search][folding]")
{
    using SearchText::fold;
    CHECK(fold(u"Ещё ЁЛКА") == QStringLiteral("еще елка")); // ё = е
    CHECK(fold(u"ԼԵԲԵԴԵՎ Լեբեդև") == QStringLiteral("լեբեդեվ լեբեդեվ")); // capitals, և = եվ
    CHECK(fold(u"ﬓենք") == QStringLiteral("մնենք")); // Armenian ligatures
    CHECK(fold(u"ինչո՞ւ, շա՛տ, ո՜վ") == QStringLiteral("ինչու, շատ, ով")); // marks inside words
    CHECK(fold(u"«Арарат» — “quoted” ‘text’").simplified() == QStringLiteral("арарат quoted text"));
    CHECK(fold(u"обра\u00ADзова\u200Bние за\u0301мок") == QStringLiteral("образование замок"));
    CHECK(fold(u"Café Straße й") == QStringLiteral("cafe straße й")); // Latin accents only
    QList<qsizetype> map;
    const QString folded = fold(u"Ёж և", &map);
    REQUIRE(map.size() == folded.size());
    CHECK(map == QList<qsizetype> {0, 1, 2, 3, 3});

    const auto terms
        = SearchText::parse(u"«горных долинах» Ледн* plain-word \"NEAR(\" title:x", false);
    REQUIRE(terms.size() == 5);
    CHECK(terms.at(0).words == QStringList {QStringLiteral("горных"), QStringLiteral("долинах")});
    CHECK(terms.at(1).prefix);
    CHECK(terms.at(2).words == QStringList {QStringLiteral("plain"), QStringLiteral("word")});
    CHECK(terms.at(3).words == QStringList {QStringLiteral("near")});
    CHECK(terms.at(4).words == QStringList {QStringLiteral("title"), QStringLiteral("x")});
    CHECK(SearchText::matchExpression(terms)
          == QStringLiteral("\"горных долинах\" \"ледн\"* \"plain word\" \"near\" \"title x\""));
    CHECK(SearchText::parse(u"glac", true).first().prefix);
    CHECK_FALSE(SearchText::parse(u"glac ", true).first().prefix); // the word is finished
    CHECK_FALSE(SearchText::parse(u"g", true).first().prefix); // too short to be useful
    CHECK_FALSE(SearchText::parse(u"gl", true).first().prefix);
    CHECK(SearchText::parse(u"gl*", false).first().prefix); // asked for explicitly
    CHECK(SearchText::parse(u" — « » ", false).isEmpty());

    const QString snip = SearchText::snippet(
        QStringLiteral("Ледники Кавказа теряют массу ещё быстрее"),
        SearchText::parse(u"еще", false), QStringLiteral("["), QStringLiteral("]"));
    CHECK(snip == QStringLiteral("Ледники Кавказа теряют массу [ещё] быстрее"));
    CHECK(SearchText::snippet(QStringLiteral("<b>Лебедев</b> & Co"),
                              SearchText::parse(u"лебедев", false), QStringLiteral("<mark>"),
                              QStringLiteral("</mark>"), true)
          == QStringLiteral("&lt;b&gt;<mark>Лебедев</mark>&lt;/b&gt; &amp; Co"));
}

TEST_CASE("search finds every locale, with the folding, prefixes, phrases and snippets", "[search]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("search.sqlite")));

    SECTION("ё = е, in the matching locale, highlighted as written")
    {
        const SearchResults r = find(*db, QStringLiteral("еще десять"));
        REQUIRE(hitKeys(r).contains(glaciers.left(8) + QStringLiteral("/ru")));
        for (const SearchHit &h : r.hits)
            CHECK(h.locale == QStringLiteral("ru"));
        const SearchHit &hit = r.hits.first();
        CHECK(hit.snippet.contains(QStringLiteral("\x02ещё\x03")));
        CHECK(r.ranking == SearchResults::Ranking::Relevance);
    }
    SECTION("Armenian capitals and the ligature և = եվ; experts' names in each script")
    {
        const SearchResults upper = find(*db, QStringLiteral("ԼԵՎԱՆ"));
        REQUIRE_FALSE(upper.hits.isEmpty());
        for (const SearchHit &h : upper.hits)
            CHECK(h.locale == QStringLiteral("hy"));
        CHECK(hitKeys(upper) == hitKeys(find(*db, QStringLiteral("Լևան"))));
        const SearchResults ru = find(*db, QStringLiteral("Леван"));
        REQUIRE_FALSE(ru.hits.isEmpty());
        CHECK(ru.hits.first().locale == QStringLiteral("ru"));
        // The same articles in every script.
        QSet<QString> hyArticles, ruArticles;
        for (const SearchHit &h : upper.hits)
            hyArticles.insert(h.articleUid);
        for (const SearchHit &h : ru.hits)
            ruArticles.insert(h.articleUid);
        CHECK(hyArticles == ruArticles);
    }
    SECTION("Armenian question marks inside words do not split them")
    {
        SearchQuery hy;
        hy.locale = QStringLiteral("hy");
        const SearchResults r = find(*db, QStringLiteral("ինչ կլինի"), hy);
        CHECK(hitKeys(r).contains(glaciers.left(8) + QStringLiteral("/hy")));
    }
    SECTION("typographic quotes and dashes are ignored")
    {
        CHECK(hitKeys(find(*db, QStringLiteral("«Ледники отступают»")))
              == hitKeys(find(*db, QStringLiteral("ледники — отступают"))));
    }
    SECTION("prefixes as one types, and phrases")
    {
        SearchQuery typing;
        typing.prefixLast = true;
        const SearchResults partial = find(*db, QStringLiteral("Retreating glac"), typing);
        CHECK(hitKeys(partial).contains(glaciers.left(8) + QStringLiteral("/en")));
        // From the fourth letter: three would read every word they begin.
        CHECK(find(*db, QStringLiteral("Retreating gla"), typing).hits.isEmpty());
        CHECK(find(*db, QStringLiteral("Retreating glac")).hits.isEmpty()); // not a word
        CHECK_FALSE(find(*db, QStringLiteral("\"mountain valleys\"")).hits.isEmpty());
        CHECK(find(*db, QStringLiteral("\"valleys mountain\"")).hits.isEmpty());
    }
    SECTION("what a person types is never FTS5 syntax")
    {
        for (const char *typed : {"NEAR(", "title:glaciers", "\"unbalanced", "a AND OR NOT", "(",
                                  "*", "glaciers)", "'; DROP TABLE search; --"}) {
            INFO(typed);
            SearchQuery q;
            q.text = QString::fromUtf8(typed);
            auto r = SearchRepository(*db).search(q);
            if (!r)
                CHECK(r.error().code == ErrorCode::InvalidInput); // nothing to search for
        }
        CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM search")).value().toInt() == 16);
    }
    SECTION("filters: locale, state, section, author, expert, dates")
    {
        const QString word = QStringLiteral("Caucasus"); // in more than one article
        const SearchResults all = find(*db, word);
        REQUIRE(all.hits.size() >= 2);
        SearchQuery q;
        q.state = WorkflowState::Published;
        for (const SearchHit &h : find(*db, word, q).hits)
            CHECK(h.state == WorkflowState::Published);
        q = {};
        q.author = QStringLiteral("tom.reid");
        for (const SearchHit &h : find(*db, word, q).hits)
            CHECK(h.articleUid != glaciers); // irina.volkova's and ani.hakobyan's
        q = {};
        q.expertUid = expertUid(*db, beridze);
        const SearchResults quoting = find(*db, QStringLiteral("Леван"), q);
        CHECK_FALSE(quoting.hits.isEmpty());
        CHECK(hitKeys(quoting) == hitKeys(find(*db, QStringLiteral("Леван"))));
        q.expertUid = expertUid(*db, QStringLiteral("fe4adaca")); // quoted elsewhere only
        CHECK(find(*db, QStringLiteral("Леван"), q).hits.isEmpty());
        q = {};
        q.sectionUid = QStringLiteral("f3d76850-e4d1-4a0c-9b5d-a9dfa8ab6596");
        for (const SearchHit &h : find(*db, word, q).hits)
            CHECK(h.sectionUid == q.sectionUid);
        q = {};
        q.from = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
        CHECK(find(*db, word, q).hits.isEmpty());
        q = {};
        q.to = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
        CHECK(find(*db, word, q).hits.size() == all.hits.size());
    }
    SECTION("too many matches: the newest are ranked, and the result says so")
    {
        SearchRepository repo(*db);
        repo.setWindow(3);
        SearchQuery q;
        q.text = QStringLiteral("the");
        auto r = repo.search(q);
        REQUIRE_OK(r);
        CHECK(r->ranking == SearchResults::Ranking::RelevanceOfNewest);
        CHECK(r->moreMatches);
        CHECK(r->hits.size() == 3);
        repo.setWindow(1000);
        auto all = repo.search(q);
        REQUIRE_OK(all);
        CHECK(all->ranking == SearchResults::Ranking::Relevance);
        CHECK_FALSE(all->moreMatches);
        CHECK(all->hits.size() > 3);
    }
}

TEST_CASE("each hit's snippet is a passage of its own article and locale", "[search]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("snippets.sqlite")));
    ArticleRepository articles(*db);
    auto uids = articles.uids();
    REQUIRE_OK(uids);
    REQUIRE(uids->size() >= 3);
    // The same rare word in a paragraph of three articles, next to a word of each one's own.
    const QStringList own {QStringLiteral("kappa"), QStringLiteral("lambda"),
                           QStringLiteral("sigma")};
    QHash<QString, QString> ownOf;
    for (int i = 0; i < 3; ++i) {
        auto found = articles.find(uids->at(i));
        REQUIRE_OK(found);
        Article article = **found;
        Translation *t = article.translation(article.sourceLocale);
        REQUIRE(t != nullptr);
        const auto paragraph = std::find_if(t->blocks.begin(), t->blocks.end(), [](const Block &b) {
            return b.type == BlockType::Paragraph;
        });
        REQUIRE(paragraph != t->blocks.end());
        paragraph->text += QStringLiteral(" The zebrafish %1 swims.").arg(own.at(i));
        REQUIRE_OK(EditService(*db).save(article, editor));
        ownOf.insert(article.uid + QLatin1Char('/') + article.sourceLocale, own.at(i));
    }
    // Each save wrote the document of the locale it changed; the others were left as they
    // were, and all of them are in step with the text.
    auto stale = SearchIndex(*db).verify();
    REQUIRE_OK(stale);
    CHECK(stale->isEmpty());
    const SearchResults r = find(*db, QStringLiteral("zebrafish"));
    REQUIRE(r.hits.size() == 3);
    for (const SearchHit &h : r.hits) {
        INFO(h.articleUid.toStdString()
             << "/" << h.locale.toStdString() << ": " << h.snippet.toStdString());
        CHECK(h.field == QStringLiteral("body"));
        CHECK(h.snippet.contains(QStringLiteral("\x02zebrafish\x03 ")
                                 + ownOf.value(h.articleUid + QLatin1Char('/') + h.locale)));
    }
}

TEST_CASE("the search index follows every write, and check finds and repairs drift", "[search]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("follow.sqlite")));
    auto article = ArticleRepository(*db).find(rails);
    REQUIRE_OK(article);
    Article a = **article;

    SECTION("a save")
    {
        CHECK(find(*db, QStringLiteral("Zanzibarite")).hits.isEmpty());
        a.translation(u"en")->lead += QStringLiteral(" Zanzibarite.");
        REQUIRE_OK(EditService(*db).save(a, editor));
        const SearchResults r = find(*db, QStringLiteral("zanzibarite"));
        REQUIRE(r.hits.size() == 1);
        CHECK(r.hits.first().locale == QStringLiteral("en"));
        CHECK(r.hits.first().field == QStringLiteral("lead"));
    }
    SECTION("a save forgets the words it took away, even ones changed behind its back")
    {
        a.translation(u"en")->lead = QStringLiteral("Zanzibarite ore.");
        REQUIRE_OK(EditService(*db).save(a, editor));
        REQUIRE(hitKeys(find(*db, QStringLiteral("zanzibarite")))
                == QSet<QString> {rails.left(8) + QStringLiteral("/en")});
        a.translation(u"en")->lead = QStringLiteral("Quartzite ore.");
        REQUIRE_OK(EditService(*db).save(a, editor));
        CHECK(find(*db, QStringLiteral("zanzibarite")).hits.isEmpty());
        CHECK(hitKeys(find(*db, QStringLiteral("quartzite")))
              == QSet<QString> {rails.left(8) + QStringLiteral("/en")});

        // Someone changes the rows without telling the index (an older program, a hand edit):
        // the next save still takes out exactly the words that were indexed.
        REQUIRE_OK(db->run(QStringLiteral("UPDATE translations SET lead = 'Basalt ore.' "
                                          "WHERE locale = 'en' AND article_id = "
                                          "(SELECT id FROM articles WHERE uid = ?)"),
                           {rails}));
        auto stored = ArticleRepository(*db).find(rails);
        REQUIRE_OK(stored);
        Article b = **stored;
        b.translation(u"en")->lead = QStringLiteral("Granite ore.");
        REQUIRE_OK(EditService(*db).save(b, editor));
        CHECK(find(*db, QStringLiteral("quartzite")).hits.isEmpty());
        CHECK(find(*db, QStringLiteral("basalt")).hits.isEmpty());
        CHECK(hitKeys(find(*db, QStringLiteral("granite ore")))
              == QSet<QString> {rails.left(8) + QStringLiteral("/en")});
        CHECK(SearchIndex(*db).verify().value().isEmpty());
    }
    SECTION("a quote's words and an expert's name")
    {
        QString quoteUid;
        for (const Block &b : a.translation(u"ru")->blocks) {
            if (b.type == BlockType::Quote)
                quoteUid = b.quoteUid;
        }
        REQUIRE_FALSE(quoteUid.isEmpty());
        auto quotes = QuoteRepository(*db).all();
        REQUIRE_OK(quotes);
        Quote q;
        for (const Quote &each : std::as_const(*quotes))
            q = each.uid == quoteUid ? each : q;
        REQUIRE(q.uid == quoteUid);
        q.texts[QStringLiteral("ru")] += QStringLiteral(" Шпалоподбивочная машина.");
        REQUIRE_OK(QuoteRepository(*db).upsert(q));
        const SearchResults words = find(*db, QStringLiteral("шпалоподбивочная"));
        REQUIRE(words.hits.size() == 1);
        CHECK(words.hits.first().articleUid == rails);
        CHECK(words.hits.first().field == QStringLiteral("body"));

        auto experts = ExpertRepository(*db).all();
        REQUIRE_OK(experts);
        Expert e;
        for (const Expert &each : std::as_const(*experts))
            e = each.uid == q.expertUid ? each : e;
        REQUIRE(e.uid == q.expertUid);
        e.names[QStringLiteral("en")].name = QStringLiteral("Yerlan Quillfeather");
        REQUIRE_OK(ExpertRepository(*db).upsert(e));
        CHECK(hitKeys(find(*db, QStringLiteral("Quillfeather")))
                  .contains(rails.left(8) + QStringLiteral("/en")));

        // Words taken away again are forgotten.
        q.texts[QStringLiteral("ru")].chop(QStringLiteral(" Шпалоподбивочная машина.").size());
        REQUIRE_OK(QuoteRepository(*db).upsert(q));
        CHECK(find(*db, QStringLiteral("шпалоподбивочная")).hits.isEmpty());
        CHECK(SearchIndex(*db).verify().value().isEmpty());
    }
    SECTION("drift is found, then repaired")
    {
        REQUIRE(SearchIndex(*db).verify().value().isEmpty());
        if (db->isServer()) {
            REQUIRE_OK(db->run(QStringLiteral(
                "DELETE FROM search WHERE rowid = (SELECT min(id) FROM search_docs)")));
            REQUIRE_OK(db->run(QStringLiteral("UPDATE search SET lead = 'tampered' WHERE rowid = "
                                              "(SELECT max(id) FROM search_docs)")));
        } else { // the index keeps no text: what it says it indexed
            REQUIRE_OK(db->run(QStringLiteral("UPDATE search_docs SET digest = NULL "
                                              "WHERE id = (SELECT min(id) FROM search_docs)")));
            REQUIRE_OK(db->run(QStringLiteral("UPDATE search_docs SET digest = digest + 1 "
                                              "WHERE id = (SELECT max(id) FROM search_docs)")));
        }
        auto problems = SearchIndex(*db).verify();
        REQUIRE_OK(problems);
        CHECK(problems->size() == 3); // one missing entry (counted, and named), one out of date
        auto rebuilt = SearchIndex(*db).rebuild();
        REQUIRE_OK(rebuilt);
        CHECK(*rebuilt == 16);
        CHECK(SearchIndex(*db).verify().value().isEmpty());
    }
}

TEST_CASE("byline-cli search and check --repair", "[search][cli]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("cli.sqlite"));
    (void)Test::openDemoStore(path);
    const QStringList db {QStringLiteral("--db"), path};

    const auto text
        = Test::runCli(db + QStringList {QStringLiteral("search"), QStringLiteral("ледник*")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(glaciers));
    CHECK(text.out.contains(QStringLiteral("[Ледники]")));

    const auto json = Test::runCli(
        db
        + QStringList {QStringLiteral("search"), QStringLiteral("glaciers water"),
                       QStringLiteral("--json"), QStringLiteral("--locale"), QStringLiteral("en")});
    REQUIRE(json.exitCode == 0);
    CHECK(json.out.contains(QStringLiteral("\"ranking\": \"relevance\"")));
    CHECK(json.out.contains(QStringLiteral("[[Glaciers]]")));

    const auto typing
        = Test::runCli(db
                       + QStringList {QStringLiteral("search"), QStringLiteral("Retreating glac"),
                                      QStringLiteral("--prefix")});
    CHECK(typing.out.contains(glaciers));
    CHECK(Test::runCli(db + QStringList {QStringLiteral("search"), QStringLiteral("—")}).exitCode
          == 6);
    CHECK(Test::runCli(db
                       + QStringList {QStringLiteral("search"), QStringLiteral("x"),
                                      QStringLiteral("--locale"), QStringLiteral("fr")})
              .exitCode
          == 6);
    CHECK(Test::runCli(db
                       + QStringList {QStringLiteral("search"), QStringLiteral("x"),
                                      QStringLiteral("--status"), QStringLiteral("lost")})
              .exitCode
          == 2);
    const auto dated
        = Test::runCli(db
                       + QStringList {QStringLiteral("search"), QStringLiteral("glaciers"),
                                      QStringLiteral("--from"), QStringLiteral("2099-01-01")});
    CHECK(dated.exitCode == 0);
    CHECK(dated.out.contains(QStringLiteral("Nothing found")));

    {
        auto store = Test::openStore(path);
        REQUIRE_OK(store->run(
            store->isServer() ? QStringLiteral(
                "DELETE FROM search WHERE rowid = (SELECT max(id) FROM search_docs)")
                              : QStringLiteral("UPDATE search_docs SET digest = NULL "
                                               "WHERE id = (SELECT max(id) FROM search_docs)")));
    }
    const auto drift = Test::runCli(db + QStringList {QStringLiteral("check")});
    CHECK(drift.exitCode == 6);
    CHECK(drift.out.contains(QStringLiteral("index: ")));
    CHECK(drift.err.contains(QStringLiteral("--repair")));
    const auto repaired
        = Test::runCli(db + QStringList {QStringLiteral("check"), QStringLiteral("--repair")});
    CHECK(repaired.exitCode == 0);
    CHECK(repaired.out.contains(QStringLiteral("rebuilt (16 documents)")));
    CHECK(Test::runCli(db + QStringList {QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("a store at schema 12 gets the index without a copy of the text and searches the same",
          "[search][migration][sqlite]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.sqlite"));
    const QStringList queries {QStringLiteral("glaciers"), QStringLiteral("ледник*"),
                               QStringLiteral("Caucasus"), QStringLiteral("\"mountain valleys\""),
                               QStringLiteral("Լևան"),     QStringLiteral("water")};
    QList<QSet<QString>> before;
    {
        auto db = Test::openDemoStore(path);
        for (const QString &q : queries)
            before.append(hitKeys(find(*db, q)));
        // The store as schema 12 kept it: the index with its own folded copy of each document
        // and a three-letter prefix index, and no digests.
        QList<std::pair<qint64, SearchIndex::Document>> documents;
        SearchIndex index(*db);
        auto uids = ArticleRepository(*db).uids();
        REQUIRE_OK(uids);
        for (const QString &uid : std::as_const(*uids)) {
            auto article = ArticleRepository(*db).find(uid);
            REQUIRE_OK(article);
            for (const Translation &t : (*article)->translations) {
                auto id = db->scalar(QStringLiteral("SELECT d.id FROM search_docs d JOIN articles "
                                                    "a ON a.id = d.article_id "
                                                    "WHERE a.uid = ? AND d.locale = ?"),
                                     {uid, t.locale});
                REQUIRE_OK(id);
                auto doc = index.documentOf(t);
                REQUIRE_OK(doc);
                documents.append({id->toLongLong(), *doc});
            }
        }
        REQUIRE_OK(db->run(QStringLiteral("DROP TABLE search")));
        REQUIRE_OK(db->run(QStringLiteral("ALTER TABLE search_docs DROP COLUMN digest")));
        REQUIRE_OK(db->run(
            QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(title, lead, body, experts, "
                           "tokenize = 'unicode61 remove_diacritics 2', prefix = '3')")));
        for (const auto &[id, doc] : std::as_const(documents)) {
            REQUIRE_OK(db->run(QStringLiteral("INSERT INTO search (rowid, title, lead, body, "
                                              "experts) VALUES (?, ?, ?, ?, ?)"),
                               {id, doc.title, doc.lead, doc.body, doc.experts}));
        }
        REQUIRE_OK(db->run(QStringLiteral("PRAGMA user_version = 12")));
        for (const QString &q : queries) // the old index finds what the new one did
            CHECK(hitKeys(find(*db, q)) == before.at(queries.indexOf(q)));
    }
    auto db = Test::openStore(path);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master "
                                    "WHERE name = 'search_content'"))
              .value()
              .toInt()
          == 0);
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM search_docs WHERE digest IS NULL"))
              .value()
              .toInt()
          == 0);
    for (qsizetype i = 0; i < queries.size(); ++i) {
        INFO(queries.at(i).toStdString());
        CHECK(hitKeys(find(*db, queries.at(i))) == before.at(i));
    }
    CHECK(SearchIndex(*db).verify().value().isEmpty());
}
