// What a save holds until it commits on a newsroom server (docs/ARCHITECTURE.md, "Two
// engines"): the row of the article it saves, nothing shared with saves of other articles,
// so desks saving different articles never wait for each other.
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace Byline;
using namespace Byline::Storage;
using Byline::Test::TempDir;

namespace {

const QString editor = QStringLiteral("samvel.harutyunyan");

Article loaded(Database &db, const QString &uid)
{
    auto found = ArticleRepository(db).find(uid);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return **found;
}

// Adds `words` to the first text block of the article's source locale and saves it as the
// demo newsroom's editor.
Result<> addAndSave(Database &db, const QString &uid, const QString &words)
{
    Article article = loaded(db, uid);
    Translation *source = article.translation(article.sourceLocale);
    REQUIRE(source != nullptr);
    for (Block &block : source->blocks) {
        if (block.type == BlockType::Paragraph) {
            block.text += words;
            return EditService(db).save(article, editor);
        }
    }
    FAIL("the article has no paragraph");
    return {};
}

qint64 backlog(Database &db)
{
    auto n = db.scalar(QStringLiteral("SELECT sum(articles) FROM translation_backlog"));
    REQUIRE(n.has_value());
    return n->toLongLong();
}

} // namespace

TEST_CASE("saves of two articles at once on a server do not wait for each other",
          "[storage][server]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("locks.sqlite"));
    auto first = Test::openDemoStore(path);
    auto uids = ArticleRepository(*first).uids();
    REQUIRE(uids.has_value());
    REQUIRE(uids->size() >= 2);
    const qint64 backlogBefore = backlog(*first);
    if (!Test::onServer()) {
        // A file has one writer at a time: the second save waits its turn by design. Both
        // saves still leave the translation backlog as it was (they change no state).
        REQUIRE_OK(addAndSave(*first, uids->at(0), QStringLiteral(" Added.")));
        REQUIRE_OK(addAndSave(*first, uids->at(1), QStringLiteral(" Added.")));
        CHECK(backlog(*first) == backlogBefore);
        return;
    }
    auto second = Test::openStore(path); // another desk on the same server database
    // A lock the second desk had to wait for would make its save fail after this long,
    // instead of after the store's own few seconds.
    REQUIRE_OK(second->run(QStringLiteral("SET lock_timeout = '300ms'")));

    auto tx = Transaction::begin(*first, QStringLiteral("a save not yet committed"));
    REQUIRE_OK(tx);
    REQUIRE_OK(addAndSave(*first, uids->at(0), QStringLiteral(" First desk.")));
    // The first desk's save is done but not committed: it still holds what it locked.
    QElapsedTimer clock;
    clock.start();
    REQUIRE_OK(addAndSave(*second, uids->at(1), QStringLiteral(" Second desk.")));
    CHECK(clock.elapsed() < 300);
    REQUIRE_OK(tx->commit());

    const auto text = [&](const QString &uid) {
        const Article a = loaded(*second, uid);
        QString all;
        for (const Block &b : a.translation(a.sourceLocale)->blocks)
            all += b.text;
        return all;
    };
    CHECK(text(uids->at(0)).contains(QStringLiteral(" First desk.")));
    CHECK(text(uids->at(1)).contains(QStringLiteral(" Second desk.")));
    CHECK(backlog(*second) == backlogBefore);
}
