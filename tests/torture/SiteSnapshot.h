#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Byline::Torture {

// What a folder holds: every file (hidden ones too) by its path inside the folder, with a hash
// of its bytes. Two snapshots are equal when the folders hold the same files with the same
// bytes: an exported site is the previous one or the new one, never a mix.
class SiteSnapshot
{
public:
    SiteSnapshot() = default;
    [[nodiscard]] static SiteSnapshot of(const QString &folder);

    [[nodiscard]] bool exists() const { return m_exists; }
    [[nodiscard]] qsizetype size() const { return m_files.size(); }
    [[nodiscard]] bool operator==(const SiteSnapshot &other) const = default;
    // The first few paths where the two differ, for the report.
    [[nodiscard]] QStringList differences(const SiteSnapshot &other) const;

private:
    bool m_exists = false;
    QMap<QString, QByteArray> m_files;
};

} // namespace Byline::Torture
