// The append-only audit trail: every change, with who, when, before and after, chained by SHA-256.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mb {

class Database;

class AuditLog {
public:
    enum class Action { Insert, Update, Delete, Restore, Migrate, Import, Export, Backup, RestoreBackup };

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

    explicit AuditLog(Database& db)
        : m_db(db)
    {
    }

    // Appends one row; call inside the transaction of the change it describes.
    void record(const Record& record);
    // Newest first; participantId 0 = every row.
    QList<Row> rows(qint64 participantId = 0) const;

    static QString actionName(Action action);
    static QString osUser();
    // The hash a row must carry, given the hash of the row before it.
    static QString computeHash(const Row& row);

private:
    Database& m_db;
};

} // namespace mb
