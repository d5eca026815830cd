#pragma once

#include "core/storage/BackupRotation.h"

#include <QString>

namespace Byline {

// The daily backup as this computer's person set it (QSettings, like the interface language):
// on or off, the folder, how many to keep. Not the newsroom's settings: another desk on
// another computer keeps its own.
struct BackupPreferences
{
    bool daily = false;
    QString folder; // empty: defaultFolder()
    int keep = Storage::BackupRotation::defaultKeep;

    [[nodiscard]] static BackupPreferences load();
    void save() const;
    // <user data folder>/byline/backups
    [[nodiscard]] static QString defaultFolder();
    [[nodiscard]] QString folderOrDefault() const
    {
        return folder.isEmpty() ? defaultFolder() : folder;
    }

    static constexpr int mostKept = 365;
    friend bool operator==(const BackupPreferences &, const BackupPreferences &) = default;
};

} // namespace Byline
