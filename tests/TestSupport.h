// Shared helpers for the tests: a fresh database in a temporary directory, file bytes, raw SQL.
#pragma once

#include "core/Clock.h"
#include "storage/Store.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
