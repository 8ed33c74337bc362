// flock() on the database file itself: one lock per file whatever its name, released by the kernel when the
// process dies. On Linux flock() locks and the POSIX (fcntl) locks SQLite takes on the same file are
// separate and never conflict.
#include "storage/InstanceLock.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QPair>
#include <QStringList>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include <vector>

namespace mb {

using FileKey = QPair<quint64, quint64>; // device and inode

struct InstanceLock::File {
    FileKey key;
    int fd = -1;
    int writers = 0; // connections of this process that hold the lock; it is taken while this is above 0
    ~File();
};

namespace {

QMutex registryMutex;
QHash<FileKey, std::weak_ptr<InstanceLock::File>>& registry()
{
    static QHash<FileKey, std::weak_ptr<InstanceLock::File>> files;
    return files;
}

FileKey keyOf(const struct stat& info)
{
    return {quint64(info.st_dev), quint64(info.st_ino)};
}

// The process that holds an flock() on the file, from /proc/locks (Linux); 0 when it cannot be found out.
qint64 holderOf(int fd)
{
    struct stat info = {};
    if (fstat(fd, &info) != 0)
        return 0;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return 0;
    const QString exact = QStringLiteral("%1:%2:%3")
                              .arg(major(info.st_dev), 2, 16, QLatin1Char('0'))
                              .arg(minor(info.st_dev), 2, 16, QLatin1Char('0'))
                              .arg(quint64(info.st_ino));
    const QString inode = u':' + QString::number(quint64(info.st_ino));
    qint64 byInode = 0;
    int inodeMatches = 0;
    // "1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF"; waiting requests have "->" after the number.
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QStringList field = QString::fromLatin1(line).split(u' ', Qt::SkipEmptyParts);
        if (field.size() < 6 || field.at(1) != u"FLOCK" || field.at(3) != u"WRITE")
            continue;
        if (field.at(5) == exact)
            return field.at(4).toLongLong();
        // Overlay file systems show the device of the layer underneath: the inode alone still tells.
        if (field.at(5).endsWith(inode)) {
            byInode = field.at(4).toLongLong();
            ++inodeMatches;
        }
    }
    return inodeMatches == 1 ? byInode : 0;
}

// Descriptors opened for a file this process already had open under another descriptor, in a rare race with
// a rename: never closed, since closing would drop SQLite's locks on that file.
std::vector<int>& keptOpen()
{
    static std::vector<int> fds;
    return fds;
}

// The shared descriptor of the file at path, opened when this process has none yet. Call with the mutex held.
std::shared_ptr<InstanceLock::File> fileFor(const QString& path, QString& problem)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat named = {};
    if (stat(name.constData(), &named) != 0) {
        problem = QString::fromLocal8Bit(strerror(errno));
        return nullptr;
    }
    if (auto known = registry().value(keyOf(named)).lock())
        return known;
    if (!S_ISREG(named.st_mode)) {
        problem = QString::fromLocal8Bit(strerror(EINVAL));
        return nullptr;
    }
    const int fd = open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    struct stat opened = {};
    if (fd < 0 || fstat(fd, &opened) != 0) {
        problem = QString::fromLocal8Bit(strerror(errno));
        if (fd >= 0)
            close(fd);
        return nullptr;
    }
    if (auto known = registry().value(keyOf(opened)).lock()) {
        keptOpen().push_back(fd);
        return known;
    }
    auto file = std::make_shared<InstanceLock::File>();
    file->key = keyOf(opened);
    file->fd = fd;
    registry().insert(file->key, file);
    return file;
}

} // namespace

InstanceLock::File::~File()
{
    // Runs with the mutex held: every InstanceLock lets go of its File inside its destructor's lock.
    registry().remove(key);
    close(fd);
}

std::shared_ptr<InstanceLock> InstanceLock::acquire(const QString& databasePath, Refusal& refusal, int waitMs)
{
    QDeadlineTimer deadline(waitMs);
    for (;;) {
        {
            const QMutexLocker locker(&registryMutex);
            auto file = fileFor(databasePath, refusal.problem);
            if (!file)
                return nullptr;
            if (file->writers > 0 || flock(file->fd, LOCK_EX | LOCK_NB) == 0) {
                ++file->writers;
                return std::shared_ptr<InstanceLock>(new InstanceLock(std::move(file), true));
            }
            if (errno != EWOULDBLOCK) {
                refusal.problem = QString::fromLocal8Bit(strerror(errno));
                return nullptr;
            }
            if (deadline.hasExpired()) {
                refusal.pid = holderOf(file->fd);
                return nullptr;
            }
        }
        QThread::msleep(10); // without the mutex: this process's other connections go on meanwhile
    }
}

std::shared_ptr<InstanceLock> InstanceLock::attach(const QString& databasePath)
{
    const QMutexLocker locker(&registryMutex);
    QString problem;
    auto file = fileFor(databasePath, problem);
    return file ? std::shared_ptr<InstanceLock>(new InstanceLock(std::move(file), false)) : nullptr;
}

namespace {

std::optional<InstanceLock::Start> readFrom(int fd, qsizetype count, QString* problem)
{
    struct stat info = {};
    if (fstat(fd, &info) != 0) {
        if (problem)
            *problem = QString::fromLocal8Bit(strerror(errno));
        return std::nullopt;
    }
    InstanceLock::Start start;
    start.size = qint64(info.st_size);
    start.bytes.resize(qMin<qint64>(count, start.size));
    qsizetype done = 0;
    while (done < start.bytes.size()) {
        const ssize_t n = pread(fd, start.bytes.data() + done, size_t(start.bytes.size() - done), off_t(done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            if (problem)
                *problem = QString::fromLocal8Bit(strerror(errno));
            return std::nullopt;
        }
        if (n == 0)
            break; // shorter than fstat said: it shrank meanwhile
        done += n;
    }
    start.bytes.truncate(done);
    return start;
}

} // namespace

bool InstanceLock::isOpenHere(const QString& path)
{
    const QMutexLocker locker(&registryMutex);
    struct stat named = {};
    return stat(QFile::encodeName(path).constData(), &named) == 0 && !registry().value(keyOf(named)).expired();
}

std::optional<InstanceLock::Start> InstanceLock::readStart(const QString& path, qsizetype count, QString* problem)
{
    const QMutexLocker locker(&registryMutex); // no connection of ours opens or closes the file meanwhile
    const QByteArray name = QFile::encodeName(path);
    struct stat named = {};
    if (stat(name.constData(), &named) == 0)
        if (const auto known = registry().value(keyOf(named)).lock())
            return readFrom(known->fd, count, problem);
    const int fd = open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    struct stat opened = {};
    if (fd < 0 || fstat(fd, &opened) != 0) {
        if (problem)
            *problem = QString::fromLocal8Bit(strerror(errno));
        if (fd >= 0)
            close(fd);
        return std::nullopt;
    }
    auto start = readFrom(fd, count, problem);
    if (registry().contains(keyOf(opened)))
        keptOpen().push_back(fd); // renamed into place meanwhile, and open in this process: never closed
    else
        close(fd); // no connection of this process has the file: no lock of ours to lose
    return start;
}

InstanceLock::InstanceLock(std::shared_ptr<File> file, bool writer)
    : m_file(std::move(file))
    , m_writer(writer)
{
}

InstanceLock::~InstanceLock()
{
    const QMutexLocker locker(&registryMutex);
    if (m_writer && --m_file->writers == 0)
        flock(m_file->fd, LOCK_UN);
    m_file.reset();
}

} // namespace mb
