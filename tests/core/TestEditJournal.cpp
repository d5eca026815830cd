#include "core/Clock.h"
#include "core/interchange/EditJournal.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/Permissions.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Byline;
using Byline::Interchange::EditJournal;
using Byline::Test::TempDir;

namespace {

const QString draftUid = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b"); // ru source, draft
const QString submittedUid = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626"); // en source

Article load(Storage::Database &db, const QString &uid)
{
    auto found = Storage::ArticleRepository(db).find(uid);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return **found;
}

User user(Storage::Database &db, const QString &name)
{
    auto found = Storage::UserRepository(db).require(name);
    REQUIRE(found.has_value());
    return *found;
}

} // namespace

TEST_CASE("the edit journal keeps a draft exactly and removes it", "[journal]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("journal.sqlite")));
    const EditJournal journal(dir.path(QStringLiteral("journal")));
    Article draft = load(*db, draftUid);
    draft.translation(u"ru")->title
        = QStringLiteral("Рельсы через степь — «черновик» \"с кавычками\"");
    draft.translation(u"en")->blocks.append({QStringLiteral("b99"),
                                             BlockType::Paragraph,
                                             QStringLiteral("Line one\nline two\u00a0\u0561\u0582"),
                                             {}});
    draft.authors.append(QStringLiteral("tom.reid"));

    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    REQUIRE_OK(journal.write(draft, QStringLiteral("irina.volkova")));
    Clock::setFixed(std::nullopt);
    CHECK(QFileInfo::exists(dir.path(QStringLiteral("journal/%1.json").arg(draftUid))));

    auto entry = journal.read(draftUid);
    REQUIRE_OK(entry);
    REQUIRE(entry->has_value());
    const EditJournal::Entry &e = **entry;
    CHECK(e.user == QStringLiteral("irina.volkova"));
    CHECK(e.writtenAt == QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    CHECK(e.draft.version == draft.version);
    CHECK(e.draft.authors == draft.authors);
    CHECK(e.draft.sectionUid == draft.sectionUid);
    CHECK(e.draft.translations == draft.translations); // every field, the locale order too
    CHECK_FALSE(EditJournal::differs(e.draft, draft));
    CHECK(EditJournal::differs(e.draft, load(*db, draftUid)));

    auto left = journal.leftovers();
    REQUIRE_OK(left);
    REQUIRE(left->size() == 1);
    CHECK(left->first().draft.uid == draftUid);

    REQUIRE_OK(journal.remove(draftUid));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("journal/%1.json").arg(draftUid))));
    auto gone = journal.read(draftUid);
    REQUIRE_OK(gone);
    CHECK_FALSE(gone->has_value());
    REQUIRE_OK(journal.remove(draftUid)); // nothing to remove is fine
    auto none = journal.leftovers();
    REQUIRE_OK(none);
    CHECK(none->isEmpty());
}

TEST_CASE("the edit journal refuses damaged files and unsafe names, and keeps them", "[journal]")
{
    TempDir dir;
    const QString folder = dir.path(QStringLiteral("journal"));
    const EditJournal journal(folder);
    REQUIRE(QDir().mkpath(folder));

    // A half-written file (as if written without QSaveFile) is an error, and stays on disk.
    const QString damaged = folder + QStringLiteral("/%1.json").arg(draftUid);
    Test::writeFile(damaged,
                    QByteArrayLiteral("{\"format\": \"byline-journal/1\", \"uid\": \"24d0"));
    auto read = journal.read(draftUid);
    REQUIRE_FALSE(read.has_value());
    CHECK(read.error().code == ErrorCode::InvalidInput);
    CHECK(read.error().message.contains(QStringLiteral("damaged")));
    CHECK(QFileInfo::exists(damaged));
    QStringList unreadable;
    auto left = journal.leftovers(&unreadable);
    REQUIRE_OK(left);
    CHECK(left->isEmpty());
    CHECK(unreadable == QStringList {damaged});

    // Another article's draft under this name, or another format: refused.
    Test::writeFile(damaged, QByteArrayLiteral("{\"format\": \"byline-journal/9\"}"));
    read = journal.read(draftUid);
    REQUIRE_FALSE(read.has_value());
    CHECK(read.error().message.contains(QStringLiteral("byline-journal/9")));

    // A uid is a file name here: nothing that leaves the folder.
    Article evil;
    evil.uid = QStringLiteral("../../etc/passwd");
    auto written = journal.write(evil, QStringLiteral("x"));
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(journal.read(QStringLiteral("../x")).has_value());
    CHECK_FALSE(journal.remove(QString()).has_value());
}

TEST_CASE("the edit journal says when its folder cannot be written", "[journal]")
{
    TempDir dir;
    const QString blocker = dir.path(QStringLiteral("file"));
    Test::writeFile(blocker, "not a folder");
    const EditJournal journal(blocker + QStringLiteral("/journal"));
    Article a;
    a.uid = draftUid;
    auto written = journal.write(a, QStringLiteral("x"));
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().code == ErrorCode::Io);
    CHECK(written.error().message.contains(blocker));
}

TEST_CASE("what an editor may change is what a save would allow", "[journal][permissions]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("rights.sqlite")));
    const Article draft = load(*db, draftUid); // irina.volkova's, ru source, ru + en
    const Article submitted = load(*db, submittedUid); // tom.reid's, submitted
    const User irina = user(*db, QStringLiteral("irina.volkova"));
    const User tom = user(*db, QStringLiteral("tom.reid"));
    const User lena = user(*db, QStringLiteral("lena.mkrtchyan")); // translates into hy
    const User samvel = user(*db, QStringLiteral("samvel.harutyunyan")); // editor

    QString why;
    CHECK(Permissions::mayEditText(irina, draft, QStringLiteral("ru"), &why));
    CHECK(Permissions::mayEditDetails(irina, draft, &why));
    CHECK_FALSE(Permissions::mayEditText(tom, draft, QStringLiteral("ru"), &why));
    CHECK(why.contains(QStringLiteral("not an author")));
    CHECK_FALSE(Permissions::mayEditText(tom, submitted, QStringLiteral("en"), &why));
    CHECK(why.contains(QStringLiteral("no longer a draft")));

    CHECK_FALSE(Permissions::mayEditText(lena, draft, QStringLiteral("ru"), &why));
    CHECK(why.contains(QStringLiteral("source text")));
    CHECK_FALSE(Permissions::mayEditText(lena, draft, QStringLiteral("en"), &why));
    CHECK(why.contains(QStringLiteral("does not translate")));
    CHECK(Permissions::mayEditText(lena, draft, QStringLiteral("hy"), &why)); // adding it
    CHECK_FALSE(Permissions::mayEditDetails(lena, draft, &why));
    CHECK(why.contains(QStringLiteral("section")));

    CHECK(Permissions::mayEditText(samvel, submitted, QStringLiteral("en"), &why));
    CHECK(Permissions::mayEditDetails(samvel, submitted, &why));
}

TEST_CASE("each store has its own journal folder beside the default store", "[journal]")
{
    const QString a = EditJournal::defaultFolder(QStringLiteral("/srv/newsroom/byline.sqlite"));
    const QString b = EditJournal::defaultFolder(QStringLiteral("/tmp/copy/byline.sqlite"));
    CHECK(a != b);
    CHECK(a
          == EditJournal::defaultFolder(QStringLiteral("/srv/newsroom/../newsroom/byline.sqlite")));
    CHECK(a.contains(QStringLiteral("/byline/journal/")));
}
