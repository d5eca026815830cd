#include "core/interchange/Seed.h"

#include "core/interchange/Importer.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

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
    importer.setShippedBy(QObject::tr("Byline's defaults"));
    auto known = importer.known(false); // the defaults have no experts or quotes
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
    doc->siteStrings.removeIf([](const auto &locale) { return locale.value().isEmpty(); });
    // Every start of the desk comes here: with nothing missing it writes nothing, and so never
    // waits for the write lock (another desk's or the CLI's import may hold it for minutes).
    if (doc->locales.isEmpty() && doc->settings.isEmpty() && doc->siteStrings.isEmpty()
        && doc->sections.isEmpty() && doc->users.isEmpty() && doc->experts.isEmpty()
        && doc->quotes.isEmpty() && doc->articles.isEmpty()) {
        return {};
    }
    auto written = importer.write(*doc);
    if (!written)
        return std::unexpected(written.error());
    return {};
}

Result<QMap<QString, QMap<QString, QString>>> shippedSiteStrings()
{
    auto json = readResource(QStringLiteral(":/byline/defaults.json"));
    if (!json)
        return std::unexpected(json.error());
    const QJsonObject strings
        = QJsonDocument::fromJson(*json).object().value(QLatin1String("site_strings")).toObject();
    QMap<QString, QMap<QString, QString>> result;
    for (auto locale = strings.constBegin(); locale != strings.constEnd(); ++locale) {
        const QJsonObject table = locale.value().toObject();
        for (auto it = table.constBegin(); it != table.constEnd(); ++it)
            result[locale.key()].insert(it.key(), it.value().toString());
    }
    return result;
}

Result<> demo(Storage::Database &db)
{
    auto json = readResource(QStringLiteral(":/byline/demo/newsroom.json"));
    if (!json)
        return std::unexpected(json.error());
    Importer importer(db);
    importer.setShippedBy(QObject::tr("the sample newsroom"));
    auto imported = importer.importJson(*json);
    if (!imported)
        return std::unexpected(imported.error());
    return {};
}

} // namespace Byline::Interchange::Seed
