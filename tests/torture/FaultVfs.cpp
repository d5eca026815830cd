#include "tests/torture/FaultVfs.h"

#include <sqlite3.h>

#include <cstring>

namespace Byline::Test {
namespace {

struct State
{
    bool armed = false;
    FaultVfs::Fault fault = FaultVfs::Fault::IoError;
    int nth = 0;
    int calls = 0;
    bool fired = false;
};
State state;
sqlite3_vfs *real = nullptr; // the VFS this one wraps
sqlite3_vfs shim;

// A file of the shim: the real VFS's file follows it in the same allocation.
struct File
{
    sqlite3_file base;
    sqlite3_file *inner;
};

// Counts a call `fault` concerns; true when this is the one to fail.
bool strikes(std::initializer_list<FaultVfs::Fault> concerned)
{
    if (!state.armed)
        return false;
    bool matches = false;
    for (FaultVfs::Fault f : concerned)
        matches = matches || f == state.fault;
    if (!matches)
        return false;
    ++state.calls;
    if (state.nth == 0 || state.calls != state.nth)
        return false;
    state.fired = true;
    return true;
}

sqlite3_file *inner(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->inner;
}

int fileClose(sqlite3_file *file)
{
    return inner(file)->pMethods->xClose(inner(file));
}

int fileRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return inner(file)->pMethods->xRead(inner(file), buffer, amount, offset);
}

int fileWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    using F = FaultVfs::Fault;
    if (strikes({F::IoError, F::DiskFull, F::ShortWrite})) {
        switch (state.fault) {
        case F::DiskFull:
            return SQLITE_FULL;
        case F::ShortWrite:
            (void)inner(file)->pMethods->xWrite(inner(file), buffer, amount / 2, offset);
            return SQLITE_IOERR_WRITE;
        default:
            return SQLITE_IOERR_WRITE;
        }
    }
    return inner(file)->pMethods->xWrite(inner(file), buffer, amount, offset);
}

int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (strikes({FaultVfs::Fault::TruncateFailure}))
        return SQLITE_IOERR_TRUNCATE;
    return inner(file)->pMethods->xTruncate(inner(file), size);
}

int fileSync(sqlite3_file *file, int flags)
{
    if (strikes({FaultVfs::Fault::SyncFailure}))
        return SQLITE_IOERR_FSYNC;
    return inner(file)->pMethods->xSync(inner(file), flags);
}

int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return inner(file)->pMethods->xFileSize(inner(file), size);
}

int fileLock(sqlite3_file *file, int lock)
{
    return inner(file)->pMethods->xLock(inner(file), lock);
}

int fileUnlock(sqlite3_file *file, int lock)
{
    return inner(file)->pMethods->xUnlock(inner(file), lock);
}

int fileCheckReservedLock(sqlite3_file *file, int *out)
{
    return inner(file)->pMethods->xCheckReservedLock(inner(file), out);
}

int fileControl(sqlite3_file *file, int op, void *arg)
{
    return inner(file)->pMethods->xFileControl(inner(file), op, arg);
}

int fileSectorSize(sqlite3_file *file)
{
    return inner(file)->pMethods->xSectorSize(inner(file));
}

int fileDeviceCharacteristics(sqlite3_file *file)
{
    return inner(file)->pMethods->xDeviceCharacteristics(inner(file));
}

int fileShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    return inner(file)->pMethods->xShmMap(inner(file), region, size, extend, out);
}

int fileShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return inner(file)->pMethods->xShmLock(inner(file), offset, n, flags);
}

void fileShmBarrier(sqlite3_file *file)
{
    inner(file)->pMethods->xShmBarrier(inner(file));
}

int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return inner(file)->pMethods->xShmUnmap(inner(file), deleteFlag);
}

int fileFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    return inner(file)->pMethods->xFetch(inner(file), offset, amount, out);
}

int fileUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    return inner(file)->pMethods->xUnfetch(inner(file), offset, page);
}

const sqlite3_io_methods methods = {
    3,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    fileFetch,
    fileUnfetch,
};

int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *shimFile = reinterpret_cast<File *>(file);
    shimFile->inner = reinterpret_cast<sqlite3_file *>(shimFile + 1);
    shimFile->base.pMethods = nullptr;
    const int rc = real->xOpen(real, name, shimFile->inner, flags, outFlags);
    if (shimFile->inner->pMethods != nullptr)
        shimFile->base.pMethods = &methods;
    return rc;
}

} // namespace

QString FaultVfs::name(Fault fault)
{
    switch (fault) {
    case Fault::IoError:
        return QStringLiteral("an I/O error on write");
    case Fault::DiskFull:
        return QStringLiteral("a full disk on write");
    case Fault::ShortWrite:
        return QStringLiteral("a short write");
    case Fault::SyncFailure:
        return QStringLiteral("a failed fsync");
    case Fault::TruncateFailure:
        return QStringLiteral("a failed truncate");
    }
    return {};
}

bool FaultVfs::install()
{
    if (real != nullptr)
        return true;
    if (sqlite3_initialize() != SQLITE_OK)
        return false;
    real = sqlite3_vfs_find(nullptr);
    if (real == nullptr)
        return false;
    shim = *real;
    shim.zName = "byline-fault";
    shim.szOsFile = int(sizeof(File)) + real->szOsFile;
    shim.xOpen = open;
    shim.pNext = nullptr;
    if (sqlite3_vfs_register(&shim, 1) != SQLITE_OK) {
        real = nullptr;
        return false;
    }
    return true;
}

void FaultVfs::arm(Fault fault, int nth)
{
    state = {true, fault, nth, 0, false};
}

void FaultVfs::disarm()
{
    state.armed = false;
}

int FaultVfs::calls()
{
    return state.calls;
}

bool FaultVfs::fired()
{
    return state.fired;
}

} // namespace Byline::Test
