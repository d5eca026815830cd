#include "ui/connect/PgPassFile.h"

#include "core/storage/ServerAddress.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace Byline {
namespace {

constexpr int defaultPort = 5432;

QString escaped(QString field)
{
    field.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    field.replace(QLatin1Char(':'), QLatin1String("\\:"));
    return field;
}

// The first four fields of a line (host, port, database, user) as written, escapes kept: what
// makes two lines name the same login.
QString keyOf(const QString &line)
{
    int fields = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('\\')) {
            ++i;
        } else if (line.at(i) == QLatin1Char(':') && ++fields == 4) {
            return line.left(i);
        }
    }
    return {};
}

} // namespace

PgPassFile::PgPassFile(QString path)
    : m_path(std::move(path))
{
}

QString PgPassFile::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("PGPASSFILE");
    return fromEnv.isEmpty() ? QDir::homePath() + QStringLiteral("/.pgpass") : fromEnv;
}

QString PgPassFile::line(const Storage::ServerAddress &address, const QString &password)
{
    const QString host = address.host.isEmpty() ? QStringLiteral("localhost") : address.host;
    return QStringList {escaped(host),
                        QString::number(address.port > 0 ? address.port : defaultPort),
                        escaped(address.database.isEmpty() ? address.user : address.database),
                        escaped(address.user), escaped(password)}
        .join(QLatin1Char(':'));
}

Result<> PgPassFile::store(const Storage::ServerAddress &address, const QString &password)
{
    const QString entry = line(address, password);
    const QString key = keyOf(entry);
    QStringList lines;
    QFile existing(m_path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::Io,
                        tr("Cannot read %1 (%2), so the password was not "
                           "kept there. You will be asked for it again.")
                            .arg(m_path, existing.errorString()));
        }
        lines = QString::fromUtf8(existing.readAll()).split(QLatin1Char('\n'));
        existing.close();
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
    }
    bool replaced = false;
    for (QString &l : lines) {
        if (!l.startsWith(QLatin1Char('#')) && keyOf(l) == key) {
            l = replaced ? QString() : entry;
            replaced = true;
        }
    }
    lines.removeAll(QString());
    if (!replaced)
        lines.append(entry);
    QSaveFile file(m_path);
    // Readable by its owner only before a byte of a password is in it (libpq insists too).
    const bool written = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) >= 0
        && file.commit();
    if (!written) {
        return fail(ErrorCode::Io,
                    tr("Cannot write %1 (%2), so the password was not "
                       "kept there. You will be asked for it again.")
                        .arg(m_path, file.errorString()));
    }
    return {};
}

} // namespace Byline
