// An import acts as a person: rights checked against the store, recorded in the audit trails.
#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/services/SettingsService.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/NewsroomAuditRepository.h"
#include "core/storage/UserRepository.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace Byline;
using namespace Byline::Interchange;
using Byline::Test::TempDir;

namespace {

// The demo newsroom's people.
const QString admin = QStringLiteral("t.babayan");
const QString editor = QStringLiteral("samvel.harutyunyan");
const QString journalist = QStringLiteral("irina.volkova"); // author of the demo draft
const QString translator = QStringLiteral("olga.smirnova");
// A published demo article and a draft of irina.volkova's.
const QString published = QStringLiteral("e1b2f585-c47b-43dc-a622-c82d6e1fb297");
const QString draft = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b");

QJsonObject exported(Storage::Database &db)
{
    auto json = Exporter(db).exportJson();
    REQUIRE(json.has_value());
    return QJsonDocument::fromJson(*json).object();
}

Result<Importer::Report> importAs(Storage::Database &db, const QJsonObject &doc,
                                  const QString &actor)
{
    Importer importer(db);
    importer.setActor(actor);
    importer.setSource(QStringLiteral("newsroom.json"));
    return importer.importJson(QJsonDocument(doc).toJson());
}

// `doc` with its articles, experts, quotes, users, settings replaced by `only` (by key).
QJsonObject with(QJsonObject doc, const QString &key, const QJsonValue &value)
{
    doc.insert(key, value);
    return doc;
}

QJsonObject articleIn(const QJsonObject &doc, const QString &uid)
{
    for (const QJsonValue &a : doc.value(QLatin1String("articles")).toArray()) {
        if (a.toObject().value(QLatin1String("uid")).toString() == uid)
            return a.toObject();
    }
    FAIL("no article " << uid.toStdString());
    return {};
}

// The article with its source title changed, one version on: a newer text.
QJsonObject retitled(QJsonObject article, const QString &title)
{
    QJsonObject translations = article.value(QLatin1String("translations")).toObject();
    const QString source = article.value(QLatin1String("source_locale")).toString();
    QJsonObject text = translations.value(source).toObject();
    text.insert(QStringLiteral("title"), title);
    translations.insert(source, text);
    article.insert(QStringLiteral("translations"), translations);
    article.insert(QStringLiteral("version"), article.value(QLatin1String("version")).toInt() + 1);
    return article;
}

// The document's users, each changed by `change`.
QJsonArray withEachUser(const QJsonObject &doc, const std::function<void(QJsonObject &)> &change)
{
    QJsonArray users = doc.value(QLatin1String("users")).toArray();
    for (qsizetype i = 0; i < users.size(); ++i) {
        QJsonObject u = users.at(i).toObject();
        change(u);
        users.replace(i, u);
    }
    return users;
}

// `doc` carrying only the published demo article, retitled "Rewritten" one version on.
QJsonObject publishedRewritten(const QJsonObject &doc)
{
    return with(doc, QStringLiteral("articles"),
                QJsonArray {retitled(articleIn(doc, published), QStringLiteral("Rewritten"))});
}

QString titleOf(Storage::Database &db, const QString &uid)
{
    auto article = Storage::ArticleRepository(db).find(uid);
    REQUIRE(article.has_value());
    REQUIRE(article->has_value());
    return (*article)->sourceTranslation()->title;
}

QList<NewsroomEvent> trail(Storage::Database &db)
{
    auto events = Storage::NewsroomAuditRepository(db).recent();
    REQUIRE(events.has_value());
    return *events;
}

} // namespace

TEST_CASE("an import into a newsroom with people acts as one of them", "[interchange][rights]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("s.sqlite")));
    const QJsonObject doc = exported(*db);
    const QJsonObject changed = publishedRewritten(doc);

    auto nobody = importAs(*db, changed, {});
    REQUIRE_FALSE(nobody.has_value());
    CHECK(nobody.error().code == ErrorCode::PermissionDenied);
    auto stranger = importAs(*db, changed, QStringLiteral("nobody.here"));
    REQUIRE_FALSE(stranger.has_value());
    CHECK(stranger.error().code == ErrorCode::NotFound);
    CHECK(titleOf(*db, published) != QLatin1String("Rewritten"));

    SECTION("a new store's first import needs nobody: the file brings the people")
    {
        auto fresh = Test::openStore(dir.path(QStringLiteral("new.sqlite")));
        REQUIRE_OK(importAs(*fresh, doc, {}));
        const QList<NewsroomEvent> events = trail(*fresh);
        REQUIRE(events.size() == 1);
        CHECK(events.first().action == QLatin1String("import"));
        CHECK(events.first().user.isEmpty());
        CHECK(events.first().subject == QLatin1String("newsroom.json"));
    }
}

TEST_CASE("published text needs an editor or an admin", "[interchange][rights]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("s.sqlite")));
    const QJsonObject doc = exported(*db);
    const QJsonObject changed = publishedRewritten(doc);

    for (const QString &who : {journalist, translator, QStringLiteral("tom.reid")}) {
        auto refused = importAs(*db, changed, who);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        CHECK(refused.error().message.contains(QLatin1String("newsroom.json")));
    }
    CHECK(titleOf(*db, published) != QLatin1String("Rewritten"));
    CHECK(trail(*db).isEmpty()); // a refusal records nothing, like it writes nothing

    const QString who = GENERATE(editor, admin);
    auto done = importAs(*db, changed, who);
    REQUIRE_OK(done);
    CHECK(done->articlesUpdated == 1);
    CHECK(titleOf(*db, published) == QLatin1String("Rewritten"));
    // The article's own trail says who imported it, and from what.
    auto article = Storage::ArticleRepository(*db).find(
        published, Storage::ArticleRepository::Load::WithHistory);
    REQUIRE(article.has_value());
    REQUIRE(article->has_value());
    const AuditEntry last = (*article)->history.last();
    CHECK(last.action == QLatin1String("import"));
    CHECK(last.user == who);
    CHECK(last.from == QLatin1String("published"));
    CHECK(last.comment.contains(QLatin1String("newsroom.json")));
    const QList<NewsroomEvent> events = trail(*db);
    REQUIRE(events.size() == 1);
    CHECK(events.first().user == who);
    CHECK(events.first().action == QLatin1String("import"));
    CHECK(events.first().detail.contains(QLatin1String("1 updated")));
}

TEST_CASE("a journalist imports their own drafts, never another's state or history",
          "[interchange][rights]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("s.sqlite")));
    const QJsonObject doc = exported(*db);

    // Their own draft, one version on: as a save at the desk would be.
    QJsonObject own = retitled(articleIn(doc, draft), QStringLiteral("My better title"));
    REQUIRE_OK(importAs(*db, with(doc, QStringLiteral("articles"), QJsonArray {own}), journalist));
    CHECK(titleOf(*db, draft) == QLatin1String("My better title"));

    // Someone else's draft: what the desk would refuse, import refuses.
    const QJsonObject theirs = retitled(own, QStringLiteral("Tom's title"));
    auto other = importAs(*db, with(doc, QStringLiteral("articles"), QJsonArray {theirs}),
                          QStringLiteral("tom.reid"));
    REQUIRE_FALSE(other.has_value());
    CHECK(other.error().code == ErrorCode::PermissionDenied);

    // Moving the workflow along is an editor's step.
    QJsonObject approved = retitled(own, QStringLiteral("Approved by me"));
    approved.insert(QStringLiteral("status"), QStringLiteral("approved"));
    auto state
        = importAs(*db, with(doc, QStringLiteral("articles"), QJsonArray {approved}), journalist);
    REQUIRE_FALSE(state.has_value());
    CHECK(state.error().code == ErrorCode::PermissionDenied);
    CHECK(state.error().message.contains(QLatin1String("editor")));

    // History in another person's name is not the journalist's to write.
    QJsonObject forged = retitled(own, QStringLiteral("Forged"));
    QJsonArray history = forged.value(QLatin1String("history")).toArray();
    history.append(QJsonObject {{QStringLiteral("at"), QStringLiteral("2026-11-30T10:00:00Z")},
                                {QStringLiteral("user"), editor},
                                {QStringLiteral("action"), QStringLiteral("approve")},
                                {QStringLiteral("from"), QStringLiteral("submitted")},
                                {QStringLiteral("to"), QStringLiteral("approved")},
                                {QStringLiteral("locale"), QJsonValue()},
                                {QStringLiteral("comment"), QString()}});
    forged.insert(QStringLiteral("history"), history);
    auto forgery
        = importAs(*db, with(doc, QStringLiteral("articles"), QJsonArray {forged}), journalist);
    REQUIRE_FALSE(forgery.has_value());
    CHECK(forgery.error().code == ErrorCode::PermissionDenied);
    CHECK(titleOf(*db, draft) == QLatin1String("My better title"));
}

TEST_CASE("a newsroom's own export imports back as anyone: only what changes counts",
          "[interchange][rights]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("s.sqlite")));
    const QJsonObject doc = exported(*db);
    const QString who = GENERATE(journalist, translator, editor, admin);
    auto done = importAs(*db, doc, who);
    REQUIRE_OK(done);
    CHECK(done->articlesUnchanged == 6);
    const QList<NewsroomEvent> events = trail(*db);
    REQUIRE(events.size() == 1); // the import itself, nothing changed
    CHECK(events.first().user == who);
}

TEST_CASE("the newsroom's people and settings need an admin", "[interchange][rights]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("s.sqlite")));
    const QJsonObject doc = exported(*db);

    // Made an admin by a file: the way round the settings' admin check, if import had none.
    const QJsonArray users = withEachUser(doc, [](QJsonObject &u) {
        if (u.value(QLatin1String("name")).toString() == journalist)
            u.insert(QStringLiteral("role"), QStringLiteral("admin"));
    });
    const QJsonObject promoted
        = with(QJsonObject {{QStringLiteral("format"), doc.value(QLatin1String("format"))}},
               QStringLiteral("users"), users);
    QJsonObject settings = doc.value(QLatin1String("settings")).toObject();
    settings.insert(QStringLiteral("base_url"), QStringLiteral("https://elsewhere.example.net"));
    const QJsonObject moved
        = with(QJsonObject {{QStringLiteral("format"), doc.value(QLatin1String("format"))}},
               QStringLiteral("settings"), settings);

    for (const QJsonObject &file : {promoted, moved}) {
        for (const QString &who : {journalist, editor}) {
            auto refused = importAs(*db, file, who);
            REQUIRE_FALSE(refused.has_value());
            CHECK(refused.error().code == ErrorCode::PermissionDenied);
            CHECK(refused.error().message.contains(QLatin1String("admin")));
        }
    }
    auto journalistNow = Storage::UserRepository(*db).require(journalist);
    REQUIRE(journalistNow.has_value());
    CHECK(journalistNow->role == Role::Journalist);

    REQUIRE_OK(importAs(*db, promoted, admin));
    REQUIRE_OK(importAs(*db, moved, admin));
    const QList<NewsroomEvent> events = trail(*db); // newest first
    REQUIRE(events.size() == 4);
    CHECK(events.at(0).action == QLatin1String("import"));
    CHECK(events.at(1).action == QLatin1String("setting"));
    CHECK(events.at(1).subject == QLatin1String("base_url"));
    CHECK(events.at(1).detail.contains(QLatin1String("elsewhere.example.net")));
    CHECK(events.at(2).action == QLatin1String("import"));
    CHECK(events.at(3).action == QLatin1String("user-changed"));
    CHECK(events.at(3).subject == journalist);
    CHECK(events.at(3).user == admin);
    CHECK(events.at(3).detail.contains(QLatin1String("admin")));
}

TEST_CASE("people's names per locale: a file without them changes nobody's, a file that "
          "changes them needs an admin",
          "[interchange][rights][users]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("s.sqlite")));
    const QJsonObject doc = exported(*db);
    auto namesOf = [&db](const QString &name) {
        auto person = Storage::UserRepository(*db).require(name);
        REQUIRE_OK(person);
        return person->names;
    };
    const QMap<QString, QString> irinas = namesOf(journalist);
    REQUIRE(irinas.value(QStringLiteral("ru")) == QStringLiteral("Ирина Волкова"));

    // A document from before names per locale (an older export): anyone may import it, and
    // everyone keeps their names.
    const QJsonObject older
        = with(doc, QStringLiteral("users"),
               withEachUser(doc, [](QJsonObject &u) { u.remove(QStringLiteral("names")); }));
    for (const QString &who : {journalist, editor}) {
        auto done = importAs(*db, older, who);
        REQUIRE_OK(done);
        CHECK(done->articlesUnchanged == 6);
    }
    CHECK(namesOf(journalist) == irinas);

    // Another spelling, and none at all: an admin's change, and the trail says what it was.
    const QJsonObject respelled
        = with(QJsonObject {{QStringLiteral("format"), doc.value(QLatin1String("format"))}},
               QStringLiteral("users"), withEachUser(doc, [](QJsonObject &u) {
                   const QString name = u.value(QLatin1String("name")).toString();
                   if (name == journalist)
                       u.insert(QStringLiteral("names"),
                                QJsonObject {{QStringLiteral("ru"), QStringLiteral("Ирина В.")}});
                   if (name == editor)
                       u.insert(QStringLiteral("names"), QJsonObject {});
               }));
    for (const QString &who : {journalist, editor}) {
        auto refused = importAs(*db, respelled, who);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
    CHECK(namesOf(journalist) == irinas);
    REQUIRE_OK(importAs(*db, respelled, admin));
    CHECK(namesOf(journalist)
          == QMap<QString, QString> {{QStringLiteral("ru"), QStringLiteral("Ирина В.")}});
    CHECK(namesOf(editor).isEmpty());
    QStringList details;
    for (const NewsroomEvent &e : trail(*db)) {
        if (e.action == QLatin1String("user-changed"))
            details << e.subject + QStringLiteral(": ") + e.detail;
    }
    CHECK(details.contains(QStringLiteral("%1: name in hy \u201cԻրինա Վոլկովա\u201d \u2192 (none); "
                                          "name in ru \u201cИрина Волкова\u201d \u2192 "
                                          "\u201cИрина В.\u201d")
                               .arg(journalist)));
}

TEST_CASE("a file cannot leave the newsroom without an active admin", "[interchange][rights]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("s.sqlite")));
    const QJsonObject doc = exported(*db);
    const QJsonArray users = withEachUser(doc, [](QJsonObject &u) {
        u.insert(QStringLiteral("active"), u.value(QLatin1String("name")).toString() != admin);
    });
    auto refused = importAs(*db, with(doc, QStringLiteral("users"), users), admin);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::Conflict);
    auto still = Storage::UserRepository(*db).require(admin);
    REQUIRE(still.has_value());
    CHECK(still->active);
}

TEST_CASE("the settings record who changed people and settings", "[settings][rights]")
{
    TempDir dir;
    auto db = Test::openDemoStore(dir.path(QStringLiteral("s.sqlite")));
    SettingsService service(*db);
    SettingsService::Change change;
    User added;
    added.name = QStringLiteral("new.person");
    added.displayName = QStringLiteral("New Person");
    added.role = Role::Editor;
    change.added.append(added);
    auto before = Storage::UserRepository(*db).require(journalist);
    REQUIRE(before.has_value());
    User demoted = *before;
    demoted.active = false;
    change.changed.append(demoted);
    change.changed.append(*Storage::UserRepository(*db).require(translator)); // unchanged
    change.settings.insert(QStringLiteral("time_zone"), QStringLiteral("Asia/Yerevan"));

    auto refused = service.apply(change, editor);
    REQUIRE_FALSE(refused.has_value());
    CHECK(trail(*db).isEmpty());

    REQUIRE_OK(service.apply(change, admin));
    const QList<NewsroomEvent> events = trail(*db);
    QStringList seen;
    for (const NewsroomEvent &e : events) {
        CHECK(e.user == admin);
        seen << e.action + QLatin1Char(' ') + e.subject;
    }
    seen.sort();
    // The time zone already was Asia/Yerevan and the translator did not change: not recorded.
    CHECK(seen
          == QStringList {QStringLiteral("user-added new.person"),
                          QStringLiteral("user-changed irina.volkova")});
}
