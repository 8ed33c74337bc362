// A SQLite VFS for tests that wraps the default one and fails writes or syncs on demand: a full disk or
// a failing device, without needing either.
#pragma once

#include <QByteArray>

namespace mb::test {

class FaultVfs {
public:
    enum class Fault { Write, Sync };

    // The name for Database::Options::vfs; registers the VFS (not as the default) on first use.
    static QByteArray name();

    // After budget more bytes were written (0: the very next write), every write fails with code
    // (SQLITE_FULL for a full disk); with Fault::Sync the next fsync fails instead.
    static void arm(Fault fault, qint64 budget, int code);
    static void disarm();
    static int failures();        // how many operations failed since arm()
    static qint64 bytesWritten(); // through this VFS since the process started
};

} // namespace mb::test
