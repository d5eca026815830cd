#include "core/interchange/Seed.h"

#include "core/interchange/Importer.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"

#include <QFile>

namespace Byline::Interchange::Seed {
namespace {

Result<QByteArray> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    QObject::tr("%1 is missing from this build of Byline.").arg(path));
    }
    return file.readAll();
}

} // namespace

Result<> defaults(Storage::Database &db)
{
    auto json = readResource(QStringLiteral(":/byline/defaults.json"));
    if (!json)
        return std::unexpected(json.error());
    Importer importer(db);
    auto known = importer.known();
    if (!known)
        return std::unexpected(known.error());
    auto doc = Importer::parse(*json, *known);
    if (!doc)
        return std::unexpected(doc.error());
    // Keep what the newsroom has already set.
    if (!known->locales.isEmpty())
        doc->locales.clear();
    const Storage::SettingsRepository settings(db);
    auto existing = settings.settings();
    if (!existing)
        return std::unexpected(existing.error());
    for (auto it = existing->keyBegin(); it != existing->keyEnd(); ++it)
        doc->settings.remove(*it);
    auto strings = settings.siteStrings();
    if (!strings)
        return std::unexpected(strings.error());
    for (auto it = strings->cbegin(); it != strings->cend(); ++it) {
        for (auto key = it->keyBegin(); key != it->keyEnd(); ++key)
            doc->siteStrings[it.key()].remove(*key);
    }
    auto written = importer.write(*doc);
    if (!written)
        return std::unexpected(written.error());
    return {};
}

Result<> demo(Storage::Database &db)
{
    auto json = readResource(QStringLiteral(":/byline/demo/newsroom.json"));
    if (!json)
        return std::unexpected(json.error());
    auto imported = Importer(db).importJson(*json);
    if (!imported)
        return std::unexpected(imported.error());
    return {};
}

} // namespace Byline::Interchange::Seed
