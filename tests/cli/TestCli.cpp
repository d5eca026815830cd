// End-to-end tests of byline-cli (README.md, "byline-cli"): each test runs the real binary against
// its own store in its own folder and checks exit codes, what was printed and what was kept.
#include "core/storage/ServerAddress.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtEndian>

#include <chrono>
#include <future>
#include <thread>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &b)
    {
        // Exports are large: show how large and how they start, not all of them.
        return "QByteArray(" + std::to_string(b.size()) + " bytes: \"" + b.left(120).toStdString()
            + (b.size() > 120 ? "...\")" : "\")");
    }
};
} // namespace Catch

namespace {

using namespace Byline::Test;

// The demo newsroom (resources/demo/newsroom.json): four published articles (reservoir without
// an Armenian text), one submitted, one draft (rails, without Armenian either).
const QString glaciers = QStringLiteral("82d8d78f-e875-4ccb-8ba1-d95e4b749068");
const QString harvest = QStringLiteral("e1b2f585-c47b-43dc-a622-c82d6e1fb297");
const QString earthquake = QStringLiteral("ec1cd98a-7f6c-485d-9ad7-3a64ace502ce");
const QString reservoir = QStringLiteral("dab78878-3add-42d5-965c-4af310098e11");
const QString startups = QStringLiteral("37c80f9d-abb3-4a73-87dd-2a75bf53e626");
const QString rails = QStringLiteral("24d0ba52-d8b7-49c2-bc20-086ef746473b");
const QSet<QString> demoUids {glaciers, harvest, earthquake, reservoir, startups, rails};

// A uid that is in no store and no file.
const QString strangerUid = QStringLiteral("00000000-0000-4000-8000-0000000000aa");

CliRun cli(const QString &db, const QStringList &args, const QByteArray &stdinData = {},
           const QStringList &extraEnv = {})
{
    return runCli(QStringList {QStringLiteral("--db"), db} + args, stdinData, extraEnv);
}

void requireUsageError(const CliRun &r)
{
    INFO(said(r));
    REQUIRE(r.exitCode == 2);
    CHECK(r.err.startsWith(QLatin1String("byline-cli: ")));
    CHECK(r.err.contains(QLatin1String("Usage: byline-cli")));
    CHECK(r.out.isEmpty());
}

QString initStore(const TempDir &dir, const QString &name, bool demo)
{
    const QString db = dir.path(name);
    QStringList args {QStringLiteral("init")};
    if (demo)
        args << QStringLiteral("--demo");
    const CliRun r = cli(db, args);
    requireDone(r);
    REQUIRE((Byline::Test::onServer() || QFileInfo(db).isFile()));
    return db;
}

// The demo newsroom is made by "init --demo" once per run of this file; each test works on its
// own copy in its own folder.
QString demoTemplate()
{
    static QTemporaryDir folder;
    static QString path;
    if (path.isEmpty()) {
        REQUIRE(folder.isValid());
        const QString db = folder.filePath(QStringLiteral("template.sqlite"));
        const CliRun r = cli(db, {QStringLiteral("init"), QStringLiteral("--demo")});
        requireDone(r);
        REQUIRE(r.out.contains(QLatin1String("the store holds 6 articles")));
        REQUIRE(!QFileInfo::exists(db + QStringLiteral("-wal"))); // all in the one file
        path = db;
    }
    return path;
}

QString demoStore(const TempDir &dir, const QString &name = QStringLiteral("demo.sqlite"))
{
    if (Byline::Test::onServer()) // a database of its own, made as the template was
        return initStore(dir, name, true);
    const QString db = dir.path(name);
    REQUIRE(QFile::copy(demoTemplate(), db));
    return db;
}

QString emptyStore(const TempDir &dir, const QString &name = QStringLiteral("empty.sqlite"))
{
    return initStore(dir, name, false);
}

// The whole store as an interchange document (the reference for "nothing changed").
QByteArray exportAll(const QString &db)
{
    const CliRun r = cli(db, {QStringLiteral("export"), QStringLiteral("-")});
    requireDone(r);
    REQUIRE(!r.out.isEmpty());
    return r.out.toUtf8();
}

QJsonDocument parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    INFO(error.errorString().toStdString()
         << " at offset " << error.offset << " in " << bytes.left(500).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

QJsonArray listJson(const QString &db, const QStringList &filters = {})
{
    const CliRun r
        = cli(db, QStringList {QStringLiteral("list"), QStringLiteral("--json")} + filters);
    requireDone(r);
    const QJsonDocument doc = parseJson(r.out.toUtf8());
    REQUIRE(doc.isArray());
    return doc.array();
}

QSet<QString> uidsOf(const QJsonArray &articles)
{
    QSet<QString> uids;
    for (const QJsonValue &a : articles)
        uids.insert(a.toObject().value(QLatin1String("uid")).toString());
    return uids;
}

QJsonObject findByKey(const QJsonArray &list, const char *key, const QString &value)
{
    for (const QJsonValue &item : list) {
        if (item.toObject().value(QLatin1String(key)).toString() == value)
            return item.toObject();
    }
    FAIL("no item with " << key << " = " << value.toStdString());
    return {};
}

qsizetype indexOfUid(const QJsonArray &list, const QString &uid)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().value(QLatin1String("uid")).toString() == uid)
            return i;
    }
    FAIL("no item with uid " << uid.toStdString());
    return -1;
}

// Sets (or, with an undefined value, removes) the value at a path like
// {"articles", "2", "translations", "en", "title"}; numbers index arrays.
QJsonValue setIn(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        bool ok = false;
        const qsizetype i = head.toLongLong(&ok);
        REQUIRE(ok);
        REQUIRE(i >= 0);
        REQUIRE(i <= array.size());
        if (i == array.size())
            array.append(setIn(QJsonValue(), path, value));
        else
            array[i] = setIn(array.at(i), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    const QJsonValue child = setIn(object.value(head), path, value);
    if (child.isUndefined())
        object.remove(head);
    else
        object.insert(head, child);
    return object;
}

QJsonValue getIn(const QJsonValue &node, const QStringList &path)
{
    QJsonValue v = node;
    for (const QString &step : path) {
        if (v.isArray())
            v = v.toArray().at(step.toLongLong());
        else
            v = v.toObject().value(step);
    }
    return v;
}

QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'));
}

QJsonObject withValue(const QJsonObject &doc, const QString &path, const QJsonValue &value)
{
    return setIn(doc, splitPath(path), value).toObject();
}

QByteArray bytesOf(const QJsonObject &doc)
{
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QStringList nonEmptyLines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// A store's page size and the number of pages its header records.
struct Header
{
    qint64 pageSize = 0;
    quint32 pages = 0;
};

Header headerOf(const QByteArray &file)
{
    REQUIRE(file.size() >= 100);
    REQUIRE(file.startsWith(QByteArray("SQLite format 3\0", 16)));
    const auto *bytes = reinterpret_cast<const uchar *>(file.constData());
    Header h;
    h.pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (h.pageSize == 1)
        h.pageSize = 65536;
    h.pages = qFromBigEndian<quint32>(bytes + 28);
    return h;
}

// A connection of the test's own, to a store that byline-cli uses at the same time.
class OwnConnection
{
public:
    explicit OwnConnection(const QString &path)
        : m_name(QStringLiteral("test-cli-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        if (Byline::Test::onServer()) {
            Byline::Test::openServerConnection(m_name, Byline::Test::storeLocation(path));
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~OwnConnection() { close(); }
    OwnConnection(const OwnConnection &) = delete;
    OwnConnection &operator=(const OwnConnection &) = delete;

    void exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    }
    void close()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
    }

private:
    QString m_name;
};

} // namespace

// --- 1. list -------------------------------------------------------------------------------

TEST_CASE("list shows the six demo articles as text and as JSON", "[cli]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.sqlite"));
    const CliRun init = cli(db, {QStringLiteral("init"), QStringLiteral("--demo")});
    requireDone(init);
    CHECK(init.out.contains(QLatin1String("Store ready: ") + Byline::Test::storeShown(db)));
    CHECK(init.out.contains(QLatin1String("Demo newsroom added; the store holds 6 articles.")));

    const CliRun text = cli(db, {QStringLiteral("list")});
    requireDone(text);
    CHECK(text.err.isEmpty());
    const QStringList lines = nonEmptyLines(text.out);
    REQUIRE(lines.size() == 6);
    QSet<QString> textUids;
    for (const QString &line : lines)
        textUids.insert(line.section(QLatin1Char(' '), 0, 0));
    CHECK(textUids == demoUids);
    CHECK(
        text.out.contains(QStringLiteral("Ледники отступают: что будет с водой в горных долинах")));

    const QJsonArray all = listJson(db);
    REQUIRE(all.size() == 6);
    CHECK(uidsOf(all) == demoUids);
    static const QRegularExpression uidPattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    for (const QJsonValue &v : all) {
        REQUIRE(v.isObject());
        const QJsonObject a = v.toObject();
        INFO(QJsonDocument(a).toJson().toStdString());
        for (const char *field :
             {"uid", "title", "section", "source_locale", "status", "authors", "scheduled_at",
              "published_at", "updated_at", "version", "locales"}) {
            INFO("field " << field);
            CHECK(a.contains(QLatin1String(field)));
        }
        CHECK(uidPattern.match(a.value(QLatin1String("uid")).toString()).hasMatch());
        CHECK(uidPattern.match(a.value(QLatin1String("section")).toString()).hasMatch());
        CHECK(!a.value(QLatin1String("title")).toString().isEmpty());
        CHECK(a.value(QLatin1String("authors")).isArray());
        CHECK(!a.value(QLatin1String("authors")).toArray().isEmpty());
        CHECK(a.value(QLatin1String("locales")).isObject());
        CHECK(a.value(QLatin1String("version")).isDouble());
        CHECK(a.value(QLatin1String("version")).toInt() >= 1);
        CHECK(a.value(QLatin1String("updated_at")).toString().endsWith(QLatin1Char('Z')));
        // The source locale always has a translation.
        CHECK(a.value(QLatin1String("locales"))
                  .toObject()
                  .contains(a.value(QLatin1String("source_locale")).toString()));
    }

    // One article in detail, against the demo newsroom.
    const QJsonObject g = findByKey(all, "uid", glaciers);
    CHECK(g.value(QLatin1String("title")).toString()
          == QStringLiteral("Ледники отступают: что будет с водой в горных долинах"));
    CHECK(g.value(QLatin1String("source_locale")).toString() == QLatin1String("ru"));
    CHECK(g.value(QLatin1String("status")).toString() == QLatin1String("published"));
    CHECK(g.value(QLatin1String("authors")).toArray()
          == QJsonArray {QStringLiteral("irina.volkova"), QStringLiteral("ani.hakobyan")});
    CHECK(g.value(QLatin1String("scheduled_at")).isNull());
    CHECK(g.value(QLatin1String("published_at")).toString()
          == QLatin1String("2026-11-03T06:00:00Z"));
    CHECK(g.value(QLatin1String("version")).toInt() == 12);
    CHECK(g.value(QLatin1String("section")).toString()
          == QLatin1String("9fe74806-a99f-491f-80d7-82a9884d4013"));
    const QJsonObject gl = g.value(QLatin1String("locales")).toObject();
    CHECK(gl.keys()
          == QStringList {QStringLiteral("en"), QStringLiteral("hy"), QStringLiteral("ru")});
    CHECK(gl.value(QLatin1String("hy")).toString() == QLatin1String("approved"));

    const QJsonObject r = findByKey(all, "uid", rails);
    CHECK(r.value(QLatin1String("status")).toString() == QLatin1String("draft"));
    CHECK(r.value(QLatin1String("published_at")).isNull());
    CHECK(r.value(QLatin1String("locales")).toObject().value(QLatin1String("en")).toString()
          == QLatin1String("in_progress"));
}

TEST_CASE("list filters by status, locale and limit, and refuses unknown ones", "[cli]")
{
    TempDir dir;
    const QString db = demoStore(dir);

    SECTION("--status")
    {
        const QJsonArray published
            = listJson(db, {QStringLiteral("--status"), QStringLiteral("published")});
        CHECK(uidsOf(published) == QSet<QString> {glaciers, harvest, earthquake, reservoir});
        for (const QJsonValue &a : published)
            CHECK(a.toObject().value(QLatin1String("status")).toString()
                  == QLatin1String("published"));
        CHECK(uidsOf(listJson(db, {QStringLiteral("--status=draft")})) == QSet<QString> {rails});
        CHECK(listJson(db, {QStringLiteral("--status"), QStringLiteral("spiked")}).isEmpty());

        const CliRun text = cli(
            db, {QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("submitted")});
        requireDone(text);
        REQUIRE(nonEmptyLines(text.out).size() == 1);
        CHECK(text.out.startsWith(startups));
    }

    SECTION("--locale lists only articles with a translation in it, titled in it")
    {
        const QJsonArray hy = listJson(db, {QStringLiteral("--locale"), QStringLiteral("hy")});
        CHECK(uidsOf(hy) == QSet<QString> {glaciers, harvest, earthquake, startups});
        CHECK(!uidsOf(hy).contains(reservoir));
        CHECK(!uidsOf(hy).contains(rails));
        for (const QJsonValue &a : hy)
            CHECK(a.toObject()
                      .value(QLatin1String("locales"))
                      .toObject()
                      .contains(QLatin1String("hy")));
        CHECK(findByKey(hy, "uid", glaciers).value(QLatin1String("title")).toString()
              == QStringLiteral(
                  "Սառցադաշտերը նահանջում են\u00a0— ի՞նչ կլինի լեռնային հովիտների ջրի հետ"));

        const QJsonArray en = listJson(db, {QStringLiteral("--locale"), QStringLiteral("en")});
        CHECK(uidsOf(en) == demoUids);
        CHECK(
            findByKey(en, "uid", glaciers).value(QLatin1String("title")).toString()
            == QLatin1String("Retreating glaciers: what happens to the water in mountain valleys"));

        const QJsonArray both = listJson(db,
                                         {QStringLiteral("--status"), QStringLiteral("published"),
                                          QStringLiteral("--locale"), QStringLiteral("hy")});
        CHECK(uidsOf(both) == QSet<QString> {glaciers, harvest, earthquake});
    }

    SECTION("--limit keeps the first rows of the same order")
    {
        const QJsonArray all = listJson(db);
        REQUIRE(all.size() == 6);
        const QJsonArray two = listJson(db, {QStringLiteral("--limit"), QStringLiteral("2")});
        REQUIRE(two.size() == 2);
        CHECK(two.at(0) == all.at(0));
        CHECK(two.at(1) == all.at(1));
        CHECK(listJson(db, {QStringLiteral("--limit"), QStringLiteral("100")}).size() == 6);
        const CliRun text
            = cli(db, {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")});
        requireDone(text);
        CHECK(nonEmptyLines(text.out).size() == 1);

        requireUsageError(
            cli(db, {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")}));
        requireUsageError(
            cli(db, {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("two")}));
        requireUsageError(cli(db, {QStringLiteral("list"), QStringLiteral("--limit")}));
    }

    SECTION("an unknown status is a usage error naming it")
    {
        const CliRun r = cli(
            db, {QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("pubished")});
        requireUsageError(r);
        CHECK(r.err.contains(QLatin1String("pubished")));
    }

    SECTION("an unknown locale is invalid input naming it")
    {
        const CliRun r
            = cli(db, {QStringLiteral("list"), QStringLiteral("--locale"), QStringLiteral("de")});
        requireError(r, 6);
        CHECK(r.err.contains(QLatin1String("\"de\"")));
        CHECK(r.out.isEmpty());
    }
}

// --- 2. show -------------------------------------------------------------------------------

TEST_CASE("show prints an article with its translations and history", "[cli]")
{
    TempDir dir;
    const QString db = demoStore(dir);

    const CliRun r = cli(db, {QStringLiteral("show"), glaciers});
    requireDone(r);
    CHECK(r.err.isEmpty());
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    CHECK(lines.first() == QStringLiteral("Ледники отступают: что будет с водой в горных долинах"));
    CHECK(r.out.contains(QStringLiteral("uid:        ") + glaciers));
    CHECK(r.out.contains(QLatin1String("status:     published")));
    CHECK(r.out.contains(QLatin1String("published:  2026-11-03T06:00:00Z")));
    CHECK(r.out.contains(QLatin1String("authors:    irina.volkova, ani.hakobyan")));
    CHECK(r.out.contains(QLatin1String("version:    12")));
    CHECK(r.out.contains(QStringLiteral("Սառցադաշտերը նահանջում են")));

    // The audit trail: submit, approve, publish, in that order.
    const qsizetype history = lines.indexOf(QStringLiteral("history:"));
    REQUIRE(history > 0);
    QStringList actions;
    for (qsizetype i = history + 1; i < lines.size() && lines.at(i).startsWith(QLatin1String("  "));
         ++i)
        actions.append(lines.at(i));
    INFO(r.out.toStdString());
    REQUIRE(actions.size() == 3);
    CHECK(actions.at(0).contains(QLatin1String("  submit  draft -> submitted")));
    CHECK(actions.at(1).contains(QLatin1String("  approve  submitted -> approved")));
    CHECK(actions.at(2).contains(QLatin1String("  publish  approved -> published")));

    // A draft has no history yet.
    const CliRun draft = cli(db, {QStringLiteral("show"), rails});
    requireDone(draft);
    CHECK(draft.out.contains(QLatin1String("status:     draft")));
    CHECK(draft.out.contains(QLatin1String("history:\n  -\n")));
}

TEST_CASE("show --json uses the interchange article's fields and values", "[cli]")
{
    TempDir dir;
    const QString db = demoStore(dir);

    const CliRun r = cli(db, {QStringLiteral("show"), glaciers, QStringLiteral("--json")});
    requireDone(r);
    const QJsonDocument doc = parseJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    const QJsonObject a = doc.object();
    for (const char *field : {"uid", "section", "source_locale", "status", "authors", "editor",
                              "created_at", "updated_at", "scheduled_at", "published_at", "version",
                              "view_count", "translations", "revisions", "history"}) {
        INFO("field " << field);
        CHECK(a.contains(QLatin1String(field)));
    }
    CHECK(a.value(QLatin1String("uid")).toString() == glaciers);
    CHECK(a.value(QLatin1String("status")).toString() == QLatin1String("published"));
    CHECK(a.value(QLatin1String("source_locale")).toString() == QLatin1String("ru"));
    CHECK(a.value(QLatin1String("version")).toInt() == 12);
    const QJsonObject translations = a.value(QLatin1String("translations")).toObject();
    CHECK(translations.keys()
          == QStringList {QStringLiteral("en"), QStringLiteral("hy"), QStringLiteral("ru")});
    const QJsonObject en = translations.value(QLatin1String("en")).toObject();
    CHECK(en.value(QLatin1String("title")).toString()
          == QLatin1String("Retreating glaciers: what happens to the water in mountain valleys"));
    const QJsonArray blocks = en.value(QLatin1String("blocks")).toArray();
    REQUIRE(blocks.size() >= 4);
    CHECK(blocks.at(0).toObject().value(QLatin1String("id")).toString() == QLatin1String("b1"));
    CHECK(blocks.at(3).toObject().value(QLatin1String("type")).toString()
          == QLatin1String("quote"));
    CHECK(blocks.at(3).toObject().value(QLatin1String("quote")).toString()
          == QLatin1String("31420634-db01-4d53-b923-75e5868a0b15"));

    const QJsonArray history = a.value(QLatin1String("history")).toArray();
    REQUIRE(history.size() == 3);
    const QStringList expected[]
        = {{QStringLiteral("submit"), QStringLiteral("draft"), QStringLiteral("submitted")},
           {QStringLiteral("approve"), QStringLiteral("submitted"), QStringLiteral("approved")},
           {QStringLiteral("publish"), QStringLiteral("approved"), QStringLiteral("published")}};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject e = history.at(i).toObject();
        CHECK(e.value(QLatin1String("action")).toString() == expected[i].at(0));
        CHECK(e.value(QLatin1String("from")).toString() == expected[i].at(1));
        CHECK(e.value(QLatin1String("to")).toString() == expected[i].at(2));
        CHECK(e.value(QLatin1String("at")).toString().endsWith(QLatin1Char('Z')));
    }

    // Exactly the object the interchange export writes for the same article.
    const CliRun exported = cli(
        db, {QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--article"), glaciers});
    requireDone(exported);
    const QJsonArray articles
        = parseJson(exported.out.toUtf8()).object().value(QLatin1String("articles")).toArray();
    REQUIRE(articles.size() == 1);
    CHECK(articles.at(0).toObject() == a);
}

TEST_CASE("show refuses an article that is not there", "[cli]")
{
    TempDir dir;
    const QString db = demoStore(dir);

    const CliRun missing = cli(db, {QStringLiteral("show"), strangerUid});
    requireError(missing, 4);
    CHECK(missing.err.contains(strangerUid));
    CHECK(missing.out.isEmpty());

    const CliRun json = cli(db, {QStringLiteral("show"), strangerUid, QStringLiteral("--json")});
    requireError(json, 4);
    CHECK(json.out.isEmpty());

    requireError(cli(db, {QStringLiteral("show"), QStringLiteral("not-a-uid")}), 4);
    requireUsageError(cli(db, {QStringLiteral("show")}));
    requireUsageError(cli(db, {QStringLiteral("show"), glaciers, rails}));
}

// --- 3. export and import round trip --------------------------------------------------------

TEST_CASE("export, import into a fresh store and export again gives identical bytes", "[cli]")
{
    TempDir dir;
    const QString source = demoStore(dir, QStringLiteral("source.sqlite"));
    const QString first = dir.path(QStringLiteral("first.json"));

    const CliRun exported = cli(source, {QStringLiteral("export"), first});
    requireDone(exported);
    CHECK(exported.out.isEmpty()); // stdout stays clean; the note goes to stderr
    const QByteArray firstBytes = readFile(first);
    REQUIRE(!firstBytes.isEmpty());
    CHECK(firstBytes.endsWith('\n'));
    CHECK(!firstBytes.contains('\r'));
    const QJsonObject doc = parseJson(firstBytes).object();
    CHECK(doc.value(QLatin1String("format")).toString() == QLatin1String("byline/1"));
    CHECK(doc.value(QLatin1String("articles")).toArray().size() == 6);
    CHECK(doc.value(QLatin1String("locales")).toArray().size() == 3);

    // To standard output: the same bytes.
    CHECK(exportAll(source) == firstBytes);

    const QString target = emptyStore(dir, QStringLiteral("target.sqlite"));
    CHECK(listJson(target).isEmpty());
    const CliRun imported = cli(target, {QStringLiteral("import"), first});
    requireDone(imported);
    CHECK(imported.out.contains(QLatin1String("Imported 6 new")));

    const QString second = dir.path(QStringLiteral("second.json"));
    requireDone(cli(target, {QStringLiteral("export"), second}));
    CHECK(readFile(second) == firstBytes);

    // Importing the same file again upserts: nothing doubles, nothing changes.
    const CliRun again = cli(
        target,
        {QStringLiteral("import"), QStringLiteral("--as"), QStringLiteral("t.babayan"), first});
    requireDone(again);
    CHECK(again.out.contains(QLatin1String("Imported 0 new and 0 updated articles (6 unchanged)")));
    CHECK(exportAll(target) == firstBytes);
    CHECK(listJson(target).size() == 6);

    // Exporting over an existing file replaces it.
    requireDone(cli(target, {QStringLiteral("export"), first}));
    CHECK(readFile(first) == firstBytes);

    // A store that moved on after the export keeps its work; the old file is only a revision.
    const QJsonObject shown
        = parseJson(
              cli(target, {QStringLiteral("show"), rails, QStringLiteral("--json")}).out.toUtf8())
              .object();
    const QJsonObject edited = withValue(shown, QStringLiteral("translations/ru/title"),
                                         QStringLiteral("Новый заголовок"));
    // Through a pipe in many pieces (more than a pipe holds): read to the end, not once.
    requireDone(cli(target,
                    {QStringLiteral("save"), QStringLiteral("-"), QStringLiteral("--as"),
                     QStringLiteral("irina.volkova")},
                    QByteArray(300 * 1024, ' ') + QJsonDocument(edited).toJson()));
    const CliRun stale = cli(
        target,
        {QStringLiteral("import"), QStringLiteral("--as"), QStringLiteral("t.babayan"), first});
    requireDone(stale);
    CHECK(stale.out.contains(QLatin1String("the store kept its text")));
    CHECK(stale.out.contains(rails));
    CHECK(cli(target, {QStringLiteral("show"), rails})
              .out.contains(QStringLiteral("Новый заголовок")));
}

TEST_CASE("save: a text claiming a version the store never reached is not called a conflict",
          "[cli]")
{
    // It used to be told "someone saved a newer version", which nobody had.
    TempDir dir;
    const QString db = demoStore(dir);
    const QJsonObject shown
        = parseJson(cli(db, {QStringLiteral("show"), rails, QStringLiteral("--json")}).out.toUtf8())
              .object();
    const int version = shown.value(QLatin1String("version")).toInt();
    const QJsonObject claimed
        = withValue(withValue(shown, QStringLiteral("version"), version + 5),
                    QStringLiteral("translations/ru/title"), QStringLiteral("Из будущего"));
    const QByteArray before = exportAll(db);
    const CliRun saved = cli(db,
                             {QStringLiteral("save"), QStringLiteral("-"), QStringLiteral("--as"),
                              QStringLiteral("irina.volkova")},
                             bytesOf(claimed));
    requireError(saved, 6);
    CHECK(saved.err.contains(QLatin1String("not loaded from this store")));
    CHECK_FALSE(saved.err.contains(QLatin1String("Someone")));
    CHECK(exportAll(db) == before);
}

TEST_CASE("import and users add act as a person, and the audit trail says who", "[cli][rights]")
{
    TempDir dir;
    const QString db = demoStore(dir);
    const QString file = dir.path(QStringLiteral("moved.json"));
    writeFile(
        file,
        bytesOf(withValue(parseJson(exportAll(db)).object(), QStringLiteral("settings/base_url"),
                          QStringLiteral("https://elsewhere.example.net"))));
    const QByteArray before = exportAll(db);

    // Nobody named, or someone who is not an admin: refused, nothing written.
    const CliRun nobody = cli(db, {QStringLiteral("import"), file});
    requireError(nobody, 3);
    CHECK(nobody.err.contains(QLatin1String("--as USER")));
    const CliRun journalist = cli(
        db, {QStringLiteral("import"), file, QStringLiteral("--as"), QStringLiteral("tom.reid")});
    requireError(journalist, 3);
    CHECK(journalist.err.contains(QLatin1String("admin")));
    CHECK(exportAll(db) == before);
    requireDone(cli(
        db, {QStringLiteral("import"), file, QStringLiteral("--as"), QStringLiteral("t.babayan")}));

    const QStringList add {QStringLiteral("users"), QStringLiteral("add"),
                           QStringLiteral("new.one"), QStringLiteral("--role"),
                           QStringLiteral("admin")};
    const CliRun selfMade = cli(db, add);
    requireError(selfMade, 3);
    CHECK(selfMade.err.contains(QLatin1String("--as ADMIN")));
    requireError(
        cli(db, add + QStringList {QStringLiteral("--as"), QStringLiteral("samvel.harutyunyan")}),
        3);
    requireDone(cli(db, add + QStringList {QStringLiteral("--as"), QStringLiteral("t.babayan")}));

    const CliRun audit = cli(db, {QStringLiteral("audit")});
    requireDone(audit);
    const QStringList lines = nonEmptyLines(audit.out);
    REQUIRE(lines.size() == 3); // newest first
    CHECK(lines.at(0).contains(QLatin1String("user-added")));
    CHECK(lines.at(0).contains(QLatin1String("new.one")));
    CHECK(lines.at(1).contains(QLatin1String("import")));
    CHECK(lines.at(1).contains(QLatin1String("moved.json")));
    CHECK(lines.at(2).contains(QLatin1String("base_url")));
    CHECK(lines.at(2).contains(QLatin1String("elsewhere.example.net")));
    for (const QString &line : lines)
        CHECK(line.contains(QLatin1String("t.babayan")));
    const QJsonArray json = parseJson(cli(db,
                                          {QStringLiteral("audit"), QStringLiteral("--json"),
                                           QStringLiteral("--limit"), QStringLiteral("2")})
                                          .out.toUtf8())
                                .array();
    REQUIRE(json.size() == 2);
    CHECK(json.at(0).toObject().value(QLatin1String("action")).toString()
          == QLatin1String("user-added"));
    CHECK(json.at(0).toObject().value(QLatin1String("user")).toString()
          == QLatin1String("t.babayan"));
}

TEST_CASE("a new newsroom's first person is its admin, who adds the others", "[cli][rights]")
{
    TempDir dir;
    const QString db = emptyStore(dir);
    const CliRun journalist
        = cli(db,
              {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("ani"),
               QStringLiteral("--role"), QStringLiteral("journalist")});
    requireError(journalist, 6);
    CHECK(journalist.err.contains(QLatin1String("--role admin")));
    requireDone(cli(db,
                    {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("boss"),
                     QStringLiteral("--role"), QStringLiteral("admin")}));
    requireDone(cli(db,
                    {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("ani"),
                     QStringLiteral("--role"), QStringLiteral("journalist"), QStringLiteral("--as"),
                     QStringLiteral("boss")}));
    const QStringList audit = nonEmptyLines(cli(db, {QStringLiteral("audit")}).out);
    REQUIRE(audit.size() == 2);
    CHECK(audit.at(1).contains(QLatin1String("(set-up)")));
}

TEST_CASE("import - reads a small document from standard input", "[cli]")
{
    TempDir dir;
    const QString source = emptyStore(dir, QStringLiteral("source.sqlite"));
    requireDone(cli(source,
                    {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("ani"),
                     QStringLiteral("--role"), QStringLiteral("admin")}));
    const QByteArray document = exportAll(source);
    REQUIRE(document.size() < 16384); // one write into the pipe

    const QString target = emptyStore(dir, QStringLiteral("target.sqlite"));
    const CliRun imported = cli(target, {QStringLiteral("import"), QStringLiteral("-")}, document);
    requireDone(imported);
    CHECK(imported.out.contains(QLatin1String("1 users")));
    CHECK(exportAll(target) == document);

    // Nothing, or half a document, on standard input is refused.
    const QByteArray before = exportAll(target);
    requireError(cli(target, {QStringLiteral("import"), QStringLiteral("-")}), 6);
    const CliRun broken
        = cli(target, {QStringLiteral("import"), QStringLiteral("-")}, "{ \"format\": ");
    requireError(broken, 6);
    CHECK(broken.err.contains(QLatin1String("line 1")));
    CHECK(exportAll(target) == before);
}

TEST_CASE("import and export show their progress on a terminal, and only there", "[cli][sqlite]")
{
    // script(1) (util-linux, on every Debian) runs the command on a pseudo-terminal and copies
    // what it shows.
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty());
    TempDir dir;
    const QString source = demoStore(dir, QStringLiteral("source.sqlite"));
    const QString file = dir.path(QStringLiteral("newsroom.json"));
    auto onTerminal = [&](const QStringList &args) {
        QStringList quoted;
        for (const QString &a : QStringList {QStringLiteral(BYLINE_CLI)} + args)
            quoted.append(QLatin1Char('\'') + a + QLatin1Char('\''));
        QProcess script;
        script.start(
            QStringLiteral("script"),
            {QStringLiteral("-qfec"), quoted.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
        REQUIRE(script.waitForFinished(60000));
        CHECK(script.exitCode() == 0);
        return QString::fromUtf8(script.readAllStandardOutput());
    };
    const QString exported
        = onTerminal({QStringLiteral("--db"), source, QStringLiteral("export"), file});
    INFO(exported.toStdString());
    CHECK(exported.contains(QLatin1String("Exporting: 100%")));
    CHECK(exported.contains(QLatin1String("Exported to")));

    const QString target = emptyStore(dir, QStringLiteral("target.sqlite"));
    const QString imported
        = onTerminal({QStringLiteral("--db"), target, QStringLiteral("import"), file});
    INFO(imported.toStdString());
    CHECK(imported.contains(QLatin1String("Importing: 0%")));
    CHECK(imported.contains(QLatin1String("Importing: 100%")));
    // The search index's pass on a line of its own, after the reading is done.
    const qsizetype read = imported.indexOf(QLatin1String("Importing: 100%"));
    const qsizetype indexing = imported.indexOf(QLatin1String("Indexing for search: 0%"));
    CHECK(indexing > read);
    CHECK(imported.mid(read, indexing - read).contains(QLatin1Char('\n')));
    CHECK(imported.indexOf(QLatin1String("Indexing for search: 100%")) > indexing);
    CHECK(exportAll(target) == readFile(file));

    // Not on a terminal: standard error has the final line only, as scripts expect.
    const CliRun plain = cli(source, {QStringLiteral("export"), file});
    requireDone(plain);
    CHECK_FALSE(plain.err.contains(QLatin1String("%")));
}

TEST_CASE("import - reads a large document from a pipe to its end", "[cli]")
{
    // Importer::importFile reads standard input with one QIODevice::read(), which returns what
    // the pipe holds at that moment: a document larger than the pipe arrives cut short and is
    // refused as "not valid JSON" (or, by luck, read whole).
    TempDir dir;
    const QString source = demoStore(dir, QStringLiteral("source.sqlite"));
    const QByteArray demo = exportAll(source);
    REQUIRE(demo.size() > 65536); // more than one pipe buffer

    SECTION("the demo newsroom")
    {
        const QString target = emptyStore(dir, QStringLiteral("target.sqlite"));
        const CliRun imported = cli(target, {QStringLiteral("import"), QStringLiteral("-")}, demo);
        requireDone(imported);
        CHECK(imported.out.contains(QLatin1String("Imported 6 new")));
        CHECK(exportAll(target) == demo);
    }

    SECTION("a few megabytes")
    {
        // The demo article copied 400 times: well past any pipe buffer.
        const QJsonObject model = findByKey(
            parseJson(demo).object().value(QLatin1String("articles")).toArray(), "uid", glaciers);
        QJsonArray copies;
        for (int i = 0; i < 400; ++i) {
            QJsonObject a = model;
            a.insert(QStringLiteral("uid"),
                     QStringLiteral("%1-0000-4000-8000-000000000000")
                         .arg(i + 1, 8, 16, QLatin1Char('0')));
            copies.append(a);
        }
        const QByteArray document
            = bytesOf(QJsonObject {{QStringLiteral("format"), QStringLiteral("byline/1")},
                                   {QStringLiteral("articles"), copies}});
        REQUIRE(document.size() > 2 * 1024 * 1024);
        const CliRun imported = cli(source,
                                    {QStringLiteral("import"), QStringLiteral("--as"),
                                     QStringLiteral("t.babayan"), QStringLiteral("-")},
                                    document);
        requireDone(imported);
        CHECK(imported.out.contains(QLatin1String("Imported 400 new")));
        CHECK(listJson(source).size() == 406);
    }
}

TEST_CASE("export --article writes one article with what it refers to, and it imports alone",
          "[cli]")
{
    TempDir dir;
    const QString source = demoStore(dir, QStringLiteral("source.sqlite"));
    const QJsonObject whole = parseJson(exportAll(source)).object();

    const QString file = dir.path(QStringLiteral("glaciers.json"));
    requireDone(
        cli(source, {QStringLiteral("export"), file, QStringLiteral("--article"), glaciers}));
    const QByteArray bytes = readFile(file);
    const QJsonObject one = parseJson(bytes).object();
    CHECK(one.value(QLatin1String("format")).toString() == QLatin1String("byline/1"));
    const QJsonArray articles = one.value(QLatin1String("articles")).toArray();
    REQUIRE(articles.size() == 1);
    CHECK(articles.at(0).toObject().value(QLatin1String("uid")).toString() == glaciers);

    // Exactly the quotes its blocks use (in any locale), and exactly their experts.
    QSet<QString> usedQuotes;
    const QJsonObject translations
        = articles.at(0).toObject().value(QLatin1String("translations")).toObject();
    for (const QJsonValue &t : translations) {
        for (const QJsonValue &b : t.toObject().value(QLatin1String("blocks")).toArray()) {
            if (b.toObject().value(QLatin1String("type")).toString() == QLatin1String("quote"))
                usedQuotes.insert(b.toObject().value(QLatin1String("quote")).toString());
        }
    }
    CHECK(usedQuotes
          == QSet<QString> {QStringLiteral("31420634-db01-4d53-b923-75e5868a0b15"),
                            QStringLiteral("2c59ca0c-026a-4a9c-910f-e564c13f80a0"),
                            QStringLiteral("092c12d2-3e87-4dab-8d9b-b95e1c6369af")});
    const QJsonArray quotes = one.value(QLatin1String("quotes")).toArray();
    CHECK(uidsOf(quotes) == usedQuotes);
    QSet<QString> usedExperts;
    for (const QJsonValue &q : quotes) {
        usedExperts.insert(q.toObject().value(QLatin1String("expert")).toString());
        // The same quote as in the whole store's export.
        CHECK(q.toObject()
              == findByKey(whole.value(QLatin1String("quotes")).toArray(), "uid",
                           q.toObject().value(QLatin1String("uid")).toString()));
    }
    CHECK(usedExperts.size() == 3);
    CHECK(uidsOf(one.value(QLatin1String("experts")).toArray()) == usedExperts);
    CHECK(one.value(QLatin1String("sections")).toArray().size() == 1);
    CHECK(whole.value(QLatin1String("experts")).toArray().size() > usedExperts.size());

    // It imports into a fresh store on its own, and the article arrives whole.
    const QString target = emptyStore(dir, QStringLiteral("target.sqlite"));
    const CliRun imported = cli(target, {QStringLiteral("import"), file});
    requireDone(imported);
    CHECK(imported.out.contains(
        QLatin1String("Imported 1 new and 0 updated articles (0 unchanged), 3 quotes, 3 experts")));
    const QJsonArray listed = listJson(target);
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).toObject().value(QLatin1String("uid")).toString() == glaciers);
    const CliRun there = cli(target, {QStringLiteral("show"), glaciers, QStringLiteral("--json")});
    const CliRun here = cli(source, {QStringLiteral("show"), glaciers, QStringLiteral("--json")});
    requireDone(there);
    requireDone(here);
    CHECK(there.out == here.out);
    const QByteArray again = cli(target,
                                 {QStringLiteral("export"), QStringLiteral("-"),
                                  QStringLiteral("--article"), glaciers})
                                 .out.toUtf8();
    CHECK(again == bytes);

    // A uid that is not there.
    const QString nothing = dir.path(QStringLiteral("nothing.json"));
    const CliRun missing = cli(
        source, {QStringLiteral("export"), nothing, QStringLiteral("--article"), strangerUid});
    requireError(missing, 4);
    CHECK(missing.err.contains(strangerUid));
    CHECK(!QFileInfo::exists(nothing));
}

TEST_CASE("export to a folder that does not exist fails without writing anything", "[cli]")
{
    TempDir dir;
    const QString db = demoStore(dir);
    const QString target = dir.path(QStringLiteral("no/such/folder/out.json"));
    const CliRun r = cli(db, {QStringLiteral("export"), target});
    requireError(r, 6); // a wrong path is the caller's input, not a storage failure
    CHECK(r.err.contains(QLatin1String("Cannot write")));
    CHECK(r.err.contains(QLatin1String("does not exist")));
    requireError(cli(db, {QStringLiteral("export"), dir.path(QString())}), 6);
    CHECK(!QFileInfo::exists(dir.path(QStringLiteral("no"))));
}

// --- 4. import refusals ---------------------------------------------------------------------

TEST_CASE("import refuses invalid documents, names the item and field, and changes nothing",
          "[cli]")
{
    TempDir dir;
    const QString db = demoStore(dir);
    const QByteArray before = exportAll(db);
    const QJsonObject base = parseJson(before).object();
    const QJsonArray baseArticles = base.value(QLatin1String("articles")).toArray();
    REQUIRE(baseArticles.size() == 6);
    const qsizetype g = indexOfUid(baseArticles, glaciers);
    const qsizetype last = baseArticles.size() - 1;
    const QString lastUid = baseArticles.at(last).toObject().value(QLatin1String("uid")).toString();

    // Every refused document also carries valid changes that come before the fault: a new user
    // and a new title. An import that is not all-or-nothing would keep them.
    QJsonObject bait = withValue(
        base, QStringLiteral("users/%1").arg(base.value(QLatin1String("users")).toArray().size()),
        QJsonObject {{QStringLiteral("name"), QStringLiteral("partial.import")},
                     {QStringLiteral("display_name"), QStringLiteral("Half Done")},
                     {QStringLiteral("role"), QStringLiteral("editor")},
                     {QStringLiteral("locales"), QJsonArray()},
                     {QStringLiteral("active"), true}});
    bait = withValue(bait, QStringLiteral("articles/%1/translations/en/title").arg(g),
                     QStringLiteral("A title that must not arrive"));

    const QString file = dir.path(QStringLiteral("bad.json"));
    auto refuse = [&](const QByteArray &document, const QStringList &mentions) {
        writeFile(file, document);
        const CliRun r = cli(
            db,
            {QStringLiteral("import"), QStringLiteral("--as"), QStringLiteral("t.babayan"), file});
        requireError(r, 6);
        for (const QString &m : mentions) {
            INFO("stderr should mention " << m.toStdString() << "\n" << said(r));
            CHECK(r.err.contains(m));
        }
        CHECK(r.out.isEmpty());
        CHECK(exportAll(db) == before);
    };
    const QString lastPath = QStringLiteral("articles[%1] (uid %2)").arg(last).arg(lastUid);

    SECTION("the bait alone is accepted (so the refusals below are about their faults)")
    {
        writeFile(file, bytesOf(bait));
        requireDone(cli(
            db,
            {QStringLiteral("import"), QStringLiteral("--as"), QStringLiteral("t.babayan"), file}));
        const QByteArray after = exportAll(db);
        CHECK(after != before);
        CHECK(after.contains("partial.import"));
        CHECK(after.contains("A title that must not arrive"));
    }

    SECTION("malformed JSON, with the line of the fault")
    {
        refuse("{\n  \"format\": \"byline/1\",\n  \"locales\": [,]\n}\n",
               {QStringLiteral("not valid JSON"), QStringLiteral("line 3")});
        QByteArray cut = bytesOf(bait);
        cut.chop(cut.size() / 3);
        refuse(cut, {QStringLiteral("not valid JSON"), QStringLiteral("line")});
    }

    SECTION("JSON that is not an object")
    {
        refuse("[]\n", {QStringLiteral("byline/1")});
    }

    SECTION("a field of the wrong type")
    {
        refuse(bytesOf(withValue(bait, QStringLiteral("articles/%1/version").arg(last),
                                 QStringLiteral("7"))),
               {lastPath, QStringLiteral(".version"), QStringLiteral("whole number")});
        refuse(bytesOf(withValue(bait, QStringLiteral("articles/%1/authors").arg(last),
                                 QStringLiteral("tom.reid"))),
               {lastPath, QStringLiteral(".authors")});
    }

    SECTION("a translation in a locale the store does not have")
    {
        const QJsonValue en
            = getIn(bait, splitPath(QStringLiteral("articles/%1/translations/en").arg(last)));
        REQUIRE(en.isObject());
        refuse(
            bytesOf(withValue(bait, QStringLiteral("articles/%1/translations/de").arg(last), en)),
            {lastPath, QStringLiteral("translations.de"), QStringLiteral("unknown locale \"de\"")});
    }

    SECTION("a block that points at a quote that does not exist")
    {
        const QJsonArray blocks
            = getIn(bait, splitPath(QStringLiteral("articles/%1/translations/en/blocks").arg(last)))
                  .toArray();
        qsizetype quoteBlock = -1;
        for (qsizetype i = 0; i < blocks.size() && quoteBlock < 0; ++i) {
            if (blocks.at(i).toObject().value(QLatin1String("type")).toString()
                == QLatin1String("quote"))
                quoteBlock = i;
        }
        REQUIRE(quoteBlock >= 0);
        refuse(bytesOf(withValue(bait,
                                 QStringLiteral("articles/%1/translations/en/blocks/%2/quote")
                                     .arg(last)
                                     .arg(quoteBlock),
                                 strangerUid)),
               {lastPath, QStringLiteral("translations.en.blocks[%1].quote").arg(quoteBlock),
                strangerUid});
    }

    SECTION("a quote by an expert that does not exist")
    {
        const QString quoteUid = getIn(bait, splitPath(QStringLiteral("quotes/2/uid"))).toString();
        refuse(bytesOf(withValue(bait, QStringLiteral("quotes/2/expert"), strangerUid)),
               {QStringLiteral("quotes[2] (uid %1)").arg(quoteUid), QStringLiteral(".expert"),
                strangerUid});
    }

    SECTION("two blocks with the same id")
    {
        const QString firstId
            = getIn(bait,
                    splitPath(QStringLiteral("articles/%1/translations/ru/blocks/0/id").arg(last)))
                  .toString();
        REQUIRE(!firstId.isEmpty());
        refuse(bytesOf(withValue(
                   bait, QStringLiteral("articles/%1/translations/ru/blocks/1/id").arg(last),
                   firstId)),
               {lastPath, QStringLiteral("translations.ru.blocks[1].id"),
                QStringLiteral("\"%1\"").arg(firstId)});
    }

    SECTION("a misspelt field")
    {
        const QString path = QStringLiteral("articles/%1/translations/en/").arg(last);
        const QJsonValue lead = getIn(bait, splitPath(path + QStringLiteral("lead")));
        QJsonObject typo
            = withValue(bait, path + QStringLiteral("lead"), QJsonValue(QJsonValue::Undefined));
        typo = withValue(typo, path + QStringLiteral("laed"), lead);
        refuse(bytesOf(typo),
               {lastPath, QStringLiteral("translations.en.laed"), QStringLiteral("unknown field")});

        QJsonObject topTypo = bait;
        topTypo.insert(QStringLiteral("artciles"), topTypo.take(QStringLiteral("articles")));
        refuse(bytesOf(topTypo), {QStringLiteral("artciles"), QStringLiteral("unknown field")});
    }

    SECTION("a format this program does not read")
    {
        refuse(bytesOf(withValue(bait, QStringLiteral("format"), QStringLiteral("byline/2"))),
               {QStringLiteral("format"), QStringLiteral("byline/2")});
        QJsonObject noFormat = bait;
        noFormat.remove(QStringLiteral("format"));
        refuse(bytesOf(noFormat), {QStringLiteral("format")});
    }

    SECTION("an absurdly long title")
    {
        const QString title(1001, QLatin1Char('x'));
        refuse(bytesOf(withValue(bait, QStringLiteral("articles/%1/translations/hy/title").arg(g),
                                 title)),
               {QStringLiteral("articles[%1] (uid %2)").arg(g).arg(glaciers),
                QStringLiteral("translations.hy.title"), QStringLiteral("too long"),
                QStringLiteral("1001")});

        // The limit itself is allowed (a newer version, so the import updates the article).
        const QString version = QStringLiteral("articles/%1/version").arg(g);
        const QJsonObject newer
            = withValue(base, version, getIn(base, splitPath(version)).toInt() + 1);
        writeFile(
            file,
            bytesOf(withValue(newer, QStringLiteral("articles/%1/translations/hy/title").arg(g),
                              QString(1000, QLatin1Char('y')))));
        requireDone(cli(
            db,
            {QStringLiteral("import"), QStringLiteral("--as"), QStringLiteral("t.babayan"), file}));
        const QJsonObject shown
            = parseJson(cli(db, {QStringLiteral("show"), glaciers, QStringLiteral("--json")})
                            .out.toUtf8())
                  .object();
        CHECK(getIn(shown, splitPath(QStringLiteral("translations/hy/title"))).toString()
              == QString(1000, QLatin1Char('y')));
    }

    SECTION("a file that is not there")
    {
        const CliRun r
            = cli(db, {QStringLiteral("import"), dir.path(QStringLiteral("missing.json"))});
        requireError(r, 4); // not found
        CHECK(r.err.contains(QLatin1String("missing.json")));
        CHECK(exportAll(db) == before);
    }
}

TEST_CASE("import of an empty file name says one line", "[cli]")
{
    // Importer::importFile opens QFile("") and Qt prints "QFSFileEngine::open: No file name
    // specified" on stderr before byline-cli's own line.
    TempDir dir;
    const QString db = emptyStore(dir);
    const CliRun r = cli(db, {QStringLiteral("import"), QString()});
    requireError(r, 6);
}

// --- 5. users -------------------------------------------------------------------------------

TEST_CASE("users add and users list", "[cli]")
{
    TempDir dir;
    const QString db = demoStore(dir);
    auto usersJson = [&] {
        const CliRun r
            = cli(db, {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
        requireDone(r);
        const QJsonDocument doc = parseJson(r.out.toUtf8());
        REQUIRE(doc.isArray());
        return doc.array();
    };
    auto names = [&] {
        QSet<QString> result;
        for (const QJsonValue &u : usersJson())
            result.insert(u.toObject().value(QLatin1String("name")).toString());
        return result;
    };
    const QSet<QString> demoUsers = names();
    REQUIRE(demoUsers.size() == 8);
    REQUIRE(demoUsers.contains(QStringLiteral("samvel.harutyunyan")));

    const CliRun added = cli(
        db,
        {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--as"),
         QStringLiteral("t.babayan"), QStringLiteral("mari.sargsyan"), QStringLiteral("--role"),
         QStringLiteral("translator"), QStringLiteral("--locales"), QStringLiteral("ru,hy"),
         QStringLiteral("--display-name"), QStringLiteral("Մարի Սարգսյան")});
    requireDone(added);
    CHECK(added.out.contains(QLatin1String("mari.sargsyan")));

    const QJsonObject mari = findByKey(usersJson(), "name", QStringLiteral("mari.sargsyan"));
    CHECK(mari.value(QLatin1String("role")).toString() == QLatin1String("translator"));
    CHECK(mari.value(QLatin1String("locales")).toArray()
          == QJsonArray {QStringLiteral("hy"), QStringLiteral("ru")});
    CHECK(mari.value(QLatin1String("display_name")).toString() == QStringLiteral("Մարի Սարգսյան"));
    CHECK(mari.value(QLatin1String("active")).toBool());

    const CliRun text = cli(db, {QStringLiteral("users"), QStringLiteral("list")});
    requireDone(text);
    CHECK(nonEmptyLines(text.out).size() == 9);
    CHECK(text.out.contains(QRegularExpression(
        QStringLiteral("(^|\\n)mari\\.sargsyan +translator +hy,ru +Մարի Սարգսյան\\n"))));

    // An editor without locales; the display name defaults to the login.
    requireDone(cli(db,
                    {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--as"),
                     QStringLiteral("t.babayan"), QStringLiteral("desk"), QStringLiteral("--role"),
                     QStringLiteral("editor")}));
    const QJsonObject desk = findByKey(usersJson(), "name", QStringLiteral("desk"));
    CHECK(desk.value(QLatin1String("role")).toString() == QLatin1String("editor"));
    CHECK(desk.value(QLatin1String("locales")).toArray().isEmpty());
    CHECK(desk.value(QLatin1String("display_name")).toString() == QLatin1String("desk"));

    const QByteArray before = exportAll(db);

    SECTION("the same name again is a conflict and changes nothing")
    {
        const CliRun again
            = cli(db,
                  {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--as"),
                   QStringLiteral("t.babayan"), QStringLiteral("mari.sargsyan"),
                   QStringLiteral("--role"), QStringLiteral("editor")});
        requireError(again, 5);
        CHECK(again.err.contains(QLatin1String("mari.sargsyan")));
        const CliRun demoName
            = cli(db,
                  {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--as"),
                   QStringLiteral("t.babayan"), QStringLiteral("tom.reid"),
                   QStringLiteral("--role"), QStringLiteral("admin")});
        requireError(demoName, 5);
    }

    SECTION("a translator needs locales")
    {
        const CliRun r
            = cli(db,
                  {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--as"),
                   QStringLiteral("t.babayan"), QStringLiteral("no.locales"),
                   QStringLiteral("--role"), QStringLiteral("translator")});
        requireError(r, 6);
        CHECK(r.err.contains(QLatin1String("--locales")));
        const CliRun empty = cli(
            db,
            {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--as"),
             QStringLiteral("t.babayan"), QStringLiteral("no.locales"), QStringLiteral("--role"),
             QStringLiteral("translator"), QStringLiteral("--locales"), QStringLiteral(",")});
        requireError(empty, 6);
    }

    SECTION("only translators have locales")
    {
        requireError(
            cli(db,
                {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--as"),
                 QStringLiteral("t.babayan"), QStringLiteral("ed.two"), QStringLiteral("--role"),
                 QStringLiteral("editor"), QStringLiteral("--locales"), QStringLiteral("ru")}),
            6);
    }

    SECTION("an unknown role is a usage error")
    {
        const CliRun r
            = cli(db,
                  {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--as"),
                   QStringLiteral("t.babayan"), QStringLiteral("chief"), QStringLiteral("--role"),
                   QStringLiteral("boss")});
        requireUsageError(r);
        CHECK(r.err.contains(QLatin1String("\"boss\"")));
        requireUsageError(
            cli(db,
                {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--as"),
                 QStringLiteral("t.babayan"), QStringLiteral("chief")}));
    }

    SECTION("an invalid name")
    {
        for (const QString &bad : {QStringLiteral("Bad Name"), QStringLiteral("Upper"),
                                   QStringLiteral("анна"), QString(65, QLatin1Char('a'))}) {
            const CliRun r = cli(db,
                                 {QStringLiteral("users"), QStringLiteral("add"),
                                  QStringLiteral("--as"), QStringLiteral("t.babayan"), bad,
                                  QStringLiteral("--role"), QStringLiteral("editor")});
            requireError(r, 6);
            CHECK(r.err.contains(bad));
        }
    }

    SECTION("a locale the store does not have")
    {
        const CliRun r = cli(
            db,
            {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--as"),
             QStringLiteral("t.babayan"), QStringLiteral("de.translator"), QStringLiteral("--role"),
             QStringLiteral("translator"), QStringLiteral("--locales"), QStringLiteral("ru,de")});
        requireError(r, 6);
        CHECK(r.err.contains(QLatin1String("\"de\"")));
    }

    CHECK(exportAll(db) == before);
    CHECK(names()
          == demoUsers + QSet<QString> {QStringLiteral("mari.sargsyan"), QStringLiteral("desk")});
}

TEST_CASE("users names: how a person is spelled per language, changed only by an admin, "
          "signed on that language's pages",
          "[cli][users]")
{
    TempDir dir;
    const QString db = demoStore(dir);
    const QString admin = QStringLiteral("t.babayan");
    auto users = [&](QStringList args) {
        args.prepend(QStringLiteral("users"));
        return cli(db, args);
    };
    // Tom Reid's published interview, live in Russian, English and Armenian.
    const QString interview = QStringLiteral("e1b2f585-c47b-43dc-a622-c82d6e1fb297");
    auto signedIn = [&](const QString &locale) {
        const CliRun r
            = cli(db, {QStringLiteral("render"), interview, QStringLiteral("--locale"), locale});
        requireDone(r);
        static const QRegularExpression byline(QStringLiteral("<p class=\"byline\">([^<]*) · "));
        return byline.match(r.out).captured(1);
    };
    CHECK(signedIn(QStringLiteral("ru")) == QStringLiteral("Том Рид"));

    const CliRun shown = users({QStringLiteral("names"), QStringLiteral("tom.reid")});
    requireDone(shown);
    CHECK(shown.out
          == QStringLiteral("tom.reid: Tom Reid\n  ru    Том Рид\n  en    Tom Reid (the display "
                            "name)\n  hy    Թոմ Ռիդ\n"));

    // A new spelling in Russian, none in Armenian, a new display name.
    const CliRun changed
        = users({QStringLiteral("names"), QStringLiteral("tom.reid"), QStringLiteral("--name"),
                 QStringLiteral("ru=Томас Рид"), QStringLiteral("--name"), QStringLiteral("hy="),
                 QStringLiteral("--display-name"), QStringLiteral("Thomas Reid"),
                 QStringLiteral("--as"), admin});
    requireDone(changed);
    CHECK(signedIn(QStringLiteral("ru")) == QStringLiteral("Томас Рид"));
    CHECK(signedIn(QStringLiteral("hy")) == QStringLiteral("Thomas Reid"));
    CHECK(signedIn(QStringLiteral("en")) == QStringLiteral("Thomas Reid"));
    const CliRun audit
        = cli(db, {QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("1")});
    requireDone(audit);
    CHECK(audit.out.contains(QStringLiteral("name in ru \u201cТом Рид\u201d \u2192 "
                                            "\u201cТомас Рид\u201d")));

    // A person added with names of their own.
    requireDone(
        users({QStringLiteral("add"), QStringLiteral("anna.petrosyan"), QStringLiteral("--role"),
               QStringLiteral("journalist"), QStringLiteral("--display-name"),
               QStringLiteral("Anna Petrosyan"), QStringLiteral("--name"),
               QStringLiteral("hy=Աննա Պետրոսյան"), QStringLiteral("--as"), admin}));
    const CliRun list = users({QStringLiteral("list"), QStringLiteral("--json")});
    requireDone(list);
    const QJsonObject anna
        = findByKey(parseJson(list.out.toUtf8()).array(), "name", QStringLiteral("anna.petrosyan"));
    CHECK(anna.value(QLatin1String("names")).toObject()
          == QJsonObject {{QStringLiteral("hy"), QStringLiteral("Աննա Պետրոսյան")}});

    const QByteArray before = exportAll(db);
    // Only an admin; the form LOCALE=NAME; a locale of the store; someone who is there.
    requireError(
        users({QStringLiteral("names"), QStringLiteral("tom.reid"), QStringLiteral("--name"),
               QStringLiteral("ru=Том"), QStringLiteral("--as"), QStringLiteral("tom.reid")}),
        3);
    requireError(users({QStringLiteral("names"), QStringLiteral("tom.reid"),
                        QStringLiteral("--name"), QStringLiteral("ru=Том"), QStringLiteral("--as"),
                        QStringLiteral("samvel.harutyunyan")}),
                 3);
    if (!onServer()) // on the test server the superuser is its administrator
        requireError(users({QStringLiteral("names"), QStringLiteral("tom.reid"),
                            QStringLiteral("--name"), QStringLiteral("ru=Том")}),
                     3);
    requireUsageError(
        users({QStringLiteral("names"), QStringLiteral("tom.reid"), QStringLiteral("--name"),
               QStringLiteral("Том"), QStringLiteral("--as"), admin}));
    const CliRun unknown
        = users({QStringLiteral("names"), QStringLiteral("tom.reid"), QStringLiteral("--name"),
                 QStringLiteral("de=Tom"), QStringLiteral("--as"), admin});
    requireError(unknown, 6);
    CHECK(unknown.err.contains(QLatin1String("\"de\"")));
    requireError(users({QStringLiteral("names"), QStringLiteral("nobody")}), 4);
    CHECK(exportAll(db) == before);
}

TEST_CASE("users added by byline-cli survive export and import", "[cli]")
{
    TempDir dir;
    const QString db = emptyStore(dir);
    requireDone(cli(db,
                    {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("desk"),
                     QStringLiteral("--role=admin")}));
    requireDone(
        cli(db,
            {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("mari.sargsyan"),
             QStringLiteral("--role"), QStringLiteral("translator"), QStringLiteral("--locales"),
             QStringLiteral("hy,ru,hy"), QStringLiteral("--display-name"),
             QStringLiteral("Մարի Սարգսյան"), QStringLiteral("--as=desk")}));
    const QByteArray document = exportAll(db);
    const QString file = dir.path(QStringLiteral("users.json"));
    writeFile(file, document);
    const QString target = emptyStore(dir, QStringLiteral("target.sqlite"));
    requireDone(cli(target, {QStringLiteral("import"), file}));
    CHECK(exportAll(target) == document);
}

TEST_CASE("whatever users add accepts, export and import carry unchanged", "[cli]")
{
    // users add (app/cli/Cli.cpp, Cli::users) takes --display-name as given, while the importer
    // refuses a display name over 1,000 characters and turns an empty one into the login.
    TempDir dir;
    const QString db = emptyStore(dir);
    QString displayName;
    SECTION("a display name of 1,001 characters")
    {
        displayName = QString(1001, QLatin1Char('n'));
    }
    SECTION("an empty display name")
    {
        displayName = QString();
    }

    const CliRun added
        = cli(db,
              {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("odd.name"),
               QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--display-name"),
               displayName});
    if (added.exitCode != 0) {
        // Refusing it is fine too.
        requireError(added, 6);
        return;
    }
    const QByteArray document = exportAll(db);
    const QString file = dir.path(QStringLiteral("users.json"));
    writeFile(file, document);
    const QString target = emptyStore(dir, QStringLiteral("target.sqlite"));
    const CliRun imported = cli(target, {QStringLiteral("import"), file});
    requireDone(imported);
    CHECK(exportAll(target) == document);
}

// --- 6. check -------------------------------------------------------------------------------

TEST_CASE("check passes the demo store and a fresh one", "[cli]")
{
    TempDir dir;
    for (const QString &db : {demoStore(dir), emptyStore(dir)}) {
        const CliRun r = cli(db, {QStringLiteral("check")});
        requireDone(r);
        CHECK(r.out.startsWith(QLatin1String("ok")));
        CHECK(r.out.contains(Byline::Test::storeShown(db)));
        CHECK(r.err.isEmpty());
    }
}

TEST_CASE("check reports a broken content rule with exit 6", "[cli]")
{
    TempDir dir;
    const QString db = demoStore(dir);
    {
        // A translator without locales can only come from outside byline-cli.
        OwnConnection own(db);
        own.exec(QStringLiteral("INSERT INTO users (name, display_name, role, active) "
                                "VALUES ('lost.translator', 'Lost', 'translator', 1)"));
    }
    const CliRun r = cli(db, {QStringLiteral("check")});
    INFO(said(r));
    REQUIRE(r.exitCode == 6);
    CHECK(r.out.contains(QLatin1String("rule: translator lost.translator has no locales")));
    CHECK(r.err == QLatin1String("byline-cli: 1 problem found.\n")); // English plural forms
}

// --- init on an existing store, long lists ---------------------------------------------------

TEST_CASE("init on an existing store keeps everything in it", "[cli]")
{
    TempDir dir;
    const QString db = demoStore(dir);
    requireDone(cli(db,
                    {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--as"),
                     QStringLiteral("t.babayan"), QStringLiteral("kept"), QStringLiteral("--role"),
                     QStringLiteral("journalist")}));
    const QByteArray before = exportAll(db);
    const CliRun again = cli(db, {QStringLiteral("init")});
    requireDone(again);
    CHECK(again.out.contains(QLatin1String("Store ready")));
    CHECK(exportAll(db) == before);
    const CliRun demoAgain = cli(db, {QStringLiteral("init"), QStringLiteral("--demo")});
    requireDone(demoAgain);
    CHECK(demoAgain.out.contains(QLatin1String("6 articles")));
    CHECK(exportAll(db) == before);
}

TEST_CASE("list pages through more articles than one page holds", "[cli]")
{
    TempDir dir;
    const QString db = demoStore(dir);
    const QJsonObject whole = parseJson(exportAll(db)).object();
    const QJsonObject model
        = findByKey(whole.value(QLatin1String("articles")).toArray(), "uid", rails);
    // 505 small copies with the same update time, so that paging has to break ties.
    QJsonObject ruText = model.value(QLatin1String("translations"))
                             .toObject()
                             .value(QLatin1String("ru"))
                             .toObject();
    ruText.insert(QStringLiteral("blocks"),
                  QJsonArray {ruText.value(QLatin1String("blocks")).toArray().first()});
    QJsonArray copies;
    QSet<QString> expected = demoUids;
    for (int i = 0; i < 505; ++i) {
        QJsonObject a = model;
        a.insert(QStringLiteral("translations"), QJsonObject {{QStringLiteral("ru"), ruText}});
        const QString uid
            = QStringLiteral("%1-0000-4000-8000-000000000000").arg(i + 1, 8, 16, QLatin1Char('0'));
        a.insert(QStringLiteral("uid"), uid);
        a.insert(QStringLiteral("revisions"), QJsonArray());
        a.insert(QStringLiteral("history"), QJsonArray());
        a = setIn(a,
                  {QStringLiteral("translations"), QStringLiteral("ru"), QStringLiteral("title")},
                  QStringLiteral("Копия %1").arg(i))
                .toObject();
        copies.append(a);
        expected.insert(uid);
    }
    const QByteArray document
        = bytesOf(QJsonObject {{QStringLiteral("format"), QStringLiteral("byline/1")},
                               {QStringLiteral("articles"), copies}});
    const QString file = dir.path(QStringLiteral("copies.json"));
    writeFile(file, document);
    const CliRun imported = cli(
        db, {QStringLiteral("import"), QStringLiteral("--as"), QStringLiteral("t.babayan"), file});
    requireDone(imported);
    CHECK(imported.out.contains(QLatin1String("Imported 505 new")));

    const QJsonArray all = listJson(db);
    CHECK(all.size() == 511);
    CHECK(uidsOf(all) == expected); // no row twice, none left out
    const QJsonArray some = listJson(db, {QStringLiteral("--limit"), QStringLiteral("503")});
    QJsonArray first503;
    for (qsizetype i = 0; i < 503 && i < all.size(); ++i)
        first503.append(all.at(i));
    CHECK(some == first503);
    CHECK(listJson(db, {QStringLiteral("--status"), QStringLiteral("draft")}).size() == 506);
    CHECK(uidsOf(listJson(db, {QStringLiteral("--locale"), QStringLiteral("hy")}))
          == QSet<QString> {glaciers, harvest, earthquake, startups});
    const CliRun text = cli(db, {QStringLiteral("list")});
    requireDone(text);
    CHECK(nonEmptyLines(text.out).size() == 511);
}

// --- 7. storage failures --------------------------------------------------------------------

TEST_CASE("a file that is not a database is refused and never written", "[cli][sqlite]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("garbage.sqlite"));
    QByteArray garbage(64 * 1024, '\0');
    QRandomGenerator random(20261120);
    for (char &c : garbage)
        c = char(random.bounded(256));

    SECTION("random bytes")
    {
        writeFile(db, garbage);
    }
    SECTION("a few bytes")
    {
        writeFile(db, garbage.left(37));
    }
    SECTION("a text file")
    {
        writeFile(db, "{ \"format\": \"byline/1\" }\n");
    }
    SECTION("an SQLite header over random pages")
    {
        QByteArray fake = garbage;
        fake.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        const uchar header[] = {0x10, 0x00, 1, 1, 0, 64, 32, 32}; // 4096-byte pages, legacy journal
        fake.replace(16, 8, reinterpret_cast<const char *>(header), 8);
        qToBigEndian<quint32>(7, reinterpret_cast<uchar *>(fake.data()) + 24); // change counter
        qToBigEndian<quint32>(16, reinterpret_cast<uchar *>(fake.data()) + 28); // 16 pages = 64 KiB
        qToBigEndian<quint32>(7, reinterpret_cast<uchar *>(fake.data()) + 92); // valid for 7
        writeFile(db, fake);
    }

    const QByteArray hash = sha256(db);
    const QStringList commands[] = {
        {QStringLiteral("list")},
        {QStringLiteral("check")},
        {QStringLiteral("export"), QStringLiteral("-")},
        {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--as"),
         QStringLiteral("t.babayan"), QStringLiteral("x"), QStringLiteral("--role"),
         QStringLiteral("editor")},
        {QStringLiteral("init")},
        {QStringLiteral("init"), QStringLiteral("--demo")},
    };
    for (const QStringList &command : commands) {
        INFO("byline-cli " << command.join(QLatin1Char(' ')).toStdString());
        const CliRun r = cli(db, command);
        requireError(r, 7);
        CHECK(r.err.contains(db));
        CHECK(r.out.isEmpty());
        CHECK(sha256(db) == hash);
    }
}

TEST_CASE("another program's SQLite database is refused and never written", "[cli][sqlite]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("notes.sqlite"));
    int applicationId = 0;
    SECTION("tables but no Byline schema version") { }
    SECTION("an application id of another program")
    {
        applicationId = 0x12345678;
    }
    {
        QSqlDatabase foreign
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        foreign.setDatabaseName(db);
        REQUIRE(foreign.open());
        QSqlQuery q(foreign);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('keep me')")));
        if (applicationId != 0) {
            REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
            REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        q.finish();
        foreign.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray hash = sha256(db);

    for (const QStringList &command :
         {QStringList {QStringLiteral("list")}, QStringList {QStringLiteral("init")},
          QStringList {QStringLiteral("init"), QStringLiteral("--demo")}}) {
        INFO("byline-cli " << command.join(QLatin1Char(' ')).toStdString());
        const CliRun r = cli(db, command);
        requireError(r, 7);
        CHECK(r.err.contains(QLatin1String("not a Byline store")));
        CHECK(sha256(db) == hash);
        CHECK(!QFileInfo::exists(db + QStringLiteral("-wal")));
    }
}

TEST_CASE("a truncated copy of a store is refused and never written", "[cli][sqlite]")
{
    TempDir dir;
    const QString original = demoStore(dir);
    REQUIRE(!QFileInfo::exists(original + QStringLiteral("-wal"))); // checkpointed on close
    const QByteArray whole = readFile(original);
    const Header header = headerOf(whole);
    INFO("store of " << whole.size() << " bytes, " << header.pages << " pages of "
                     << header.pageSize);
    REQUIRE(header.pageSize >= 512);
    REQUIRE(qint64(header.pages) * header.pageSize == whole.size());
    REQUIRE(header.pages >= 8);

    const QString db = dir.path(QStringLiteral("truncated.sqlite"));
    SECTION("cut at a page boundary, first page intact")
    {
        writeFile(db, whole.left(header.pageSize * (header.pages / 2)));
    }
    SECTION("cut in the middle of a page")
    {
        writeFile(db, whole.left(whole.size() / 2 + 123));
    }
    const QByteArray hash = sha256(db);

    const QStringList commands[] = {
        {QStringLiteral("list")},
        {QStringLiteral("show"), glaciers},
        {QStringLiteral("check")},
        {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--as"),
         QStringLiteral("t.babayan"), QStringLiteral("x"), QStringLiteral("--role"),
         QStringLiteral("editor")},
        {QStringLiteral("init")},
    };
    for (const QStringList &command : commands) {
        INFO("byline-cli " << command.join(QLatin1Char(' ')).toStdString());
        const CliRun r = cli(db, command);
        requireError(r, 7);
        CHECK(r.err.contains(db));
        CHECK(r.err.contains(QLatin1String("damaged")));
        CHECK(sha256(db) == hash);
    }
    CHECK(!QFileInfo::exists(db + QStringLiteral("-wal")));
}

TEST_CASE("a store damaged inside is reported by check and never written", "[cli][sqlite]")
{
    TempDir dir;
    const QString db = demoStore(dir);
    QByteArray bytes = readFile(db);
    const Header header = headerOf(bytes);
    REQUIRE(header.pages >= 8);
    // Scribble over the pages after the first two (sqlite_master stays readable).
    for (qint64 page = 2; page < header.pages; ++page)
        bytes.replace(page * header.pageSize + 8, 64, QByteArray(64, '\xa5'));
    writeFile(db, bytes);
    const QByteArray hash = sha256(db);

    const CliRun checked = cli(db, {QStringLiteral("check")});
    INFO(said(checked));
    CHECK(checked.exitCode == 7);
    CHECK(sha256(db) == hash);

    const CliRun listed = cli(db, {QStringLiteral("list")});
    requireError(listed, 7);
    CHECK(listed.err.contains(QLatin1String("damaged")));
    CHECK(sha256(db) == hash);
}

TEST_CASE("a --db that names a folder is a storage failure", "[cli][sqlite]")
{
    TempDir dir;
    const QString folder = dir.path(QStringLiteral("a-folder"));
    REQUIRE(QDir().mkpath(folder));
    for (const QStringList &command :
         {QStringList {QStringLiteral("list")}, QStringList {QStringLiteral("init")}}) {
        const CliRun r = cli(folder, command);
        CHECK(r.err.contains(QLatin1String("folder")));
        requireError(r, 7);
    }
    CHECK(QDir(folder).isEmpty());
}

TEST_CASE("a missing store is not found and is not created by reading commands", "[cli][sqlite]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("nowhere.sqlite"));
    const QStringList commands[] = {
        {QStringLiteral("list")},
        {QStringLiteral("show"), glaciers},
        {QStringLiteral("export"), QStringLiteral("-")},
        {QStringLiteral("users"), QStringLiteral("list")},
        {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--as"),
         QStringLiteral("t.babayan"), QStringLiteral("x"), QStringLiteral("--role"),
         QStringLiteral("editor")},
        {QStringLiteral("check")},
        {QStringLiteral("import"), QStringLiteral("--as"), QStringLiteral("t.babayan"),
         QStringLiteral("-")},
    };
    for (const QStringList &command : commands) {
        INFO("byline-cli " << command.join(QLatin1Char(' ')).toStdString());
        const CliRun r = cli(db, command, "{\"format\": \"byline/1\"}");
        requireError(r, 4);
        CHECK(r.err.contains(QLatin1String("init")));
        CHECK(r.err.contains(db));
        CHECK(!QFileInfo::exists(db));
    }
    // init creates it, in a folder that did not exist either.
    const QString nested = dir.path(QStringLiteral("new/folder/store.sqlite"));
    requireDone(cli(nested, {QStringLiteral("init")}));
    CHECK(QFileInfo(nested).isFile());
    requireDone(cli(nested, {QStringLiteral("check")}));
}

TEST_CASE("a store locked by another writer: reads go on, a write waits and then says so",
          "[cli][sqlite]")
{
    TempDir dir;
    const QString db = demoStore(dir);
    const QStringList shortWait {QStringLiteral("BYLINE_BUSY_TIMEOUT_MS=300")};
    const QStringList addUser {QStringLiteral("users"), QStringLiteral("add"),
                               QStringLiteral("--as"),  QStringLiteral("t.babayan"),
                               QStringLiteral("x"),     QStringLiteral("--role"),
                               QStringLiteral("editor")};
    const QByteArray before = exportAll(db);
    const QString file = dir.path(QStringLiteral("changes.json"));
    writeFile(file,
              bytesOf(withValue(parseJson(before).object(), QStringLiteral("settings/time_zone"),
                                QStringLiteral("Europe/Moscow"))));
    {
        OwnConnection writer(db);
        writer.exec(QStringLiteral("BEGIN IMMEDIATE"));
        writer.exec(QStringLiteral("INSERT INTO users (name, display_name, role, active) "
                                   "VALUES ('lock.holder', 'Lock Holder', 'editor', 1)"));

        // WAL: a reader is not blocked by the writer and does not see its uncommitted row.
        const CliRun listed
            = cli(db, {QStringLiteral("users"), QStringLiteral("list")}, {}, shortWait);
        requireDone(listed);
        CHECK(!listed.out.contains(QLatin1String("lock.holder")));

        QElapsedTimer timer;
        timer.start();
        const CliRun r = cli(db, addUser, {}, shortWait);
        const qint64 waited = timer.elapsed();
        requireError(r, 7);
        CHECK(r.err.contains(QLatin1String("locked")));
        CHECK(r.err.contains(db));
        CHECK(waited >= 280);
        CHECK(waited < 4000); // the 300 ms from the environment, not the 5 s default

        // An import is one transaction: it is refused as a whole.
        const CliRun imported = cli(
            db,
            {QStringLiteral("import"), QStringLiteral("--as"), QStringLiteral("t.babayan"), file},
            {}, shortWait);
        requireError(imported, 7);
        CHECK(imported.err.contains(QLatin1String("locked")));

        writer.exec(QStringLiteral("ROLLBACK"));
        writer.close();
    }
    CHECK(exportAll(db) == before);
    const CliRun after = cli(db, addUser, {}, shortWait);
    requireDone(after);
    const CliRun listed = cli(db, {QStringLiteral("users"), QStringLiteral("list")});
    requireDone(listed);
    CHECK(listed.out.contains(QRegularExpression(QStringLiteral("(^|\\n)x +editor"))));
    CHECK(!listed.out.contains(QLatin1String("lock.holder")));
}

TEST_CASE("a write waits for a lock that is released in time, then goes through", "[cli][sqlite]")
{
    TempDir dir;
    const QString db = demoStore(dir);
    std::promise<bool> lockTaken;
    std::future<bool> lockTakenResult = lockTaken.get_future();
    // The other writer lives on its own thread (a connection is used by one thread only) and
    // lets go after 700 ms.
    std::thread holder([&db, &lockTaken] {
        const QString name = QStringLiteral("test-cli-holder-")
            + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            conn.setDatabaseName(db);
            bool taken = conn.open();
            {
                QSqlQuery q(conn);
                taken = taken && q.exec(QStringLiteral("BEGIN IMMEDIATE"))
                    && q.exec(QStringLiteral("INSERT INTO users (name, display_name, role, active) "
                                             "VALUES ('lock.holder', 'Lock Holder', 'editor', 1)"));
                lockTaken.set_value(taken);
                std::this_thread::sleep_for(std::chrono::milliseconds(700));
                q.exec(QStringLiteral("COMMIT"));
            }
            conn.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    const bool taken = lockTakenResult.get();

    QElapsedTimer timer;
    timer.start();
    const CliRun r = cli(db,
                         {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--as"),
                          QStringLiteral("t.babayan"), QStringLiteral("waited"),
                          QStringLiteral("--role"), QStringLiteral("editor")},
                         {}, {QStringLiteral("BYLINE_BUSY_TIMEOUT_MS=10000")});
    const qint64 waited = timer.elapsed();
    holder.join();

    REQUIRE(taken);
    requireDone(r);
    CHECK(waited >= 400);
    const CliRun listed = cli(db, {QStringLiteral("users"), QStringLiteral("list")});
    requireDone(listed);
    CHECK(listed.out.contains(QRegularExpression(QStringLiteral("(^|\\n)waited +editor"))));
    CHECK(listed.out.contains(QRegularExpression(QStringLiteral("(^|\\n)lock\\.holder +editor"))));
}

TEST_CASE("a store written by a newer Byline is refused and never written", "[cli][sqlite]")
{
    TempDir dir;
    const QString db = demoStore(dir);
    {
        OwnConnection own(db);
        own.exec(QStringLiteral("PRAGMA user_version = 999"));
    }
    REQUIRE(!QFileInfo::exists(db + QStringLiteral("-wal")));
    const QByteArray hash = sha256(db);
    const QStringList commands[] = {
        {QStringLiteral("list")},
        {QStringLiteral("init")},
        {QStringLiteral("check")},
        {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--as"),
         QStringLiteral("t.babayan"), QStringLiteral("x"), QStringLiteral("--role"),
         QStringLiteral("editor")},
    };
    for (const QStringList &command : commands) {
        INFO("byline-cli " << command.join(QLatin1Char(' ')).toStdString());
        const CliRun r = cli(db, command);
        requireError(r, 7);
        CHECK(r.err.contains(QLatin1String("newer")));
        CHECK(r.err.contains(QLatin1String("999")));
        CHECK(sha256(db) == hash);
    }
    // No backup or other file was made beside it.
    CHECK(QDir(QFileInfo(db).absolutePath()).entryList(QDir::Files)
          == QStringList {QFileInfo(db).fileName()});
}

TEST_CASE("a newer store in rollback-journal mode is not switched to WAL before it is refused",
          "[cli][sqlite]")
{
    // Database::configure() runs "PRAGMA journal_mode = WAL" before Database::open() compares
    // the schema version, so a store this program refuses is written to all the same.
    TempDir dir;
    const QString db = demoStore(dir);
    {
        OwnConnection own(db);
        own.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        own.exec(QStringLiteral("PRAGMA user_version = 999"));
    }
    const QByteArray hash = sha256(db);
    const CliRun r = cli(db, {QStringLiteral("list")});
    requireError(r, 7);
    CHECK(r.err.contains(QLatin1String("newer")));
    CHECK(sha256(db) == hash);
}

TEST_CASE("a read-only store can be read but not changed", "[cli][sqlite]")
{
    TempDir dir;
    const QString db = demoStore(dir);
    const QByteArray document = exportAll(db);
    const QString file = dir.path(QStringLiteral("document.json"));
    writeFile(file, document);
    REQUIRE(QFile::setPermissions(
        db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray hash = sha256(db);

    const CliRun listed = cli(db, {QStringLiteral("list")});
    requireDone(listed);
    CHECK(nonEmptyLines(listed.out).size() == 6);
    requireDone(cli(db, {QStringLiteral("show"), glaciers}));
    CHECK(exportAll(db) == document);
    requireDone(cli(db, {QStringLiteral("check")}));

    const CliRun add = cli(db,
                           {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--as"),
                            QStringLiteral("t.babayan"), QStringLiteral("x"),
                            QStringLiteral("--role"), QStringLiteral("editor")});
    requireError(add, 7);
    CHECK(add.err.contains(QLatin1String("read-only")));

    const CliRun imported = cli(
        db, {QStringLiteral("import"), QStringLiteral("--as"), QStringLiteral("t.babayan"), file});
    requireError(imported, 7);
    CHECK(imported.err.contains(QLatin1String("read-only")));

    CHECK(sha256(db) == hash);
    REQUIRE(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    CHECK(exportAll(db) == document);
}

// A small filesystem mounted for one test, made read-only on request; nothing where mounting
// is not allowed (not root, or a container without the right).
class Mount
{
public:
    explicit Mount(const QString &folder)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                       QStringLiteral("-o"), QStringLiteral("size=16m"),
                                       QStringLiteral("tmpfs"), folder})
            == 0;
    }
    ~Mount()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_folder});
    }
    Mount(const Mount &) = delete;
    Mount &operator=(const Mount &) = delete;

    [[nodiscard]] bool mounted() const { return m_mounted; }
    [[nodiscard]] bool makeReadOnly() const
    {
        return QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_folder})
            == 0;
    }

private:
    QString m_folder;
    bool m_mounted = false;
};

TEST_CASE("a store on a read-only filesystem can be listed, checked and exported", "[cli][sqlite]")
{
    // A backup mount or a snapshot: the store cannot even get its -shm file there.
    TempDir dir;
    Mount mount(dir.path(QStringLiteral("snapshot")));
    if (!mount.mounted()) {
        WARN("skipped: mounting a filesystem is not allowed here");
        return;
    }
    const QString db = demoStore(dir, QStringLiteral("snapshot/demo.sqlite"));
    const QByteArray document = exportAll(db);
    REQUIRE(mount.makeReadOnly());
    const QByteArray hash = sha256(db);

    const CliRun listed = cli(db, {QStringLiteral("list")});
    requireDone(listed);
    CHECK(nonEmptyLines(listed.out).size() == 6);
    requireDone(cli(db, {QStringLiteral("check")}));
    CHECK(exportAll(db) == document);
    const QString site = dir.path(QStringLiteral("site"));
    requireDone(cli(db, {QStringLiteral("export-site"), site}));
    CHECK(QFileInfo::exists(site + QStringLiteral("/sitemap.xml")));

    const CliRun act = cli(db,
                           {QStringLiteral("act"), rails, QStringLiteral("submit"),
                            QStringLiteral("--as"), QStringLiteral("irina.volkova")});
    requireError(act, 7);
    CHECK(act.err.contains(QLatin1String("read-only")));
    CHECK(sha256(db) == hash);
}

// --- 8. usage -------------------------------------------------------------------------------

TEST_CASE("usage errors and --help", "[cli]")
{
    TempDir dir;
    // Should anything try a store, it finds none here (and the user's own store is never used).
    const QString unused = dir.path(QStringLiteral("unused.sqlite"));
    const QStringList env {QStringLiteral("BYLINE_DB=") + unused};

    const CliRun none = runCli({}, {}, env);
    requireUsageError(none);
    CHECK(none.err.contains(QLatin1String("no command")));

    const CliRun unknown = runCli({QStringLiteral("frobnicate")}, {}, env);
    requireUsageError(unknown);
    CHECK(unknown.err.contains(QLatin1String("\"frobnicate\"")));

    const CliRun unknownOption
        = runCli({QStringLiteral("list"), QStringLiteral("--colour")}, {}, env);
    requireUsageError(unknownOption);
    CHECK(unknownOption.err.contains(QLatin1String("--colour")));

    requireUsageError(runCli({QStringLiteral("--verbose"), QStringLiteral("list")}, {}, env));
    requireUsageError(runCli({QStringLiteral("import")}, {}, env));
    requireUsageError(runCli({QStringLiteral("export")}, {}, env));
    requireUsageError(runCli({QStringLiteral("init"), QStringLiteral("now")}, {}, env));
    requireUsageError(runCli({QStringLiteral("users")}, {}, env));
    requireUsageError(
        runCli({QStringLiteral("users"), QStringLiteral("remove"), QStringLiteral("x")}, {}, env));
    requireUsageError(runCli({QStringLiteral("list"), QStringLiteral("--db")}, {}, env));

    const CliRun help = runCli({QStringLiteral("--help")}, {}, env);
    INFO(said(help));
    REQUIRE(help.exitCode == 0);
    CHECK(help.err.isEmpty());
    CHECK(help.out.startsWith(QLatin1String("Usage: byline-cli [--db PATH] COMMAND")));
    for (const char *command :
         {"init", "import", "export", "list", "show", "users list", "users add", "check"})
        CHECK(help.out.contains(QLatin1String("\n  ") + QLatin1String(command)));
    CHECK(help.out.contains(Byline::Test::storeShown(unused))); // where the store would be

    CHECK(!QFileInfo::exists(unused));
}

// --- 9. BYLINE_DB ---------------------------------------------------------------------------

TEST_CASE("BYLINE_DB selects the store when --db is absent", "[cli][sqlite]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("from-env.sqlite"));
    const QStringList env {QStringLiteral("BYLINE_DB=") + db};

    // init with only the environment creates the store there.
    requireDone(runCli({QStringLiteral("init"), QStringLiteral("--demo")}, {}, env));
    REQUIRE(QFileInfo(db).isFile());

    const CliRun listed = runCli({QStringLiteral("list"), QStringLiteral("--json")}, {}, env);
    requireDone(listed);
    CHECK(uidsOf(parseJson(listed.out.toUtf8()).array()) == demoUids);

    // --db wins over the environment.
    const QString other = emptyStore(dir, QStringLiteral("other.sqlite"));
    const CliRun explicitDb = runCli(
        {QStringLiteral("--db"), other, QStringLiteral("list"), QStringLiteral("--json")}, {}, env);
    requireDone(explicitDb);
    CHECK(parseJson(explicitDb.out.toUtf8()).array().isEmpty());
    const CliRun afterCommand
        = runCli({QStringLiteral("list"), QStringLiteral("--db"), other}, {}, env);
    requireDone(afterCommand);
    CHECK(afterCommand.out.isEmpty());

    // A BYLINE_DB that names nothing is reported with its path.
    const QString missing = dir.path(QStringLiteral("missing.sqlite"));
    const CliRun r = runCli({QStringLiteral("list")}, {}, {QStringLiteral("BYLINE_DB=") + missing});
    requireError(r, 4);
    CHECK(r.err.contains(missing));
    CHECK(!QFileInfo::exists(missing));
}
