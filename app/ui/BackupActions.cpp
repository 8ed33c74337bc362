// Thin dialogs around Backup and Verifier; every refusal names the file and what is wrong with it.
#include "ui/BackupActions.h"

#include "core/Clock.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Store.h"
#include "ui/BusyCursor.h"
#include "ui/FileDialogs.h"
#include "ui/PassphraseDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace mb {

QString localDateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return BackupActions::tr("an unknown date");
    return QLocale().toString(utc.toTimeZone(clock().timeZone()), QLocale::LongFormat);
}

QString BackupActions::backupNow(QWidget* parent, Store& store, const QString& folder)
{
    const QString target = folder.isEmpty() ? Backup::defaultFolder(store.path()) : folder;
    try {
        const BusyCursor busy;
        // Made by hand: kept until the user removes it (the day's automatic backup used to replace it at close).
        const BackupResult result = Backup::manual(store.database(), target);
        return tr("Backed up to “%1”; the copy passed its check and is kept until you remove it.")
            .arg(QDir::toNativeSeparators(result.file));
    } catch (const StorageError& e) {
        QMessageBox::critical(parent, tr("Backup failed"), tr("No backup was made: %1").arg(e.message()));
        return {};
    }
}

bool BackupActions::restoreFrom(QWidget* parent, Store& store, const QString& file,
                                const std::function<void()>& beforeRestore)
{
    const QString safetyFolder = Backup::defaultFolder(store.path());
    const QString chosen = !file.isEmpty()
                               ? file
                               : FileDialogs::getOpenFileName(parent, tr("Restore from a backup"), safetyFolder,
                                                              tr("MoodBiome databases (*.sqlite *.db);;All files (*)"));
    if (chosen.isEmpty())
        return false;
    try {
        QByteArray backupKey;
        const std::optional<VerifyReport> checked = checkBackup(parent, store, chosen, backupKey);
        if (!checked)
            return false; // no passphrase given
        const VerifyReport& report = *checked;
        // Only an encrypted backup needed a key; a plain database would hold its data without encryption.
        const bool unencrypted = !backupKey.isEmpty() && !store.database().isEncrypted();
        const bool other = Backup::isOtherDatabasesBackup(store.database(), chosen, backupKey); // another study
        if (!confirmRestore(parent, chosen, localDateTime(report.lastDataChangeUtc), report.auditRows,
                            {.database = store.path(),
                             .safetyFolder = safetyFolder,
                             .unencrypted = unencrypted,
                             .otherDatabase = other}))
            return false;
        if (beforeRestore)
            beforeRestore();
        const BusyCursor busy;
        const RestoreResult result = Backup::restore(store.database(), chosen, safetyFolder, backupKey, other);
        QString text = tr("The database now holds the data of %1.\n\nThe database as it was before is "
                          "saved as “%2”.")
                           .arg(localDateTime(result.dataFromUtc), QDir::toNativeSeparators(result.safetyCopy));
        if (result.storedUnencrypted)
            text += u"\n\n"_qs + tr("The database is not encrypted, so the restored data are stored without "
                                    "encryption. File ▸ Security… encrypts it.");
        QMessageBox::information(parent, tr("Restored"), text);
        return true;
    } catch (const StorageError& e) {
        QMessageBox::critical(parent, tr("Not restored"), e.message());
        return false;
    }
}

std::optional<VerifyReport> BackupActions::checkBackup(QWidget* parent, Store& store, const QString& file,
                                                       QByteArray& key)
{
    using Code = StorageError::Code;
    bool encrypted = false; // or not a database at all: only a passphrase can tell
    try {
        Database::checkFile(file);
    } catch (const StorageError& e) {
        encrypted = e.code() == Code::Encrypted;
    }
    if (!encrypted) { // checkRestorable says what is wrong with anything else
        const BusyCursor busy;
        return Backup::checkRestorable(file);
    }
    if (store.database().isEncrypted()) { // most backups of an encrypted database have its passphrase
        try {
            const BusyCursor busy;
            key = store.database().passphrase();
            return Backup::checkRestorable(file, key);
        } catch (const StorageError& e) {
            if (e.code() != Code::WrongPassphrase)
                throw;
        }
    }
    std::optional<StorageError> otherFailure;
    VerifyReport report;
    const auto check = [&](const QByteArray& typed) -> std::optional<QString> {
        try {
            const BusyCursor busy;
            report = Backup::checkRestorable(file, typed);
        } catch (const StorageError& e) {
            if (e.code() == Code::WrongPassphrase || e.code() == Code::Encrypted)
                return tr("Wrong passphrase: the backup does not open with it. Nothing was changed.");
            otherFailure = e; // said after the dialog has closed
        }
        return std::nullopt;
    };
    const auto typed = PassphraseDialog::ask(
        parent, file, check,
        tr("“%1” is encrypted, or it is not a database at all. If it is a backup of an encrypted database, enter the "
           "passphrase the database had when the backup was made.")
            .arg(QFileInfo(file).fileName()));
    if (otherFailure)
        throw *otherFailure;
    if (!typed)
        return std::nullopt;
    key = *typed;
    return report;
}

bool BackupActions::confirmRestore(QWidget* parent, const QString& file, const QString& dataFrom, qint64 auditRows,
                                   const RestoreCase& restoreCase)
{
    const bool warn = restoreCase.unencrypted || restoreCase.otherDatabase;
    QMessageBox box(warn ? QMessageBox::Warning : QMessageBox::Question, tr("Restore from a backup"),
                    tr("Restore the database from “%1”?").arg(QFileInfo(file).fileName()), QMessageBox::NoButton,
                    parent);
    QString text = tr("The backup holds the data of %1; it passed its integrity check and all %n audit "
                      "row(s) in it are intact. What was entered after that date will no longer be in the "
                      "database, but nothing is lost: the database as it is now is first saved in “%2”.",
                      nullptr, int(auditRows))
                       .arg(dataFrom, QDir::toNativeSeparators(restoreCase.safetyFolder));
    // Nothing is weakened without a word (docs/SECURITY.md, "Backups and restore").
    if (restoreCase.unencrypted)
        text = tr("“%1” is encrypted, but this database is not: its data will be stored without encryption. "
                  "File ▸ Security… can encrypt the database afterwards.")
                   .arg(QFileInfo(file).fileName()) +
               u"\n\n"_qs + text;
    // Another study's data in place of this one's: said first, and never the default answer.
    if (restoreCase.otherDatabase)
        text = tr("“%1” is a backup of another database, not of “%2”: their audit trails begin differently "
                  "(another study, or a copy of another database). Restoring it replaces this database's data "
                  "with that database's.")
                   .arg(QFileInfo(file).fileName(), QFileInfo(restoreCase.database).fileName()) +
               u"\n\n"_qs + text;
    box.setInformativeText(text);
    QPushButton* restore = box.addButton(restoreCase.otherDatabase ? tr("&Replace with the other database's data")
                                         : restoreCase.unencrypted ? tr("&Restore without encryption")
                                                                   : tr("&Restore"),
                                         QMessageBox::AcceptRole);
    QAbstractButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(restoreCase.otherDatabase ? qobject_cast<QPushButton*>(cancel) : restore);
    box.exec();
    return box.clickedButton() == restore;
}

std::optional<QString> BackupActions::runStartupCheck(Store& store, QString* problem)
{
    const VerifyReport report = Verifier::verify(store.database(), Verifier::Depth::Quick);
    if (report.ok())
        return std::nullopt;
    if (problem)
        *problem = Verifier::problem(report);
    return tr("MoodBiome checked “%1” while opening it and found a problem:\n\n%2\n\nNothing was changed. Restore "
              "a recent backup (File ▸ Restore from backup…), or keep a copy of the file and ask for help before "
              "you go on entering data.")
        .arg(QDir::toNativeSeparators(store.path()), Verifier::problem(report));
}

} // namespace mb
