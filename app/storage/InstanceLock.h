// The advisory lock that keeps two MoodBiome programs from writing to one database at the same time.
#pragma once

#include <QString>

#include <memory>

namespace mb {

// Held by every connection of this process that opened a database for writing. The kernel releases
// it when the process ends, also when it is killed, so a crash never leaves a stale lock behind.
class InstanceLock {
public:
    // Why acquire() gave no lock.
    struct Refusal {
        qint64 pid = 0;  // the process holding it, or 0 when it did not say
        QString problem; // set when the lock file cannot be made at all (a read-only folder)
    };

    // Takes the lock of the database at path; connections of this process share it. Returns nullptr
    // and fills refusal when another process has it or the lock file cannot be made.
    static std::shared_ptr<InstanceLock> acquire(const QString& databasePath, Refusal& refusal);

    // Where the lock of a database lives: "<database>.lock", removed again when the lock is released.
    static QString lockPath(const QString& databasePath);

    ~InstanceLock();
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;

private:
    InstanceLock(QString path, int fd);
    static std::shared_ptr<InstanceLock> tryLock(const QString& path, Refusal& refusal);

    QString m_path;
    int m_fd;
};

} // namespace mb
