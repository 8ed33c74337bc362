// flock() on a file next to the database: per open file, released by the kernel when the process dies.
#include "storage/InstanceLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mb {

namespace {

// One lock per database and process: a second flock() on a new descriptor would block ourselves.
QMutex registryMutex;
QHash<QString, std::weak_ptr<InstanceLock>>& registry()
{
    static QHash<QString, std::weak_ptr<InstanceLock>> locks;
    return locks;
}

qint64 readPid(int fd)
{
    char buffer[32] = {};
    const ssize_t n = pread(fd, buffer, sizeof buffer - 1, 0);
    return n > 0 ? QByteArray(buffer, int(n)).trimmed().toLongLong() : 0;
}

void writePid(int fd)
{
    const QByteArray pid = QByteArray::number(qint64(getpid())) + '\n';
    if (ftruncate(fd, 0) == 0 && pwrite(fd, pid.constData(), size_t(pid.size()), 0) < 0)
        return; // the number only improves the message of whoever is refused; the lock itself holds
}

// True when path still names the file fd has open: a releasing holder may have removed it meanwhile.
bool stillLinked(const QString& path, int fd)
{
    struct stat opened = {};
    struct stat named = {};
    return fstat(fd, &opened) == 0 && stat(QFile::encodeName(path).constData(), &named) == 0 &&
           opened.st_ino == named.st_ino && opened.st_dev == named.st_dev;
}

} // namespace

QString InstanceLock::lockPath(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName() + u".lock");
}

std::shared_ptr<InstanceLock> InstanceLock::acquire(const QString& databasePath, Refusal& refusal)
{
    const QString path = lockPath(databasePath);
    for (int attempt = 0; attempt < 50; ++attempt) {
        {
            const QMutexLocker locker(&registryMutex);
            if (auto shared = registry().value(path).lock())
                return shared;
            if (auto lock = tryLock(path, refusal)) {
                registry().insert(path, lock);
                return lock;
            }
        }
        if (!refusal.problem.isEmpty() || refusal.pid != getpid())
            return nullptr;
        // Our own lock, released by another thread right now: its destructor needs the mutex to finish.
        usleep(1000);
    }
    return nullptr;
}

std::shared_ptr<InstanceLock> InstanceLock::tryLock(const QString& path, Refusal& refusal)
{
    const QByteArray name = QFile::encodeName(path);
    for (int attempt = 0; attempt < 10; ++attempt) {
        const int fd = open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) {
            refusal.problem = QString::fromLocal8Bit(strerror(errno));
            return nullptr;
        }
        if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
            refusal.pid = readPid(fd);
            close(fd);
            return nullptr;
        }
        if (stillLinked(path, fd)) {
            writePid(fd);
            return std::shared_ptr<InstanceLock>(new InstanceLock(path, fd));
        }
        close(fd); // we locked a file its previous holder had just removed: take the new one
    }
    refusal.pid = 0;
    return nullptr;
}

InstanceLock::InstanceLock(QString path, int fd)
    : m_path(std::move(path))
    , m_fd(fd)
{
}

InstanceLock::~InstanceLock()
{
    // Remove while still holding the lock, so no one can lock the name we are about to let go of.
    const QMutexLocker locker(&registryMutex);
    registry().remove(m_path);
    unlink(QFile::encodeName(m_path).constData());
    close(m_fd);
}

} // namespace mb
