#include "ui/connect/PasswordStore.h"

#include "core/Log.h"
#include "core/storage/ServerAddress.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace Byline {
namespace {

const QString service = QStringLiteral("Byline newsroom server");
// A keyring that does not answer within this is taken as none.
constexpr int keyringWaitMs = 5000;

// Runs a keyring job to its end (they answer through the event loop). A job that has not
// answered in time is left to end (and delete itself) on its own, and counts as no keyring.
template<class Job>
std::unique_ptr<Job> finished(std::unique_ptr<Job> job)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&loop, &done] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(keyringWaitMs, &loop, &QEventLoop::quit);
    job->setAutoDelete(false);
    job->start();
    loop.exec();
    if (!done) {
        job->disconnect(&loop);
        job->setAutoDelete(true);
        (void)job.release();
        qCWarning(lcStorage) << "the keyring did not answer within" << keyringWaitMs << "ms";
    }
    return job;
}

bool noKeyring(QKeychain::Error error)
{
    // No service on the bus, or no bus at all (reported as "other" by the D-Bus backends).
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

} // namespace

PasswordStore::PasswordStore(Keyring keyring, PgPassFile file)
    : m_keyring(keyring)
    , m_file(std::move(file))
{
    if (m_keyring == Keyring::None)
        m_hasKeyring = false;
}

QString PasswordStore::key(const Storage::ServerAddress &address)
{
    Storage::ServerAddress shown = address;
    shown.password.clear();
    shown.sslMode.clear(); // the same login, whatever the encryption asked for
    return shown.url();
}

bool PasswordStore::hasKeyring()
{
    if (!m_hasKeyring) {
        // Reading a name nobody stored: "not found" means a keyring answered.
        auto job = std::make_unique<QKeychain::ReadPasswordJob>(service);
        job->setKey(QStringLiteral("byline-keyring-probe"));
        job = finished(std::move(job));
        m_hasKeyring = job
            && (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound);
        if (job && !*m_hasKeyring)
            qCInfo(lcStorage) << "no keyring:" << job->errorString();
    }
    return *m_hasKeyring;
}

QString PasswordStore::placeText()
{
    if (hasKeyring())
        return tr("The password is kept in this computer's keyring, never in Byline's settings.");
    QString file = m_file.path();
    if (file.startsWith(QDir::homePath() + QLatin1Char('/')))
        file.replace(0, QDir::homePath().size(), QStringLiteral("~"));
    return tr("This computer has no keyring service, so the password will be kept in %1, "
              "readable only by you (PostgreSQL's own password file).")
        .arg(file);
}

Result<PasswordStore::Place> PasswordStore::store(const Storage::ServerAddress &address,
                                                  const QString &password)
{
    if (hasKeyring()) {
        auto job = std::make_unique<QKeychain::WritePasswordJob>(service);
        job->setKey(key(address));
        job->setTextData(password);
        job = finished(std::move(job));
        if (job && job->error() == QKeychain::NoError)
            return Place::Keyring;
        if (job && !noKeyring(job->error())) { // refused, say by the person at the keyring
            return fail(ErrorCode::Io,
                        tr("The keyring did not keep the password (%1). You will "
                           "be asked for it again.")
                            .arg(job->errorString()));
        }
        m_hasKeyring = false; // gone meanwhile: the password file it is
    }
    if (auto written = m_file.store(address, password); !written)
        return std::unexpected(written.error());
    return Place::PasswordFile;
}

std::optional<QString> PasswordStore::read(const Storage::ServerAddress &address)
{
    if (!hasKeyring())
        return std::nullopt;
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(service);
    job->setKey(key(address));
    job = finished(std::move(job));
    if (!job || job->error() != QKeychain::NoError)
        return std::nullopt;
    return job->textData();
}

} // namespace Byline
