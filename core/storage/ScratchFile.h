#pragma once

#include <QString>

#include <utility>

namespace Byline::Storage {

// A file made on the way to its destination (a copy not yet checked or complete), beside it
// and hidden: .<name>.<what>-<pid>. It is removed with SQLite's side files (-journal, -wal,
// -shm) unless kept, so that a failure leaves nothing behind; those that a killed process
// left are removed when the next one of their kind is made.
struct ScratchFile
{
    QString path;
    bool keep = false;

    // A new (not yet existing) scratch file beside `destination`.
    [[nodiscard]] static ScratchFile beside(const QString &destination, const QString &what);
    // fsync of a file, or of a folder (so that a rename in it survives a crash of the machine).
    static bool syncToDisk(const QString &path, bool folder = false);

    ScratchFile() = default;
    ScratchFile(ScratchFile &&other) noexcept
        : path(std::exchange(other.path, {}))
        , keep(other.keep)
    {
    }
    ScratchFile(const ScratchFile &) = delete;
    ScratchFile &operator=(const ScratchFile &) = delete;
    ~ScratchFile();
};

} // namespace Byline::Storage
