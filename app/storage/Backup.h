// Backups with SQLite's online backup API, checked before they count; rotation of automatic ones; restore.
#pragma once

#include "core/BackupRotation.h"
#include "storage/Verifier.h"

#include <QCoreApplication>

#include <optional>

namespace mb {

class Database;

struct BackupResult {
    QString file;
    qint64 bytes = 0;
    VerifyReport report;   // of the copy
    bool recorded = false; // the audit trail says it was made (only a writable database can say so)
};

struct AutomaticBackupResult {
    BackupResult backup;
    QStringList removed; // older automatic backups the rotation deleted
};

struct RestoreResult {
    QString restoredFrom;
    QString safetyCopy; // the database as it was before the restore; rotation never removes it
    bool safetyCopyVerified = false;
    QDateTime dataFromUtc; // the last change of data the backup holds: the date its data are from
    VerifyReport backupReport;
};

class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    // "<folder of the database>/backups"
    static QString defaultFolder(const QString& databasePath);

    // Copies the open database to target while it stays in use, checks the copy (integrity, application
    // id, audit chain) and only then puts it in place, replacing an earlier file atomically. An existing
    // target that is not a MoodBiome database is refused (InvalidInput). Records the backup in the audit
    // trail when the database is writable. The database itself is never changed otherwise.
    static BackupResult write(Database& db, const QString& target);

    // A backup named with the local time of mb::clock() in folder, then the rotation of policy.
    static AutomaticBackupResult automatic(Database& db, const QString& folder, const BackupPolicy& policy = {});
    // When the newest automatic backup of the database at databasePath in folder was made.
    static std::optional<BackupStamp> latestAutomatic(const QString& databasePath, const QString& folder);

    // Refuses (StorageError, not an input error) a file that is not a MoodBiome database, comes from a newer
    // version, fails its integrity check or has a broken audit chain; returns its report otherwise.
    static VerifyReport checkRestorable(const QString& backupFile);

    // Restores backupFile into the open database: checks it, saves the database as it is now to
    // safetyFolder, copies the backup in (one transaction: a crash leaves the old or the new, never a mix),
    // records the restore in the restored audit trail and brings the schema up to date. An empty
    // safetyFolder skips the copy, for a database that holds nothing yet. Reopen the database afterwards:
    // whatever was read from it before is stale.
    static RestoreResult restore(Database& db, const QString& backupFile, const QString& safetyFolder);

private:
    // Writes a checked copy of db to target (through a temporary file); keepDamaged keeps a copy that
    // fails its check instead of refusing it.
    static BackupResult copyTo(Database& db, const QString& target, bool keepDamaged);
    static void refuseToOverwrite(const QString& databasePath, const QString& target);
    static QString safetyCopyPath(const QString& databasePath, const QString& folder);
};

} // namespace mb
