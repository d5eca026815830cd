#include "core/storage/ServerAddress.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

namespace Byline::Storage {

bool ServerAddress::isServerUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const auto invalid = [&text](const QString &why) {
        return fail(ErrorCode::InvalidInput,
                    QObject::tr("\"%1\" is not a server address Byline can use: %2. Write it as "
                                "postgresql://USER@HOST:PORT/DATABASE.")
                        .arg(text, why));
    };
    if (!isServerUrl(text))
        return invalid(QObject::tr("it does not start with postgresql://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(url.errorString());
    ServerAddress address;
    address.host = url.host(QUrl::FullyDecoded);
    address.port = url.port(0);
    if (url.port() != -1 && (url.port() < 1 || url.port() > 65535))
        return invalid(QObject::tr("the port must be a number from 1 to 65535"));
    address.user = url.userName(QUrl::FullyDecoded);
    address.password = url.password(QUrl::FullyDecoded);
    address.database = url.path(QUrl::FullyDecoded);
    if (address.database.startsWith(QLatin1Char('/')))
        address.database.remove(0, 1);
    if (address.database.contains(QLatin1Char('/')))
        return invalid(QObject::tr("the database name cannot hold \"/\""));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            address.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            address.port = value.toInt(&ok);
            if (!ok || address.port < 1 || address.port > 65535)
                return invalid(QObject::tr("the port must be a number from 1 to 65535"));
        } else if (key == QLatin1String("user")) {
            address.user = value;
        } else if (key == QLatin1String("dbname")) {
            address.database = value;
        } else if (key == QLatin1String("sslmode")) {
            if (!std::any_of(std::begin(sslModes), std::end(sslModes),
                             [&value](const char *mode) { return value == QLatin1String(mode); }))
                return invalid(QObject::tr("sslmode must be one of disable, allow, prefer, "
                                           "require, verify-ca, verify-full"));
            address.sslMode = value;
        } else if (key == QLatin1String("password")) {
            address.password = value;
        } else {
            return invalid(QObject::tr("the option \"%1\" is not one Byline knows (host, port, "
                                       "user, dbname, sslmode)")
                               .arg(key));
        }
    }
    return address;
}

QString ServerAddress::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    else if (!host.isEmpty())
        url.setHost(host);
    if (port > 0)
        url.setPort(port);
    if (!user.isEmpty())
        url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerAddress::connectOptions() const
{
    QStringList options;
    if (!sslMode.isEmpty())
        options.append(QStringLiteral("sslmode=") + sslMode);
    // A server that does not answer is reported after 10 s, not after libpq's minutes.
    options.append(QStringLiteral("connect_timeout=10"));
    options.append(QStringLiteral("application_name=byline"));
    return options.join(QLatin1Char(';'));
}

} // namespace Byline::Storage
