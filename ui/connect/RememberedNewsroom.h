#pragma once

#include "core/storage/ServerAddress.h"

#include <QString>

#include <optional>

class QSettings;

namespace Byline {

// Which newsroom the desk opens when the command line and BYLINE_DB name none: the server it
// last connected to, or the newsroom file last opened (File > Open a newsroom file…). A server
// is remembered by its host, port, database, user and TLS mode, never its password (that is in
// the keyring or ~/.pgpass: PasswordStore).
namespace RememberedNewsroom {

// A server's URL (without a password), a file's path, or empty: the default store.
[[nodiscard]] QString location(QSettings &settings);
// The server remembered, for the connect dialog (also when a file is open now).
[[nodiscard]] std::optional<Storage::ServerAddress> server(QSettings &settings);
void rememberServer(QSettings &settings, const Storage::ServerAddress &address);
void rememberFile(QSettings &settings, const QString &path);

} // namespace RememberedNewsroom
} // namespace Byline
