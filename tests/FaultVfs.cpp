// Every file method forwards to the default VFS's file, which lives right behind our header in memory.
#include "FaultVfs.h"

#include <cstring>
#include <sqlite3.h>

namespace mb::test {

namespace {

struct State {
    bool armed = false;
    FaultVfs::Fault fault = FaultVfs::Fault::Write;
    qint64 budget = 0;
    int code = SQLITE_FULL;
    int failures = 0;
    qint64 written = 0;
};

State& state()
{
    static State s;
    return s;
}

struct FaultFile {
    sqlite3_file base;
    sqlite3_file* real; // points just past this struct
};

sqlite3_vfs* realVfs = nullptr;

sqlite3_file* real(sqlite3_file* file)
{
    return reinterpret_cast<FaultFile*>(file)->real;
}

int xClose(sqlite3_file* f)
{
    return real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
}

int xRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}

int xWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    State& s = state();
    if (s.armed && s.fault == FaultVfs::Fault::Write && s.written + amount > s.budget) {
        ++s.failures;
        return s.code;
    }
    s.written += amount;
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}

int xSync(sqlite3_file* f, int flags)
{
    State& s = state();
    if (s.armed && s.fault == FaultVfs::Fault::Sync) {
        ++s.failures;
        return s.code;
    }
    return real(f)->pMethods->xSync(real(f), flags);
}

int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}

int xLock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}

int xUnlock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}

int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}

int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}

int xSectorSize(sqlite3_file* f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}

int xDeviceCharacteristics(sqlite3_file* f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}

int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}

int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}

void xShmBarrier(sqlite3_file* f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}

int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}

int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}

int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* pointer)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, pointer);
}

const sqlite3_io_methods methods = {3,
                                    xClose,
                                    xRead,
                                    xWrite,
                                    xTruncate,
                                    xSync,
                                    xFileSize,
                                    xLock,
                                    xUnlock,
                                    xCheckReservedLock,
                                    xFileControl,
                                    xSectorSize,
                                    xDeviceCharacteristics,
                                    xShmMap,
                                    xShmLock,
                                    xShmBarrier,
                                    xShmUnmap,
                                    xFetch,
                                    xUnfetch};

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* wrapper = reinterpret_cast<FaultFile*>(file);
    wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
    wrapper->real->pMethods = nullptr;
    const int rc = realVfs->xOpen(realVfs, name, wrapper->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set; after a failed open there is nothing to close.
    wrapper->base.pMethods = wrapper->real->pMethods ? &methods : nullptr;
    return rc;
}

int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return realVfs->xDelete(realVfs, name, syncDir);
}

int xAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return realVfs->xAccess(realVfs, name, flags, out);
}

int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return realVfs->xFullPathname(realVfs, name, size, out);
}

void* xDlOpen(sqlite3_vfs*, const char* name)
{
    return realVfs->xDlOpen(realVfs, name);
}

void xDlError(sqlite3_vfs*, int size, char* out)
{
    realVfs->xDlError(realVfs, size, out);
}

void (*xDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return realVfs->xDlSym(realVfs, handle, symbol);
}

void xDlClose(sqlite3_vfs*, void* handle)
{
    realVfs->xDlClose(realVfs, handle);
}

int xRandomness(sqlite3_vfs*, int size, char* out)
{
    return realVfs->xRandomness(realVfs, size, out);
}

int xSleep(sqlite3_vfs*, int microseconds)
{
    return realVfs->xSleep(realVfs, microseconds);
}

int xCurrentTime(sqlite3_vfs*, double* out)
{
    return realVfs->xCurrentTime(realVfs, out);
}

int xGetLastError(sqlite3_vfs*, int size, char* out)
{
    return realVfs->xGetLastError(realVfs, size, out);
}

int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return realVfs->xCurrentTimeInt64(realVfs, out);
}

sqlite3_vfs* faultVfs()
{
    static sqlite3_vfs vfs = [] {
        sqlite3_initialize();
        realVfs = sqlite3_vfs_find(nullptr);
        sqlite3_vfs v;
        std::memset(&v, 0, sizeof v);
        v.iVersion = 2;
        v.szOsFile = int(sizeof(FaultFile)) + realVfs->szOsFile;
        v.mxPathname = realVfs->mxPathname;
        v.zName = "faultvfs";
        v.xOpen = xOpen;
        v.xDelete = xDelete;
        v.xAccess = xAccess;
        v.xFullPathname = xFullPathname;
        v.xDlOpen = xDlOpen;
        v.xDlError = xDlError;
        v.xDlSym = xDlSym;
        v.xDlClose = xDlClose;
        v.xRandomness = xRandomness;
        v.xSleep = xSleep;
        v.xCurrentTime = xCurrentTime;
        v.xGetLastError = xGetLastError;
        v.xCurrentTimeInt64 = xCurrentTimeInt64;
        return v;
    }();
    static const int registered = sqlite3_vfs_register(&vfs, 0);
    if (registered != SQLITE_OK)
        qFatal("cannot register the fault-injecting VFS: %d", registered);
    return &vfs;
}

} // namespace

QByteArray FaultVfs::name()
{
    return QByteArray(faultVfs()->zName);
}

void FaultVfs::arm(Fault fault, qint64 budget, int code)
{
    State& s = state();
    s.armed = true;
    s.fault = fault;
    s.budget = s.written + budget;
    s.code = code;
    s.failures = 0;
}

void FaultVfs::disarm()
{
    state().armed = false;
}

int FaultVfs::failures()
{
    return state().failures;
}

qint64 FaultVfs::bytesWritten()
{
    return state().written;
}

} // namespace mb::test
