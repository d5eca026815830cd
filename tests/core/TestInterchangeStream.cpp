// byline/1 read and written as a stream (issue 16): a document of any size in bounded memory,
// all or nothing, and a fault anywhere named by item, field and byte offset.
#include "core/ProgressEstimate.h"
#include "core/interchange/DocumentStream.h"
#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/interchange/JsonStream.h"
#include "core/storage/ArticleRepository.h"
#include "core/storage/UserRepository.h"
#include "tests/TestSupport.h"
#include "tests/bench/ArchiveGenerator.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

using namespace Byline;
using namespace Byline::Interchange;
using Byline::Test::TempDir;

namespace {

// A generated archive in the order Byline writes it ("articles" last), large enough to take
// several of the reader's 64 KiB buffers.
QByteArray archive(int articles)
{
    auto generator = Bench::ArchiveGenerator::create(articles, 7);
    REQUIRE(generator.has_value());
    return generator->json();
}

// A buffer that remembers how much of it has been read.
class CountingBuffer : public QBuffer
{
public:
    explicit CountingBuffer(const QByteArray &bytes)
    {
        setData(bytes);
        open(QIODevice::ReadOnly);
    }
    qint64 consumed = 0;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 got = QBuffer::readData(data, maxSize);
        consumed += std::max<qint64>(0, got);
        return got;
    }
};

// A device that takes `room` bytes, then refuses, as a full disk does.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
    }
    qint64 taken = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (taken + size > m_room) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        taken += size;
        return size;
    }

private:
    qint64 m_room;
};

Error parseError(const QByteArray &json)
{
    auto parsed = Importer::parse(json, {});
    REQUIRE_FALSE(parsed.has_value());
    CHECK(parsed.error().code == ErrorCode::InvalidInput);
    UNSCOPED_INFO(parsed.error().message.toStdString());
    return parsed.error();
}

// Where the article with `uid` starts in `json`: its opening brace.
qint64 articleOffset(const QByteArray &json, const QString &uid)
{
    const qsizetype articles = json.indexOf("\"articles\": [");
    const QByteArray field = QByteArray("\"uid\": \"") + uid.toUtf8() + '"';
    const qsizetype key = json.indexOf(field, articles);
    REQUIRE(key > 0);
    return json.lastIndexOf('{', key);
}

} // namespace

TEST_CASE("articles are read one at a time, after the newsroom, while the file is still being "
          "read",
          "[interchange][stream]")
{
    const QByteArray json = archive(120);
    REQUIRE(json.size() > 8 * 65536);
    CountingBuffer in(json);
    qint64 readAtNewsroom = -1;
    qint64 readAtFirstArticle = -1;
    int articles = 0;
    DocumentStream::Sink sink;
    sink.newsroom = [&](const Document &newsroom) -> Result<> {
        readAtNewsroom = in.consumed;
        CHECK(newsroom.articles.isEmpty());
        CHECK_FALSE(newsroom.experts.isEmpty());
        return {};
    };
    sink.article = [&](Article) -> Result<> {
        if (articles++ == 0)
            readAtFirstArticle = in.consumed;
        CHECK(readAtNewsroom >= 0); // the newsroom first
        return {};
    };
    REQUIRE(DocumentStream(in, {}).read(sink).has_value());
    CHECK(articles == 120);
    // One buffer past the first article at most: the rest of the file was not yet read.
    CHECK(readAtFirstArticle <= json.indexOf("\"articles\": [") + 3 * 65536);
    CHECK(readAtFirstArticle < json.size() / 4);
}

TEST_CASE("a streamed import writes the same store, and its export gives the same bytes",
          "[interchange][stream]")
{
    TempDir dir;
    const QByteArray json = archive(60);
    auto db = Test::openStore(dir.path(QStringLiteral("a.sqlite")));
    auto report = Importer(*db).importJson(json);
    REQUIRE(report.has_value());
    CHECK(report->articles == 60);

    SECTION("export to a device, a piece at a time")
    {
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        auto written = Exporter(*db).write(buffer);
        REQUIRE(written.has_value());
        CHECK(*written == out.size());
        CHECK(out == json);
        CHECK(*Exporter(*db).exportJson() == json);
    }
    SECTION("a device that fills up ends the export with an error naming how far it got")
    {
        FullDevice full(json.size() / 2);
        auto written = Exporter(*db).write(full);
        REQUIRE_FALSE(written.has_value());
        CHECK(written.error().code == ErrorCode::Io);
        CHECK(written.error().message.contains(QStringLiteral("No space left on device")));
        CHECK(full.taken <= json.size() / 2);
    }
}

TEST_CASE("a fault late in a streamed file names the item, field and byte offset, and nothing "
          "is written",
          "[interchange][stream][validation]")
{
    TempDir dir;
    QByteArray json = archive(60);
    auto parsed = Importer::parse(json, {});
    REQUIRE(parsed.has_value());
    const Article &victim = parsed->articles.at(54); // at 90 % of the file
    const qint64 offset = articleOffset(json, victim.uid);
    REQUIRE(offset > json.size() * 8 / 10);
    const QByteArray status
        = QByteArray("\"status\": \"") + workflowStateName(victim.state).toUtf8() + '"';
    const qsizetype at = json.indexOf(status, offset);
    REQUIRE(at > offset);
    json.replace(at, status.size(), "\"status\": \"lost\"");

    auto db = Test::openStore(dir.path(QStringLiteral("a.sqlite")));
    auto report = Importer(*db).importJson(json);
    REQUIRE_FALSE(report.has_value());
    const QString message = report.error().message;
    INFO(message.toStdString() << " / expected offset " << offset);
    CHECK(message.contains(QStringLiteral("articles[54] (uid %1).status").arg(victim.uid)));
    CHECK(message.contains(QStringLiteral("unknown status \"lost\"")));
    CHECK(message.contains(QStringLiteral("byte %1 ").arg(QLocale().toString(offset))));
    CHECK(*Storage::ArticleRepository(*db).count() == 0);
    CHECK(Storage::UserRepository(*db).all()->isEmpty());
}

TEST_CASE("a truncated file is refused with where it ends, and nothing is written",
          "[interchange][stream][validation]")
{
    TempDir dir;
    const QByteArray json = archive(40);
    const QByteArray cut = json.left(json.size() * 9 / 10);
    auto db = Test::openStore(dir.path(QStringLiteral("a.sqlite")));
    auto report = Importer(*db).importJson(cut);
    REQUIRE_FALSE(report.has_value());
    CHECK(report.error().code == ErrorCode::InvalidInput);
    const QString message = report.error().message;
    CHECK(message.contains(QStringLiteral("not valid JSON")));
    CHECK(message.contains(QStringLiteral("line %1,").arg(cut.count('\n') + 1)));
    CHECK(message.contains(QStringLiteral("byte %1)").arg(QLocale().toString(cut.size()))));
    CHECK(*Storage::ArticleRepository(*db).count() == 0);
    CHECK(Storage::UserRepository(*db).all()->isEmpty());
}

TEST_CASE("the stream reader is strict JSON", "[interchange][stream][validation]")
{
    SECTION("a key given twice, however deep")
    {
        const Error e = parseError("{\"format\": \"byline/1\",\n \"settings\": {\"a\": \"1\", "
                                   "\"a\": \"2\"}}");
        CHECK(e.message.contains(QStringLiteral("the key \"a\" is given twice")));
        CHECK(e.message.contains(QStringLiteral("line 2, column 25")));
    }
    SECTION("a key given twice at the top")
    {
        const Error e = parseError("{\"format\": \"byline/1\", \"format\": \"byline/1\"}");
        CHECK(e.message.contains(QStringLiteral("the key \"format\" is given twice")));
    }
    SECTION("a raw control character inside a text")
    {
        const Error e = parseError("{\"format\": \"byline\x01/1\"}");
        CHECK(e.message.contains(QStringLiteral("U+0001")));
        CHECK(e.message.contains(QStringLiteral("column 19")));
    }
    SECTION("bytes that are not UTF-8")
    {
        const Error e = parseError("{\"format\": \"byline/1\", \"settings\": {\"a\": \"\xff\"}}");
        CHECK(e.message.contains(QStringLiteral("UTF-8")));
    }
    SECTION("nesting deeper than any document needs, without exhausting the stack")
    {
        const QByteArray deep
            = "{\"settings\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
        const Error e = parseError(deep);
        CHECK(e.message.contains(QStringLiteral("more than %1 deep").arg(JsonStream::maxDepth)));
    }
    SECTION("more after the end")
    {
        const Error e = parseError("{\"format\": \"byline/1\"} {}");
        CHECK(e.message.contains(QStringLiteral("more follows")));
    }
    SECTION("not an object")
    {
        CHECK(parseError("\"byline/1\"").message.contains(QStringLiteral("byline/1")));
        CHECK(parseError("[]").message.contains(QStringLiteral("byline/1")));
    }
    SECTION("a field after the articles that no document has")
    {
        QByteArray json = archive(3);
        json.chop(json.size() - json.lastIndexOf('}'));
        json += ", \"extra\": 1}";
        const Error e = parseError(json);
        CHECK(e.message.contains(QStringLiteral("extra: unknown field")));
    }
}

TEST_CASE("the stream reader refuses what the old reader refused, and reads what it read",
          "[interchange][stream][validation]")
{
    SECTION("\"articles\" that is not a list")
    {
        for (const char *value : {"{}", "null", "\"x\"", "1"}) {
            const Error e
                = parseError(QByteArray("{\"format\": \"byline/1\", \"articles\": ") + value + "}");
            CHECK(e.message.contains(QStringLiteral("articles: expected a list in [ ]")));
        }
    }
    SECTION("a NUL byte after the document")
    {
        static const char withNul[] = "{\"format\": \"byline/1\"}\0garbage";
        const Error e = parseError(QByteArray(withNul, sizeof(withNul) - 1));
        CHECK(e.message.contains(QStringLiteral("U+0000")));
    }
    SECTION("a \\u escape of half a character")
    {
        const Error e = parseError("{\"format\": \"byline/1\", \"settings\": {\"a\": "
                                   "\"\\udc00\"}}");
        CHECK(e.message.contains(QStringLiteral("half of a character")));
    }
    SECTION("a byte order mark before the document is read past")
    {
        auto parsed = Importer::parse("\xEF\xBB\xBF{\"format\": \"byline/1\"}", {});
        REQUIRE(parsed.has_value());
    }
    SECTION("a genuine U+FFFD is text like any other")
    {
        auto value = JsonStream::parse("[\"\xEF\xBF\xBD\"]", JsonStream::Subject::File);
        REQUIRE(value.has_value());
        CHECK(value->toArray().at(0).toString() == QString(QChar::ReplacementCharacter));
    }
    SECTION("an object of many keys in reverse order is read in time that grows gently")
    {
        QByteArray many = "{";
        for (int i = 200000; i > 0; --i)
            many += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ',';
        many.back() = '}';
        QElapsedTimer timer;
        timer.start();
        auto value = JsonStream::parse(many, JsonStream::Subject::File);
        REQUIRE(value.has_value());
        CHECK(value->toObject().size() == 200000);
        CHECK(timer.elapsed() < 20000); // inserting in the file's order took minutes
    }
}

TEST_CASE("articles before the lists they refer to are held until those are read",
          "[interchange][stream]")
{
    TempDir dir;
    const QByteArray json = archive(8);
    // The same document with "articles" first: a reference to a quote or an expert listed
    // after it must still resolve.
    const qsizetype listAt = json.indexOf("\n  \"articles\": [");
    REQUIRE(listAt > 0);
    const QByteArray articles = json.mid(listAt + 1, json.lastIndexOf("\n}") - listAt - 1);
    const QByteArray rest = json.left(listAt - 1).mid(1); // the newsroom without its braces
    const QByteArray reordered = "{\n" + articles + "," + rest + "\n}\n";
    auto db = Test::openStore(dir.path(QStringLiteral("a.sqlite")));
    auto report = Importer(*db).importJson(reordered);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.has_value());
    CHECK(report->articles == 8);
    CHECK(*Exporter(*db).exportJson() == json);
}

TEST_CASE("nothing to read is named as such", "[interchange][stream][validation]")
{
    TempDir dir;
    auto db = Test::openStore(dir.path(QStringLiteral("a.sqlite")));
    for (const QByteArray &empty : {QByteArray(), QByteArray(" \n\t")}) {
        auto report = Importer(*db).importJson(empty);
        REQUIRE_FALSE(report.has_value());
        CHECK(report.error().message.contains(QStringLiteral("empty")));
    }
}

TEST_CASE("the time left is estimated from the pace so far", "[interchange][progress]")
{
    const ProgressEstimate estimate(1000);
    CHECK_FALSE(estimate.secondsLeft(10, 100, 2000).has_value()); // one second: too soon
    CHECK_FALSE(estimate.secondsLeft(0, 100, 10000).has_value()); // nothing done yet
    CHECK_FALSE(estimate.secondsLeft(10, 0, 10000).has_value()); // no total
    CHECK(estimate.secondsLeft(25, 100, 11000) == 30); // 10 s for a quarter
    CHECK(estimate.secondsLeft(100, 100, 11000) == 0);
    CHECK(ProgressEstimate::timeLeft(12) == QStringLiteral("about 15 s left"));
    CHECK(ProgressEstimate::timeLeft(150) == QStringLiteral("about 3 min left"));
    CHECK(ProgressEstimate::timeLeft(3900) == QStringLiteral("about 1 h 5 min left"));
    CHECK(estimate.describe(25, 100, 11000) == QStringLiteral("25%, about 30 s left"));
    CHECK(estimate.describe(25, 100, 1500) == QStringLiteral("25%"));
    CHECK(estimate.describe(5, 0, 11000).isEmpty());
}
