// StoreCopier (`byline-cli copy`): a whole store into a new or empty one. The plain run copies
// SQLite -> SQLite -> SQLite; the "pg:" run copies SQLite -> PostgreSQL -> SQLite, and the
// stores that stand for "the engine under test" are databases on the test server.
#include "core/domain/SavedSearch.h"
#include "core/interchange/Exporter.h"
#include "core/services/EditService.h"
#include "core/services/SettingsService.h"
#include "core/storage/IntegrityChecker.h"
#include "core/storage/SavedSearchRepository.h"
#include "core/storage/StoreCopier.h"
#include "core/workflow/WorkflowService.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Byline;
using namespace Byline::Storage;
using Byline::Test::TempDir;

namespace {

const QString editor = QStringLiteral("samvel.harutyunyan");
const QString journalist = QStringLiteral("ani.hakobyan");
const QString admin = QStringLiteral("t.babayan");
const QString interviews = QStringLiteral("9fe74806-a99f-491f-80d7-82a9884d4013");
const QString submitted = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626");
const QString draft = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b");

// The demo newsroom with what the demo lacks: revisions, comments (one resolved), more of the
// audit trail, a saved search, the newsroom's own audit trail.
void addHistory(Database &db)
{
    auto made = EditService(db).create(journalist, interviews, QStringLiteral("ru"),
                                       QStringLiteral("Ёлки и «кавычки»"));
    REQUIRE_OK(made);
    WorkflowService workflow(db);
    REQUIRE_OK(workflow.act({submitted, Action::Approve, editor, {}, {}, {}}));
    auto number = workflow.comment(draft, editor, QStringLiteral("en"),
                                   QStringLiteral("Ստուգեք մեջբերումը"));
    REQUIRE_OK(number);
    REQUIRE_OK(workflow.comment(draft, journalist, {}, QStringLiteral("Done")));
    REQUIRE_OK(workflow.resolveComment(draft, journalist, *number));
    SavedSearch saved;
    saved.user = journalist;
    saved.name = QStringLiteral("Water");
    saved.text = QStringLiteral("вода*");
    saved.locale = QStringLiteral("ru");
    REQUIRE_OK(SavedSearchRepository(db).add(saved));
    SettingsService::Change change;
    change.settings.insert(QStringLiteral("base_url"), QStringLiteral("https://news.example.org"));
    change.added.append({QStringLiteral("new.person"),
                         QStringLiteral("New Person"),
                         Role::Translator,
                         {QStringLiteral("hy")},
                         true});
    REQUIRE_OK(SettingsService(db).apply(change, admin));
}

// Every row of the tables StoreCopier copies, as text, sorted (the engines sort NULL apart);
// change_log apart.
QStringList rowsOf(Database &db, bool withChangeLog = false)
{
    QStringList rows;
    for (const QString &table : StoreCopier::tables()) {
        if (table == QLatin1String("change_log") && !withChangeLog)
            continue;
        const QSqlRecord record = db.connection().record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
        columns.sort();
        auto q = db.run(
            QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
        REQUIRE_OK(q);
        while (q->next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i)
                values.append(q->value(i).isNull() ? QStringLiteral("NULL")
                                                   : q->value(i).toString());
            rows.append(table + QLatin1Char(':') + values.join(QLatin1Char('|')));
        }
    }
    rows.sort();
    return rows;
}

QStringList changeLog(Database &db)
{
    QStringList rows;
    for (const QString &row : rowsOf(db, true)) {
        if (row.startsWith(QLatin1String("change_log:")))
            rows.append(row);
    }
    return rows;
}

QByteArray exported(Database &db)
{
    auto json = Interchange::Exporter(db).exportJson();
    REQUIRE_OK(json);
    return *json;
}

void requireSound(Database &db)
{
    auto problems = IntegrityChecker(db).run();
    REQUIRE_OK(problems);
    for (const auto &problem : *problems)
        UNSCOPED_INFO(problem.text.toStdString());
    CHECK(problems->isEmpty());
}

StoreCopier::Report copied(const QString &from, const QString &to, int pageRows = 0)
{
    StoreCopier copier(from, to);
    copier.setPageRows(pageRows);
    auto report = copier.run();
    REQUIRE_OK(report);
    return *report;
}

// The files of the store `name` in `dir`, its side files and scratch copies beside it.
QStringList filesOf(const TempDir &dir, const QString &name)
{
    return QDir(dir.path({}))
        .entryList({name + QStringLiteral("*"), QStringLiteral(".") + name + QStringLiteral("*")},
                   QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("copy: a newsroom goes to the engine under test and back with every row, the same "
          "export and a sound store",
          "[storage][copy]")
{
    TempDir dir;
    const QString a = dir.path(QStringLiteral("a.sqlite"));
    const QString b = Test::storeLocation(dir.path(QStringLiteral("b.sqlite")));
    const QString c = dir.path(QStringLiteral("c.sqlite"));
    auto source = Test::openDemoStoreAt(a);
    addHistory(*source);

    // Pages of three rows: every table of more than three rows takes several.
    QList<std::tuple<StoreCopier::Stage, QString, qint64, qint64>> heard;
    StoreCopier there(a, b);
    there.setPageRows(3);
    there.setProgress(
        [&](StoreCopier::Stage stage, const QString &table, qint64 done, qint64 total) {
            heard.append({stage, table, done, total});
        });
    auto report = there.run();
    REQUIRE_OK(report);
    CHECK(report->articles == 7);
    CHECK(report->tables == int(StoreCopier::tables().size()));
    CHECK(report->toServer == Test::onServer());
    CHECK(report->searchDocuments > 0);
    CHECK(heard.contains({StoreCopier::Stage::Rows, QStringLiteral("articles"), 3, 7}));
    CHECK(heard.contains({StoreCopier::Stage::Rows, QStringLiteral("articles"), 7, 7}));
    CHECK(heard.contains({StoreCopier::Stage::SearchIndex, QString(), 7, 7}));
    copied(b, c, 5);

    auto middle = Test::openExistingStoreAt(b);
    auto back = Test::openExistingStoreAt(c);
    CHECK(middle->isServer() == Test::onServer());
    requireSound(*middle);
    requireSound(*back);
    const QByteArray original = exported(*source);
    CHECK(exported(*middle) == original);
    CHECK(exported(*back) == original);
    // Ids, uids, versions, times, history: the rows themselves.
    const QStringList rows = rowsOf(*source);
    CHECK(rowsOf(*middle) == rows);
    CHECK(rowsOf(*back) == rows);
    // The change log comes across; a server adds one "reload everything" for desks connected
    // to it.
    const QStringList log = changeLog(*source);
    const QStringList logBack = changeLog(*back);
    QStringList added = logBack;
    for (const QString &row : log)
        CHECK(added.removeOne(row));
    CHECK(added.size() == (Test::onServer() ? 1 : 0));
    for (const QString &row : std::as_const(added))
        CHECK(row.contains(QStringLiteral("|many|")));
}

TEST_CASE("copy: into an empty file, or into a server database with nothing in it yet",
          "[storage][copy]")
{
    TempDir dir;
    const QString a = dir.path(QStringLiteral("a.sqlite"));
    auto source = Test::openDemoStoreAt(a);
    QString target = dir.path(QStringLiteral("empty.sqlite"));
    if (Test::onServer())
        target = Test::serverUrl(Test::emptyServerDatabase());
    else
        Test::writeFile(target, {});
    copied(a, target);
    auto copy = Test::openExistingStoreAt(target);
    CHECK(exported(*copy) == exported(*source));
    requireSound(*copy);
}

TEST_CASE("copy: new work on the copy gets ids of its own", "[storage][copy]")
{
    TempDir dir;
    const QString a = dir.path(QStringLiteral("a.sqlite"));
    const QString b = Test::storeLocation(dir.path(QStringLiteral("b.sqlite")));
    {
        auto source = Test::openDemoStoreAt(a);
        addHistory(*source);
    }
    copied(a, b);
    auto db = Test::openExistingStoreAt(b);
    const qint64 lastArticle
        = db->scalar(QStringLiteral("SELECT max(id) FROM articles"))->toLongLong();

    // A new article (articles, translations, blocks, authors, revisions), workflow steps
    // (audit), comments, a saved search, a person (users, the newsroom's audit trail), and a
    // change log row with each commit.
    auto made = EditService(*db).create(journalist, interviews, QStringLiteral("en"),
                                        QStringLiteral("After the move"));
    REQUIRE_OK(made);
    WorkflowService workflow(*db);
    REQUIRE_OK(workflow.act({made->uid, Action::Submit, journalist, {}, {}, {}}));
    REQUIRE_OK(workflow.comment(made->uid, editor, {}, QStringLiteral("Welcome")));
    SavedSearch saved;
    saved.user = editor;
    saved.name = QStringLiteral("Moved");
    saved.text = QStringLiteral("move");
    REQUIRE_OK(SavedSearchRepository(*db).add(saved));
    SettingsService::Change change;
    change.added.append(
        {QStringLiteral("after.move"), QStringLiteral("After Move"), Role::Journalist, {}, true});
    REQUIRE_OK(SettingsService(*db).apply(change, admin));

    CHECK(db->scalar(QStringLiteral("SELECT id FROM articles WHERE uid = ?"), {made->uid})
              ->toLongLong()
          > lastArticle);
    requireSound(*db);
}

TEST_CASE("copy: a target that holds a newsroom is refused and nothing is written",
          "[storage][copy]")
{
    TempDir dir;
    const QString a = dir.path(QStringLiteral("a.sqlite"));
    auto source = Test::openDemoStoreAt(a);
    addHistory(*source);
    const QString b = Test::storeLocation(dir.path(QStringLiteral("b.sqlite")));
    auto target = Test::openDemoStore(dir.path(QStringLiteral("b.sqlite")));
    const QStringList before = rowsOf(*target, true);

    auto refused = StoreCopier(a, b).run();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("already")));
    CHECK(refused.error().message.contains(QStringLiteral("Nothing was written")));
    CHECK(rowsOf(*target, true) == before);

    SECTION("a file that exists, even one that is no store")
    {
        const QString other = dir.path(QStringLiteral("notes.txt"));
        Test::writeFile(other, "my notes");
        auto taken = StoreCopier(a, other).run();
        REQUIRE_FALSE(taken);
        CHECK(taken.error().code == ErrorCode::Conflict);
        CHECK(Test::readFile(other) == "my notes");
    }
    SECTION("the store itself")
    {
        auto itself = StoreCopier(a, a).run();
        REQUIRE_FALSE(itself);
        CHECK(itself.error().code == ErrorCode::Conflict);
    }
}

TEST_CASE("copy: the source is read and never written", "[storage][copy]")
{
    TempDir dir;
    const QString a = Test::storeLocation(dir.path(QStringLiteral("a.sqlite")));
    {
        auto source = Test::openDemoStoreAt(a);
        addHistory(*source);
    }
    auto source = Test::openExistingStoreAt(a);
    const QStringList before = rowsOf(*source, true);
    const QByteArray file = Test::onServer() ? QByteArray() : Test::sha256(a);
    copied(a, dir.path(QStringLiteral("copy.sqlite")));
    CHECK(rowsOf(*source, true) == before);
    if (!Test::onServer())
        CHECK(Test::sha256(a) == file);
}

TEST_CASE("copy: a copy that fails half way leaves no newsroom in the target", "[storage][copy]")
{
    TempDir dir;
    const QString a = dir.path(QStringLiteral("a.sqlite"));
    auto source = Test::openDemoStoreAt(a);
    {
        addHistory(*source);
        // A comment on an article that is not there: the copy meets it after most tables.
        REQUIRE_OK(source->run(QStringLiteral("PRAGMA foreign_keys = OFF")));
        REQUIRE_OK(source->run(QStringLiteral("INSERT INTO comments (article_id, number, at, text) "
                                              "VALUES (9999, 1, '2026-01-01T00:00:00Z', 'lost')")));
        REQUIRE_OK(source->run(QStringLiteral("PRAGMA foreign_keys = ON")));
    }
    const QString b = Test::onServer() ? Test::storeLocation(dir.path(QStringLiteral("b")))
                                       : dir.path(QStringLiteral("b.sqlite"));
    auto failed = StoreCopier(a, b).run();
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::StorageCorrupt);
    CHECK(failed.error().message.contains(QStringLiteral("Nothing of the copy was kept")));
    if (Test::onServer()) {
        // One transaction: not one row stayed, and a copy of a sound store goes in after it.
        auto db = Test::openExistingStoreAt(b);
        CHECK(rowsOf(*db, true).isEmpty());
        db.reset();
        REQUIRE_OK(source->run(QStringLiteral("DELETE FROM comments WHERE article_id = 9999")));
        copied(a, b);
    } else {
        // Nothing under the target's name, and no piece left beside it.
        CHECK(filesOf(dir, QStringLiteral("b.sqlite")).isEmpty());
    }
}

TEST_CASE("copy: a store with a table this Byline does not know is refused, not copied in part",
          "[storage][copy]")
{
    TempDir dir;
    const QString a = dir.path(QStringLiteral("a.sqlite"));
    {
        auto source = Test::openDemoStoreAt(a);
        REQUIRE_OK(
            source->run(QStringLiteral("CREATE TABLE attachments (id INTEGER PRIMARY KEY)")));
    }
    const QString b = Test::storeLocation(dir.path(QStringLiteral("b.sqlite")));
    auto refused = StoreCopier(a, b).run();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("attachments")));
    if (!Test::onServer())
        CHECK_FALSE(QFileInfo::exists(b));
}
