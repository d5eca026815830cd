#pragma once

#include "core/Error.h"
#include "ui/connect/PgPassFile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Byline {
namespace Storage {
class ServerAddress;
}

// Where the desk keeps a newsroom server's password: the system keyring (QtKeychain: the
// Secret Service, KWallet), never a settings file. Where there is no keyring service (a
// computer without a desktop session, CI), the password goes into PostgreSQL's own password
// file instead (PgPassFile: ~/.pgpass, readable by its owner only), where libpq finds it
// without Byline's help.
class PasswordStore
{
    Q_DECLARE_TR_FUNCTIONS(Byline::PasswordStore)

public:
    enum class Place { Keyring, PasswordFile };
    enum class Keyring { System, None }; // None: as on a computer without one (tests)

    explicit PasswordStore(Keyring keyring = Keyring::System, PgPassFile file = PgPassFile());

    // The keyring's name for a server's login: its address without the password.
    [[nodiscard]] static QString key(const Storage::ServerAddress &address);

    // Whether a keyring service answers (asked once, then remembered).
    [[nodiscard]] bool hasKeyring();
    // Where store() will put a password, in words for the connect dialog.
    [[nodiscard]] QString placeText();

    // Keeps `password` for the address's login; says where it went.
    [[nodiscard]] Result<Place> store(const Storage::ServerAddress &address,
                                      const QString &password);
    // The password the keyring holds for the login, if any (the password file is libpq's to
    // read).
    [[nodiscard]] std::optional<QString> read(const Storage::ServerAddress &address);

    [[nodiscard]] const PgPassFile &passwordFile() const { return m_file; }

private:
    Keyring m_keyring;
    PgPassFile m_file;
    std::optional<bool> m_hasKeyring;
};

} // namespace Byline
