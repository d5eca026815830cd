// The inbox (docs/ARCHITECTURE.md, "Inbox"): who hears of what, written with the act itself,
// read and marked read by its person. On both engines.
#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "core/services/EditService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/InboxRepository.h"
#include "core/storage/UserRepository.h"
#include "core/translation/Segments.h"
#include "core/workflow/Notices.h"
#include "core/workflow/WorkflowService.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace Byline;
using Byline::Test::FixedClock;
using Byline::Test::TempDir;
using Byline::Test::utc;

namespace {

// The demo: a submitted article (English source by tom.reid, editor samvel; a Russian
// translation by olga ready for review, an Armenian one by narine), and a draft (Russian
// source by irina, English by narine).
const QString submittedUid = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626");
const QString draftUid = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b");
const QString samvel = QStringLiteral("samvel.harutyunyan");
const QString tom = QStringLiteral("tom.reid");
const QString irina = QStringLiteral("irina.volkova");
const QString olga = QStringLiteral("olga.smirnova");
const QString narine = QStringLiteral("narine.grigoryan");
const QString lena = QStringLiteral("lena.mkrtchyan");

QList<InboxEntry> inboxOf(Storage::Database &db, const QString &user)
{
    auto entries = Storage::InboxRepository(db).list(user);
    REQUIRE_OK(entries);
    return *entries;
}

int unreadOf(Storage::Database &db, const QString &user)
{
    auto n = Storage::InboxRepository(db).unread(user);
    REQUIRE_OK(n);
    return *n;
}

Article load(Storage::Database &db, const QString &uid)
{
    auto found = Storage::ArticleRepository(db).find(uid);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return **found;
}

WorkflowService::Request step(const QString &uid, Action action, const QString &user,
                              const QString &locale = {}, const QString &comment = {})
{
    WorkflowService::Request r;
    r.uid = uid;
    r.action = action;
    r.user = user;
    r.locale = locale;
    r.comment = comment;
    return r;
}

} // namespace

TEST_CASE("a comment names people with @login", "[inbox][workflow]")
{
    using Notices::mentioned;
    CHECK(mentioned(QStringLiteral("@ani please check")) == QStringList {QStringLiteral("ani")});
    CHECK(mentioned(QStringLiteral("Ask @Tom.Reid, then @ani."))
          == QStringList {QStringLiteral("tom.reid"), QStringLiteral("ani")});
    CHECK(mentioned(QStringLiteral("@ani and again @ani")) == QStringList {QStringLiteral("ani")});
    CHECK(mentioned(QStringLiteral("write to desk@example.org")).isEmpty());
    CHECK(mentioned(QStringLiteral("(@olga.smirnova)"))
          == QStringList {QStringLiteral("olga.smirnova")});
    CHECK(mentioned(QString::fromUtf8("спросите @ani-2 — и всё"))
          == QStringList {QStringLiteral("ani-2")});
    CHECK(mentioned(QStringLiteral("an @ alone, @@, @.")).isEmpty());
}

TEST_CASE("sending back tells the authors, with the comment, and whoever it mentions",
          "[inbox][workflow]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("sentback.sqlite")));
    FixedClock clock("2026-11-28T12:00:00Z");
    const QString why = QStringLiteral("The second quote needs a source; @olga.smirnova, the "
                                       "Russian figures too. @nobody.here");
    REQUIRE_OK(
        WorkflowService(*db).act(step(submittedUid, Action::RequestChanges, samvel, {}, why)));

    const QList<InboxEntry> his = inboxOf(*db, tom);
    REQUIRE(his.size() == 1);
    CHECK(his[0].kind == InboxKind::SentBack);
    CHECK(his[0].articleUid == submittedUid);
    CHECK(his[0].locale.isEmpty());
    CHECK(his[0].actor == samvel);
    CHECK(his[0].actorName == QStringLiteral("Samvel Harutyunyan"));
    CHECK(his[0].detail == why);
    CHECK(his[0].comment == 1);
    CHECK(his[0].at == utc("2026-11-28T12:00:00Z"));
    CHECK_FALSE(his[0].readAt.has_value());
    CHECK(his[0].headline.startsWith(QStringLiteral("Small markets")));

    const QList<InboxEntry> hers = inboxOf(*db, olga);
    REQUIRE(hers.size() == 1);
    CHECK(hers[0].kind == InboxKind::Mentioned);
    CHECK(hers[0].comment == 1);
    // The one who acted, and someone who is not in the newsroom, hear nothing.
    CHECK(inboxOf(*db, samvel).isEmpty());

    // A translation sent back goes to its translator.
    REQUIRE_OK(WorkflowService(*db).act(step(submittedUid, Action::RequestChanges, samvel,
                                             QStringLiteral("ru"),
                                             QStringLiteral("Headline reads as a calque."))));
    const QList<InboxEntry> now = inboxOf(*db, olga);
    REQUIRE(now.size() == 2);
    CHECK(now[0].kind == InboxKind::SentBack);
    CHECK(now[0].locale == QStringLiteral("ru"));
    CHECK(now[0].comment == 2);
    CHECK(inboxOf(*db, tom).size() == 1);
}

TEST_CASE("a comment that mentions someone lands in their inbox, once, and only if they are "
          "active",
          "[inbox][workflow]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("mention.sqlite")));
    auto number = WorkflowService(*db).comment(
        draftUid, irina, QStringLiteral("en"),
        QStringLiteral("@narine.grigoryan the lead changed; @narine.grigoryan, @irina.volkova"));
    REQUIRE_OK(number);
    const QList<InboxEntry> hers = inboxOf(*db, narine);
    REQUIRE(hers.size() == 1);
    CHECK(hers[0].kind == InboxKind::Mentioned);
    CHECK(hers[0].locale == QStringLiteral("en"));
    CHECK(hers[0].comment == *number);
    CHECK(inboxOf(*db, irina).isEmpty()); // naming yourself tells no one

    auto user = Storage::UserRepository(*db).require(lena);
    REQUIRE_OK(user);
    User gone = *user;
    gone.active = false;
    REQUIRE_OK(Storage::UserRepository(*db).upsert(gone));
    REQUIRE_OK(
        WorkflowService(*db).comment(draftUid, irina, {}, QStringLiteral("@lena.mkrtchyan?")));
    CHECK(inboxOf(*db, lena).isEmpty());
}

TEST_CASE("scheduling and publishing tell the authors, and the translators whose translation "
          "goes live",
          "[inbox][workflow]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("publish.sqlite")));
    FixedClock clock("2026-11-28T12:00:00Z");
    WorkflowService workflow(*db);
    REQUIRE_OK(workflow.act(step(submittedUid, Action::Approve, samvel, QStringLiteral("ru"))));
    REQUIRE_OK(workflow.act(step(submittedUid, Action::Approve, samvel)));
    CHECK(inboxOf(*db, tom).isEmpty()); // approving is not news for the inbox
    WorkflowService::Request schedule = step(submittedUid, Action::Schedule, samvel);
    schedule.at = utc("2026-11-29T06:00:00Z");
    REQUIRE_OK(workflow.act(schedule));
    QList<InboxEntry> his = inboxOf(*db, tom);
    REQUIRE(his.size() == 1);
    CHECK(his[0].kind == InboxKind::Scheduled);
    CHECK(his[0].detail == QStringLiteral("2026-11-29T06:00:00Z"));

    // publish-due publishes it: no one acted, and the approved Russian goes live with it.
    auto published = workflow.publishDue(utc("2026-11-29T06:00:30Z"));
    REQUIRE_OK(published);
    REQUIRE(published->size() == 1);
    his = inboxOf(*db, tom);
    REQUIRE(his.size() == 2);
    CHECK(his[0].kind == InboxKind::Published);
    CHECK(his[0].actor.isEmpty());
    CHECK(his[0].locale.isEmpty());
    const QList<InboxEntry> hers = inboxOf(*db, olga);
    REQUIRE(hers.size() == 1);
    CHECK(hers[0].kind == InboxKind::Published);
    CHECK(hers[0].locale == QStringLiteral("ru"));
    CHECK(inboxOf(*db, narine).isEmpty()); // her Armenian is not approved: not live
}

TEST_CASE("a save tells a new editor, a new translator, and a translator whose translation "
          "went stale (once)",
          "[inbox][edit]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("save.sqlite")));
    EditService edits(*db);

    // The English translation of the draft is made current, segment by segment.
    Article a = load(*db, draftUid);
    for (const auto &s : Segments::coverage(a, QStringLiteral("en")).segments) {
        if (s.state == Segments::State::Stale)
            (void)Segments::markDone(a, QStringLiteral("en"), s.key);
    }
    REQUIRE_OK(edits.save(a, narine));
    a = load(*db, draftUid);
    REQUIRE(Segments::coverage(a, QStringLiteral("en")).stale == 0);

    // irina edits her Russian source: narine's English goes stale.
    Translation *ru = a.translation(QStringLiteral("ru"));
    REQUIRE(ru);
    REQUIRE(ru->blocks.size() >= 2);
    ru->blocks[0].text += QStringLiteral(" Дополнение.");
    REQUIRE_OK(edits.save(a, irina));
    QList<InboxEntry> hers = inboxOf(*db, narine);
    REQUIRE(hers.size() == 1);
    CHECK(hers[0].kind == InboxKind::Stale);
    CHECK(hers[0].locale == QStringLiteral("en"));
    CHECK(hers[0].actor == irina);
    CHECK(hers[0].detail == QStringLiteral("1"));
    // More of the source changes while it is still stale: no second entry per save.
    a = load(*db, draftUid);
    a.translation(QStringLiteral("ru"))->blocks[1].text += QStringLiteral(" Ещё.");
    REQUIRE_OK(edits.save(a, irina));
    CHECK(inboxOf(*db, narine).size() == 1);

    // The editor assigns himself (no entry), then the article to another editor and the
    // English to lena.
    a = load(*db, draftUid);
    a.editor = samvel;
    REQUIRE_OK(edits.save(a, samvel));
    CHECK(inboxOf(*db, samvel).isEmpty());
    a = load(*db, draftUid);
    a.translation(QStringLiteral("en"))->translator = lena;
    REQUIRE_OK(edits.save(a, samvel));
    const QList<InboxEntry> lenas = inboxOf(*db, lena);
    REQUIRE(lenas.size() == 1);
    CHECK(lenas[0].kind == InboxKind::AssignedTranslator);
    CHECK(lenas[0].locale == QStringLiteral("en"));
    CHECK(lenas[0].actor == samvel);

    auto admin = Storage::UserRepository(*db).require(QStringLiteral("t.babayan"));
    REQUIRE_OK(admin);
    a = load(*db, draftUid);
    a.editor = QStringLiteral("t.babayan");
    REQUIRE_OK(edits.save(a, samvel));
    const QList<InboxEntry> his = inboxOf(*db, QStringLiteral("t.babayan"));
    REQUIRE(his.size() == 1);
    CHECK(his[0].kind == InboxKind::AssignedEditor);
    CHECK(his[0].locale.isEmpty());
}

TEST_CASE("an inbox is read entry by entry or all at once, and skips what is gone",
          "[inbox][storage]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("read.sqlite")));
    Storage::InboxRepository inbox(*db);
    const auto entry = [](InboxKind kind, const QString &uid) {
        InboxEntry e;
        e.user = tom;
        e.kind = kind;
        e.articleUid = uid;
        e.actor = samvel;
        return e;
    };
    auto added = inbox.deliver(
        {entry(InboxKind::Mentioned, submittedUid), entry(InboxKind::Scheduled, submittedUid),
         entry(InboxKind::Published, QStringLiteral("no-such-article")), [&] {
             InboxEntry mine = entry(InboxKind::Mentioned, draftUid);
             mine.actor = tom; // his own act
             return mine;
         }()});
    REQUIRE_OK(added);
    CHECK(*added == 3);
    // The entry whose article is gone is skipped, in the list and in the count.
    QList<InboxEntry> his = inboxOf(*db, tom);
    REQUIRE(his.size() == 2);
    CHECK(his[0].kind == InboxKind::Scheduled); // newest first
    CHECK(unreadOf(*db, tom) == 2);

    // Each change is announced for his desk, with his login.
    auto last = db->run(QStringLiteral("SELECT kind, uid FROM change_log ORDER BY seq DESC"));
    REQUIRE_OK(last);
    REQUIRE(last->next());
    CHECK(last->value(0).toString() == QStringLiteral("inbox"));
    CHECK(last->value(1).toString() == tom);
    last->finish();

    REQUIRE_OK(inbox.markRead(tom, his[1].id));
    CHECK(unreadOf(*db, tom) == 1);
    REQUIRE_OK(inbox.markRead(tom, his[1].id)); // again: nothing to do
    his = inboxOf(*db, tom);
    CHECK(his[1].readAt.has_value());
    CHECK_FALSE(his[0].readAt.has_value());
    // Someone else's entry is not his to mark.
    auto notHis = inbox.markRead(irina, his[0].id);
    REQUIRE_FALSE(notHis.has_value());
    CHECK(notHis.error().code == ErrorCode::NotFound);

    auto all = inbox.markAllRead(tom);
    REQUIRE_OK(all);
    CHECK(*all == 2); // the unread one, and the one whose article is gone
    CHECK(unreadOf(*db, tom) == 0);
}

TEST_CASE("byline-cli inbox lists a person's entries, marks them read and says what is wrong",
          "[inbox][cli]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("cli.sqlite"));
    (void)Test::openDemoStore(path);
    const QStringList db {QStringLiteral("--db"), path};
    const auto cli = [&db](const QStringList &args) {
        return Test::runCli(db + args);
    };

    auto empty = cli({QStringLiteral("inbox"), QStringLiteral("--as"), tom});
    Test::requireDone(empty);
    CHECK(empty.out == QStringLiteral("The inbox is empty.\n"));
    Test::requireDone(cli({QStringLiteral("act"), submittedUid, QStringLiteral("request-changes"),
                           QStringLiteral("--as"), samvel, QStringLiteral("--comment"),
                           QStringLiteral("Sources, please.")}));

    auto listed = cli({QStringLiteral("inbox"), QStringLiteral("--as"), tom});
    Test::requireDone(listed);
    CHECK(listed.out.startsWith(QStringLiteral("* ")));
    CHECK(listed.out.contains(QStringLiteral("sent-back  ") + submittedUid));
    CHECK(listed.out.contains(QStringLiteral("\"Sources, please.\"")));
    auto json
        = cli({QStringLiteral("inbox"), QStringLiteral("--as"), tom, QStringLiteral("--json")});
    Test::requireDone(json);
    CHECK(json.out.contains(QStringLiteral("\"kind\": \"sent-back\"")));
    CHECK(json.out.contains(QStringLiteral("\"read_at\": null")));

    // Someone else's entry is not found; a bad number is a usage error.
    const QString id = listed.out.section(QLatin1Char(' '), 1, 1);
    auto hers
        = cli({QStringLiteral("inbox"), QStringLiteral("read"), id, QStringLiteral("--as"), irina});
    Test::requireError(hers, 4);
    CHECK(cli({QStringLiteral("inbox"), QStringLiteral("read"), QStringLiteral("first"),
               QStringLiteral("--as"), tom})
              .exitCode
          == 2);
    CHECK(cli({QStringLiteral("inbox")}).exitCode == 2);
    Test::requireError(
        cli({QStringLiteral("inbox"), QStringLiteral("--as"), QStringLiteral("nobody.here")}), 4);

    auto all = cli({QStringLiteral("inbox"), QStringLiteral("read"), QStringLiteral("all"),
                    QStringLiteral("--as"), tom});
    Test::requireDone(all);
    CHECK(all.out == QStringLiteral("Entries marked read: 1.\n"));
    auto unread
        = cli({QStringLiteral("inbox"), QStringLiteral("--as"), tom, QStringLiteral("--unread")});
    Test::requireDone(unread);
    CHECK(unread.out == QStringLiteral("Nothing unread.\n"));
}

TEST_CASE("each translation going live is news for its translator, an author's own too",
          "[inbox][workflow]")
{
    Article a;
    a.uid = QStringLiteral("a1");
    a.sourceLocale = QStringLiteral("en");
    a.authors = {tom};
    for (const auto &[locale, translator] :
         {std::pair {QStringLiteral("en"), QString()}, std::pair {QStringLiteral("ru"), olga},
          std::pair {QStringLiteral("hy"), olga}}) {
        Translation t;
        t.locale = locale;
        t.translator = translator;
        a.translations.append(t);
    }
    Notices::Step publish;
    publish.action = Action::Publish;
    publish.actor = samvel;
    publish.localesLive = {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("hy")};
    const QList<InboxEntry> all = Notices::ofStep(a, publish);
    REQUIRE(all.size() == 3);
    CHECK(all[0].user == tom);
    CHECK((all[1].user == olga && all[1].locale == QStringLiteral("ru")));
    CHECK((all[2].user == olga && all[2].locale == QStringLiteral("hy")));

    // The author translated the Armenian too: approving it on the live article tells them.
    a.translation(u"hy")->translator = tom;
    Notices::Step approve;
    approve.action = Action::Approve;
    approve.actor = samvel;
    approve.locale = QStringLiteral("hy");
    approve.localesLive = {QStringLiteral("hy")};
    const QList<InboxEntry> theirs = Notices::ofStep(a, approve);
    REQUIRE(theirs.size() == 1);
    CHECK(theirs[0].user == tom);
    CHECK(theirs[0].kind == InboxKind::Published);
    CHECK(theirs[0].locale == QStringLiteral("hy"));
}
