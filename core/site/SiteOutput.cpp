#include "core/site/SiteOutput.h"

#include "core/FileErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Byline {
namespace {

// The folder a person knows a path in the staging folder by: the site it will become.
QString siteOf(const QString &path)
{
    static const QRegularExpression staging(QStringLiteral("/\\.([^/]+)\\.staging-\\d+(/.*)?$"));
    QString site = path;
    return site.replace(staging, QStringLiteral("/\\1"));
}

} // namespace

SiteOutput::SiteOutput(const QString &site, std::function<bool(const QString &)> failWrite)
    : m_site(site)
    , m_replacing(!site.isEmpty())
    , m_failWrite(std::move(failWrite))
{
    if (m_replacing)
        QDir(m_site + temporaryFolder).removeRecursively();
}

Result<> SiteOutput::write(const QString &finalPath, const QByteArray &bytes)
{
    const QString path = m_replacing ? temporary(finalPath) : finalPath;

    // One mkdir for a page's own folder; the whole path only the first time in a language.
    const QString folder = QFileInfo(path).absolutePath();
    if (::mkdir(QFile::encodeName(folder).constData(), 0755) != 0 && errno != EEXIST
        && !QDir().mkpath(folder)) {
        return std::unexpected(
            FileErrors::describe(errno, siteOf(finalPath),
                                 QObject::tr("Cannot create the folder for %1.").arg(finalPath)));
    }
    // No fsync: a machine crash right after an export may need the export again.
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    int error = fd < 0 ? errno : 0;
    if (error == 0 && m_failWrite && m_failWrite(finalPath))
        error = ENOSPC;
    for (qsizetype done = 0; fd >= 0 && error == 0 && done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n >= 0)
            done += n;
        else if (errno != EINTR)
            error = errno;
    }
    if (fd >= 0 && ::close(fd) != 0 && error == 0)
        error = errno;
    if (error != 0) {
        return std::unexpected(FileErrors::describe(
            error, siteOf(finalPath),
            QObject::tr("Cannot write %1: %2. Check the free space and the "
                        "folder's permissions; the site was not changed.")
                .arg(finalPath, QString::fromLocal8Bit(std::strerror(error)))));
    }
    std::lock_guard lock(m_mutex);
    ++m_files;
    if (m_replacing)
        m_pending.append(finalPath);
    m_written.append(finalPath);
    return {};
}

Result<> SiteOutput::commit()
{
    std::lock_guard lock(m_mutex);
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const QString &path = m_pending.at(i);
        const QString folder = QFileInfo(path).absolutePath(); // a new page's folder is new
        if ((::mkdir(QFile::encodeName(folder).constData(), 0755) != 0 && errno != EEXIST)
            || ::rename(QFile::encodeName(temporary(path)).constData(),
                        QFile::encodeName(path).constData())
                != 0) {
            const int error = errno;
            m_pending.remove(0, i);
            return std::unexpected(FileErrors::describe(
                error, path,
                QObject::tr("Cannot put %1 in place: %2. Export again to finish the site.")
                    .arg(path, QString::fromLocal8Bit(std::strerror(error)))));
        }
    }
    m_pending.clear();
    QDir(m_site + temporaryFolder).removeRecursively(); // the folders the files were in
    return {};
}

void SiteOutput::abandon()
{
    std::lock_guard lock(m_mutex);
    if (m_replacing)
        QDir(m_site + temporaryFolder).removeRecursively();
    m_pending.clear();
}

} // namespace Byline
