// Helpers of the data-safety tests: raw SQL as an outsider would run it, hostile bytes, quick reads.
#pragma once

#include "storage/Store.h"

#include <QTest>

#include <sqlite3.h>

namespace mb::test {

// Runs sql on file through a plain SQLite connection, bypassing MoodBiome (as the sqlite3 tool would).
inline void rawExec(const QString& file, const char* sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

// Deterministic bytes that look like nothing in particular.
inline QByteArray garbage(qsizetype size)
{
    QByteArray bytes(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7919 + 13) % 251);
    return bytes;
}

inline QStringList participantCodes(Store& store)
{
    QStringList codes;
    for (const Participant& p : store.participants().list())
        codes.append(p.code);
    return codes;
}

// count participants PREFIX-0, PREFIX-1, … in one commit (a file of many pages, quickly).
inline void addParticipants(Store& store, int count, const QString& prefix, const QString& notes = {})
{
    Transaction tx(store.database());
    for (int i = 0; i < count; ++i)
        store.participants().add(Participant{.code = prefix + u'-' + QString::number(i), .notes = notes});
    tx.commit();
}

inline qint64 scalar(Database& db, QStringView sql)
{
    Statement st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

} // namespace mb::test
