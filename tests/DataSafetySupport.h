// Helpers of the data-safety tests: raw SQL as an outsider would run it, hostile bytes, quick reads.
#pragma once

#include "storage/AuditLog.h"
#include "storage/Store.h"

#include <QTest>

#include <csignal>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

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

// After rows were removed (and the rest perhaps renumbered): recomputes every prev_hash and hash from the first
// row on, so that each link holds again, as a forger who read the code would.
inline QByteArray rechain(const QString& file)
{
    const auto db = Database::open(file, {.create = false, .migrateTo = 0, .readOnly = true});
    QByteArray sql;
    QString previous = AuditLog::genesisHash();
    AuditLog(*db).forEachRow([&](const AuditLog::Row& original) {
        AuditLog::Row row = original;
        row.prevHash = previous;
        row.hash = AuditLog::computeHash(row);
        previous = row.hash;
        sql += QStringLiteral("UPDATE audit SET prev_hash = '%1', hash = '%2' WHERE id = %3;")
                   .arg(row.prevHash, row.hash)
                   .arg(row.id)
                   .toUtf8();
        return true;
    });
    return sql.isEmpty() ? QByteArray("SELECT 1") : sql.chopped(1);
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

// Another MoodBiome program with the database open for writing: a child process that opens it and waits
// until it is killed (as a crash would end it).
class SecondProgram {
public:
    explicit SecondProgram(const QString& file)
    {
        int ready[2];
        if (pipe(ready) != 0)
            return;
        m_pid = fork();
        if (m_pid == 0) {
            close(ready[0]);
            const auto holder = Store::open(file);
            const char byte = '1';
            if (write(ready[1], &byte, 1) == 1)
                pause();
            _exit(0);
        }
        close(ready[1]);
        char byte = 0;
        if (m_pid < 0 || read(ready[0], &byte, 1) != 1)
            m_pid = -1;
        close(ready[0]);
    }
    ~SecondProgram() { kill(); }
    SecondProgram(const SecondProgram&) = delete;
    SecondProgram& operator=(const SecondProgram&) = delete;

    // The child's process id once it holds the database; -1 when it could not be started.
    pid_t pid() const { return m_pid; }
    void kill()
    {
        if (m_pid <= 0)
            return;
        ::kill(m_pid, SIGKILL);
        waitpid(m_pid, nullptr, 0);
        m_pid = 0;
    }

private:
    pid_t m_pid = -1;
};

} // namespace mb::test
