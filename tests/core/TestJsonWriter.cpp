#include "core/interchange/JsonWriter.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

using Byline::Interchange::JsonWriter;

TEST_CASE("the JSON writer keeps keys in the order given", "[json]")
{
    JsonWriter out;
    out.beginObject();
    out.field(u"zeta", 1);
    out.field(u"alpha", QStringLiteral("a"));
    out.key(u"list");
    out.beginArray();
    out.value(true);
    out.null();
    out.endArray();
    out.key(u"empty");
    out.beginArray();
    out.endArray();
    out.key(u"nothing");
    out.beginObject();
    out.endObject();
    out.endObject();
    const QByteArray json = out.finish();
    CHECK(json
          == QByteArray("{\n  \"zeta\": 1,\n  \"alpha\": \"a\",\n  \"list\": [\n    true,\n"
                        "    null\n  ],\n  \"empty\": [],\n  \"nothing\": {}\n}\n"));
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    CHECK(error.error == QJsonParseError::NoError);
}

TEST_CASE("the JSON writer escapes what JSON requires and keeps every script", "[json]")
{
    JsonWriter out(JsonWriter::Style::Compact);
    out.beginObject();
    const QString hostile = QStringLiteral("\"quoted\" back\\slash\nnew\tline \x01 "
                                           "«Ёлка» Հայերեն </script>");
    out.field(u"text", hostile);
    out.endObject();
    const QByteArray json = out.finish();
    CHECK(json.contains("\\\"quoted\\\""));
    CHECK(json.contains("\\u0001"));
    CHECK(json.contains("«Ёлка» Հայերեն"));
    CHECK_FALSE(json.endsWith('\n'));
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    REQUIRE(doc.isObject());
    CHECK(doc.object().value(QStringLiteral("text")).toString() == hostile);
}

TEST_CASE("the JSON writer writes optional values as null", "[json]")
{
    JsonWriter out(JsonWriter::Style::Compact);
    out.beginArray();
    out.value(std::optional<QString>());
    out.value(std::optional<QString>(QStringLiteral("x")));
    out.value(std::optional<qint64>());
    out.value(std::optional<qint64>(9007199254740993LL));
    out.endArray();
    CHECK(out.finish() == QByteArray("[null,\"x\",null,9007199254740993]"));
}
