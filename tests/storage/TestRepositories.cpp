#include "core/Clock.h"
#include "core/storage/ArticleLists.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/ExpertRepository.h"
#include "core/storage/IntegrityChecker.h"
#include "core/storage/LocaleRepository.h"
#include "core/storage/QuoteRepository.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/SectionRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"
#include "core/translation/Segments.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <functional>
#include <thread>

using namespace Byline;
using namespace Byline::Storage;
using Byline::Test::TempDir;

namespace {

const QString demoPublished = QStringLiteral("82d8d78f-e875-4ccb-8ba1-d95e4b749068");

Article loadArticle(ArticleRepository &repo, const QString &uid)
{
    auto found = repo.find(uid, ArticleRepository::Load::WithHistory);
    REQUIRE_OK(found);
    REQUIRE(found->has_value());
    return **found;
}

// Runs `work` on a connection of its own to the store at `path`, in a thread of its own (a
// connection belongs to one thread), while this thread goes on after `ms` milliseconds: by
// then `work` waits for whatever this thread's open transaction holds.
class OtherDesk
{
public:
    OtherDesk(const QString &path, std::function<Result<>(Database &)> work, int ms = 500)
        : m_thread([this, location = Test::storeLocation(path), work = std::move(work)] {
            Database::Options options;
            options.path = location;
            auto db = Database::open(options);
            m_result = db ? work(**db) : Result<>(std::unexpected(db.error()));
        })
    {
        QThread::msleep(ms);
    }
    OtherDesk(const OtherDesk &) = delete;
    OtherDesk &operator=(const OtherDesk &) = delete;
    // Waits for the other desk to finish and says how it went.
    Result<> result()
    {
        m_thread.join();
        return m_result;
    }

private:
    Result<> m_result;
    std::thread m_thread;
};

} // namespace

TEST_CASE("the demo newsroom reads back through every repository", "[storage][demo]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("demo.sqlite")));

    auto locales = LocaleRepository(*db).all();
    REQUIRE(locales.has_value());
    REQUIRE(locales->size() == 3);
    CHECK(locales->at(0).code == QStringLiteral("ru"));
    CHECK(locales->at(2).code == QStringLiteral("hy"));
    CHECK(locales->at(2).label == QStringLiteral("AM"));

    auto sections = SectionRepository(*db).all();
    REQUIRE(sections.has_value());
    CHECK(sections->size() >= 2);
    CHECK(sections->first().slug == QStringLiteral("interviews"));
    CHECK(sections->first().texts.size() == 3);

    auto users = UserRepository(*db).all();
    REQUIRE(users.has_value());
    QSet<Role> roles;
    for (const User &u : *users)
        roles.insert(u.role);
    CHECK(roles.size() == 4); // every role is represented

    auto experts = ExpertRepository(*db).all();
    auto quotes = QuoteRepository(*db).all();
    REQUIRE(experts.has_value());
    REQUIRE(quotes.has_value());
    CHECK(experts->size() >= 12);
    for (const Quote &q : *quotes)
        CHECK(q.texts.contains(q.spokenLocale));

    auto settings = SettingsRepository(*db).siteStrings();
    REQUIRE(settings.has_value());
    for (const QString &locale : {QStringLiteral("ru"), QStringLiteral("en"), QStringLiteral("hy")})
        CHECK_FALSE(settings->value(locale).value(QStringLiteral("newsroom_name")).isEmpty());

    ArticleRepository articles(*db);
    const Article a = loadArticle(articles, demoPublished);
    CHECK(a.state == WorkflowState::Published);
    CHECK(a.publishedAt.has_value());
    CHECK(a.translations.size() == 3);
    CHECK(a.translations.at(0).locale == QStringLiteral("ru")); // in locale order
    // Blocks are aligned: the same ids in every locale.
    QStringList ids;
    for (const Block &b : a.translations.at(0).blocks)
        ids.append(b.id);
    for (const Translation &t : a.translations) {
        QStringList these;
        for (const Block &b : t.blocks)
            these.append(b.id);
        CHECK(these == ids);
    }
    CHECK_FALSE(a.history.isEmpty());

    auto problems = IntegrityChecker(*db).run();
    REQUIRE(problems.has_value());
    CHECK(problems->isEmpty());
    // The search index, new in schema 5, was filled from what the store holds.
    auto index = SearchIndex(*db).verify();
    REQUIRE_OK(index);
    CHECK(index->isEmpty());
    auto documents = db->scalar(QStringLiteral("SELECT count(*) FROM search_docs"));
    REQUIRE_OK(documents);
    CHECK(documents->toInt() == 16);
}

TEST_CASE("saving checks the version and never overwrites a newer save", "[storage][concurrency]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("conflict.sqlite")));
    ArticleRepository repo(*db);
    Clock::setFixed(QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC));

    Article mine = loadArticle(repo, demoPublished);
    Article theirs = mine;
    const int base = mine.version;
    const int revisionsBefore = int(mine.revisions.size());

    theirs.translation(u"en")->title = QStringLiteral("Their headline");
    REQUIRE(repo.save(theirs, QStringLiteral("samvel.harutyunyan")).has_value());
    CHECK(theirs.version == base + 1);

    mine.translation(u"en")->title = QStringLiteral("My headline");
    auto lost = repo.save(mine, QStringLiteral("tom.reid"));
    REQUIRE_FALSE(lost.has_value());
    CHECK(lost.error().code == ErrorCode::Conflict);
    CHECK(mine.version == base); // unchanged: the caller still holds its own text

    const Article stored = loadArticle(repo, demoPublished);
    CHECK(stored.version == base + 1);
    CHECK(stored.translation(u"en")->title == QStringLiteral("Their headline"));
    REQUIRE(stored.revisions.size() == revisionsBefore + 2);
    const Revision &kept = stored.revisions.last();
    CHECK(kept.kind == RevisionKind::Conflict);
    CHECK(kept.user == QStringLiteral("tom.reid"));
    CHECK(kept.version == base);
    REQUIRE(kept.snapshot.size() == 3);
    bool found = false;
    for (const Translation &t : kept.snapshot)
        found = found || t.title == QStringLiteral("My headline");
    CHECK(found); // the loser's text is in the store

    // Saving again on top of the current version works.
    Article again = stored;
    again.translation(u"en")->title = QStringLiteral("Merged headline");
    REQUIRE(repo.save(again, QStringLiteral("tom.reid")).has_value());
    CHECK(loadArticle(repo, demoPublished).translation(u"en")->title
          == QStringLiteral("Merged headline"));
    Clock::setFixed(std::nullopt);
}

TEST_CASE("two saves that lose at the same moment keep both texts, in revisions of their own",
          "[storage][concurrency]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("losers.sqlite"));
    auto db = Test::openDemoStore(path);
    ArticleRepository repo(*db);
    Article first = loadArticle(repo, demoPublished);
    Article second = first;
    Article winner = first;
    winner.translation(u"en")->title = QStringLiteral("The winner's headline");
    REQUIRE_OK(repo.save(winner, QStringLiteral("samvel.harutyunyan")));

    // One loser keeps its text in a transaction still open, when the other loses too.
    auto tx = Transaction::begin(*db);
    REQUIRE_OK(tx);
    first.translation(u"en")->title = QStringLiteral("The first loser's headline");
    auto firstLost = repo.save(first, QStringLiteral("tom.reid"));
    REQUIRE_FALSE(firstLost.has_value());
    CHECK(firstLost.error().code == ErrorCode::Conflict);
    second.translation(u"en")->title = QStringLiteral("The second loser's headline");
    OtherDesk other(path, [&second](Database &theirs) {
        return ArticleRepository(theirs).save(second, QStringLiteral("irina.volkova"));
    });
    REQUIRE_OK(tx->commit());
    auto secondLost = other.result();
    REQUIRE_FALSE(secondLost.has_value());
    INFO(secondLost.error().message.toStdString()
         << " " << secondLost.error().detail.toStdString());
    CHECK(secondLost.error().code == ErrorCode::Conflict);

    const Article stored = loadArticle(repo, demoPublished);
    CHECK(stored.translation(u"en")->title == QStringLiteral("The winner's headline"));
    QStringList kept;
    QSet<int> numbers;
    for (const Revision &r : stored.revisions) {
        numbers.insert(r.number);
        for (const Translation &t : r.snapshot) {
            if (r.kind == RevisionKind::Conflict && t.locale == u"en")
                kept.append(r.user + QLatin1Char(':') + t.title);
        }
    }
    CHECK(numbers.size() == stored.revisions.size());
    CHECK(kept
          == QStringList {QStringLiteral("tom.reid:The first loser's headline"),
                          QStringLiteral("irina.volkova:The second loser's headline")});
}

TEST_CASE("two comments added at the same moment are numbered one after the other",
          "[storage][concurrency]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("comments.sqlite"));
    auto db = Test::openDemoStore(path);
    CommentRepository comments(*db);
    const Comment comment {0,
                           QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC),
                           QStringLiteral("samvel.harutyunyan"),
                           {},
                           QStringLiteral("First"),
                           {},
                           {}};
    auto tx = Transaction::begin(*db);
    REQUIRE_OK(tx);
    auto first = comments.add(demoPublished, comment);
    REQUIRE_OK(first);
    int second = 0;
    OtherDesk other(path, [&](Database &theirs) -> Result<> {
        Comment next = comment;
        next.text = QStringLiteral("Second");
        auto number = CommentRepository(theirs).add(demoPublished, next);
        if (!number)
            return std::unexpected(number.error());
        second = *number;
        return {};
    });
    REQUIRE_OK(tx->commit());
    REQUIRE_OK(other.result());
    CHECK(second == *first + 1);
    auto listed = comments.list(demoPublished);
    REQUIRE_OK(listed);
    REQUIRE(listed->size() >= 2);
    CHECK(listed->at(listed->size() - 2).comment.text == u"First");
    CHECK(listed->last().comment.text == u"Second");
}

TEST_CASE("creating an article records version 1 and its first revision", "[storage]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("create.sqlite")));
    ArticleRepository repo(*db);
    auto sections = SectionRepository(*db).all();
    REQUIRE(sections.has_value());

    Article a;
    a.uid = QStringLiteral("11111111-2222-4333-8444-555555555555");
    a.sectionUid = sections->first().uid;
    a.sourceLocale = QStringLiteral("hy");
    a.authors = {QStringLiteral("ani.hakobyan")};
    Translation t;
    t.locale = QStringLiteral("hy");
    t.title = QStringLiteral("Նոր հոդված");
    t.blocks = {
        {QStringLiteral("b1"), BlockType::Paragraph, QStringLiteral("Առաջին պարբերություն։"), {}}};
    a.translations = {t};
    REQUIRE_OK(repo.create(a, QStringLiteral("ani.hakobyan")));
    CHECK(a.version == 1);

    const Article stored = loadArticle(repo, a.uid);
    CHECK(stored.translations == a.translations);
    CHECK(stored.authors == a.authors);
    REQUIRE(stored.revisions.size() == 1);
    CHECK(stored.revisions.first().snapshot == a.translations);

    SECTION("a second article with the same uid is refused")
    {
        Article copy = a;
        auto again = repo.create(copy, QStringLiteral("ani.hakobyan"));
        REQUIRE_FALSE(again.has_value());
        CHECK(again.error().code == ErrorCode::Conflict);
    }
    SECTION("an unknown author is refused and nothing is written")
    {
        Article other = a;
        other.uid = QStringLiteral("11111111-2222-4333-8444-666666666666");
        other.authors = {QStringLiteral("nobody")};
        auto refused = repo.create(other, QStringLiteral("ani.hakobyan"));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::NotFound);
        auto missing = repo.find(other.uid);
        REQUIRE(missing.has_value());
        CHECK_FALSE(missing->has_value());
    }
}

TEST_CASE("the article list pages with keysets, in order, without gaps or repeats",
          "[storage][list]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("list.sqlite")));
    ArticleRepository repo(*db);
    auto total = repo.count();
    REQUIRE(total.has_value());
    REQUIRE(*total == 6);

    for (ArticleSort sort :
         {ArticleSort::Updated, ArticleSort::Title, ArticleSort::Published, ArticleSort::State}) {
        for (bool descending : {true, false}) {
            ArticleQuery query;
            query.sort = sort;
            query.descending = descending;
            query.limit = 100;
            auto all = ArticleLists(*db).summaries(query);
            REQUIRE(all.has_value());
            REQUIRE(all->size() == 6);

            query.limit = 2;
            QList<ArticleSummary> paged;
            for (int guard = 0; guard < 10; ++guard) {
                auto page = ArticleLists(*db).summaries(query);
                REQUIRE(page.has_value());
                paged.append(*page);
                if (page->size() < query.limit)
                    break;
                query.afterKey = page->last().sortKey;
                query.afterRowId = page->last().rowId;
            }
            REQUIRE(paged.size() == all->size());
            for (qsizetype i = 0; i < paged.size(); ++i)
                CHECK(paged.at(i).uid == all->at(i).uid);
            for (qsizetype i = 1; i < all->size(); ++i) {
                if (descending)
                    CHECK(all->at(i - 1).sortKey >= all->at(i).sortKey);
                else
                    CHECK(all->at(i - 1).sortKey <= all->at(i).sortKey);
            }
        }
    }

    ArticleQuery published;
    published.state = WorkflowState::Published;
    CHECK(ArticleLists(*db).summaries(published)->size() == 4);

    ArticleQuery armenian;
    armenian.locale = QStringLiteral("hy");
    auto hy = ArticleLists(*db).summaries(armenian);
    REQUIRE(hy.has_value());
    for (const ArticleSummary &s : *hy) {
        bool has = false;
        for (const auto &[code, state] : s.locales)
            has = has || code == QStringLiteral("hy");
        CHECK(has);
    }
    CHECK(hy->size() < 6);

    ArticleQuery byAuthor;
    byAuthor.author = QStringLiteral("nobody-at-all");
    CHECK(ArticleLists(*db).summaries(byAuthor)->isEmpty());
}

TEST_CASE("upgrading an old store fills in live locales and approved translations' sources",
          "[storage][migration][sqlite]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.sqlite"));
    QList<Article> before;
    {
        auto db = Test::openDemoStore(path);
        ArticleRepository repo(*db);
        auto uids = repo.uids();
        REQUIRE(uids.has_value());
        for (const QString &uid : std::as_const(*uids)) {
            auto a = repo.find(uid);
            REQUIRE(a.has_value());
            before.append(**a);
        }
        // What a store at schema 3 written before schemas 2 and 3 looked like: no live times,
        // no records of sources.
        REQUIRE_OK(db->run(QStringLiteral("UPDATE translations SET published_at = NULL")));
        REQUIRE_OK(db->run(QStringLiteral("DELETE FROM segment_sources")));
        REQUIRE_OK(db->run(
            QStringLiteral("UPDATE quote_texts SET source_text = NULL, source_hash = NULL")));
        REQUIRE_OK(db->run(QStringLiteral("DROP TABLE search")));
        REQUIRE_OK(db->run(QStringLiteral("DROP TABLE search_docs")));
        REQUIRE_OK(db->run(QStringLiteral("DROP TABLE saved_searches"))); // schema 6
        REQUIRE_OK(db->run(QStringLiteral("DROP INDEX articles_published")));
        for (const char *trigger : // schema 7
             {"backlog_locale_added", "backlog_locale_removed", "backlog_article_added",
              "backlog_article_changed", "backlog_article_removed", "backlog_translation_added",
              "backlog_translation_removed", "backlog_translation_changed"})
            REQUIRE_OK(db->run(QStringLiteral("DROP TRIGGER %1").arg(QLatin1StringView(trigger))));
        REQUIRE_OK(db->run(QStringLiteral("DROP TABLE translation_backlog")));
        REQUIRE_OK(db->run(QStringLiteral("DROP TABLE change_log")));
        REQUIRE_OK(db->run(QStringLiteral("DROP TABLE newsroom_audit"))); // schema 8
        REQUIRE_OK(db->run(QStringLiteral("DROP TABLE presence"))); // schema 10
        REQUIRE_OK(db->run(QStringLiteral("DROP TABLE inbox"))); // schema 11
        REQUIRE_OK(db->run(QStringLiteral("DROP TABLE user_names"))); // schema 12
        REQUIRE_OK(db->run(QStringLiteral("PRAGMA user_version = 3")));
    }
    auto db = Test::openStore(path);
    REQUIRE(db->schemaVersion() >= 4);
    ArticleRepository repo(*db);
    int publishedLocales = 0;
    int unrecordedInProgress = 0;
    for (const Article &old : std::as_const(before)) {
        auto found = repo.find(old.uid);
        REQUIRE(found.has_value());
        const Article &now = **found;
        for (const Translation &t : now.translations) {
            INFO(old.uid.toStdString() << " " << t.locale.toStdString());
            const Translation *was = old.translation(t.locale);
            REQUIRE(was);
            const bool live
                = old.state == WorkflowState::Published && t.state == TranslationState::Approved;
            CHECK(t.publishedAt.has_value() == live);
            if (live) {
                CHECK(t.publishedAt == old.publishedAt);
                ++publishedLocales;
            }
            if (t.locale == now.sourceLocale)
                continue;
            const Segments::Coverage c = Segments::coverage(now, t.locale);
            if (t.state == TranslationState::Approved) {
                CHECK(c.stale == 0); // approved against the source as it stands
            } else if (c.done + c.stale > 0) {
                CHECK(c.done == 0); // nobody vouched for it: stale until confirmed
                ++unrecordedInProgress;
            }
        }
    }
    CHECK(publishedLocales >= 8);
    CHECK(unrecordedInProgress > 0);
    auto quotes = QuoteRepository(*db).all();
    REQUIRE(quotes.has_value());
    for (const Quote &q : std::as_const(*quotes)) {
        for (auto it = q.texts.cbegin(); it != q.texts.cend(); ++it) {
            if (q.approved)
                CHECK_FALSE(Segments::quoteStale(q, it.key()));
        }
    }
    auto problems = IntegrityChecker(*db).run();
    REQUIRE(problems.has_value());
    CHECK(problems->isEmpty());
    // The search index, new in schema 5, was filled from what the store holds.
    auto index = SearchIndex(*db).verify();
    REQUIRE_OK(index);
    CHECK(index->isEmpty());
    auto documents = db->scalar(QStringLiteral("SELECT count(*) FROM search_docs"));
    REQUIRE_OK(documents);
    CHECK(documents->toInt() == 16);
}

TEST_CASE("where an expert is quoted: their quotes and the articles using them",
          "[storage][experts]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("quoted.sqlite")));
    ExpertRepository experts(*db);
    // Gayane Martirosyan: two quotes, said in Armenian.
    const QString gayane = QStringLiteral("772d0137-5f30-483a-8221-8533752dc74c");
    auto quoted = experts.quotations(gayane);
    REQUIRE_OK(quoted);
    REQUIRE(quoted->size() == 2);
    int uses = 0;
    for (const auto &q : *quoted) {
        CHECK(q.spokenLocale == QStringLiteral("hy"));
        CHECK_FALSE(q.text.isEmpty());
        for (const auto &u : q.uses) {
            ++uses;
            CHECK_FALSE(u.title.isEmpty());
            CHECK_FALSE(u.locales.isEmpty());
            for (const QString &live : u.liveLocales)
                CHECK(u.locales.contains(live));
            if (u.state == WorkflowState::Published)
                CHECK_FALSE(u.liveLocales.isEmpty());
        }
    }
    CHECK(uses >= 1);

    // A new expert with a quote nobody uses yet, then merged into Gayane.
    REQUIRE_OK(
        experts.upsert({QStringLiteral("dup"),
                        {{QStringLiteral("en"), {QStringLiteral("G. Martirosyan"), {}, {}}}}}));
    Quote q;
    q.uid = QStringLiteral("unused-quote");
    q.expertUid = QStringLiteral("dup");
    q.spokenLocale = QStringLiteral("en");
    q.texts.insert(QStringLiteral("en"), QStringLiteral("Water is memory."));
    REQUIRE_OK(QuoteRepository(*db).upsert(q));
    auto dup = experts.quotations(QStringLiteral("dup"));
    REQUIRE_OK(dup);
    REQUIRE(dup->size() == 1);
    CHECK(dup->first().text == QStringLiteral("Water is memory."));
    CHECK(dup->first().uses.isEmpty());

    REQUIRE_OK(experts.merge(gayane, QStringLiteral("dup")));
    auto merged = experts.quotations(gayane);
    REQUIRE_OK(merged);
    CHECK(merged->size() == 3);
    CHECK(experts.quotations(QStringLiteral("dup")).error().code == ErrorCode::NotFound);
}

TEST_CASE("a person's names per locale are saved, read back, changed and removed",
          "[storage][users]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("names.sqlite")));
    UserRepository users(*db);
    User anna;
    anna.name = QStringLiteral("anna.petrosyan");
    anna.displayName = QStringLiteral("Anna Petrosyan");
    anna.names = {{QStringLiteral("ru"), QStringLiteral("Анна Петросян")},
                  {QStringLiteral("hy"), QStringLiteral("Աննա Պետրոսյան")}};
    REQUIRE_OK(users.upsert(anna));
    auto read = users.require(anna.name);
    REQUIRE_OK(read);
    CHECK(*read == anna);
    CHECK(read->displayNameIn(QStringLiteral("ru")) == QStringLiteral("Анна Петросян"));
    CHECK(read->displayNameIn(QStringLiteral("hy")) == QStringLiteral("Աննա Պետրոսյան"));
    CHECK(read->displayNameIn(QStringLiteral("en")) == QStringLiteral("Anna Petrosyan"));

    // Another spelling in Russian, none in Armenian any more: the display name stands in.
    anna.names = {{QStringLiteral("ru"), QStringLiteral("Анна Петросьян")}};
    REQUIRE_OK(users.upsert(anna));
    read = users.require(anna.name);
    REQUIRE_OK(read);
    CHECK(read->names == anna.names);
    CHECK(read->displayNameIn(QStringLiteral("hy")) == QStringLiteral("Anna Petrosyan"));
    // Another person keeps theirs.
    User aram = anna;
    aram.name = QStringLiteral("aram.sargsyan");
    aram.displayName = QStringLiteral("Aram Sargsyan");
    aram.names = {{QStringLiteral("hy"), QStringLiteral("Արամ Սարգսյան")}};
    REQUIRE_OK(users.upsert(aram));
    REQUIRE_OK(users.upsert(anna));
    CHECK(users.require(aram.name)->names == aram.names);

    anna.names.clear();
    REQUIRE_OK(users.upsert(anna));
    read = users.require(anna.name);
    REQUIRE_OK(read);
    CHECK(read->names.isEmpty());
    auto rows = db->scalar(QStringLiteral("SELECT count(*) FROM user_names n JOIN users u "
                                          "ON u.id = n.user_id WHERE u.name = ?"),
                           {anna.name});
    REQUIRE_OK(rows);
    CHECK(rows->toInt() == 0);
}

TEST_CASE("a store at schema 11 upgrades to per-locale names keeping its people",
          "[storage][migration][users]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("eleven.sqlite"));
    QList<User> before;
    {
        auto db = Test::openDemoStore(path);
        auto all = UserRepository(*db).all();
        REQUIRE_OK(all);
        for (User u : std::as_const(*all)) {
            u.names.clear();
            before.append(u);
        }
        // The store as schema 11 left it: people with one display name each (and on SQLite
        // no digests of search documents, schema 13).
        REQUIRE_OK(db->run(QStringLiteral("DROP TABLE user_names")));
        if (!db->isServer())
            REQUIRE_OK(db->run(QStringLiteral("ALTER TABLE search_docs DROP COLUMN digest")));
        REQUIRE_OK(db->run(db->isServer() ? QStringLiteral(
                               "UPDATE byline_meta SET value = '11' WHERE key = 'schema_version'")
                                          : QStringLiteral("PRAGMA user_version = 11")));
    }
    REQUIRE(before.size() == 8);
    auto db = Test::openStore(path);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    auto after = UserRepository(*db).all();
    REQUIRE_OK(after);
    REQUIRE(after->size() == before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        INFO(before.at(i).name.toStdString());
        CHECK(after->at(i) == before.at(i)); // no names per locale until an admin gives them
        CHECK(after->at(i).displayNameIn(QStringLiteral("ru")) == before.at(i).displayName);
    }
    User tom = *UserRepository(*db).require(QStringLiteral("tom.reid"));
    tom.names.insert(QStringLiteral("ru"), QStringLiteral("Том Рид"));
    REQUIRE_OK(UserRepository(*db).upsert(tom));
    CHECK(UserRepository(*db).require(tom.name)->displayNameIn(QStringLiteral("ru"))
          == QStringLiteral("Том Рид"));
    auto problems = IntegrityChecker(*db).run();
    REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
}
