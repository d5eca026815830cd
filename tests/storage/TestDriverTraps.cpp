// What Qt's SQL drivers do that a store must not trip over (docs/ARCHITECTURE.md, "Two
// engines"), proven on both engines: QPSQL cannot prepare BEGIN/COMMIT/ROLLBACK, drops the
// unread rows of a forward-only query when the next statement runs, aborts a transaction on
// lastInsertId(), names its errors with SQLSTATEs, and after any error in a transaction the
// server keeps nothing of it (a later COMMIT quietly rolls back). A lost connection is
// TestReconnect's.
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace Byline;
using namespace Byline::Storage;
using Byline::Test::TempDir;

namespace {

// 1..n, the same statement on both engines.
const QString numbers = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                       "FROM n WHERE i < 500) SELECT i FROM n");

qint64 count(Database &db, const QString &sql)
{
    auto n = db.scalar(sql);
    REQUIRE(n.has_value());
    return n->toLongLong();
}

Result<qint64> addSection(Database &db, const QString &slug)
{
    return db.insert(
        QStringLiteral("INSERT INTO sections (uid, slug, position) VALUES (?, ?, 99) RETURNING id"),
        {QVariant(QStringLiteral("s-") + slug), QVariant(slug)});
}

} // namespace

TEST_CASE("transactions begin, commit and roll back through the store on both engines",
          "[storage][driver]")
{
    TempDir dir;
    auto db = Test::openStore(dir.path(QStringLiteral("traps")));
    {
        auto tx = Transaction::begin(*db, QStringLiteral("kept"));
        REQUIRE_OK(tx);
        REQUIRE_OK(addSection(*db, QStringLiteral("kept")));
        REQUIRE_OK(tx->commit());
    }
    {
        auto tx = Transaction::begin(*db, QStringLiteral("dropped"));
        REQUIRE_OK(tx);
        REQUIRE_OK(addSection(*db, QStringLiteral("dropped")));
    } // not committed: rolled back
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM sections WHERE slug = 'kept'")) == 1);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM sections WHERE slug = 'dropped'")) == 0);
}

TEST_CASE("a query's rows stay readable while other statements run before it is read out",
          "[storage][driver]")
{
    TempDir dir;
    auto db = Test::openStore(dir.path(QStringLiteral("traps")));
    const auto readAllWithOthersBetween = [&] {
        auto rows = db->run(numbers);
        REQUIRE_OK(rows);
        qint64 sum = 0;
        int read = 0;
        while (rows->next()) {
            sum += rows->value(0).toLongLong();
            if (++read % 100 == 1) // another statement on the same connection, mid-read
                (void)count(*db, QStringLiteral("SELECT count(*) FROM sections"));
        }
        CHECK(read == 500);
        CHECK(sum == 500 * 501 / 2);
    };
    readAllWithOthersBetween();
    auto tx = Transaction::begin(*db, QStringLiteral("reading"));
    REQUIRE_OK(tx);
    readAllWithOthersBetween();
    REQUIRE_OK(tx->commit());
}

TEST_CASE("a new row's id comes back inside a transaction, which goes on", "[storage][driver]")
{
    TempDir dir;
    auto db = Test::openStore(dir.path(QStringLiteral("traps")));
    auto tx = Transaction::begin(*db, QStringLiteral("two sections"));
    REQUIRE_OK(tx);
    auto first = addSection(*db, QStringLiteral("first"));
    REQUIRE_OK(first);
    auto second = addSection(*db, QStringLiteral("second"));
    REQUIRE_OK(second);
    CHECK(*second != *first);
    REQUIRE_OK(tx->commit());
    CHECK(count(*db,
                QStringLiteral("SELECT count(*) FROM sections WHERE slug IN "
                               "('first', 'second')"))
          == 2);
}

TEST_CASE("the driver's errors are named by what happened, on both engines", "[storage][driver]")
{
    TempDir dir;
    auto db = Test::openStore(dir.path(QStringLiteral("traps")));
    REQUIRE_OK(addSection(*db, QStringLiteral("taken")));
    auto duplicate = addSection(*db, QStringLiteral("taken"));
    REQUIRE_FALSE(duplicate.has_value());
    CHECK(duplicate.error().code == ErrorCode::Conflict);
    auto nonsense = db->run(QStringLiteral("SELECT no_such_column FROM sections"));
    REQUIRE_FALSE(nonsense.has_value());
    CHECK(nonsense.error().code == ErrorCode::StorageFailure);
    CHECK_FALSE(nonsense.error().detail.isEmpty());
}

TEST_CASE("after a failed statement a transaction keeps nothing, and says so at commit",
          "[storage][driver]")
{
    TempDir dir;
    auto db = Test::openStore(dir.path(QStringLiteral("traps")));
    REQUIRE_OK(addSection(*db, QStringLiteral("taken")));
    auto tx = Transaction::begin(*db, QStringLiteral("a section and a clash"));
    REQUIRE_OK(tx);
    REQUIRE_OK(addSection(*db, QStringLiteral("new")));
    REQUIRE_FALSE(addSection(*db, QStringLiteral("taken")).has_value()); // the caller goes on
    // PostgreSQL would answer COMMIT with a quiet rollback; the store must not call that saved.
    auto committed = tx->commit();
    REQUIRE_FALSE(committed.has_value());
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM sections WHERE slug = 'new'")) == 0);
    // The connection is usable again at once.
    REQUIRE_OK(addSection(*db, QStringLiteral("after")));
}
