// What the File menu's Back up now and Restore from backup do, and the check at start-up.
#pragma once

#include "storage/Verifier.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>

class QWidget;

namespace mb {

class Store;

class BackupActions {
    Q_DECLARE_TR_FUNCTIONS(BackupActions)
public:
    // File ▸ Back up now: a checked backup into folder (empty: the backups folder next to the database)
    // with the rotation of automatic backups. Returns the message for the status bar; on failure shows
    // the error in a dialog and returns an empty string.
    static QString backupNow(QWidget* parent, Store& store, const QString& folder = {});

    // File ▸ Restore from backup…: asks for a file when none is given (starting in the backups folder),
    // checks it, says what date its data are from and asks to confirm, saves the database as it is and
    // restores. Returns true when the database was replaced: reopen it then, since everything read from it
    // before (models, undo history) is stale. beforeRestore runs once the user has confirmed, right before the
    // database is touched (the window stops its automatic backup there: AutoBackup::stop).
    static bool restoreFrom(QWidget* parent, Store& store, const QString& file = {},
                            const std::function<void()>& beforeRestore = {});

    // At start-up: quick_check and every link of the audit chain. The warning to show when something
    // fails, or nothing when all is well; problem (when given) gets the damage in one sentence.
    static std::optional<QString> runStartupCheck(Store& store, QString* problem = nullptr);

private:
    // The backup's check (Backup::checkRestorable). An encrypted backup is read with the open database's passphrase
    // when that fits, else with the one the user types (asked again after a wrong one); key gets the passphrase that
    // opened it. Nothing when the user gave none; throws StorageError when the file cannot be restored.
    static std::optional<VerifyReport> checkBackup(QWidget* parent, Store& store, const QString& file, QByteArray& key);
    struct RestoreCase {
        QString database; // restored into
        QString safetyFolder;
        bool unencrypted = false;   // the backup is encrypted and the database is not, which the question says first
        bool otherDatabase = false; // a backup of another database (Backup::isOtherDatabasesBackup): said first too
    };
    static bool confirmRestore(QWidget* parent, const QString& file, const QString& dataFrom, qint64 auditRows,
                               const RestoreCase& restoreCase);
};

// A time for people, in the app's time zone and the current locale.
QString localDateTime(const QDateTime& utc);

} // namespace mb
