// Shared helpers for the tests: a fresh database in a temporary directory, file bytes, raw SQL.
#pragma once

#include "core/Clock.h"
#include "storage/Store.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace mb::test {

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Whether this process holds a POSIX (fcntl) lock on the file, as SQLite's connections in WAL mode do for as long as
// they are open: without it another program reading the file takes itself for the last one and removes the log.
inline bool holdsPosixLock(const QString& file)
{
    struct stat info = {};
    if (stat(QFile::encodeName(file).constData(), &info) != 0)
        return false;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return false;
    const QByteArray inode = ':' + QByteArray::number(quint64(info.st_ino)) + ' ';
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 5 && fields.at(1) == "POSIX" && fields.at(4).toLongLong() == getpid() &&
            QByteArray(fields.at(5) + ' ').endsWith(inode))
            return true;
    }
    return false;
}

// A clock fixed at 2025-01-05 08:30 UTC in Europe/Amsterdam, installed for the test's lifetime.
class ScopedClock {
public:
    ScopedClock()
        : m_clock(QDateTime(QDate(2025, 1, 5), QTime(8, 30), QTimeZone::utc()), QTimeZone("Europe/Amsterdam"))
    {
        setClock(&m_clock);
    }
    ~ScopedClock() { setClock(nullptr); }
    FixedClock& clock() { return m_clock; }

private:
    FixedClock m_clock;
};

} // namespace mb::test
