#pragma once

#include "core/Error.h"

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <functional>
#include <mutex>

namespace Byline {

// Where an export writes its files. Into a staging folder: plain writes (the folder is nobody's
// until it is swapped in). In place (`site` given): each file goes first to the same path under
// SITE/.byline-new/, and only once every file is written are they renamed over the old ones
// (`commit`), so a full disk leaves the site as it was (`abandon` removes what was written)
// and every file a reader fetches is whole. What a killed run left in .byline-new is removed
// when the next one starts. Safe to use from two threads.
class SiteOutput
{
public:
    explicit SiteOutput(const QString &site, std::function<bool(const QString &)> failWrite);

    // Writes one file of the site (plain POSIX calls: what the system said decides the error).
    Result<> write(const QString &path, const QByteArray &bytes);
    // In place: renames every file written over the old one, then forgets them.
    Result<> commit();
    // In place: removes every file written and not yet renamed.
    void abandon();
    [[nodiscard]] QStringList written() const
    {
        std::lock_guard lock(m_mutex);
        return m_written;
    }
    [[nodiscard]] int files() const
    {
        std::lock_guard lock(m_mutex);
        return m_files;
    }

    static constexpr QLatin1StringView temporaryFolder {"/.byline-new"};

private:
    [[nodiscard]] QString temporary(const QString &path) const
    {
        return m_site + temporaryFolder + path.mid(m_site.size());
    }

    const QString m_site;
    const bool m_replacing;
    const std::function<bool(const QString &)> m_failWrite;
    mutable std::mutex m_mutex;
    QStringList m_pending; // written, not yet renamed
    QStringList m_written; // every file written, by the name it has on the site
    int m_files = 0;
};

} // namespace Byline
