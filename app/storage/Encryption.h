// Encrypting a database file, decrypting it, or changing its passphrase: always into a new file that is checked
// before it replaces the old one in one rename (docs/SECURITY.md).
#pragma once

#include "storage/Database.h"
#include "storage/Verifier.h"

#include <QCoreApplication>
#include <QStringList>

namespace mb {

class Database;

struct EncryptionResult {
    QString path;
    bool encrypted = false;   // the file is encrypted now
    qint64 rows = 0;          // rows copied, in every table
    VerifyReport report;      // of the new file, before it replaced the old one
    QStringList plainBackups; // backups beside the database that are still unencrypted copies of it
};

class Encryption {
    Q_DECLARE_TR_FUNCTIONS(mb::Encryption)
public:
    // Rewrites the database at path, opened with currentPassphrase (empty for a plain file), under newPassphrase
    // (empty: a plain file). The data go into a new file in the same folder; it is checked (integrity, audit
    // chain, schema, the row count of every table) and gets an audit row saying what changed; then it is synced
    // and renamed over the old file. A crash at any moment leaves the old database or the new one, each complete.
    // The caller must have closed its own connections to the file; another program that has it open is refused
    // (Locked). Throws StorageError: WrongPassphrase, Encrypted (no passphrase for an encrypted file), InvalidInput
    // when there is nothing to change (a plain file to decrypt), or the check's failure; the old file is then
    // kept as it was.
    static EncryptionResult rewrite(const QString& path, const QByteArray& currentPassphrase,
                                    const QByteArray& newPassphrase);

    // Copies from's schema and data (sqlcipher_export) into target, an empty file that exists, encrypted with
    // passphrase (empty: plain), with from's schema version and application id, in pages of pageSize bytes.
    static void exportCopy(Database& from, const QString& target, const QByteArray& passphrase,
                           int pageSize = Database::pageSize);

    // Removes what killed rewrites of the database left beside it (<name>.rekey.*.part, which may be a plain copy
    // of an encrypted database). Only while holding the database's write lock: then no rewrite is running.
    static void removeLeftovers(const QString& databasePath);

    // The files in the database's backup folder that hold a plain (unencrypted) copy of it.
    static QStringList plainBackupsOf(const QString& databasePath);
};

} // namespace mb
