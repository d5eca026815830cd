#pragma once

#include <QString>

namespace Byline::Test {

// A SQLite VFS that wraps the system's default one (unix) and makes one chosen call fail, for
// the fault-injection tests: registered as the default VFS of the test process, so that every
// store the core opens through Qt's SQLite driver (which uses the system libsqlite3 on
// Debian, as the tests do) goes through it. Not thread-safe: one store at a time.
class FaultVfs
{
public:
    enum class Fault {
        IoError, // the Nth xWrite fails with SQLITE_IOERR_WRITE
        DiskFull, // the Nth xWrite fails with SQLITE_FULL
        ShortWrite, // the Nth xWrite writes half of its bytes, then fails (SQLITE_IOERR_WRITE)
        SyncFailure, // the Nth xSync (fsync) fails with SQLITE_IOERR_FSYNC
        TruncateFailure, // the Nth xTruncate fails with SQLITE_IOERR_TRUNCATE
    };
    static constexpr int faultCount = 5;
    [[nodiscard]] static QString name(Fault fault);

    // Registers the VFS as the default (once); false if SQLite refused it.
    [[nodiscard]] static bool install();
    // From now on, counts the calls `fault` concerns and fails the `nth` of them (1-based);
    // nth = 0 only counts.
    static void arm(Fault fault, int nth);
    // Stops failing and counting; calls() keeps the count.
    static void disarm();
    // The calls `fault` concerns since arm().
    [[nodiscard]] static int calls();
    // Whether the armed call was reached (and failed).
    [[nodiscard]] static bool fired();
};

} // namespace Byline::Test
