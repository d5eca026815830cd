// The rights a newsroom server enforces (core/storage/server/rights.sql), proven on a real
// server: the role × action × state matrix through Byline and as raw SQL under each person's
// own login, the other locks (settings, people, history), the authors the server writes, and
// logins that follow the people. Runs only on the test server ("pg: test_server").

#include "core/domain/User.h"
#include "core/services/SettingsService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/InboxRepository.h"
#include "core/storage/PresenceRepository.h"
#include "core/storage/ServerAddress.h"
#include "core/storage/ServerSetup.h"
#include "core/storage/UserRepository.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/StateMachine.h"
#include "core/workflow/WorkflowService.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Byline;
using Byline::Test::TempDir;

namespace {

// The demo's submitted article: written in English by tom.reid, with ru and hy translations.
const QString article = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626");
const QStringList people {QStringLiteral("tom.reid"), QStringLiteral("irina.volkova"),
                          QStringLiteral("lena.mkrtchyan"), QStringLiteral("samvel.harutyunyan"),
                          QStringLiteral("t.babayan")};
const QList<WorkflowState> states {WorkflowState::Draft,     WorkflowState::Submitted,
                                   WorkflowState::Approved,  WorkflowState::Scheduled,
                                   WorkflowState::Published, WorkflowState::Spiked};

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

// The demo newsroom on the test server, set up as `server setup` does, with a login for five
// of its people. Roles are the server's, shared by every test's database, so each login is
// the person's demo name with this database's name after it.
struct ServerNewsroom
{
    TempDir dir;
    std::unique_ptr<Storage::Database> admin; // the server's superuser
    QString database;
    QHash<QString, QString> logins; // demo name -> login

    ServerNewsroom()
    {
        admin = Test::openDemoStore(dir.path(QStringLiteral("newsroom")));
        database = Storage::ServerAddress::parse(
                       Test::storeLocation(dir.path(QStringLiteral("newsroom"))))
                       ->database;
        REQUIRE_OK(Storage::ServerSetup::installRights(*admin));
        for (const QString &name : people) {
            const QString login = name + QLatin1Char('_') + database;
            REQUIRE_OK(admin->run(QStringLiteral("UPDATE users SET name = ? WHERE name = ?"),
                                  {login, name}));
            auto user = Storage::UserRepository(*admin).require(login);
            REQUIRE_OK(user);
            REQUIRE_OK(Storage::ServerSetup::createLogin(*admin, *user, password(name)));
            logins.insert(name, login);
        }
    }

    static QString password(const QString &name) { return QStringLiteral("pw-") + name; }
    QString url(const QString &name) const
    {
        return Test::serverUrl(database, logins.value(name), password(name));
    }
    std::unique_ptr<Storage::Database> as(const QString &name) const
    {
        Storage::Database::Options options;
        options.path = url(name);
        auto db = Storage::Database::open(options);
        if (!db)
            FAIL(name.toStdString() << ": " << db.error().message.toStdString());
        return std::move(*db);
    }

    // Puts the article into `state` (as the server's administrator, committed).
    void force(WorkflowState state) const
    {
        REQUIRE_OK(admin->run(
            QStringLiteral("UPDATE articles SET status = ?, scheduled_at = ?, published_at = ? "
                           "WHERE uid = ?"),
            {workflowStateName(state),
             state == WorkflowState::Scheduled ? QVariant(QStringLiteral("2030-01-01T00:00:00Z"))
                                               : QVariant(),
             state == WorkflowState::Published ? QVariant(QStringLiteral("2026-11-01T00:00:00Z"))
                                               : QVariant(),
             article}));
    }
    // The article's state and schedule, as the server holds them.
    QString now() const
    {
        auto q = admin->run(QStringLiteral("SELECT status || ' ' || COALESCE(scheduled_at, '-') "
                                           "FROM articles WHERE uid = ?"),
                            {article});
        REQUIRE(q.has_value());
        REQUIRE(q->next());
        const QString state = q->value(0).toString();
        q->finish();
        return state;
    }
};

// A person's own connection, bypassing Byline: what psql with their login can do.
class RawLogin
{
public:
    RawLogin(const QString &url)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        Test::openServerConnection(m_name, url);
    }
    ~RawLogin()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawLogin(const RawLogin &) = delete;
    RawLogin &operator=(const RawLogin &) = delete;

    // Whether `sql` would change rows: run in a transaction that is then rolled back, so
    // every attempt starts from the same store.
    bool changes(const QString &sql, const QVariantList &binds = {})
    {
        return attempt(sql, binds, {}).isValid();
    }
    // What `probe` reads after `sql` ran, in the same transaction, which is then rolled back;
    // null when `sql` was refused or changed no row.
    QVariant attempt(const QString &sql, const QVariantList &binds, const QString &probe)
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        QSqlQuery begin(db);
        REQUIRE(begin.exec(QStringLiteral("BEGIN")));
        // Both statements live until after the rollback: a prepared statement cannot be freed
        // inside a transaction the server has aborted.
        QSqlQuery q(db);
        QSqlQuery read(db);
        QVariant result;
        if (q.prepare(sql)) {
            for (qsizetype i = 0; i < binds.size(); ++i)
                q.bindValue(int(i), binds.at(i));
            if (q.exec() && q.numRowsAffected() > 0) {
                result = true;
                if (!probe.isEmpty())
                    result = read.exec(probe) && read.next() ? read.value(0) : QVariant();
            }
        }
        read.finish();
        QSqlQuery rollback(db);
        REQUIRE(rollback.exec(QStringLiteral("ROLLBACK")));
        return result;
    }
    // The first column of `sql`'s first row, committed (null when it was refused).
    QVariant commit(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
};

// The state an action asks for, whether or not the workflow allows it from here.
WorkflowState nominalTarget(Action action)
{
    switch (action) {
    case Action::Submit:
        return WorkflowState::Submitted;
    case Action::Approve:
    case Action::Unschedule:
    case Action::Unpublish:
        return WorkflowState::Approved;
    case Action::Schedule:
        return WorkflowState::Scheduled;
    case Action::Publish:
        return WorkflowState::Published;
    case Action::Spike:
        return WorkflowState::Spiked;
    case Action::RequestChanges:
    case Action::Restore:
        return WorkflowState::Draft;
    }
    return WorkflowState::Draft;
}

} // namespace

TEST_CASE("server: every allowed workflow step goes through Byline as the login, no other does",
          "[server][rights]")
{
    ServerNewsroom newsroom;
    int forbidden = 0;
    int refusedLegitimate = 0;
    int tried = 0;
    for (const QString &name : people) {
        auto db = newsroom.as(name);
        CHECK(db->login() == newsroom.logins.value(name));
        auto user = Storage::UserRepository(*db).require(db->login());
        REQUIRE_OK(user);
        for (const WorkflowState state : states) {
            for (const Action action : allActions()) {
                newsroom.force(state);
                const QString before = newsroom.now();
                auto stored = Storage::ArticleRepository(*newsroom.admin).find(article);
                REQUIRE_OK(stored);
                const bool allowed = Permissions::mayAct(*user, action, **stored)
                    && StateMachine::target(state, action).has_value();
                WorkflowService::Request request;
                request.uid = article;
                request.action = action;
                request.user = db->login();
                request.comment = QStringLiteral("Please check the figures.");
                if (action == Action::Schedule)
                    request.at = utc("2031-01-01T06:00:00Z");
                auto done = WorkflowService(*db).act(request);
                const bool changed = newsroom.now() != before;
                ++tried;
                if (changed && !allowed) {
                    ++forbidden;
                    UNSCOPED_INFO(name.toStdString() << " " << actionName(action).toStdString()
                                                     << " from " << before.toStdString());
                }
                if (allowed && !done) {
                    ++refusedLegitimate;
                    UNSCOPED_INFO(name.toStdString()
                                  << " could not " << actionName(action).toStdString() << " from "
                                  << before.toStdString() << ": "
                                  << done.error().message.toStdString() << " "
                                  << done.error().detail.toStdString());
                }
            }
        }
    }
    CHECK(tried == people.size() * states.size() * allActions().size());
    CHECK(forbidden == 0);
    CHECK(refusedLegitimate == 0);
}

TEST_CASE("server: raw SQL under each login changes no state the role may not set",
          "[server][rights]")
{
    ServerNewsroom newsroom;
    int forbidden = 0;
    int editorSteps = 0;
    const QString probe = QStringLiteral("SELECT status || ' ' || COALESCE(scheduled_at, '-') "
                                         "FROM articles WHERE uid = '%1'")
                              .arg(article);
    for (const QString &name : people) {
        RawLogin raw(newsroom.url(name));
        auto user = Storage::UserRepository(*newsroom.admin).require(newsroom.logins.value(name));
        REQUIRE_OK(user);
        for (const WorkflowState state : states) {
            newsroom.force(state);
            const QString before = newsroom.now();
            auto stored = Storage::ArticleRepository(*newsroom.admin).find(article);
            REQUIRE_OK(stored);
            for (const Action action : allActions()) {
                const WorkflowState to = nominalTarget(action);
                // Raw SQL names no action, only the state it sets: it is allowed when some
                // action of the person's role takes the article there from here.
                bool allowed = false;
                for (const Action any : allActions()) {
                    allowed = allowed
                        || (StateMachine::target(state, any) == to
                            && Permissions::mayAct(*user, any, **stored));
                }
                const QVariant after = raw.attempt(
                    QStringLiteral(
                        "UPDATE articles SET status = ?, scheduled_at = ? WHERE uid = ?"),
                    {workflowStateName(to),
                     to == WorkflowState::Scheduled
                         ? QVariant(QStringLiteral("2031-01-01T06:00:00Z"))
                         : QVariant(),
                     article},
                    probe);
                const bool changed = after.isValid() && after.toString() != before;
                if (changed && !allowed) {
                    ++forbidden;
                    UNSCOPED_INFO(name.toStdString()
                                  << " set " << workflowStateName(to).toStdString() << " from "
                                  << before.toStdString());
                }
                if (allowed && to != state && user->role == Role::Editor) {
                    CHECK(changed); // the lock does not stop the editor's own work
                    ++editorSteps;
                }
            }
        }
    }
    CHECK(forbidden == 0);
    CHECK(editorSteps > 10);
}

TEST_CASE("server: raw SQL cannot change settings, people or history, nor write another's text",
          "[server][rights]")
{
    ServerNewsroom newsroom;
    newsroom.force(WorkflowState::Draft);
    const QString text
        = QStringLiteral("UPDATE translations SET title = title || '!' WHERE locale = '%1' "
                         "AND article_id = (SELECT id FROM articles WHERE uid = '%2')");
    struct Attempt
    {
        QString what;
        QString sql;
        QStringList mayBy; // demo names allowed to do it
    };
    const QString admin = QStringLiteral("t.babayan");
    const QString editor = QStringLiteral("samvel.harutyunyan");
    const QString author = QStringLiteral("tom.reid");
    const QString hy = QStringLiteral("lena.mkrtchyan");
    const QList<Attempt> attempts {
        {QStringLiteral("change a setting"),
         QStringLiteral("UPDATE settings SET value = value || ''"),
         {admin}},
        {QStringLiteral("add a section"),
         QStringLiteral("INSERT INTO sections (uid, slug, position) VALUES ('s-new', 'new', 99)"),
         {admin}},
        {QStringLiteral("rename a locale"),
         QStringLiteral("UPDATE locales SET label = label || '*'"),
         {admin}},
        {QStringLiteral("make oneself admin"),
         QStringLiteral("UPDATE users SET role = 'admin'"),
         {admin}},
        {QStringLiteral("drop translators' locales"),
         QStringLiteral("DELETE FROM user_locales"),
         {admin}},
        {QStringLiteral("delete revisions"), QStringLiteral("DELETE FROM revisions"), {}},
        {QStringLiteral("rewrite a revision"),
         QStringLiteral("UPDATE revisions SET snapshot = '{}'"),
         {}},
        {QStringLiteral("delete the audit trail"), QStringLiteral("DELETE FROM audit"), {}},
        {QStringLiteral("rewrite the audit trail"),
         QStringLiteral("UPDATE audit SET comment = 'x'"),
         {}},
        {QStringLiteral("delete comments"), QStringLiteral("DELETE FROM comments"), {}},
        {QStringLiteral("rewrite a comment"), QStringLiteral("UPDATE comments SET text = 'x'"), {}},
        {QStringLiteral("delete the newsroom's audit"),
         QStringLiteral("DELETE FROM newsroom_audit"),
         {}},
        {QStringLiteral("edit the source text"),
         text.arg(QStringLiteral("en"), article),
         {admin, editor, author}},
        {QStringLiteral("edit the ru text"),
         text.arg(QStringLiteral("ru"), article),
         {admin, editor, author}},
        {QStringLiteral("edit the hy text"),
         text.arg(QStringLiteral("hy"), article),
         {admin, editor, author, hy}},
        {QStringLiteral("approve the hy text"),
         QStringLiteral("UPDATE translations SET status = 'approved' WHERE locale = 'hy' "
                        "AND article_id = (SELECT id FROM articles WHERE uid = '%1')")
             .arg(article),
         {editor}},
        {QStringLiteral("delete the article"),
         QStringLiteral("DELETE FROM articles WHERE uid = '%1'").arg(article),
         {admin, editor}},
    };
    int forbidden = 0;
    int refusedLegitimate = 0;
    for (const QString &name : people) {
        RawLogin raw(newsroom.url(name));
        for (const Attempt &a : attempts) {
            const bool changed = raw.changes(a.sql);
            const bool allowed = a.mayBy.contains(name);
            if (changed && !allowed) {
                ++forbidden;
                UNSCOPED_INFO(name.toStdString() << " could " << a.what.toStdString());
            }
            if (allowed && !changed) {
                ++refusedLegitimate;
                UNSCOPED_INFO(name.toStdString() << " could not " << a.what.toStdString());
            }
        }
    }
    CHECK(forbidden == 0);
    CHECK(refusedLegitimate == 0);

    // History is written in the name of whoever is logged in, whatever the statement says.
    RawLogin irinaRaw(newsroom.url(QStringLiteral("irina.volkova")));
    const QVariant written = irinaRaw.commit(
        QStringLiteral("INSERT INTO comments (article_id, number, at, user_id, text) "
                       "SELECT id, 900, '2026-12-01T00:00:00Z', (SELECT id FROM users WHERE "
                       "role = 'editor' LIMIT 1), 'In the editor''s name?' FROM articles "
                       "WHERE uid = '%1' RETURNING user_id")
            .arg(article));
    auto irina = newsroom.admin->scalar(QStringLiteral("SELECT id FROM users WHERE name = ?"),
                                        {newsroom.logins.value(QStringLiteral("irina.volkova"))});
    REQUIRE_OK(irina);
    CHECK(written.toLongLong() == irina->toLongLong());
}

TEST_CASE("server: a translator's save through Byline writes only their locale's rows",
          "[server][rights]")
{
    ServerNewsroom newsroom;
    newsroom.force(WorkflowState::Draft);
    auto db = newsroom.as(QStringLiteral("lena.mkrtchyan"));
    auto stored = Storage::ArticleRepository(*db).find(article);
    REQUIRE_OK(stored);
    Article edited = **stored;
    for (Translation &t : edited.translations) {
        if (t.locale == QLatin1String("hy"))
            t.title += QStringLiteral(" (խմբ.)");
    }
    REQUIRE_OK(Storage::ArticleRepository(*db).save(edited, db->login()));
    auto after = Storage::ArticleRepository(*newsroom.admin).find(article);
    REQUIRE_OK(after);
    CHECK((*after)->translation(QStringLiteral("hy"))->title.endsWith(QStringLiteral("(խմբ.)")));
    // The revision is in the translator's name, as the server wrote it.
    auto author = newsroom.admin->scalar(
        QStringLiteral("SELECT u.name FROM revisions r JOIN users u ON u.id = r.user_id "
                       "JOIN articles a ON a.id = r.article_id WHERE a.uid = ? "
                       "ORDER BY r.number DESC LIMIT 1"),
        {article});
    REQUIRE_OK(author);
    CHECK(author->toString() == db->login());

    // The source text is not theirs: Byline's save of it is refused by the server too.
    Article source = **after;
    for (Translation &t : source.translations) {
        if (t.locale == QLatin1String("en"))
            t.title += QStringLiteral(" (edited)");
    }
    auto refused = Storage::ArticleRepository(*db).save(source, db->login());
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("server: a person made inactive can no longer log in, and once active again can",
          "[server][rights]")
{
    ServerNewsroom newsroom;
    const QString name = QStringLiteral("irina.volkova");
    auto user = Storage::UserRepository(*newsroom.admin).require(newsroom.logins.value(name));
    REQUIRE_OK(user);
    User inactive = *user;
    inactive.active = false;
    REQUIRE_OK(Storage::UserRepository(*newsroom.admin).upsert(inactive));
    Storage::Database::Options options;
    options.path = newsroom.url(name);
    auto refused = Storage::Database::open(options);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    REQUIRE_OK(Storage::UserRepository(*newsroom.admin).upsert(*user));
    CHECK(newsroom.as(name)->login() == newsroom.logins.value(name));
}

TEST_CASE("server: presence is everyone's to see, each person's own to write, from their own "
          "session",
          "[server][rights][presence]")
{
    ServerNewsroom newsroom;
    const QString irina = QStringLiteral("irina.volkova");
    const QString tom = QStringLiteral("tom.reid");
    auto hers = newsroom.as(irina);
    auto his = newsroom.as(tom);
    // Through Byline each enters in their own name and sees the other.
    REQUIRE_OK(
        Storage::PresenceRepository(*hers).enter(article, QStringLiteral("ru"), hers->login()));
    REQUIRE_OK(
        Storage::PresenceRepository(*his).enter(article, QStringLiteral("en"), his->login()));
    auto seen = Storage::PresenceRepository(*his).present(article);
    REQUIRE_OK(seen);
    CHECK(seen->size() == 2);
    // His desk cannot end her presence, and hers outlives his attempt.
    REQUIRE_OK(his->run(QStringLiteral("DELETE FROM presence WHERE session = ?"),
                        {QVariant(hers->origin())}));
    seen = Storage::PresenceRepository(*hers).present(article);
    REQUIRE_OK(seen);
    CHECK(seen->size() == 2);

    // Raw SQL under his login: no row in her name, none claiming another session's backend.
    RawLogin raw(newsroom.url(tom));
    const QString herId = QStringLiteral("(SELECT id FROM users WHERE name = '%1')")
                              .arg(newsroom.logins.value(irina));
    const QString hisId = QStringLiteral("(SELECT id FROM users WHERE name = '%1')")
                              .arg(newsroom.logins.value(tom));
    const QString insert
        = QStringLiteral("INSERT INTO presence (session, article_uid, locale, user_id, since, "
                         "process) VALUES ('forged', '%1', 'hy', %2, '2026-12-07T10:00:00Z', %3)");
    CHECK_FALSE(raw.changes(insert.arg(article, herId, QStringLiteral("pg_backend_pid()"))));
    CHECK_FALSE(raw.changes(insert.arg(article, hisId, QStringLiteral("1"))));
    CHECK(raw.changes(insert.arg(article, hisId, QStringLiteral("pg_backend_pid()"))));
    CHECK_FALSE(raw.changes(
        QStringLiteral("UPDATE presence SET locale = 'hy' WHERE user_id = %1").arg(herId)));
    CHECK_FALSE(raw.changes(QStringLiteral("DELETE FROM presence WHERE user_id = %1").arg(herId)));
    // Anyone may clear the rows of sessions that are gone (a desk that crashed), and only
    // those.
    REQUIRE_OK(newsroom.admin->run(insert.arg(article, herId, QStringLiteral("0"))));
    const auto rows = [&] {
        auto n = newsroom.admin->scalar(QStringLiteral("SELECT count(*) FROM presence"));
        REQUIRE_OK(n);
        return n->toInt();
    };
    CHECK(rows() == 3);
    (void)raw.commit(QStringLiteral("SELECT 1 FROM (SELECT byline_forget_absent()) f"));
    CHECK(rows() == 2);
    seen = Storage::PresenceRepository(*his).present(article);
    REQUIRE_OK(seen);
    CHECK(seen->size() == 2);
}

TEST_CASE("server: a newsroom upgraded by its administrator's desk keeps its rights on the new "
          "tables",
          "[server][rights][presence]")
{
    ServerNewsroom newsroom;
    // The newsroom as schema 9 left it: no presence, inbox or names per locale yet.
    REQUIRE_OK(newsroom.admin->run(QStringLiteral("DROP TABLE presence")));
    REQUIRE_OK(newsroom.admin->run(QStringLiteral("DROP TABLE inbox")));
    REQUIRE_OK(newsroom.admin->run(QStringLiteral("DROP TABLE user_names")));
    REQUIRE_OK(newsroom.admin->run(
        QStringLiteral("UPDATE byline_meta SET value = '9' WHERE key = 'schema_version'")));
    {
        Storage::Database::Options options;
        options.path = Test::storeLocation(newsroom.dir.path(QStringLiteral("newsroom")));
        auto upgraded = Storage::Database::open(options); // the administrator's desk
        REQUIRE_OK(upgraded);
        CHECK((*upgraded)->schemaVersion() == Storage::Database::latestSchemaVersion());
    }
    auto hers = newsroom.as(QStringLiteral("irina.volkova"));
    REQUIRE_OK(
        Storage::PresenceRepository(*hers).enter(article, QStringLiteral("ru"), hers->login()));
    InboxEntry forHer;
    forHer.user = hers->login();
    forHer.articleUid = article;
    REQUIRE_OK(Storage::InboxRepository(*newsroom.admin).deliver({forHer}));
    RawLogin raw(newsroom.url(QStringLiteral("tom.reid")));
    CHECK_FALSE(raw.changes(QStringLiteral("DELETE FROM presence")));
    CHECK(raw.commit(QStringLiteral("SELECT count(*) FROM inbox")).toInt() == 0);
    const QString nameHimself
        = QStringLiteral("INSERT INTO user_names (user_id, locale, name) SELECT id, 'ru', 'X' "
                         "FROM users WHERE name = session_user");
    CHECK_FALSE(raw.commit(QStringLiteral("SELECT count(*) FROM user_names")).isNull());
    CHECK_FALSE(raw.changes(nameHimself));
    CHECK(RawLogin(newsroom.url(QStringLiteral("t.babayan"))).changes(nameHimself));
}

TEST_CASE("server: an inbox is its person's alone to read and mark read, and what anyone adds "
          "to it is in their own name",
          "[server][rights][inbox]")
{
    ServerNewsroom newsroom;
    const QString tom = QStringLiteral("tom.reid");
    const QString irina = QStringLiteral("irina.volkova");
    const QString samvel = QStringLiteral("samvel.harutyunyan");
    auto editors = newsroom.as(samvel);
    // The editor sends tom's article back, naming irina: both hear of it, through Byline.
    REQUIRE_OK(WorkflowService(*editors).act(
        {article,
         Action::RequestChanges,
         editors->login(),
         {},
         QStringLiteral("Sources for the figures, please; @%1 knows them.")
             .arg(newsroom.logins.value(irina)),
         {}}));
    auto his = newsroom.as(tom);
    auto entries = Storage::InboxRepository(*his).list(his->login());
    REQUIRE_OK(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().kind == InboxKind::SentBack);
    CHECK(entries->first().actor == editors->login());
    auto hers = newsroom.as(irina);
    entries = Storage::InboxRepository(*hers).list(hers->login());
    REQUIRE_OK(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().kind == InboxKind::Mentioned);
    const qint64 herEntry = entries->first().id;

    // Nobody reads another's inbox, even naming them.
    entries = Storage::InboxRepository(*his).list(hers->login());
    REQUIRE_OK(entries);
    CHECK(entries->isEmpty());
    RawLogin raw(newsroom.url(tom));
    CHECK(raw.commit(QStringLiteral("SELECT count(*) FROM inbox")).toInt() == 1);
    // Nor marks it read, nor rewrites his own.
    CHECK_FALSE(raw.changes(QStringLiteral("UPDATE inbox SET read_at = '2026-12-07T10:00:00Z' "
                                           "WHERE id = %1")
                                .arg(herEntry)));
    CHECK(raw.changes(QStringLiteral("UPDATE inbox SET read_at = '2026-12-07T10:00:00Z'")));
    CHECK_FALSE(raw.changes(QStringLiteral("UPDATE inbox SET detail = 'rewritten'")));
    CHECK_FALSE(raw.changes(QStringLiteral("DELETE FROM inbox")));
    // He may tell her something, but it is his word: a forged actor is replaced by him.
    const QString herId = QStringLiteral("(SELECT id FROM users WHERE name = '%1')")
                              .arg(newsroom.logins.value(irina));
    const QString samvelId
        = QStringLiteral("(SELECT id FROM users WHERE name = '%1')").arg(editors->login());
    REQUIRE(raw.commit(QStringLiteral("INSERT INTO inbox (user_id, kind, article_uid, actor_id, "
                                      "at, detail) VALUES (%1, 'mentioned', '%2', %3, "
                                      "'2026-12-07T10:00:00Z', 'from tom')")
                           .arg(herId, article, samvelId))
                .isNull()); // committed; nothing to read back

    entries = Storage::InboxRepository(*hers).list(hers->login());
    REQUIRE_OK(entries);
    REQUIRE(entries->size() == 2);
    CHECK(entries->first().detail == QStringLiteral("from tom"));
    CHECK(entries->first().actor == his->login());
    CHECK(entries->first().at
          != QDateTime::fromString(QStringLiteral("2026-12-07T10:00:00Z"),
                                   Qt::ISODate)); // the server's time
    // Nothing about an article that does not exist.
    CHECK_FALSE(raw.changes(QStringLiteral("INSERT INTO inbox (user_id, kind, article_uid, at) "
                                           "VALUES (%1, 'mentioned', 'no-such-article', "
                                           "'2026-12-07T10:00:00Z')")
                                .arg(herId)));

    // publish-due, run by the editor's desk, names no one: the article went live on schedule.
    newsroom.force(WorkflowState::Scheduled);
    REQUIRE_OK(newsroom.admin->run(
        QStringLiteral("UPDATE articles SET scheduled_at = '2026-01-01T00:00:00Z' WHERE uid = ?"),
        {article}));
    auto published = WorkflowService(*editors).publishDue(QDateTime::currentDateTimeUtc());
    REQUIRE_OK(published);
    REQUIRE(published->size() == 1);
    entries = Storage::InboxRepository(*his).list(his->login());
    REQUIRE_OK(entries);
    REQUIRE(entries->size() == 2);
    CHECK(entries->first().kind == InboxKind::Published);
    CHECK(entries->first().actor.isEmpty());
}

TEST_CASE("server: only an admin changes a person's names per locale, through Byline or not",
          "[server][rights][users]")
{
    ServerNewsroom newsroom;
    const QString admin = QStringLiteral("t.babayan");
    const QString tom = QStringLiteral("tom.reid");
    const QString irina = QStringLiteral("irina.volkova");
    const QString editor = QStringLiteral("samvel.harutyunyan");
    const QString tomLogin = newsroom.logins.value(tom);
    {
        User person = *Storage::UserRepository(*newsroom.admin).require(tomLogin);
        person.names = {{QStringLiteral("ru"), QStringLiteral("Том Рид")}};
        REQUIRE_OK(Storage::UserRepository(*newsroom.admin).upsert(person));
    }
    const QString tomsRow
        = QStringLiteral("user_id = (SELECT id FROM users WHERE name = '%1')").arg(tomLogin);
    const QList<std::pair<QString, QString>> attempts {
        {QStringLiteral("respell another in Russian"),
         QStringLiteral("UPDATE user_names SET name = 'Томас Рид' WHERE %1").arg(tomsRow)},
        {QStringLiteral("give another an Armenian name"),
         QStringLiteral("INSERT INTO user_names (user_id, locale, name) SELECT id, 'hy', "
                        "'Թոմ' FROM users WHERE name = '%1'")
             .arg(tomLogin)},
        {QStringLiteral("give oneself a name"),
         QStringLiteral("INSERT INTO user_names (user_id, locale, name) SELECT id, 'en', "
                        "'Me' FROM users WHERE name = session_user")},
        {QStringLiteral("drop another's names"),
         QStringLiteral("DELETE FROM user_names WHERE %1").arg(tomsRow)},
    };
    for (const QString &name : {tom, irina, editor, admin}) {
        RawLogin raw(newsroom.url(name));
        // Everyone reads them: pages and the desk show them.
        CHECK(raw.commit(QStringLiteral("SELECT name FROM user_names WHERE %1").arg(tomsRow))
                  .toString()
              == QStringLiteral("Том Рид"));
        for (const auto &[what, sql] : attempts) {
            INFO(name.toStdString() << ": " << what.toStdString());
            CHECK(raw.changes(sql) == (name == admin));
        }
    }

    // Through Byline: the author himself, and an editor, are refused; the admin is not.
    for (const QString &name : {tom, editor}) {
        INFO(name.toStdString());
        auto desk = newsroom.as(name);
        auto person = Storage::UserRepository(*desk).require(tomLogin);
        REQUIRE_OK(person);
        User changed = *person;
        changed.names.insert(QStringLiteral("hy"), QStringLiteral("Թոմ Ռիդ"));
        SettingsService::Change change;
        change.changed.append(changed);
        auto refused = SettingsService(*desk).apply(change, desk->login());
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        // Past Byline's own check, the server refuses the rows themselves.
        CHECK_FALSE(Storage::UserRepository(*desk).upsert(changed).has_value());
    }
    auto admins = newsroom.as(admin);
    User changed = *Storage::UserRepository(*admins).require(tomLogin);
    changed.names.insert(QStringLiteral("hy"), QStringLiteral("Թոմ Ռիդ"));
    SettingsService::Change change;
    change.changed.append(changed);
    REQUIRE_OK(SettingsService(*admins).apply(change, admins->login()));
    auto now = Storage::UserRepository(*newsroom.admin).require(tomLogin);
    REQUIRE_OK(now);
    CHECK(now->names
          == QMap<QString, QString> {{QStringLiteral("ru"), QStringLiteral("Том Рид")},
                                     {QStringLiteral("hy"), QStringLiteral("Թոմ Ռիդ")}});
}
