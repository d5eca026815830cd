#include "core/storage/ScratchFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Byline::Storage {

ScratchFile ScratchFile::beside(const QString &destination, const QString &what)
{
    const QFileInfo info(destination);
    const QDir folder(info.absolutePath());
    const QString prefix = QStringLiteral(".%1.%2-").arg(info.fileName(), what);
    // Those left by a process that was killed (it is gone).
    for (const QString &name :
         folder.entryList({prefix + QStringLiteral("*")}, QDir::Files | QDir::Hidden)) {
        bool ok = false;
        const qint64 pid = name.section(QLatin1Char('-'), -1).toLongLong(&ok);
        if (ok && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(folder.filePath(name));
    }
    ScratchFile scratch;
    scratch.path = folder.filePath(prefix + QString::number(QCoreApplication::applicationPid()));
    QFile::remove(scratch.path);
    return scratch;
}

bool ScratchFile::syncToDisk(const QString &path, bool folder)
{
    const int fd
        = ::open(QFile::encodeName(path).constData(), folder ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

ScratchFile::~ScratchFile()
{
    if (keep || path.isEmpty())
        return;
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace Byline::Storage
