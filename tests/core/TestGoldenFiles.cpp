// Golden files: one folder per case under tests/data/<kind>/<case>/ (see tests/data/README.md).
// The folders are listed at run time, so a new folder is a new case without touching this file.
// BYLINE_UPDATE_GOLDEN=1 writes the actual output over the expected file instead of comparing,
// and fails anyway, so that an update is always looked at before it is committed.
#include "core/Clock.h"
#include "core/interchange/Exporter.h"
#include "core/interchange/Importer.h"
#include "core/site/PageLoader.h"
#include "core/site/PageRenderer.h"
#include "core/storage/SettingsRepository.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sstream>

using namespace Byline;
using Byline::Test::TempDir;

namespace {

QString dataDir(const QString &kind)
{
    return QStringLiteral(BYLINE_TEST_DATA "/") + kind;
}

// The case folders of one kind, by name. A kind without cases is a broken checkout, not a pass.
QStringList caseNames(const QString &kind)
{
    const QStringList names
        = QDir(dataDir(kind)).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    INFO("no case folders in " << dataDir(kind).toStdString());
    REQUIRE_FALSE(names.isEmpty());
    return names;
}

bool updating()
{
    return qEnvironmentVariable("BYLINE_UPDATE_GOLDEN") == QLatin1String("1");
}

// Nothing a case does may depend on the day the test runs.
struct FixedClock
{
    FixedClock() { Clock::setFixed(QDateTime(QDate(2027, 1, 15), QTime(12, 0), Qt::UTC)); }
    ~FixedClock() { Clock::setFixed(std::nullopt); }
    FixedClock(const FixedClock &) = delete;
    FixedClock &operator=(const FixedClock &) = delete;
};

// A long line cut around the column where it differs, so the message stays readable.
std::string around(const QString &line, qsizetype column)
{
    constexpr qsizetype before = 60;
    constexpr qsizetype width = 160;
    const qsizetype from = qMax<qsizetype>(0, column - before);
    QString shown = line.mid(from, width);
    if (from > 0)
        shown.prepend(QStringLiteral("…"));
    if (from + width < line.size())
        shown.append(QStringLiteral("…"));
    return shown.toStdString();
}

// Where two texts first differ, as "line N, column C" with both lines; empty when equal.
std::string firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QStringList want = QString::fromUtf8(expected).split(QLatin1Char('\n'));
    const QStringList got = QString::fromUtf8(actual).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < qMax(want.size(), got.size()); ++i) {
        if (i >= want.size() || i >= got.size()) {
            std::ostringstream out;
            out << "line " << i + 1 << ": the "
                << (i >= want.size() ? "expected file ends, the output goes on: "
                                     : "output ends, the expected file goes on: ")
                << around(i >= want.size() ? got.at(i) : want.at(i), 0);
            return out.str();
        }
        const QString &w = want.at(i);
        const QString &g = got.at(i);
        if (w == g)
            continue;
        qsizetype column = 0;
        while (column < w.size() && column < g.size() && w.at(column) == g.at(column))
            ++column;
        std::ostringstream out;
        out << "line " << i + 1 << ", column " << column + 1
            << ":\n  expected: " << around(w, column) << "\n  actual:   " << around(g, column);
        return out.str();
    }
    return expected == actual ? std::string() : std::string("the bytes differ (not the lines)");
}

// Compares `actual` with the expected file of a case, or writes it there when updating.
void compareWithExpected(const QString &kind, const QString &name, const QString &file,
                         const QByteArray &actual)
{
    const QString path = QStringLiteral("%1/%2/%3").arg(dataDir(kind), name, file);
    const std::string where = QStringList {kind, name, file}.join(QLatin1Char('/')).toStdString();
    if (updating()) {
        const bool same = QFileInfo::exists(path) && Test::readFile(path) == actual;
        if (same) {
            FAIL("BYLINE_UPDATE_GOLDEN=1: " << where
                                            << " already matches the output (not "
                                               "written); run the test without "
                                               "BYLINE_UPDATE_GOLDEN");
        }
        Test::writeFile(path, actual);
        FAIL("BYLINE_UPDATE_GOLDEN=1: updated "
             << where
             << "; review the change with git diff, then run the test again without "
                "BYLINE_UPDATE_GOLDEN");
    }
    if (!QFileInfo::exists(path)) {
        FAIL("case " << where
                     << " is missing; run the test with BYLINE_UPDATE_GOLDEN=1 to "
                        "write it, then review it");
    }
    const QByteArray expected = Test::readFile(path);
    if (expected != actual) {
        FAIL("case " << kind.toStdString() << '/' << name.toStdString()
                     << ": the output differs from " << file.toStdString() << " at "
                     << firstDifference(expected, actual)
                     << "\n(if the change is intended: BYLINE_UPDATE_GOLDEN=1, then review the "
                        "diff; see tests/data/README.md)");
    }
}

QByteArray exportStore(Storage::Database &db)
{
    auto json = Interchange::Exporter(db).exportJson();
    REQUIRE_OK(json);
    return *json;
}

void interchangeCase(const QString &name)
{
    const FixedClock clock;
    TempDir dir;
    const QString input
        = QStringLiteral("%1/%2/input.json").arg(dataDir(QStringLiteral("interchange")), name);
    auto db = Test::openStore(dir.path(QStringLiteral("golden.sqlite")));
    auto imported = Interchange::Importer(*db).importFile(input);
    if (!imported)
        FAIL("case interchange/" << name.toStdString() << ": the import was refused: "
                                 << imported.error().message.toStdString());
    const QByteArray exported = exportStore(*db);
    compareWithExpected(QStringLiteral("interchange"), name, QStringLiteral("expected.json"),
                        exported);

    // The export is canonical: imported into an empty store and exported again, it is the same.
    auto again = Test::openStore(dir.path(QStringLiteral("again.sqlite")));
    auto reimported = Interchange::Importer(*again).importJson(exported);
    if (!reimported)
        FAIL("case interchange/" << name.toStdString() << ": expected.json does not import: "
                                 << reimported.error().message.toStdString());
    const QByteArray second = exportStore(*again);
    if (second != exported)
        FAIL("case interchange/" << name.toStdString()
                                 << ": the export is not canonical; exporting it again after an "
                                    "import differs at "
                                 << firstDifference(exported, second));
}

void invalidCase(const QString &name)
{
    const FixedClock clock;
    TempDir dir;
    const QString kind = QStringLiteral("interchange-invalid");
    auto db = Test::openStore(dir.path(QStringLiteral("golden.sqlite")));
    const QByteArray before = exportStore(*db);
    auto imported = Interchange::Importer(*db).importFile(
        QStringLiteral("%1/%2/input.json").arg(dataDir(kind), name));
    if (imported)
        FAIL("case " << kind.toStdString() << '/' << name.toStdString()
                     << ": the import was accepted; it must be refused");
    const QString message = imported.error().message;
    INFO("case " << kind.toStdString() << '/' << name.toStdString() << ": "
                 << message.toStdString());
    CHECK_FALSE(message.contains(QLatin1Char('\n'))); // one line, as byline-cli prints it
    compareWithExpected(kind, name, QStringLiteral("expected-error.txt"), message.toUtf8() + '\n');
    // All or nothing: the refused import left the store as it was.
    const QByteArray after = exportStore(*db);
    if (after != before)
        FAIL("case " << kind.toStdString() << '/' << name.toStdString()
                     << ": the refused import wrote to the store: "
                     << firstDifference(before, after));
}

void pageCase(const QString &name)
{
    const FixedClock clock;
    TempDir dir;
    const QString folder = QStringLiteral("%1/%2").arg(dataDir(QStringLiteral("page")), name);
    const std::string where = "case page/" + name.toStdString();

    QJsonParseError error;
    const QJsonDocument doc
        = QJsonDocument::fromJson(Test::readFile(folder + QStringLiteral("/page.json")), &error);
    if (!doc.isObject())
        FAIL(where << ": page.json is not a JSON object: " << error.errorString().toStdString());
    const QJsonObject page = doc.object();
    for (const QString &key : page.keys()) {
        if (key != QLatin1String("uid") && key != QLatin1String("locale")
            && key != QLatin1String("theme") && key != QLatin1String("stored_settings"))
            FAIL(where << ": page.json has an unknown field \"" << key.toStdString()
                       << "\" (expected uid, locale, theme, stored_settings)");
    }
    const QString uid = page.value(QStringLiteral("uid")).toString();
    const QString locale = page.value(QStringLiteral("locale")).toString();
    const QString theme = page.value(QStringLiteral("theme")).toString(QStringLiteral("light"));
    if (uid.isEmpty() || locale.isEmpty())
        FAIL(where << ": page.json needs \"uid\" and \"locale\"");
    if (theme != QLatin1String("light") && theme != QLatin1String("dark"))
        FAIL(where << ": page.json's theme is light or dark, not \"" << theme.toStdString() << '"');

    auto db = Test::openStore(dir.path(QStringLiteral("golden.sqlite")));
    auto imported = Interchange::Importer(*db).importFile(folder + QStringLiteral("/store.json"));
    if (!imported)
        FAIL(where << ": store.json was refused: " << imported.error().message.toStdString());
    // Settings no import or dialog accepts, as a damaged store or another tool could hold them:
    // the page must stay safe whatever the store says.
    const QJsonObject stored = page.value(QStringLiteral("stored_settings")).toObject();
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        if (auto set = Storage::SettingsRepository(*db).setSetting(it.key(), it.value().toString());
            !set)
            FAIL(where << ": " << set.error().message.toStdString());
    }
    // What `byline-cli render UID --locale L --theme T` does (app/cli/CliSite.cpp).
    auto data = PageLoader::load(*db, uid, locale, PageLoader::Mode::Published);
    if (!data)
        FAIL(where << ": no page: " << data.error().message.toStdString());
    PageRenderer::Options options;
    options.dark = theme == QLatin1String("dark");
    compareWithExpected(QStringLiteral("page"), name, QStringLiteral("expected.html"),
                        PageRenderer::render(*data, options).toUtf8());
}

} // namespace

TEST_CASE("golden interchange: importing input.json and exporting gives expected.json",
          "[golden][interchange]")
{
    for (const QString &name : caseNames(QStringLiteral("interchange"))) {
        DYNAMIC_SECTION(name.toStdString())
        {
            interchangeCase(name);
        }
    }
}

TEST_CASE("golden interchange-invalid: input.json is refused with expected-error.txt, nothing "
          "written",
          "[golden][interchange]")
{
    for (const QString &name : caseNames(QStringLiteral("interchange-invalid"))) {
        DYNAMIC_SECTION(name.toStdString())
        {
            invalidCase(name);
        }
    }
}

TEST_CASE("golden page: the page rendered from store.json and page.json is expected.html",
          "[golden][site]")
{
    for (const QString &name : caseNames(QStringLiteral("page"))) {
        DYNAMIC_SECTION(name.toStdString())
        {
            pageCase(name);
        }
    }
}
