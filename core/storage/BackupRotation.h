#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Byline::Storage {

// The desk's daily backups in one folder: byline-YYYY-MM-DD-HHMMSS.sqlite, named after the
// local time each was taken, a new one when the newest is a day old, and the oldest beyond
// `keep` deleted. Only files named like that are ever looked at or deleted: whatever else the
// folder holds is left alone.
class BackupRotation
{
public:
    BackupRotation(QString folder, int keep);

    [[nodiscard]] static QString fileNameAt(const QDateTime &time);
    [[nodiscard]] static bool isOwnFileName(const QString &fileName);

    // Its own files, oldest first (full paths).
    [[nodiscard]] QStringList files() const;
    // When the newest was taken (from its name), if there is one.
    [[nodiscard]] std::optional<QDateTime> newest() const;
    // No backup yet, or the newest is a day old (give or take the minutes the last one took,
    // so that an hourly look does not push the time later every day), or dated in the future
    // (the clock was put back).
    [[nodiscard]] bool isDue(const QDateTime &now) const;
    [[nodiscard]] QString pathAt(const QDateTime &time) const;
    // Deletes the oldest of its own files beyond `keep`; returns those it deleted.
    [[nodiscard]] Result<QStringList> prune() const;

    static constexpr int defaultKeep = 7;

private:
    QString m_folder;
    int m_keep;
};

} // namespace Byline::Storage
