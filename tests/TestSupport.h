#pragma once

#include "core/interchange/Importer.h"
#include "core/storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Byline::Test {

// Fails the test with the error's own words when a Result holds an error.
#define REQUIRE_OK(expr)                                                                           \
    do {                                                                                           \
        const auto &bylineResult_ = (expr);                                                        \
        if (!bylineResult_.has_value())                                                            \
            FAIL(#expr << " failed: " << bylineResult_.error().message.toStdString() << " ["       \
                       << bylineResult_.error().detail.toStdString() << "]");                      \
    } while (false)

// A fresh folder per test, removed afterwards.
class TempDir
{
public:
    TempDir();
    [[nodiscard]] QString path(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

// Opens (creating) a store and fails the test on error.
[[nodiscard]] std::unique_ptr<Storage::Database> openStore(const QString &path);
// The same, filled with the shipped defaults and the demo newsroom.
[[nodiscard]] std::unique_ptr<Storage::Database> openDemoStore(const QString &path);

// Imports `json` as `user` (the demo newsroom's editor unless said), as byline-cli import --as.
[[nodiscard]] Result<Interchange::Importer::Report>
importAs(Storage::Database &db, const QByteArray &json,
         const QString &user = QStringLiteral("samvel.harutyunyan"));

[[nodiscard]] QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
[[nodiscard]] QByteArray sha256(const QString &path);

// Runs byline-cli and collects what it said.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
[[nodiscard]] CliRun runCli(const QStringList &args, const QByteArray &stdinData = {},
                            const QStringList &extraEnv = {});

} // namespace Byline::Test
