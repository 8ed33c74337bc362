// The append-only audit trail: every change, with who, when, before and after, chained by SHA-256.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace mb {

class Database;
class Statement;

class AuditLog {
public:
    enum class Action {
        Insert,
        Update,
        Delete,
        Restore,
        Migrate,
        Import,
        Export,
        Backup,
        RestoreBackup,
        Verify,
        Security // the file was encrypted, decrypted or given a new passphrase
    };

    struct Record {
        Action action = Action::Insert;
        QString table;
        qint64 rowId = 0;
        qint64 participantId = 0; // 0 where the change belongs to no participant
        QJsonObject oldValues;
        QJsonObject newValues;
        QString reason;
    };

    struct Row {
        qint64 id = 0;
        QDateTime atUtc;
        QString osUser;
        QString action;
        QString table;
        qint64 rowId = 0;
        qint64 participantId = 0;
        QString oldValues; // compact JSON, empty where there was nothing before
        QString newValues;
        QString reason;
        QString prevHash;
        QString hash;
    };

    // Which rows to read; every field left empty matches everything.
    struct Filter {
        qint64 participantId = 0;
        QString table;
        QDateTime fromUtc; // inclusive
        QDateTime toUtc;   // exclusive
    };

    explicit AuditLog(Database& db)
        : m_db(db)
    {
    }

    // Appends one row; call inside the transaction of the change it describes.
    void record(const Record& record);
    // Appends a row for each, in order, the hash chain as record() one at a time would make it (a bulk write).
    void recordMany(const QList<Record>& records);
    // A record as the row recordMany() writes, its images made compact JSON, without what only the trail can give
    // (time, user, hashes); apart from the database, so on any thread.
    static Row rowOf(const Record& record);
    // Appends rows made by rowOf(), in order, each stamped and chained as recordMany() does.
    void appendRows(QList<Row> rows);
    // Appends one row for an event that changes no data row (backup, restore, verify), in a transaction of
    // its own. Throws StorageError, e.g. when the database is read-only.
    void recordEvent(Action action, const QString& table, const QJsonObject& details);
    // Newest first; participantId 0 = every row.
    QList<Row> rows(qint64 participantId = 0) const;
    QList<Row> rows(const Filter& filter) const; // newest first
    // Every row, oldest first, without holding them all in memory (verifying a long trail), until visit
    // returns false.
    void forEachRow(const std::function<bool(const Row&)>& visit) const;
    QStringList tables() const; // the distinct table names in the trail, sorted

    static QString actionName(Action action);
    static QString osUser();
    // The hash a row must carry, given the hash of the row before it.
    static QString computeHash(const Row& row);
    // The prev_hash of the first row: 64 zeros.
    static QString genesisHash();

private:
    static Row readRow(const Statement& st);

    Database& m_db;
};

} // namespace mb
