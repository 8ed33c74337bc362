// An open MoodBiome database: checked before it is touched, migrated, and configured for safety.
#pragma once

#include "storage/Statement.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace mb {

class Database {
public:
    static constexpr quint32 applicationId = 0x4D6F6F64; // "Mood"

    struct Options {
        bool create = true;       // create the file when it does not exist
        int busyTimeoutMs = 2000; // how long to wait for another program's lock
        int migrateTo = -1;       // schema version to migrate to; -1 = the newest (tests build old files)
    };

    // Opens, checks and migrates. A file that is not ours, newer, corrupt or locked throws
    // StorageError and is left byte-for-byte as it was.
    static std::unique_ptr<Database> open(const QString& path, const Options& options);
    static std::unique_ptr<Database> open(const QString& path) { return open(path, Options{}); }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Statement prepare(QStringView sql) const;
    void exec(QStringView sql); // one or more statements without results
    qint64 lastInsertRowId() const;
    int userVersion() const;
    bool isReadOnly() const { return m_readOnly; }
    void requireWritable() const; // throws StorageError::ReadOnly
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    [[noreturn]] static void throwError(sqlite3* db, int code);

private:
    Database(sqlite3* db, QString path);
    void configure(const Options& options);

    sqlite3* m_db;
    QString m_path;
    bool m_readOnly = false;
};

// BEGIN IMMEDIATE ... COMMIT, or a savepoint when already inside a transaction.
// Rolls back on destruction unless committed.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    QString m_savepoint; // empty for a top-level transaction
    bool m_done = false;
};

} // namespace mb
