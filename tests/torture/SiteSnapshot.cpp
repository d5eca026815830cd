#include "tests/torture/SiteSnapshot.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Byline::Torture {

SiteSnapshot SiteSnapshot::of(const QString &folder)
{
    SiteSnapshot snapshot;
    snapshot.m_exists = QFileInfo(folder).isDir();
    if (!snapshot.m_exists)
        return snapshot;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QByteArray hash = "unreadable";
        if (file.open(QIODevice::ReadOnly))
            hash = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1);
        snapshot.m_files.insert(path.mid(folder.size()), hash);
    }
    return snapshot;
}

QStringList SiteSnapshot::differences(const SiteSnapshot &other) const
{
    QStringList found;
    if (m_exists != other.m_exists)
        found.append(m_exists ? QStringLiteral("(the folder is gone)")
                              : QStringLiteral("(the folder appeared)"));
    for (auto it = m_files.cbegin(); it != m_files.cend() && found.size() < 5; ++it) {
        if (!other.m_files.contains(it.key()))
            found.append(QStringLiteral("%1 is missing").arg(it.key()));
        else if (other.m_files.value(it.key()) != it.value())
            found.append(QStringLiteral("%1 differs").arg(it.key()));
    }
    for (auto it = other.m_files.cbegin(); it != other.m_files.cend() && found.size() < 5; ++it) {
        if (!m_files.contains(it.key()))
            found.append(QStringLiteral("%1 is extra").arg(it.key()));
    }
    return found;
}

} // namespace Byline::Torture
