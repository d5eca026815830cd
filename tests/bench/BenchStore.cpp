#include "tests/bench/BenchStore.h"

#include <QFileInfo>
#include <QUrl>

namespace Byline::Bench {

BenchStore BenchStore::file(const QString &path)
{
    BenchStore store;
    store.m_path = path;
    return store;
}

Result<BenchStore> BenchStore::server(const QString &adminUrl)
{
    auto address = Storage::ServerAddress::parse(adminUrl);
    if (!address)
        return std::unexpected(address.error());
    BenchStore store;
    store.m_engine = Storage::Database::Engine::Postgres;
    store.m_admin = *address;
    return store;
}

QString BenchStore::location() const
{
    return isServer() ? m_admin.url() : m_path;
}

Storage::ServerAddress BenchStore::addressOf(const QString &person) const
{
    Storage::ServerAddress address = m_admin;
    if (!person.isEmpty() && m_passwords.contains(person)) {
        address.user = person;
        address.password = m_passwords.value(person);
    }
    return address;
}

Result<std::unique_ptr<Storage::Database>> BenchStore::open(const QString &person,
                                                            bool create) const
{
    Storage::Database::Options options;
    options.createIfMissing = create;
    if (isServer()) {
        const Storage::ServerAddress address = addressOf(person);
        QUrl url(address.url());
        url.setPassword(address.password);
        options.path = url.toString(QUrl::FullyEncoded);
    } else {
        options.path = m_path;
    }
    return Storage::Database::open(options);
}

QString BenchStore::childLocation(const QString &person) const
{
    return isServer() ? addressOf(person).url() : m_path;
}

QProcessEnvironment BenchStore::childEnvironment(const QString &person) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (isServer() && !addressOf(person).password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), addressOf(person).password);
    return environment;
}

void BenchStore::setLogin(const QString &person, const QString &password)
{
    m_passwords.insert(person, password);
}

qint64 BenchStore::bytes() const
{
    if (isServer()) {
        auto db = open();
        if (!db)
            return 0;
        auto size = (*db)->scalar(QStringLiteral("SELECT pg_database_size(current_database())"));
        return size ? size->toLongLong() : 0;
    }
    qint64 bytes = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        bytes += QFileInfo(m_path + suffix).size();
    return bytes;
}

} // namespace Byline::Bench
