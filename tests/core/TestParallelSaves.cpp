// Saves per language never collide (docs/ARCHITECTURE.md, "Saves per language"): a save that
// someone else's save overtook is merged part by part (each translation, each article-wide
// field); only the same part changed on both sides is a conflict. On both engines.
#include "core/services/EditService.h"
#include "core/services/SaveMerge.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/translation/Segments.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace Byline;
using Byline::Test::TempDir;

namespace {

// The demo's draft: Russian source by irina.volkova, with an English translation; narine
// translates English and Armenian, samvel is an editor.
const QString draftUid = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b");
const QString irina = QStringLiteral("irina.volkova");
const QString narine = QStringLiteral("narine.grigoryan");
const QString samvel = QStringLiteral("samvel.harutyunyan");
const QStringList sections {QStringLiteral("9fe74806-a99f-491f-80d7-82a9884d4013"),
                            QStringLiteral("f3d76850-e4d1-4a0c-9b5d-a9dfa8ab6596")};

Article load(Storage::Database &db)
{
    auto found = Storage::ArticleRepository(db).find(draftUid);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return **found;
}

QString &blockText(Article &article, const QString &locale, const QString &id)
{
    Translation *t = article.translation(locale);
    REQUIRE(t != nullptr);
    for (Block &b : t->blocks) {
        if (b.id == id)
            return b.text;
    }
    FAIL("no block " << id.toStdString());
    static QString none;
    return none;
}

} // namespace

TEST_CASE("a translator's save and a journalist's save of other languages both succeed, in "
          "either order",
          "[workflow][edit][parallel]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("parallel.sqlite")));
    const Article base = load(*db);
    const bool translatorFirst = GENERATE(true, false);

    Article russian = base; // Irina, at her desk
    blockText(russian, QStringLiteral("ru"), QStringLiteral("b4")) += QStringLiteral(" Дополнено.");
    Article english = base; // Narine, at hers
    english.translation(u"en")->title = QStringLiteral("Rails across the steppe, revised");
    const auto save = [&](Article &mine, const QString &who) {
        return EditService(*db).save(mine, who, &base);
    };
    REQUIRE_OK(translatorFirst ? save(english, narine) : save(russian, irina));
    // The second was loaded before the first was saved: merged, not a conflict.
    Article second = translatorFirst ? russian : english;
    REQUIRE_OK(save(second, translatorFirst ? irina : narine));
    CHECK(second.version == base.version + 2);

    Article now = load(*db);
    CHECK(now.version == base.version + 2);
    CHECK(blockText(now, QStringLiteral("ru"), QStringLiteral("b4"))
              .endsWith(QStringLiteral(" Дополнено.")));
    CHECK(now.translation(u"en")->title == QStringLiteral("Rails across the steppe, revised"));
    CHECK(second.translation(u"en")->title == now.translation(u"en")->title); // what was saved
    // Nobody's text went to the conflict revisions.
    auto withHistory = Storage::ArticleRepository(*db).find(
        draftUid, Storage::ArticleRepository::Load::WithHistory);
    REQUIRE_OK(withHistory);
    for (const Revision &r : (*withHistory)->revisions)
        CHECK(r.kind != RevisionKind::Conflict);
}

TEST_CASE("a translation made from a source someone changed meanwhile shows as stale",
          "[workflow][edit][parallel]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("stale.sqlite")));
    Article base = load(*db);
    const QString oldSource = blockText(base, QStringLiteral("ru"), QStringLiteral("b1"));

    Article russian = base;
    blockText(russian, QStringLiteral("ru"), QStringLiteral("b1"))
        = QStringLiteral("Совсем другой первый абзац.");
    REQUIRE_OK(EditService(*db).save(russian, irina, &base));
    // Narine translated the first paragraph from the Russian she had loaded.
    Article english = base;
    blockText(english, QStringLiteral("en"), QStringLiteral("b1"))
        = QStringLiteral("On paper the route looks simple, and here is why it is not.");
    REQUIRE_OK(EditService(*db).save(english, narine, &base));

    const Article now = load(*db);
    CHECK(now.translation(u"en")->sources.value(QStringLiteral("block:b1")) == oldSource);
    CHECK(Segments::coverage(now, QStringLiteral("en")).stale >= 1);
}

TEST_CASE("the same language changed on both sides is still a conflict, and nothing is lost",
          "[workflow][edit][parallel]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("same.sqlite")));
    const Article base = load(*db);
    Article editorCopy = base;
    blockText(editorCopy, QStringLiteral("ru"), QStringLiteral("b1")) += QStringLiteral(" Правка.");
    REQUIRE_OK(EditService(*db).save(editorCopy, samvel, &base));

    Article mine = base;
    mine.translation(u"ru")->title += QStringLiteral(" (черновик)");
    auto conflict = EditService(*db).save(mine, irina, &base);
    REQUIRE_FALSE(conflict.has_value());
    CHECK(conflict.error().code == ErrorCode::Conflict);
    const Article now = load(*db);
    CHECK_FALSE(now.translation(u"ru")->title.endsWith(QStringLiteral(" (черновик)")));
    auto withHistory = Storage::ArticleRepository(*db).find(
        draftUid, Storage::ArticleRepository::Load::WithHistory);
    REQUIRE_OK(withHistory);
    const Revision &kept = (*withHistory)->revisions.last();
    CHECK(kept.kind == RevisionKind::Conflict);
    CHECK(kept.snapshot.constFirst().title.endsWith(QStringLiteral(" (черновик)")));

    // The article-wide fields are parts too: the editor moves the section while the
    // translator saves English; both stay. Both setting the section differently conflicts.
    const Article again = load(*db);
    const QString otherSection = sections.at(sections.at(0) == again.sectionUid ? 1 : 0);
    Article moved = again;
    moved.sectionUid = otherSection;
    Article translated = again;
    translated.translation(u"en")->lead += QStringLiteral(" More.");
    REQUIRE_OK(EditService(*db).save(moved, samvel, &again));
    REQUIRE_OK(EditService(*db).save(translated, narine, &again));
    CHECK(load(*db).sectionUid == otherSection);
    CHECK(load(*db).translation(u"en")->lead.endsWith(QStringLiteral(" More.")));
    CHECK_FALSE(SaveMerge::byLanguage(
                    again,
                    [&] {
                        Article other = again;
                        other.sectionUid = again.sectionUid + QStringLiteral("-elsewhere");
                        return other;
                    }(),
                    load(*db))
                    .has_value());
}

TEST_CASE("two desks saving two languages of one article at the same moment both succeed",
          "[workflow][edit][parallel][concurrency]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("moment.sqlite"));
    auto db = Test::openDemoStore(path);
    const Article base = load(*db);
    const QString location = Test::storeLocation(path);
    std::atomic<int> ready {0};
    std::atomic<bool> go {false};
    std::optional<Error> failures[2];
    int versions[2] = {0, 0};
    const auto desk = [&](int index) {
        Storage::Database::Options options;
        options.path = location;
        auto own = Storage::Database::open(options);
        if (!own) {
            failures[index] = own.error();
            ++ready;
            return;
        }
        Article mine = base;
        if (index == 0)
            mine.translation(u"ru")->lead += QStringLiteral(" Уточнено.");
        else
            mine.translation(u"en")->lead += QStringLiteral(" Clarified.");
        ++ready;
        while (!go)
            std::this_thread::yield();
        auto saved = EditService(**own).save(mine, index == 0 ? irina : narine, &base);
        if (!saved)
            failures[index] = saved.error();
        versions[index] = mine.version;
    };
    std::thread first(desk, 0);
    std::thread second(desk, 1);
    while (ready < 2)
        std::this_thread::yield();
    go = true;
    first.join();
    second.join();
    for (const auto &failure : failures) {
        INFO((failure ? failure->message.toStdString() + " " + failure->detail.toStdString()
                      : std::string()));
        CHECK_FALSE(failure.has_value());
    }
    const Article now = load(*db);
    CHECK(now.version == base.version + 2);
    CHECK((QList<int> {versions[0], versions[1]} == QList<int> {base.version + 1, base.version + 2}
           || QList<int> {versions[0], versions[1]}
               == QList<int> {base.version + 2, base.version + 1}));
    CHECK(now.translation(u"ru")->lead.endsWith(QStringLiteral(" Уточнено.")));
    CHECK(now.translation(u"en")->lead.endsWith(QStringLiteral(" Clarified.")));
}
