#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "core/services/EditService.h"
#include "core/services/ExpertService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/CommentRepository.h"
#include "core/storage/ExpertRepository.h"
#include "core/storage/UserRepository.h"
#include "core/translation/WordDiff.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/StateMachine.h"
#include "core/workflow/TimeInput.h"
#include "core/workflow/WorkflowService.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace Byline;
using Byline::Test::FixedClock;
using Byline::Test::TempDir;
using Byline::Test::utc;

namespace {

const QString submittedUid = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626"); // en source
const QString publishedUid = QStringLiteral("82d8d78f-e875-4ccb-8ba1-d95e4b749068"); // ru source
const QString editor = QStringLiteral("samvel.harutyunyan");
const QString author = QStringLiteral("tom.reid"); // author of submittedUid
const QString otherJournalist = QStringLiteral("irina.volkova");
const QString hyTranslator = QStringLiteral("lena.mkrtchyan");
const QString admin = QStringLiteral("t.babayan");

Article load(Storage::Database &db, const QString &uid)
{
    auto found
        = Storage::ArticleRepository(db).find(uid, Storage::ArticleRepository::Load::WithHistory);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return **found;
}

// Puts an article into `state` directly (the matrix test needs every starting state).
void force(Storage::Database &db, const QString &uid, WorkflowState state)
{
    Article a = load(db, uid);
    a.state = state;
    a.scheduledAt = state == WorkflowState::Scheduled ? std::optional(utc("2030-01-01T00:00:00Z"))
                                                      : std::nullopt;
    a.publishedAt = state == WorkflowState::Published ? std::optional(utc("2026-11-01T00:00:00Z"))
                                                      : std::nullopt;
    REQUIRE_OK(Storage::ArticleRepository(db).replace(a));
}

} // namespace

TEST_CASE("the permission matrix: every role x action x state, exactly", "[workflow][permissions]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("matrix.sqlite")));
    FixedClock clock("2026-11-28T12:00:00Z");

    // What is allowed, written out by hand: "role state action".
    const QSet<QString> expected = {
        QStringLiteral("journalist draft submit"),
        QStringLiteral("editor draft submit"),
        QStringLiteral("editor draft spike"),
        QStringLiteral("editor submitted approve"),
        QStringLiteral("editor submitted request-changes"),
        QStringLiteral("editor submitted spike"),
        QStringLiteral("editor approved request-changes"),
        QStringLiteral("editor approved schedule"),
        QStringLiteral("editor approved publish"),
        QStringLiteral("editor approved spike"),
        QStringLiteral("editor scheduled request-changes"),
        QStringLiteral("editor scheduled schedule"),
        QStringLiteral("editor scheduled unschedule"),
        QStringLiteral("editor scheduled publish"),
        QStringLiteral("editor scheduled spike"),
        QStringLiteral("editor published unpublish"),
        QStringLiteral("editor published spike"),
        QStringLiteral("editor spiked restore"),
    };
    const QList<QPair<QString, QString>> actors = {
        {QStringLiteral("journalist"), author},
        {QStringLiteral("editor"), editor},
        {QStringLiteral("translator"), hyTranslator},
        {QStringLiteral("admin"), admin},
    };
    const WorkflowState states[]
        = {WorkflowState::Draft,     WorkflowState::Submitted, WorkflowState::Approved,
           WorkflowState::Scheduled, WorkflowState::Published, WorkflowState::Spiked};
    QSet<QString> allowed;
    for (const auto &[role, user] : actors) {
        for (WorkflowState state : states) {
            for (Action action : allActions()) {
                force(*db, submittedUid, state);
                WorkflowService::Request request;
                request.uid = submittedUid;
                request.action = action;
                request.user = user;
                request.comment = QStringLiteral("Please tighten the lead.");
                request.at = utc("2031-06-01T08:00:00Z");
                auto outcome = WorkflowService(*db).act(request);
                const QString key = QStringLiteral("%1 %2 %3")
                                        .arg(role, workflowStateName(state), actionName(action));
                if (outcome) {
                    allowed.insert(key);
                    CHECK(load(*db, submittedUid).state == *StateMachine::target(state, action));
                } else {
                    INFO(key.toStdString() << ": " << outcome.error().message.toStdString());
                    // A role that may never do it is told so (3); a state that does not allow it
                    // is a conflict (5) that names the allowed actions.
                    const bool roleMayEver = role == QLatin1String("editor")
                        || (role == QLatin1String("journalist") && action == Action::Submit);
                    CHECK(outcome.error().code
                          == (roleMayEver ? ErrorCode::Conflict : ErrorCode::PermissionDenied));
                }
            }
        }
    }
    CHECK(allowed == expected);
}

TEST_CASE("a journalist submits only their own articles", "[workflow][permissions]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("own.sqlite")));
    force(*db, submittedUid, WorkflowState::Draft);
    auto refused
        = WorkflowService(*db).act({submittedUid, Action::Submit, otherJournalist, {}, {}, {}});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(refused.error().message.contains(QStringLiteral("authors")));
    REQUIRE_OK(WorkflowService(*db).act({submittedUid, Action::Submit, author, {}, {}, {}}));
}

TEST_CASE("refusals say why and what is allowed", "[workflow]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("why.sqlite")));
    auto wrongState = WorkflowService(*db).act({publishedUid, Action::Approve, editor, {}, {}, {}});
    REQUIRE_FALSE(wrongState.has_value());
    CHECK(wrongState.error().code == ErrorCode::Conflict);
    CHECK(wrongState.error().message
          == QStringLiteral("Cannot approve: the article is in the state published. "
                            "From published it can: unpublish, spike."));
    auto noComment
        = WorkflowService(*db).act({submittedUid, Action::RequestChanges, editor, {}, {}, {}});
    REQUIRE_FALSE(noComment.has_value());
    CHECK(noComment.error().code == ErrorCode::InvalidInput);
    auto sourceLocale = WorkflowService(*db).act({publishedUid,
                                                  Action::RequestChanges,
                                                  editor,
                                                  QStringLiteral("ru"),
                                                  QStringLiteral("Redo"),
                                                  {}});
    REQUIRE_FALSE(sourceLocale.has_value());
    CHECK(sourceLocale.error().code == ErrorCode::Conflict);
    CHECK(sourceLocale.error().message.contains(QStringLiteral("send back the whole article")));
    auto nobody = WorkflowService(*db).act(
        {submittedUid, Action::Approve, QStringLiteral("ghost"), {}, {}, {}});
    REQUIRE_FALSE(nobody.has_value());
    CHECK(nobody.error().code == ErrorCode::NotFound);
}

TEST_CASE("request-changes sends back with a comment, kept with the history", "[workflow]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("back.sqlite")));
    FixedClock clock("2026-11-28T12:00:00Z");
    REQUIRE_OK(WorkflowService(*db).act({submittedUid,
                                         Action::RequestChanges,
                                         editor,
                                         {},
                                         QStringLiteral("Second quote needs a source."),
                                         {}}));
    const Article a = load(*db, submittedUid);
    CHECK(a.state == WorkflowState::Draft);
    REQUIRE_FALSE(a.history.isEmpty());
    const AuditEntry &last = a.history.last();
    CHECK(last.action == QStringLiteral("request-changes"));
    CHECK(last.from == QStringLiteral("submitted"));
    CHECK(last.to == QStringLiteral("draft"));
    CHECK(last.user == editor);
    CHECK(last.comment == QStringLiteral("Second quote needs a source."));
    CHECK(last.at == utc("2026-11-28T12:00:00Z"));
    REQUIRE(a.comments.size() == 1);
    CHECK(a.comments.first().text == QStringLiteral("Second quote needs a source."));
    CHECK_FALSE(a.comments.first().resolvedAt.has_value());
}

TEST_CASE("translations have their own states and go live on their own", "[workflow][locales]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("locales.sqlite")));
    FixedClock clock("2026-11-28T12:00:00Z");
    WorkflowService workflow(*db);

    // The submitted article: hy is in progress; its translator marks it ready.
    auto otherLocale
        = workflow.act({submittedUid, Action::Submit, hyTranslator, QStringLiteral("ru"), {}, {}});
    REQUIRE_FALSE(otherLocale.has_value());
    CHECK(otherLocale.error().code == ErrorCode::PermissionDenied);
    REQUIRE_OK(
        workflow.act({submittedUid, Action::Submit, hyTranslator, QStringLiteral("hy"), {}, {}}));
    auto notEditor
        = workflow.act({submittedUid, Action::Approve, hyTranslator, QStringLiteral("hy"), {}, {}});
    REQUIRE_FALSE(notEditor.has_value());
    CHECK(notEditor.error().code == ErrorCode::PermissionDenied);

    // Publishing the article takes its source and approved locales live, not the others.
    REQUIRE_OK(workflow.act({submittedUid, Action::Approve, editor, {}, {}, {}}));
    REQUIRE_OK(workflow.act({submittedUid, Action::Publish, editor, {}, {}, {}}));
    Article a = load(*db, submittedUid);
    CHECK(a.translation(u"en")->publishedAt == utc("2026-11-28T12:00:00Z"));
    CHECK(a.translation(u"en")->state == TranslationState::Approved);
    CHECK_FALSE(a.translation(u"hy")->publishedAt.has_value()); // ready for review, not approved
    CHECK_FALSE(a.translation(u"ru")->publishedAt.has_value());

    // Approving hy later makes it live at once; ru is untouched.
    Clock::setFixed(utc("2026-11-28T15:00:00Z"));
    REQUIRE_OK(workflow.act({submittedUid, Action::Approve, editor, QStringLiteral("hy"), {}, {}}));
    a = load(*db, submittedUid);
    CHECK(a.translation(u"hy")->publishedAt == utc("2026-11-28T15:00:00Z"));
    CHECK(a.translation(u"en")->publishedAt == utc("2026-11-28T12:00:00Z"));
    CHECK_FALSE(a.translation(u"ru")->publishedAt.has_value());

    // Taking hy down leaves en live; the source cannot be taken down alone.
    REQUIRE_OK(
        workflow.act({submittedUid, Action::Unpublish, editor, QStringLiteral("hy"), {}, {}}));
    a = load(*db, submittedUid);
    CHECK_FALSE(a.translation(u"hy")->publishedAt.has_value());
    CHECK(a.translation(u"en")->publishedAt.has_value());
    CHECK(a.state == WorkflowState::Published);
    auto source
        = workflow.act({submittedUid, Action::Unpublish, editor, QStringLiteral("en"), {}, {}});
    REQUIRE_FALSE(source.has_value());
    CHECK(source.error().code == ErrorCode::Conflict);
    REQUIRE_OK(workflow.act({submittedUid, Action::Publish, editor, QStringLiteral("hy"), {}, {}}));
    CHECK(load(*db, submittedUid).translation(u"hy")->publishedAt.has_value());

    // Unpublishing the article takes every locale down.
    REQUIRE_OK(workflow.act({submittedUid, Action::Unpublish, editor, {}, {}, {}}));
    a = load(*db, submittedUid);
    for (const Translation &t : a.translations)
        CHECK_FALSE(t.publishedAt.has_value());
    Clock::setFixed(std::nullopt);
}

TEST_CASE("times typed by people are read in the newsroom's zone", "[workflow][time]")
{
    struct Case
    {
        const char *zone;
        const char *input;
        const char *utc;
    };
    const Case cases[] = {
        {"Europe/Moscow", "2026-12-01 09:00", "2026-12-01T06:00:00Z"},
        {"Asia/Yerevan", "2026-12-01 09:00", "2026-12-01T05:00:00Z"},
        {"Asia/Baku", "2026-12-01T09:00", "2026-12-01T05:00:00Z"},
        {"Asia/Yerevan", "2026-07-01 09:00:30", "2026-07-01T05:00:30Z"}, // no DST in Armenia
        {"Europe/Berlin", "2026-07-01 09:00", "2026-07-01T07:00:00Z"}, // summer time
        {"Europe/Berlin", "2026-12-01 09:00", "2026-12-01T08:00:00Z"}, // winter time
        {"Europe/Berlin", "2026-12-01T09:00:00+04:00", "2026-12-01T05:00:00Z"}, // an offset wins
        {"Asia/Yerevan", "2026-12-01T05:00:00Z", "2026-12-01T05:00:00Z"},
    };
    for (const Case &c : cases) {
        INFO(c.zone << " " << c.input);
        auto t = TimeInput::parse(QString::fromLatin1(c.input),
                                  *TimeInput::zone(QString::fromLatin1(c.zone)));
        REQUIRE_OK(t);
        CHECK(*t == utc(c.utc));
    }
    // 02:30 on the last Sunday of March does not exist in Berlin.
    auto gap = TimeInput::parse(QStringLiteral("2026-03-29 02:30"),
                                *TimeInput::zone(QStringLiteral("Europe/Berlin")));
    REQUIRE_FALSE(gap.has_value());
    CHECK(gap.error().message.contains(QStringLiteral("does not exist")));
    // 02:30 on the last Sunday of October happens twice: one of them is taken.
    auto twice = TimeInput::parse(QStringLiteral("2026-10-25 02:30"),
                                  *TimeInput::zone(QStringLiteral("Europe/Berlin")));
    REQUIRE_OK(twice);
    CHECK((*twice == utc("2026-10-25T00:30:00Z") || *twice == utc("2026-10-25T01:30:00Z")));
    for (const char *bad : {"tomorrow", "2026-12-01", "01.12.2026 09:00", "2026-02-30 09:00"}) {
        INFO(bad);
        CHECK_FALSE(TimeInput::parse(QString::fromLatin1(bad), QTimeZone::utc()).has_value());
    }
    // The newsroom's zone is never guessed: empty is UTC, a typo is an error.
    CHECK(*TimeInput::zone(QString()) == QTimeZone::utc());
    auto typo = TimeInput::zone(QStringLiteral("Asia/Yerevann"));
    REQUIRE_FALSE(typo.has_value());
    CHECK(typo.error().code == ErrorCode::InvalidInput);
    CHECK(typo.error().message.contains(QStringLiteral("Asia/Yerevann")));
    CHECK(TimeInput::duration(45) == QStringLiteral("45 s"));
    CHECK(TimeInput::duration(2 * 3600 + 5 * 60) == QStringLiteral("2 h 5 min"));
    CHECK(TimeInput::duration(3 * 86400 + 3600) == QStringLiteral("3 d 1 h"));
}

TEST_CASE("a time typed is refused when it falls outside the years 1 to 9999",
          "[workflow][time][fuzz]")
{
    // Found by fuzz_time: accepted, these became year 0 or year 10000 in UTC, which the store's
    // form (formatUtc, four-digit years) writes as text that no longer reads back as a time, or
    // on the newsroom's clock, where nobody could type them again.
    struct Case
    {
        const char *zone;
        const char *input;
    };
    const Case cases[] = {
        {"Asia/Kathmandu", "0001-01-01 00:00"},        {"UTC", "0001-01-01T00:30:00+01:00"},
        {"America/New_York", "9999-12-31 23:00"},      {"UTC", "9999-12-31T23:00:00-05:00"},
        {"Asia/Yerevan", "9999-12-31T23:00:00-00:00"}, {"America/New_York", "0001-01-01T00:00:00Z"},
    };
    for (const Case &c : cases) {
        INFO(c.zone << " " << c.input);
        auto t = TimeInput::parse(QString::fromLatin1(c.input),
                                  *TimeInput::zone(QString::fromLatin1(c.zone)));
        REQUIRE_FALSE(t.has_value());
        CHECK(t.error().code == ErrorCode::InvalidInput);
        CHECK(t.error().message.contains(QString::fromLatin1(c.input)));
    }
    // The first and last seconds the store keeps are still times.
    for (const char *edge : {"0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"}) {
        INFO(edge);
        auto t = TimeInput::parse(QString::fromLatin1(edge), QTimeZone::utc());
        REQUIRE_OK(t);
        CHECK(parseUtc(formatUtc(*t)) == *t);
    }
}

TEST_CASE("scheduling: the past is refused, publish-due is exact at the boundary, late is recorded",
          "[workflow][schedule]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("due.sqlite")));
    WorkflowService workflow(*db);
    Clock::setFixed(utc("2026-11-28T12:00:00Z"));
    REQUIRE_OK(workflow.act({submittedUid, Action::Approve, editor, {}, {}, {}}));

    auto past = workflow.act(
        {submittedUid, Action::Schedule, editor, {}, {}, utc("2026-11-28T12:00:00Z")});
    REQUIRE_FALSE(past.has_value());
    CHECK(past.error().message.contains(QStringLiteral("publish")));
    auto noTime = workflow.act({submittedUid, Action::Schedule, editor, {}, {}, {}});
    REQUIRE_FALSE(noTime.has_value());

    REQUIRE_OK(workflow.act(
        {submittedUid, Action::Schedule, editor, {}, {}, utc("2026-12-01T06:00:00Z")}));
    // Rescheduling and unscheduling are audited.
    REQUIRE_OK(workflow.act(
        {submittedUid, Action::Schedule, editor, {}, {}, utc("2026-12-02T06:00:00Z")}));
    REQUIRE_OK(workflow.act({submittedUid, Action::Unschedule, editor, {}, {}, {}}));
    CHECK_FALSE(load(*db, submittedUid).scheduledAt.has_value());
    REQUIRE_OK(workflow.act(
        {submittedUid, Action::Schedule, editor, {}, {}, utc("2026-12-01T06:00:00Z")}));
    Clock::setFixed(std::nullopt);

    auto early = workflow.publishDue(utc("2026-12-01T05:59:59Z"));
    REQUIRE_OK(early);
    CHECK(early->isEmpty());
    CHECK(load(*db, submittedUid).state == WorkflowState::Scheduled);

    SECTION("on time, at the exact second")
    {
        auto due = workflow.publishDue(utc("2026-12-01T06:00:00Z"));
        REQUIRE_OK(due);
        REQUIRE(due->size() == 1);
        CHECK(due->first().lateSeconds == 0);
        const Article a = load(*db, submittedUid);
        CHECK(a.state == WorkflowState::Published);
        CHECK(a.publishedAt == utc("2026-12-01T06:00:00Z"));
        CHECK_FALSE(a.publishedLateSeconds.has_value());
    }
    SECTION("missed while nothing ran: caught up and recorded as late")
    {
        auto due = workflow.publishDue(utc("2026-12-01T08:05:00Z"));
        REQUIRE_OK(due);
        REQUIRE(due->size() == 1);
        CHECK(due->first().lateSeconds == 2 * 3600 + 5 * 60);
        const Article a = load(*db, submittedUid);
        CHECK(a.publishedLateSeconds == 2 * 3600 + 5 * 60);
        CHECK(a.history.last().comment.contains(QStringLiteral("2 h 5 min late")));
        CHECK(a.history.last().user.isEmpty());
        // Idempotent: nothing more to do.
        auto again = workflow.publishDue(utc("2026-12-01T08:06:00Z"));
        REQUIRE_OK(again);
        CHECK(again->isEmpty());
        int publishes = 0;
        for (const AuditEntry &e : load(*db, submittedUid).history)
            publishes += e.action == QStringLiteral("publish") ? 1 : 0;
        CHECK(publishes == 1);
    }
}

TEST_CASE("two publish-due processes at once publish each article exactly once",
          "[workflow][schedule][concurrency]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("race.sqlite"));
    {
        auto db = Test::openDemoStore(path);
        Storage::ArticleRepository repo(*db);
        const Article base = load(*db, submittedUid);
        FixedClock clock("2026-11-28T12:00:00Z");
        for (int i = 0; i < 40; ++i) {
            Article copy = base;
            copy.uid
                = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
            copy.state = WorkflowState::Approved;
            copy.history.clear();
            copy.revisions.clear();
            REQUIRE_OK(repo.replace(copy));
            REQUIRE_OK(WorkflowService(*db).act({copy.uid,
                                                 Action::Schedule,
                                                 editor,
                                                 {},
                                                 {},
                                                 utc("2026-12-01T06:00:00Z").addSecs(i)}));
        }
    }
    QProcess first;
    QProcess second;
    const QStringList args {QStringLiteral("--db"), Test::storeLocation(path),
                            QStringLiteral("publish-due"), QStringLiteral("--now"),
                            QStringLiteral("2026-12-01T07:00:00Z")};
    first.start(QStringLiteral(BYLINE_CLI), args);
    second.start(QStringLiteral(BYLINE_CLI), args);
    REQUIRE(first.waitForFinished(60000));
    REQUIRE(second.waitForFinished(60000));
    CHECK(first.exitCode() == 0);
    CHECK(second.exitCode() == 0);
    const QString out
        = QString::fromUtf8(first.readAllStandardOutput() + second.readAllStandardOutput());
    CHECK(out.count(QStringLiteral("published 00000000-")) == 40);

    auto db = Test::openStore(path);
    for (int i = 0; i < 40; ++i) {
        const Article a = load(
            *db, QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
        CHECK(a.state == WorkflowState::Published);
        int publishes = 0;
        for (const AuditEntry &e : a.history)
            publishes += e.action == QStringLiteral("publish") ? 1 : 0;
        CHECK(publishes == 1);
    }
}

TEST_CASE("editing rights are enforced in core", "[workflow][permissions][edit]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("edit.sqlite")));
    EditService edits(*db);

    SECTION("a translator edits only the text of their own locales")
    {
        // The hy translation is approved and live: no unreviewed change reaches readers.
        Article live = load(*db, publishedUid);
        live.translation(u"hy")->title = QStringLiteral("Նոր վերնագիր");
        auto approved = edits.save(live, hyTranslator);
        REQUIRE_FALSE(approved.has_value());
        CHECK(approved.error().code == ErrorCode::PermissionDenied);
        CHECK(approved.error().message.contains(QStringLiteral("request changes on hy")));
        Article removed = load(*db, publishedUid);
        removed.translations.removeIf([](const Translation &t) { return t.locale == u"hy"; });
        CHECK(edits.save(removed, hyTranslator).error().code == ErrorCode::PermissionDenied);
        // Sent back, it leaves the site and is theirs to change.
        REQUIRE_OK(WorkflowService(*db).act({publishedUid,
                                             Action::RequestChanges,
                                             editor,
                                             QStringLiteral("hy"),
                                             QStringLiteral("The second answer reads stiffly."),
                                             {}}));
        const Article sentBack = load(*db, publishedUid);
        CHECK(sentBack.translation(u"hy")->state == TranslationState::InProgress);
        CHECK_FALSE(sentBack.translation(u"hy")->publishedAt.has_value());
        CHECK(sentBack.translation(u"en")->publishedAt.has_value());

        Article a = load(*db, publishedUid);
        a.translation(u"hy")->title = QStringLiteral("Նոր վերնագիր");
        REQUIRE_OK(edits.save(a, hyTranslator));
        // The record of sources and the translator's name are the locale's too.
        Article sources = load(*db, publishedUid);
        sources.translation(u"en")->sources.clear();
        CHECK(edits.save(sources, hyTranslator).error().code == ErrorCode::PermissionDenied);
        Article credit = load(*db, publishedUid);
        credit.translation(u"en")->translator = hyTranslator;
        CHECK(edits.save(credit, hyTranslator).error().code == ErrorCode::PermissionDenied);
        Article b = load(*db, publishedUid);
        b.translation(u"ru")->title = QStringLiteral("Чужой заголовок"); // the source locale
        auto source = edits.save(b, hyTranslator);
        REQUIRE_FALSE(source.has_value());
        CHECK(source.error().code == ErrorCode::PermissionDenied);
        Article c = load(*db, publishedUid);
        c.translation(u"en")->lead = QStringLiteral("Not theirs");
        CHECK(edits.save(c, hyTranslator).error().code == ErrorCode::PermissionDenied);
        Article d = load(*db, publishedUid);
        d.authors = {hyTranslator};
        CHECK(edits.save(d, hyTranslator).error().code == ErrorCode::PermissionDenied);
    }
    SECTION("a journalist edits their own drafts only")
    {
        Article a = load(*db, submittedUid); // submitted: no longer theirs to edit
        a.translation(u"en")->lead = QStringLiteral("A late change");
        auto submitted = edits.save(a, author);
        REQUIRE_FALSE(submitted.has_value());
        CHECK(submitted.error().message.contains(QStringLiteral("no longer a draft")));
        force(*db, submittedUid, WorkflowState::Draft);
        Article b = load(*db, submittedUid);
        b.translation(u"en")->lead = QStringLiteral("A change in the draft");
        REQUIRE_OK(edits.save(b, author));
        Article c = load(*db, submittedUid);
        CHECK(edits.save(c, otherJournalist).error().code == ErrorCode::PermissionDenied);
        CHECK(edits.save(c, admin).error().code == ErrorCode::PermissionDenied);
    }
    SECTION("a save does not undo a workflow change made meanwhile")
    {
        Article stale = load(*db, submittedUid);
        REQUIRE_OK(WorkflowService(*db).act({submittedUid, Action::Approve, editor, {}, {}, {}}));
        stale.translation(u"en")->title = QStringLiteral("Edited title");
        REQUIRE_OK(edits.save(stale, editor)); // the version did not move: workflow is not text
        const Article now = load(*db, submittedUid);
        CHECK(now.state == WorkflowState::Approved);
        CHECK(now.translation(u"en")->state == TranslationState::Approved);
        CHECK(now.translation(u"en")->title == QStringLiteral("Edited title"));
    }
}

TEST_CASE("journalists and editors start new articles, the first save is theirs",
          "[workflow][permissions][create]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("create.sqlite")));
    EditService edits(*db);
    const QString interviews = QStringLiteral("9fe74806-a99f-491f-80d7-82a9884d4013");
    const qint64 before = *Storage::ArticleRepository(*db).count();

    SECTION("a journalist's new draft: theirs, in its source language, one empty paragraph")
    {
        auto made = edits.create(otherJournalist, interviews, QStringLiteral("hy"),
                                 QStringLiteral("  Երևանի նոր տրամվայը  "));
        REQUIRE_OK(made);
        CHECK(made->uid.size() == 36);
        CHECK(made->version == 1);
        Article stored = load(*db, made->uid);
        CHECK(stored.state == WorkflowState::Draft);
        CHECK(stored.sourceLocale == QStringLiteral("hy"));
        CHECK(stored.sectionUid == interviews);
        CHECK(stored.authors == QStringList {otherJournalist});
        REQUIRE(stored.translations.size() == 1);
        CHECK(stored.translations.first().title == QStringLiteral("Երևանի նոր տրամվայը"));
        REQUIRE(stored.translations.first().blocks.size() == 1);
        CHECK(stored.translations.first().blocks.first().type == BlockType::Paragraph);
        CHECK(*Storage::ArticleRepository(*db).count() == before + 1);
        // It is theirs to write: their next save goes through.
        stored.translations.first().lead = QStringLiteral("Առաջին նախադասություն։");
        CHECK(edits.save(stored, otherJournalist).has_value());
    }
    SECTION("an editor may start one too")
    {
        CHECK(edits.create(editor, interviews, QStringLiteral("en"), QStringLiteral("Tram"))
                  .has_value());
    }
    SECTION("translators and admins do not start articles; bad input is refused; nothing is "
            "written")
    {
        auto translator
            = edits.create(hyTranslator, interviews, QStringLiteral("hy"), QStringLiteral("Title"));
        REQUIRE_FALSE(translator.has_value());
        CHECK(translator.error().code == ErrorCode::PermissionDenied);
        CHECK(edits.create(admin, interviews, QStringLiteral("en"), QStringLiteral("Title"))
                  .error()
                  .code
              == ErrorCode::PermissionDenied);
        auto untitled = edits.create(author, interviews, QStringLiteral("en"), QStringLiteral(" "));
        REQUIRE_FALSE(untitled.has_value());
        CHECK(untitled.error().code == ErrorCode::InvalidInput);
        CHECK(untitled.error().message.contains(QStringLiteral("headline")));
        CHECK(edits
                  .create(author, QStringLiteral("no-such-section"), QStringLiteral("en"),
                          QStringLiteral("Title"))
                  .error()
                  .code
              == ErrorCode::NotFound);
        CHECK(edits.create(author, interviews, QStringLiteral("de"), QStringLiteral("Title"))
                  .error()
                  .code
              == ErrorCode::NotFound);
        CHECK(edits
                  .create(QStringLiteral("nobody"), interviews, QStringLiteral("en"),
                          QStringLiteral("Title"))
                  .error()
                  .code
              == ErrorCode::NotFound);
        CHECK(*Storage::ArticleRepository(*db).count() == before);
    }
}

TEST_CASE("restoring a revision keeps everything newer", "[workflow][revisions]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("restore.sqlite")));
    EditService edits(*db);
    for (const char *title : {"First", "Second", "Third"}) {
        Article a = load(*db, publishedUid);
        a.translation(u"en")->title = QString::fromLatin1(title);
        REQUIRE_OK(edits.save(a, editor));
    }
    Article before = load(*db, publishedUid);
    REQUIRE(before.revisions.size() == 3);
    auto restored = edits.restore(publishedUid, 1, editor);
    REQUIRE_OK(restored);
    CHECK(*restored == 4);
    const Article after = load(*db, publishedUid);
    CHECK(after.translation(u"en")->title == QStringLiteral("First"));
    REQUIRE(after.revisions.size() == 4);
    CHECK(after.revisions.at(1).snapshot != after.revisions.at(3).snapshot); // "Second" kept
    CHECK(after.revisions.last().kind == RevisionKind::Restore);
    CHECK(after.version == before.version + 1);
    auto missing = edits.restore(publishedUid, 99, editor);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("word diffs show exactly what changed", "[revisions][diff]")
{
    using WordDiff::Piece;
    CHECK(WordDiff::inlineText(WordDiff::compare(QStringLiteral("the lake rose fast"),
                                                 QStringLiteral("the lake fell fast")))
          == QStringLiteral("the lake [-rose-] {+fell+} fast"));
    CHECK(WordDiff::inlineText(WordDiff::compare(QStringLiteral("Ледники тают"),
                                                 QStringLiteral("Ледники быстро тают")))
          == QStringLiteral("Ледники {+быстро+} тают"));
    const auto same = WordDiff::compare(QStringLiteral("Լիճը"), QStringLiteral("Լիճը"));
    REQUIRE(same.size() == 1);
    CHECK(same.first().kind == Piece::Kind::Same);
    const auto all = WordDiff::compare(QString(), QStringLiteral("new text"));
    REQUIRE(all.size() == 1);
    CHECK(all.first().kind == Piece::Kind::Added);
}

TEST_CASE("a comment names a locale the article has, or none", "[workflow][comments]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("comments.sqlite"));
    auto db = Test::openDemoStore(path);
    WorkflowService service(*db);
    auto onHy = service.comment(publishedUid, hyTranslator, QStringLiteral("hy"),
                                QStringLiteral("Check the expert's title."));
    REQUIRE_OK(onHy);
    auto whole = service.comment(publishedUid, author, {}, QStringLiteral("Photo credit?"));
    REQUIRE_OK(whole);
    CHECK(*whole == *onHy + 1);
    auto unknown
        = service.comment(publishedUid, author, QStringLiteral("fr"), QStringLiteral("Bonjour"));
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == ErrorCode::InvalidInput);
    CHECK(unknown.error().message.contains(QStringLiteral("ru, en, hy")));
    CHECK(service.comment(publishedUid, author, {}, QStringLiteral("  ")).error().code
          == ErrorCode::InvalidInput);
    CHECK(service
              .comment(QStringLiteral("00000000-0000-4000-8000-000000000000"), author, {},
                       QStringLiteral("?"))
              .error()
              .code
          == ErrorCode::NotFound);
    CHECK(load(*db, publishedUid).comments.size() == 2);

    const auto cli
        = Test::runCli({QStringLiteral("--db"), path, QStringLiteral("comment"), publishedUid,
                        QStringLiteral("--as"), author, QStringLiteral("--locale"),
                        QStringLiteral("xx"), QStringLiteral("--text"), QStringLiteral("Hi")});
    CHECK(cli.exitCode == 6);
    CHECK(cli.err.contains(QStringLiteral("no xx translation")));
}

TEST_CASE("byline-cli act, diff and save speak in exit codes and plain words", "[workflow][cli]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("cli.sqlite"));
    (void)Test::openDemoStore(path);
    const QStringList db {QStringLiteral("--db"), path};

    auto journalistApproves
        = Test::runCli(db
                       + QStringList {QStringLiteral("act"), submittedUid,
                                      QStringLiteral("approve"), QStringLiteral("--as"), author});
    CHECK(journalistApproves.exitCode == 3);
    CHECK(journalistApproves.err.startsWith(QStringLiteral("byline-cli: ")));
    CHECK(journalistApproves.err.count(QLatin1Char('\n')) == 1); // one line

    auto wrongState
        = Test::runCli(db
                       + QStringList {QStringLiteral("act"), publishedUid,
                                      QStringLiteral("approve"), QStringLiteral("--as"), editor});
    CHECK(wrongState.exitCode == 5);
    CHECK(wrongState.err.contains(QStringLiteral("unpublish, spike")));

    auto noUser = Test::runCli(
        db + QStringList {QStringLiteral("act"), submittedUid, QStringLiteral("approve")});
    CHECK(noUser.exitCode == 2);
    auto badAction
        = Test::runCli(db
                       + QStringList {QStringLiteral("act"), submittedUid, QStringLiteral("bless"),
                                      QStringLiteral("--as"), editor});
    CHECK(badAction.exitCode == 2);

    auto scheduled
        = Test::runCli(db
                       + QStringList {QStringLiteral("act"), submittedUid,
                                      QStringLiteral("approve"), QStringLiteral("--as"), editor});
    REQUIRE(scheduled.exitCode == 0);
    auto at
        = Test::runCli(db
                       + QStringList {QStringLiteral("act"), submittedUid,
                                      QStringLiteral("schedule"), QStringLiteral("--as"), editor,
                                      QStringLiteral("--at"), QStringLiteral("2031-03-01 10:00")});
    REQUIRE(at.exitCode == 0);
    CHECK(at.out.contains(QStringLiteral("2031-03-01T06:00:00Z"))); // Asia/Yerevan, UTC+4

    // Save from show --json: an edit, then a stale copy that loses and is kept.
    auto shown = Test::runCli(
        db + QStringList {QStringLiteral("show"), publishedUid, QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    const QString original = shown.out;
    QString edited = original;
    edited.replace(QStringLiteral("Ледники отступают"), QStringLiteral("Ледники быстро отступают"));
    REQUIRE(edited != original);
    auto saved = Test::runCli(db
                                  + QStringList {QStringLiteral("save"), QStringLiteral("-"),
                                                 QStringLiteral("--as"), editor},
                              edited.toUtf8());
    CHECK(saved.exitCode == 0);
    QString stale = original;
    stale.replace(QStringLiteral("Ледники отступают"), QStringLiteral("Ледники тают"));
    auto conflict = Test::runCli(db
                                     + QStringList {QStringLiteral("save"), QStringLiteral("-"),
                                                    QStringLiteral("--as"), editor},
                                 stale.toUtf8());
    CHECK(conflict.exitCode == 5);
    CHECK(conflict.err.contains(QStringLiteral("revision 2")));

    auto revisions = Test::runCli(db + QStringList {QStringLiteral("revisions"), publishedUid});
    CHECK(revisions.exitCode == 0);
    CHECK(revisions.out.contains(QStringLiteral("conflict")));
    auto diff = Test::runCli(db
                             + QStringList {QStringLiteral("diff"), publishedUid,
                                            QStringLiteral("1"), QStringLiteral("2")});
    CHECK(diff.exitCode == 0);
    CHECK(
        diff.out.contains(QStringLiteral("Ледники [-быстро"))); // revision 2 holds the losing text
    CHECK(diff.out.contains(QStringLiteral("{+тают")));
    auto translatorSaves
        = Test::runCli(db
                           + QStringList {QStringLiteral("save"), QStringLiteral("-"),
                                          QStringLiteral("--as"), hyTranslator},
                       original.toUtf8());
    CHECK(translatorSaves.exitCode == 3);
}

TEST_CASE("a translation added by a save starts in progress and off the site",
          "[workflow][permissions][edit]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("newlocale.sqlite")));
    const QString noArmenian
        = QStringLiteral("dab78878-3add-42d5-965c-4af310098e11"); // published, no hy
    Article a = load(*db, noArmenian);
    REQUIRE(a.translation(u"hy") == nullptr);
    Translation hy = *a.translation(u"en");
    hy.locale = QStringLiteral("hy");
    hy.title = QStringLiteral("Ինչ բացահայտեց ջրամբարը");
    hy.state = TranslationState::Approved; // claims to be approved
    hy.publishedAt = utc("2026-11-28T10:00:00Z"); // and live
    hy.translator = hyTranslator;
    a.translations.append(hy);
    REQUIRE_OK(EditService(*db).save(a, hyTranslator));
    const Article stored = load(*db, noArmenian);
    REQUIRE(stored.translation(u"hy") != nullptr);
    CHECK(stored.translation(u"hy")->state == TranslationState::InProgress);
    CHECK_FALSE(stored.translation(u"hy")->publishedAt.has_value());
}

TEST_CASE("comments: the send-back one is marked, resolving is once, by an active user",
          "[workflow][comments]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("resolve.sqlite")));
    FixedClock clock("2026-11-28T12:00:00Z");
    WorkflowService service(*db);
    auto note = service.comment(submittedUid, author, QStringLiteral("en"),
                                QStringLiteral("Second quote needs a source."));
    REQUIRE_OK(note);
    // The same words by the editor, at the same moment, but as a plain comment first...
    auto plain = service.comment(submittedUid, editor, {}, QStringLiteral("Shorter lead."));
    REQUIRE_OK(plain);
    // ...then the send-back.
    Clock::setFixed(utc("2026-11-28T12:05:00Z"));
    REQUIRE_OK(service.act({submittedUid,
                            Action::RequestChanges,
                            editor,
                            {},
                            QStringLiteral("Check the dates."),
                            {}}));

    Storage::ArticleRepository articles(*db);
    auto comments = Storage::CommentRepository(*db).list(submittedUid);
    REQUIRE_OK(comments);
    REQUIRE(comments->size() == 3);
    CHECK(comments->at(0).comment.locale == QStringLiteral("en"));
    CHECK(comments->at(0).comment.user == author);
    CHECK_FALSE(comments->at(0).sentBack);
    CHECK_FALSE(comments->at(1).sentBack);
    CHECK(comments->at(2).sentBack);
    CHECK(comments->at(2).comment.text == QStringLiteral("Check the dates."));
    CHECK(comments->at(2).comment.at == utc("2026-11-28T12:05:00Z"));

    REQUIRE_OK(service.resolveComment(submittedUid, hyTranslator, *note));
    auto again = service.resolveComment(submittedUid, editor, *note);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == ErrorCode::InvalidInput);
    CHECK(again.error().message.contains(hyTranslator));
    CHECK(service.resolveComment(submittedUid, editor, 99).error().code == ErrorCode::NotFound);
    CHECK(Storage::CommentRepository(*db)
              .list(QStringLiteral("00000000-0000-4000-8000-000000000000"))
              .error()
              .code
          == ErrorCode::NotFound);

    auto resolved = Storage::CommentRepository(*db).list(submittedUid);
    REQUIRE_OK(resolved);
    CHECK(resolved->at(0).comment.resolvedBy == hyTranslator);
    CHECK(resolved->at(0).comment.resolvedAt == utc("2026-11-28T12:05:00Z"));
    CHECK_FALSE(resolved->at(1).comment.resolvedAt.has_value());
    // find() reads the same comments.
    CHECK(load(*db, submittedUid).comments.size() == 3);

    User gone = *Storage::UserRepository(*db).require(author);
    gone.active = false;
    REQUIRE_OK(Storage::UserRepository(*db).upsert(gone));
    CHECK(service.resolveComment(submittedUid, author, *plain).error().code
          == ErrorCode::PermissionDenied);
}

TEST_CASE("who may edit, add and merge experts", "[workflow][permissions][experts]")
{
    const User journalist {author, {}, Role::Journalist, {}, true};
    const User editorUser {editor, {}, Role::Editor, {}, true};
    const User adminUser {admin, {}, Role::Admin, {}, true};
    const User translator {hyTranslator, {}, Role::Translator, {QStringLiteral("hy")}, true};
    User inactive = editorUser;
    inactive.active = false;

    for (const User &u : {journalist, editorUser, adminUser}) {
        CHECK(Permissions::mayEditExpert(u));
        CHECK(Permissions::mayEditExpert(u, QStringLiteral("ru")));
        CHECK(Permissions::mayAddExperts(u));
    }
    QString why;
    CHECK(Permissions::mayEditExpert(translator, QStringLiteral("hy")));
    CHECK_FALSE(Permissions::mayEditExpert(translator, QStringLiteral("ru"), &why));
    CHECK(why.contains(QStringLiteral("does not translate into ru")));
    CHECK_FALSE(Permissions::mayEditExpert(translator, {}, &why));
    CHECK_FALSE(Permissions::mayAddExperts(translator, &why));
    CHECK(why.contains(QStringLiteral("journalists and editors add")));
    CHECK_FALSE(Permissions::mayEditExpert(inactive, QStringLiteral("ru"), &why));
    CHECK(why.contains(QStringLiteral("no longer active")));
    CHECK_FALSE(Permissions::mayAddExperts(inactive));

    CHECK(Permissions::mayMergeExperts(editorUser));
    CHECK(Permissions::mayMergeExperts(adminUser));
    CHECK_FALSE(Permissions::mayMergeExperts(journalist));
    CHECK_FALSE(Permissions::mayMergeExperts(translator));
    CHECK_FALSE(Permissions::mayMergeExperts(inactive));
}

TEST_CASE("the experts registry changes as a person: rights and sense checked in core",
          "[workflow][experts]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("experts.sqlite")));
    ExpertService service(*db);
    const QString gayane = QStringLiteral("772d0137-5f30-483a-8221-8533752dc74c");
    auto find = [&](const QString &uid) {
        auto all = Storage::ExpertRepository(*db).all();
        REQUIRE(all.has_value());
        for (const Expert &e : *all) {
            if (e.uid == uid)
                return e;
        }
        return Expert {};
    };
    const Expert original = find(gayane);
    REQUIRE_FALSE(original.names.isEmpty());

    // A translator into hy changes the hy spelling, not the en one.
    Expert e = original;
    e.names[QStringLiteral("hy")].role = QStringLiteral("ջրաբան");
    REQUIRE_OK(service.save(e, hyTranslator));
    CHECK(find(gayane).names.value(QStringLiteral("hy")).role == QStringLiteral("ջրաբան"));
    e.names[QStringLiteral("en")].role = QStringLiteral("Hydrologist");
    auto refused = service.save(e, hyTranslator);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(refused.error().message.contains(QStringLiteral("does not translate into en")));
    CHECK(find(gayane).names.value(QStringLiteral("en"))
          == original.names.value(QStringLiteral("en")));
    // The journalist may; a role without a name is refused, and so is an expert without names.
    REQUIRE_OK(service.save(e, author));
    e.names[QStringLiteral("ru")].name.clear();
    auto nameless = service.save(e, author);
    REQUIRE_FALSE(nameless.has_value());
    CHECK(nameless.error().code == ErrorCode::InvalidInput);
    CHECK(nameless.error().message.contains(QStringLiteral("ru")));
    Expert empty;
    CHECK(service.save(empty, author).error().code == ErrorCode::InvalidInput);

    // Adding: journalists yes (the uid comes back), translators no.
    Expert added;
    added.names.insert(QStringLiteral("en"), {QStringLiteral("Nairi Zakaryan"), {}, {}});
    added.names.insert(QStringLiteral("ru"), {}); // an empty row is dropped
    Expert byTranslator = added;
    CHECK(service.save(byTranslator, hyTranslator).error().code == ErrorCode::PermissionDenied);
    REQUIRE_OK(service.save(added, author));
    CHECK_FALSE(added.uid.isEmpty());
    CHECK(find(added.uid).names.keys() == QStringList {QStringLiteral("en")});

    // Merging: editors only.
    auto byJournalist = service.merge(gayane, added.uid, author);
    REQUIRE_FALSE(byJournalist.has_value());
    CHECK(byJournalist.error().code == ErrorCode::PermissionDenied);
    REQUIRE_OK(service.merge(gayane, added.uid, editor));
    CHECK(find(added.uid).uid.isEmpty());
}
