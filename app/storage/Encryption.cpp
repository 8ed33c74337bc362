// sqlcipher_export into a file beside the database, checked, synced and renamed over it (docs/SECURITY.md).
#include "storage/Encryption.h"

#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/ChainAnchor.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mb {

namespace {

using Code = StorageError::Code;

QString displayName(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

void syncPath(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        ::close(fd);
    }
}

QString newFileBeside(const QString& databasePath)
{
    QTemporaryFile file(databasePath + u".rekey.XXXXXX.part");
    file.setAutoRemove(false);
    if (!file.open())
        throw StorageError(Code::CannotOpen, Encryption::tr("Cannot write a new file beside “%1”: %2")
                                                 .arg(displayName(databasePath), file.errorString()));
    return file.fileName();
}

// Every table of the schema with its number of rows.
QMap<QString, qint64> rowCounts(Database& db)
{
    QStringList tables;
    Statement list = db.prepare(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                                u"ESCAPE '\\' ORDER BY name");
    while (list.step())
        tables.append(list.text(0));
    QMap<QString, qint64> counts;
    for (const QString& table : std::as_const(tables)) {
        Statement count = db.prepare(QString(u"SELECT count(*) FROM \"" + table + u"\""));
        count.step();
        counts.insert(table, count.int64(0));
    }
    return counts;
}

QString changeName(bool wasEncrypted, bool encrypted)
{
    if (!wasEncrypted)
        return QStringLiteral("encrypted");
    return encrypted ? QStringLiteral("passphrase_changed") : QStringLiteral("decrypted");
}

// The new file, opened with its key: its audit row, then the checks. Returns its report.
VerifyReport recordAndCheck(const QString& file, const QByteArray& passphrase, const QMap<QString, qint64>& before,
                            const QString& change)
{
    const auto copy = Database::open(file, {.create = false, .writeBackup = true, .passphrase = passphrase});
    if (copy->isEncrypted() != !passphrase.isEmpty())
        throw StorageError(Code::Failed, Encryption::tr("The new file is not what was asked for (%1).").arg(change));
    AuditLog(*copy).recordEvent(AuditLog::Action::Security, QStringLiteral("database"),
                                {{QStringLiteral("change"), change}});
    QMap<QString, qint64> expected = before;
    expected[QStringLiteral("audit")] += 1;
    const QMap<QString, qint64> after = rowCounts(*copy);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (after.value(it.key(), -1) != it.value())
            throw StorageError(Code::Failed, Encryption::tr("The new file has %1 rows in %2 instead of %3.")
                                                 .arg(after.value(it.key(), -1))
                                                 .arg(it.key())
                                                 .arg(it.value()));
    if (after.size() != expected.size())
        throw StorageError(Code::Failed, Encryption::tr("The new file does not have the same tables."));
    const VerifyReport report = Verifier::verify(*copy);
    if (!report.ok())
        throw StorageError(Code::Failed,
                           Encryption::tr("The new file failed its check: %1").arg(Verifier::problem(report)));
    return report;
}

// A file with another name (a hard link) would keep the old contents under that name after the rename.
void refuseOtherNames(const QString& path)
{
    struct stat info = {};
    if (stat(QFile::encodeName(path).constData(), &info) == 0 && info.st_nlink > 1)
        throw StorageError(Code::InvalidInput,
                           Encryption::tr("“%1” has %n other name(s) (hard links). Rewriting it would leave the old "
                                          "contents under them; remove them first. Nothing was changed.",
                                          nullptr, int(info.st_nlink - 1))
                               .arg(displayName(path)));
}

} // namespace

void Encryption::exportCopy(Database& from, const QString& target, const QByteArray& passphrase, int pageSize)
{
    {
        Statement attach = from.prepare(u"ATTACH DATABASE ?1 AS rekeyed KEY ?2");
        attach.bind(1, target).bind(2, QString::fromUtf8(passphrase)); // text: a passphrase, not a raw key
        attach.step();
    }
    const auto detach =
        qScopeGuard([&] { sqlite3_exec(from.handle(), "DETACH DATABASE rekeyed", nullptr, nullptr, nullptr); });
    // Before the first page is written: the new file's page size (an encrypted one's is SQLCipher's setting).
    from.exec(QStringLiteral("PRAGMA rekeyed.%1 = %2")
                  .arg(passphrase.isEmpty() ? u"page_size" : u"cipher_page_size")
                  .arg(pageSize));
    from.exec(u"SELECT sqlcipher_export('rekeyed')");
    // One self-contained file: the connection's WAL setting applies to what it attaches too.
    from.exec(QStringLiteral("PRAGMA rekeyed.user_version = %1; PRAGMA rekeyed.application_id = %2; "
                             "PRAGMA rekeyed.journal_mode = DELETE")
                  .arg(from.userVersion())
                  .arg(Database::applicationId));
}

EncryptionResult Encryption::rewrite(const QString& givenPath, const QByteArray& currentPassphrase,
                                     const QByteArray& newPassphrase)
{
    // The file itself, not a link to it: the new file replaces the old one where it is.
    const QString path = QFileInfo(givenPath).exists() ? QFileInfo(givenPath).canonicalFilePath() : givenPath;
    refuseOtherNames(path);
    auto source = Database::open(path, {.create = false, .passphrase = currentPassphrase});
    const bool wasEncrypted = source->isEncrypted();
    if (!wasEncrypted && newPassphrase.isEmpty())
        throw StorageError(Code::InvalidInput,
                           tr("“%1” is not encrypted; there is nothing to decrypt.").arg(displayName(path)));
    source->requireWritable();
    if (const VerifyReport report = Verifier::verify(*source, Verifier::Depth::Quick); !report.ok())
        throw StorageError(Code::Corrupt, tr("“%1” failed its check (%2), so it was left as it is. Restore a backup "
                                             "first.")
                                              .arg(displayName(path), Verifier::problem(report)));
    source->exec(u"PRAGMA wal_checkpoint(TRUNCATE)");
    Encryption::removeLeftovers(path);
    const QString file = newFileBeside(path);
    bool placed = false;
    const auto cleanUp = qScopeGuard([&] {
        if (!placed)
            for (const char16_t* suffix : {u"", u"-journal", u"-wal", u"-shm"})
                QFile::remove(file + suffix);
        QFile::remove(ChainAnchor::fileFor(file)); // the new file's audit row moved an anchor of its own
    });
    const QMap<QString, qint64> before = rowCounts(*source);
    exportCopy(*source, file, newPassphrase);

    EncryptionResult result;
    result.path = path;
    result.encrypted = !newPassphrase.isEmpty();
    result.report = recordAndCheck(file, newPassphrase, before, changeName(wasEncrypted, result.encrypted));
    for (const qint64 rows : before)
        result.rows += rows;

    // The old file without its log, so that no -wal of it lies beside the new one; then the new one in its place.
    source->exec(u"PRAGMA journal_mode = DELETE");
    syncPath(file);
    if (std::rename(QFile::encodeName(file).constData(), QFile::encodeName(path).constData()) != 0)
        throw StorageError(Code::Failed, tr("Cannot put the new file in place of “%1”: %2")
                                             .arg(displayName(path), QString::fromLocal8Bit(strerror(errno))));
    placed = true;
    syncPath(QFileInfo(path).absolutePath());
    source.reset();
    result.plainBackups = plainBackupsOf(path);
    return result;
}

void Encryption::removeLeftovers(const QString& databasePath)
{
    const QFileInfo database(databasePath);
    const QDir folder = database.absoluteDir();
    for (const QString& name : folder.entryList({database.fileName() + u".rekey.*.part*"}, QDir::Files))
        QFile::remove(folder.filePath(name));
}

QStringList Encryption::plainBackupsOf(const QString& databasePath)
{
    QStringList plain;
    const QDir folder(Backup::defaultFolder(databasePath));
    for (const QFileInfo& file : folder.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name)) {
        if (Database::hasUnreadableHeader(file.absoluteFilePath()) || file.size() == 0)
            continue;
        try {
            Database::checkFile(file.absoluteFilePath());
            plain.append(file.absoluteFilePath());
        } catch (const StorageError&) {
            // not one of ours
        }
    }
    return plain;
}

} // namespace mb
