#include "core/storage/SqliteHeader.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

namespace Byline::Storage {

Result<SqliteHeader> SqliteHeader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    QObject::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    }
    SqliteHeader header;
    header.m_fileSize = file.size();
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic))
        return header;
    header.m_sqlite = true;
    const auto *raw = reinterpret_cast<const uchar *>(bytes.constData());
    header.m_pageSize = qFromBigEndian<quint16>(raw + 16);
    if (header.m_pageSize == 1)
        header.m_pageSize = 65536;
    header.m_pages = qFromBigEndian<quint32>(raw + 28);
    // SQLite trusts the recorded page count only while these two agree (older writers did
    // not keep it up to date).
    header.m_pageCountValid
        = qFromBigEndian<quint32>(raw + 24) == qFromBigEndian<quint32>(raw + 92);
    return header;
}

bool SqliteHeader::isWellFormed() const
{
    const bool pageSizeValid
        = m_pageSize >= 512 && m_pageSize <= 65536 && (m_pageSize & (m_pageSize - 1)) == 0;
    return m_sqlite && pageSizeValid && m_fileSize % m_pageSize == 0;
}

bool SqliteHeader::isCutShort() const
{
    return m_pageCountValid && m_pages != 0 && m_fileSize < qint64(m_pages) * m_pageSize;
}

} // namespace Byline::Storage
