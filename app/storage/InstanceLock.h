// The advisory lock that keeps two MoodBiome programs from writing to one database at the same time.
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace mb {

// An flock() on the database file itself, so every name of the file (a symbolic or a hard link) shares one
// lock, and no second file is ever created or written: a link planted where a lock file used to be cannot
// redirect a write. Connections of this process share one descriptor per file, which stays open until the
// last of them is closed: closing a descriptor of a file drops every POSIX lock the process holds on it,
// SQLite's included. The kernel releases the lock when the process ends, also when it is killed.
class InstanceLock {
public:
    // Why acquire() gave no lock.
    struct Refusal {
        qint64 pid = 0;  // the process holding it, or 0 when it cannot be found out
        QString problem; // set when the file cannot be opened at all
    };

    // Takes the write lock of the existing database file at path; connections of this process share it. While
    // another process has it, waits up to waitMs for it (many short commands at once queue rather than fail).
    // Returns nullptr and fills refusal when another process still has it or the file cannot be opened.
    static std::shared_ptr<InstanceLock> acquire(const QString& databasePath, Refusal& refusal, int waitMs = 0);
    // A reading connection's share of the file's descriptor, without the lock (nullptr when the file
    // cannot be opened): it keeps the descriptor open for as long as the connection may hold SQLite's locks.
    static std::shared_ptr<InstanceLock> attach(const QString& databasePath);

    // The first bytes of the file at path (fewer when it is shorter) and its size, for a look at its header. Read
    // through the descriptor this process's connections share when it has the file open, since closing a
    // descriptor of its own would drop their locks (any other program reading the file would then remove the
    // live log, and what was saved after that would be lost). Nothing, with problem set, when it cannot be read.
    struct Start {
        QByteArray bytes;
        qint64 size = 0;
    };
    static std::optional<Start> readStart(const QString& path, qsizetype count, QString* problem = nullptr);

    // Whether a connection of this process has the file at path (under any name) open.
    static bool isOpenHere(const QString& path);

    ~InstanceLock();
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;

    struct File;

private:
    InstanceLock(std::shared_ptr<File> file, bool writer);

    std::shared_ptr<File> m_file;
    bool m_writer;
};

} // namespace mb
