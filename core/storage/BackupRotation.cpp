#include "core/storage/BackupRotation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Byline::Storage {
namespace {

const QString stampFormat = QStringLiteral("yyyy-MM-dd-HHmmss");

const QRegularExpression &ownName()
{
    static const QRegularExpression pattern(
        QStringLiteral("^byline-(\\d{4}-\\d{2}-\\d{2}-\\d{6})\\.sqlite$"));
    return pattern;
}

} // namespace

BackupRotation::BackupRotation(QString folder, int keep)
    : m_folder(std::move(folder))
    , m_keep(std::max(1, keep))
{
}

QString BackupRotation::fileNameAt(const QDateTime &time)
{
    return QStringLiteral("byline-%1.sqlite").arg(time.toLocalTime().toString(stampFormat));
}

bool BackupRotation::isOwnFileName(const QString &fileName)
{
    return ownName().match(fileName).hasMatch();
}

QStringList BackupRotation::files() const
{
    const QDir dir(m_folder);
    QStringList names = dir.entryList({QStringLiteral("byline-*.sqlite")}, QDir::Files);
    names.removeIf([](const QString &name) { return !isOwnFileName(name); });
    names.sort(); // the names sort by the time they carry
    QStringList paths;
    for (const QString &name : std::as_const(names))
        paths.append(dir.filePath(name));
    return paths;
}

std::optional<QDateTime> BackupRotation::newest() const
{
    const QStringList all = files();
    if (all.isEmpty())
        return std::nullopt;
    const QString stamp = ownName().match(QFileInfo(all.last()).fileName()).captured(1);
    QDateTime time = QDateTime::fromString(stamp, stampFormat);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

bool BackupRotation::isDue(const QDateTime &now) const
{
    const auto last = newest();
    if (!last)
        return true;
    constexpr qint64 day = 24 * 60 * 60;
    constexpr qint64 slack = 10 * 60;
    const qint64 age = last->secsTo(now);
    return age >= day - slack || age < -slack;
}

QString BackupRotation::pathAt(const QDateTime &time) const
{
    return QDir(m_folder).filePath(fileNameAt(time));
}

Result<QStringList> BackupRotation::prune() const
{
    const QStringList all = files();
    QStringList removed;
    for (qsizetype i = 0; i + m_keep < all.size(); ++i) {
        QFile file(all.at(i));
        if (!file.remove()) {
            return fail(ErrorCode::Io,
                        QObject::tr("Cannot delete the old backup %1 (%2); delete it by hand or "
                                    "keep more backups.")
                            .arg(all.at(i), file.errorString()));
        }
        removed.append(all.at(i));
    }
    return removed;
}

} // namespace Byline::Storage
