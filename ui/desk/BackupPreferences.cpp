#include "ui/desk/BackupPreferences.h"

#include "core/storage/BackupRotation.h"

#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace Byline {

BackupPreferences BackupPreferences::load()
{
    const QSettings settings;
    BackupPreferences preferences;
    preferences.daily = settings.value(QStringLiteral("backup/daily"), false).toBool();
    preferences.folder = settings.value(QStringLiteral("backup/folder")).toString();
    preferences.keep = std::clamp(
        settings.value(QStringLiteral("backup/keep"), Storage::BackupRotation::defaultKeep).toInt(),
        1, mostKept);
    return preferences;
}

void BackupPreferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("backup/daily"), daily);
    settings.setValue(QStringLiteral("backup/folder"), folder);
    settings.setValue(QStringLiteral("backup/keep"), keep);
}

QString BackupPreferences::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/byline/backups");
}

} // namespace Byline
