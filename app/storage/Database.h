// An open MoodBiome database: checked before it is touched, migrated, and configured for safety.
#pragma once

#include "storage/Statement.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace mb {

class InstanceLock;

class Database {
public:
    static constexpr quint32 applicationId = 0x4D6F6F64; // "Mood"

    struct Options {
        bool create = true;       // create the file when it does not exist
        int busyTimeoutMs = 3000; // how long to wait for another program's lock (SQLite's, and the write lock)
        int migrateTo = -1;       // schema version to migrate to; -1 = the newest (tests build old files)
        bool readOnly = false;    // look only: no lock, no migration (give migrateTo 0), never written
        // When another MoodBiome program has the file open for writing: open it read-only (readOnlyReason()
        // says why) instead of refusing with StorageError::Locked.
        bool readOnlyWhenInUse = false;
        // A backup (a plain MoodBiome file not in WAL mode: every working database is, no backup is) opens
        // read-only, readOnlyReason() saying so: a command that read it recorded an export in it and turned it into
        // a working database, and verify of the database it came from then took it for a rewritten trail. Restore
        // and encryption set this for the copies they make and write themselves.
        bool writeBackup = false;
        QByteArray vfs; // the SQLite VFS to use; empty for the default (tests inject faults with their own)
        // Run SQLite's quick_check before the first write (reading never waits for it): a damaged file is
        // read as it is, but every write to it is refused. The GUI runs the check after its first paint.
        bool checkBeforeWriting = false;
        // The SQLCipher passphrase (docs/SECURITY.md). A new or empty file is created encrypted with it; an
        // existing encrypted file needs it to open (StorageError Encrypted without it, WrongPassphrase with a
        // wrong one, the file unchanged either way). A plain SQLite file opens as it is: the passphrase is
        // then ignored (isEncrypted() says which).
        QByteArray passphrase;
        // An encrypted file's page size, when known (connectionOptions() passes on the one found); 0 lets open
        // find it: pageSize for a new file, pageSize or legacyCipherPageSize for an existing one.
        int cipherPageSize = 0;

        bool operator==(const Options&) const = default;
    };
    // Why a file opened read-only without Options::readOnly: a backup, or another program (process pid, 0 when
    // not known) writes to it.
    struct ReadOnlyCause {
        enum Kind { None, Backup, InUse } kind = None;
        qint64 pid = 0;
    };

    // Every new file's page size, plain or encrypted (docs/SECURITY.md, "Page size").
    static constexpr int pageSize = 16384;
    // SQLCipher's default, which encrypted files of MoodBiome 0.1 have; they keep it, and open as they are.
    static constexpr int legacyCipherPageSize = 4096;

    // Opens, checks and migrates. A file that is not ours, newer, corrupt, locked or beside a write-ahead log
    // of another database throws StorageError and is left byte-for-byte as it was.
    static std::unique_ptr<Database> open(const QString& path, const Options& options);
    static std::unique_ptr<Database> open(const QString& path) { return open(path, Options{}); }
    // Reads a file's header without SQLite: throws StorageError (NotADatabase, NotMoodBiome, NewerSchema) for
    // a file this version cannot use, Encrypted for one that may be encrypted (its header is not readable
    // without the passphrase). An empty file passes: it becomes a new database.
    static void checkFile(const QString& path);
    // True when the file exists, is not empty and does not start with SQLite's plain header: encrypted, or not
    // a database at all (nothing tells the two apart without the passphrase).
    static bool hasUnreadableHeader(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Statement prepare(QStringView sql) const;
    void exec(QStringView sql); // one or more statements without results
    qint64 lastInsertRowId() const;
    int userVersion() const;
    // Differs from an earlier value whenever the file may have changed since: a row written by this connection
    // (even one rolled back since), a commit by another connection or program, or pages written into this one
    // (a restore's backup copy). Equal values: nothing changed.
    struct ChangeStamp {
        qint64 ownChanges = -1;
        qint64 dataVersion = -1;
        qint64 pagerVersion = -1;
        bool operator==(const ChangeStamp&) const = default;
    };
    ChangeStamp changeStamp() const;
    // How long to wait for another program's SQLite lock from now on (Options::busyTimeoutMs at open).
    void setBusyTimeout(int ms);
    bool inTransaction() const; // BEGIN (or a savepoint) without its COMMIT or ROLLBACK yet
    bool isReadOnly() const { return m_readOnly; }
    // Why the database is read-only, for a notice; empty when it is writable.
    QString readOnlyReason() const;
    // Throws StorageError::ReadOnly with readOnlyReason(), or StorageError::Corrupt when the check of
    // Options::checkBeforeWriting (run here, the first time) finds damage. Every write goes through here:
    // Transaction does, and so does the migration at open.
    void requireWritable() const;
    // Refuses every write from now on, for damage that a check on another connection found (the GUI checks
    // after its first paint); why names the damage in the message.
    void refuseWrites(const QString& why);
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }
    // Tells this connection from every other one this process opened, closed ones included (never reused).
    quint64 serial() const { return m_serial; }
    // Encrypted with SQLCipher, and the passphrase it was opened with (for the other connections to it: worker
    // threads, backups, checks). Empty for a plain file.
    bool isEncrypted() const { return !m_passphrase.isEmpty(); }
    const QByteArray& passphrase() const { return m_passphrase; }
    // An encrypted file's page size (pageSize, or legacyCipherPageSize for an older file); 0 for a plain file.
    int cipherPageSize() const { return m_cipherPageSize; }
    // Options for another connection to this file (a worker thread's): same key and VFS, never creates it.
    Options connectionOptions() const;

    [[noreturn]] static void throwError(sqlite3* db, int code);
    // SQLCipher's page size for a keyed handle before its first read; SQLite's result code.
    static int setCipherPageSize(sqlite3* handle, int size);

private:
    Database(sqlite3* db, QString path);
    void configure(const Options& options);
    qint64 readSchema(bool checkSchema); // the first read: the number of schema objects
    void checkKeyedHeader();    // application id and schema version of an encrypted file, read through SQLCipher
    QString quickCheck() const; // the first problem PRAGMA quick_check reports; empty when it says ok
    void removeLookLeftovers() const noexcept;

    sqlite3* m_db;
    QString m_path;
    quint64 m_serial;
    QByteArray m_passphrase; // empty: a plain SQLite file
    int m_cipherPageSize = 0;
    QByteArray m_vfs;
    bool m_readOnly = false;
    ReadOnlyCause m_readOnlyCause; // set when opened read-only because another program writes to it, or a backup
    // A read-only look at a file in WAL mode that had no -wal and -shm: SQLite makes them, and only a connection
    // that may write removes them when it closes last (removeLookLeftovers).
    bool m_lookMadeLog = false;
    mutable bool m_checkPending = false;  // Options::checkBeforeWriting, until the first write
    mutable QString m_damage;             // what that check found wrong
    std::shared_ptr<InstanceLock> m_lock; // held while open for writing; released after sqlite3_close
    // Names of Transaction's savepoints: per connection, as a connection is used by one thread at a time.
    friend class Transaction;
    int m_savepoints = 0;
};

// Makes folder and any missing folder above it readable by their owner only (0700) whatever the umask, as
// the data folder and backups hold clinical data; folders that exist are left as they are. False on failure.
bool makePrivateFolders(const QString& folder);

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
