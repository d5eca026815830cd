#include "ui/connect/RememberedNewsroom.h"

#include <QSettings>

namespace Byline::RememberedNewsroom {
namespace {

const QString kindKey = QStringLiteral("newsroom/opens");
const QString fileKey = QStringLiteral("newsroom/file");
const QString hostKey = QStringLiteral("server/host");
const QString portKey = QStringLiteral("server/port");
const QString databaseKey = QStringLiteral("server/database");
const QString userKey = QStringLiteral("server/user");
const QString tlsKey = QStringLiteral("server/tls");

} // namespace

QString location(QSettings &settings)
{
    const QString kind = settings.value(kindKey).toString();
    if (kind == QLatin1String("server")) {
        if (auto address = server(settings))
            return address->url();
    }
    if (kind == QLatin1String("file"))
        return settings.value(fileKey).toString();
    return {};
}

std::optional<Storage::ServerAddress> server(QSettings &settings)
{
    if (!settings.contains(databaseKey))
        return std::nullopt;
    Storage::ServerAddress address;
    address.host = settings.value(hostKey).toString();
    address.port = settings.value(portKey).toInt();
    address.database = settings.value(databaseKey).toString();
    address.user = settings.value(userKey).toString();
    address.sslMode = settings.value(tlsKey).toString();
    return address;
}

void rememberServer(QSettings &settings, const Storage::ServerAddress &address)
{
    settings.setValue(kindKey, QStringLiteral("server"));
    settings.setValue(hostKey, address.host);
    settings.setValue(portKey, address.port);
    settings.setValue(databaseKey, address.database);
    settings.setValue(userKey, address.user);
    settings.setValue(tlsKey, address.sslMode);
}

void rememberFile(QSettings &settings, const QString &path)
{
    settings.setValue(kindKey, QStringLiteral("file"));
    settings.setValue(fileKey, path);
}

} // namespace Byline::RememberedNewsroom
