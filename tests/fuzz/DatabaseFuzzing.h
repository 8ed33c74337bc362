// What fuzz_database does with one input, shared with the regression test that replays found inputs. The input
// is a database file, and after the pages its header declares, a write-ahead log: mutations reach the header,
// the schema (sqlite_schema rows), the data pages and the WAL. Whatever the bytes, opening and verifying must
// neither crash nor hang; refusing with StorageError is what a damaged or foreign file should get.
#pragma once

#include "storage/StorageError.h"
#include "storage/Store.h"
#include "storage/Verifier.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

namespace mb::fuzz {

inline void writeFile(const QString& path, QByteArrayView bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes.data(), bytes.size());
}

// The length of the database file proper: page size × page count from the header, when it fits the input.
inline qsizetype databaseLength(QByteArrayView input)
{
    if (input.size() < 100)
        return input.size();
    quint32 pageSize = qFromBigEndian<quint16>(input.data() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = qFromBigEndian<quint32>(input.data() + 28);
    const quint64 length = quint64(pageSize) * pages;
    return length >= 100 && length <= quint64(input.size()) ? qsizetype(length) : input.size();
}

// Call with QStandardPaths' test mode on: a database that opens writes its anchor file.
inline void fuzzDatabase(QByteArrayView input)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.sqlite"));
    const qsizetype main = databaseLength(input);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
    writeFile(path, input.first(main));
    if (main < input.size())
        writeFile(path + QStringLiteral("-wal"), input.sliced(main));

    try {
        const VerifyReport report = Verifier::verifyFile(path);
        (void)Verifier::describe(report);
    } catch (const StorageError&) {
    }
    try {
        // Opened for writing: refused, or migrated and usable.
        const auto store = Store::open(path, Database::Options{.create = false});
        (void)store->participants().list(true);
        (void)Verifier::verify(store->database());
    } catch (const StorageError&) {
    }
}

} // namespace mb::fuzz
