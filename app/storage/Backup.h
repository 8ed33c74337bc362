// Backups with SQLite's online backup API, checked before they count; rotation of automatic ones; restore.
#pragma once

#include "core/BackupRotation.h"
#include "storage/Verifier.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace mb {

class Database;

// Called while a backup is made, on the thread that makes it: after each step of the copy (done and total pages)
// and, while the copy is checked, with done == total. Throwing from it stops the backup: the unfinished copy is
// removed, nothing is recorded and the exception goes on to the caller.
using BackupProgress = std::function<void(qint64 done, qint64 total)>;

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
    // The backup was encrypted and the database is not: its data are now stored without encryption, which the
    // restore's audit row records and the caller must say (docs/SECURITY.md, "Backups and restore").
    bool storedUnencrypted = false;
};

class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    // "<folder of the database>/backups"
    static QString defaultFolder(const QString& databasePath);

    // Copies the open database to target while it stays in use, checks the copy (integrity, application
    // id, audit chain) and only then puts it in place, replacing an earlier backup atomically. An existing
    // target that is not a MoodBiome database, or one in use (a working database in WAL mode, or one with a
    // -wal, -shm or -journal file beside it) is refused (InvalidInput). Records the backup in the audit
    // trail when the database is writable. The database itself is never changed otherwise.
    // With progress, the copy is made in steps from one read transaction (a snapshot: writes of other connections
    // meanwhile are not in it and do not make it start over) and its check can be stopped (see BackupProgress).
    static BackupResult write(Database& db, const QString& target, const BackupProgress& progress = {});

    // A backup named with the local time of mb::clock() in folder, then the rotation of policy.
    static AutomaticBackupResult automatic(Database& db, const QString& folder, const BackupPolicy& policy = {},
                                           const BackupProgress& progress = {});
    // A backup asked for by hand, named with the local time in folder; no rotation removes it.
    static BackupResult manual(Database& db, const QString& folder, const BackupProgress& progress = {});
    // When the newest automatic backup of db in folder was made, of those dated no later than the local date of
    // mb::clock(). Only db's own count (isBackupOf: its first audit row is db's), not another database's named
    // alike; one dated later (the clock was wrong when it was made) is not today's backup.
    static std::optional<BackupStamp> latestAutomatic(const Database& db, const QString& folder);

    // Refuses (StorageError, not an input error) a file that is not a MoodBiome database, holds no schema,
    // comes from a newer version, or fails any check of verify (integrity, audit chain, schema, its data against
    // the audit trail and the rules for values; not the anchors); returns its report otherwise. restore() checks
    // the same and more (the schema after migration) on its own copy.
    // An encrypted backup is read with passphrase.
    static VerifyReport checkRestorable(const QString& backupFile, const QByteArray& passphrase = {});

    // Restores backupFile into the open database. First, on a private copy beside the database: checks it
    // as checkRestorable does, records the restore in its audit trail, brings its schema up to date and
    // checks it again, schema included; nothing of the database has changed when any of that fails. Then
    // saves the database as it is now to safetyFolder and copies the checked copy in, in one transaction:
    // a crash leaves the old database or the restored one with its audit row, never a mix. An empty
    // safetyFolder skips the safety copy, for a database that holds nothing yet. A damaged database may be
    // restored over. Reopen the database afterwards: whatever was read from it before is stale.
    // An encrypted backup is read with backupPassphrase (the one it was made with); what goes in is encrypted
    // with the database's own key, or not, for a plain database (RestoreResult::storedUnencrypted then).
    // Everything verify checks must pass, the data against the audit trail included; a backup that fails is
    // refused with StorageError (Corrupt), naming the backup and the first problem.
    // A backup of another database (its first audit row is not db's: another study) is refused (InvalidInput),
    // nothing changed, unless otherDatabase says the user chose it; a database that holds nothing yet (an empty
    // safetyFolder) takes any.
    static RestoreResult restore(Database& db, const QString& backupFile, const QString& safetyFolder,
                                 const QByteArray& backupPassphrase = {}, bool otherDatabase = false);
    // Whether backupFile (read with backupPassphrase) is a backup of another database than db: both first audit
    // rows can be read and differ. What restore refuses unless told otherwise.
    static bool isOtherDatabasesBackup(const Database& db, const QString& backupFile,
                                       const QByteArray& backupPassphrase = {});

private:
    // Writes a checked copy of db to target (through a temporary file); keepDamaged keeps a copy that
    // fails its check instead of refusing it.
    static BackupResult copyTo(Database& db, const QString& target, bool keepDamaged,
                               const BackupProgress& progress = {});
    static void refuseToOverwrite(const Database& db, const QString& target);
    static QString safetyCopyPath(const QString& databasePath, const QString& folder);
};

} // namespace mb
