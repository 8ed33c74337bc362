// sqlite3_backup_* in both directions: out to a temporary file that is checked and renamed into place, and
// in from a checked backup into the live database, which SQLite writes as a single transaction.
#include "storage/Backup.h"

#include "core/Clock.h"
#include "core/DateText.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>
#include <utility>

namespace mb {

namespace {

using Code = StorageError::Code;

// A plain connection for the other end of a backup; closed on every path out.
class Connection {
public:
    Connection(const QString& path, int flags)
    {
        const int rc =
            sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags | SQLITE_OPEN_EXRESCODE, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_close_v2(std::exchange(m_db, nullptr)); // no destructor runs for a constructor that throws
            Database::throwError(nullptr, rc);
        }
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    sqlite3* handle() const { return m_db; }
    void exec(const char* sql) const
    {
        if (const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); rc != SQLITE_OK)
            Database::throwError(m_db, rc);
    }

private:
    sqlite3* m_db = nullptr;
};

// Copies every page of from's main database into to's, as one write transaction on to.
void copyPages(sqlite3* from, sqlite3* to)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        Database::throwError(to, sqlite3_extended_errcode(to));
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50); // another connection is writing; the backup starts over once it is done
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        Database::throwError(to, rc);
    if (finish != SQLITE_OK)
        Database::throwError(to, finish);
}

int pageSize(sqlite3* db)
{
    sqlite3_stmt* st = nullptr;
    int size = 0;
    if (sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        size = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return size;
}

QString sameFolderTemporary(const QString& target)
{
    QTemporaryFile file(target + u".XXXXXX.part");
    file.setAutoRemove(false);
    if (!file.open())
        throw StorageError(
            Code::CannotOpen,
            Backup::tr("Cannot write the backup “%1”: %2").arg(QDir::toNativeSeparators(target), file.errorString()));
    return file.fileName();
}

void removeWithJournal(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + u"-journal");
}

// rename(2) replaces the target in one step; syncing the folder makes the new name survive a power cut.
void moveIntoPlace(const QString& from, const QString& to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(strerror(errno));
        removeWithJournal(from);
        throw StorageError(Code::Failed, Backup::tr("Cannot put the backup in place as “%1”: %2").arg(to, reason));
    }
    const int folder = open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (folder >= 0) {
        fsync(folder);
        close(folder);
    }
}

bool sameFile(const QString& a, const QString& b)
{
    const QFileInfo left(a);
    const QFileInfo right(b);
    return left.exists() && right.exists() ? left.canonicalFilePath() == right.canonicalFilePath()
                                           : left.absoluteFilePath() == right.absoluteFilePath();
}

BackupStamp nowStamp()
{
    const QDateTime now = clock().nowLocal();
    return {now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second())};
}

QString stemOf(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

} // namespace

QString Backup::defaultFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

BackupResult Backup::write(Database& db, const QString& target)
{
    const QString path = QFileInfo(target).absoluteFilePath();
    refuseToOverwrite(db.path(), path);
    BackupResult result = copyTo(db, path, false);
    if (db.isReadOnly())
        return result;
    try {
        AuditLog(db).recordEvent(AuditLog::Action::Backup, QStringLiteral("database"),
                                 {{QStringLiteral("file"), result.file},
                                  {QStringLiteral("bytes"), result.bytes},
                                  {QStringLiteral("audit_rows"), result.report.auditRows}});
        result.recorded = true;
    } catch (const StorageError&) {
        // The backup is good and in place; only the note about it is missing, which recorded says.
    }
    return result;
}

void Backup::refuseToOverwrite(const QString& databasePath, const QString& target)
{
    if (sameFile(databasePath, target))
        throw StorageError(Code::InvalidInput,
                           tr("“%1” is the database itself; choose another file for the backup.").arg(target));
    if (QFileInfo(target).isDir())
        throw StorageError(Code::InvalidInput, tr("“%1” is a folder; give a file name for the backup.").arg(target));
    if (QFileInfo(target).size() == 0)
        return;
    try {
        Database::checkFile(target);
    } catch (const StorageError& e) {
        if (e.code() == Code::NotADatabase || e.code() == Code::NotMoodBiome || e.code() == Code::CannotOpen)
            throw StorageError(Code::InvalidInput, tr("“%1” already exists and is not a MoodBiome database, so it "
                                                      "was not overwritten. Choose another file name.")
                                                       .arg(target));
    }
}

BackupResult Backup::copyTo(Database& db, const QString& target, bool keepDamaged)
{
    if (!makePrivateFolders(QFileInfo(target).absolutePath()))
        throw StorageError(Code::CannotOpen,
                           tr("Cannot create the folder “%1”.").arg(QFileInfo(target).absolutePath()));
    const QString temporary = sameFolderTemporary(target);
    BackupResult result;
    try {
        {
            const Connection copy(temporary, SQLITE_OPEN_READWRITE);
            copyPages(db.handle(), copy.handle());
            copy.exec("PRAGMA journal_mode = DELETE"); // one self-contained file, without -wal and -shm
        }
        result.report = Verifier::verifyFile(temporary);
    } catch (...) {
        removeWithJournal(temporary);
        throw;
    }
    if (!result.report.ok() && !keepDamaged) {
        removeWithJournal(temporary);
        throw StorageError(Code::Corrupt, tr("The backup was not kept: the copy failed its check (%1). The "
                                             "database itself was not changed; run a verification of it.")
                                              .arg(Verifier::problem(result.report)));
    }
    moveIntoPlace(temporary, target);
    result.file = target;
    result.bytes = QFileInfo(target).size();
    return result;
}

AutomaticBackupResult Backup::automatic(Database& db, const QString& folder, const BackupPolicy& policy)
{
    const QString stem = stemOf(db.path());
    AutomaticBackupResult result;
    result.backup = write(db, QDir(folder).filePath(backupFileName(stem, nowStamp())));
    const RotationPlan plan = planRotation(stem, QDir(folder).entryList(QDir::Files), policy);
    for (const QString& name : plan.remove)
        if (QFile::remove(QDir(folder).filePath(name)))
            result.removed.append(name);
    return result;
}

std::optional<BackupStamp> Backup::latestAutomatic(const QString& databasePath, const QString& folder)
{
    const QString stem = stemOf(databasePath);
    std::optional<BackupStamp> latest;
    for (const QString& name : QDir(folder).entryList(QDir::Files))
        if (const auto stamp = backupStampOf(stem, name))
            if (!latest || std::pair(stamp->date, stamp->time) > std::pair(latest->date, latest->time))
                latest = stamp;
    return latest;
}

VerifyReport Backup::checkRestorable(const QString& backupFile)
{
    const QString name = QDir::toNativeSeparators(backupFile);
    if (!QFileInfo(backupFile).isFile())
        throw StorageError(Code::CannotOpen, tr("“%1” does not exist.").arg(name));
    const VerifyReport report = Verifier::verifyFile(backupFile);
    if (!report.ours)
        throw StorageError(Code::NotMoodBiome,
                           tr("“%1” is not a MoodBiome database, so nothing was restored.").arg(name));
    if (!report.integrityOk())
        throw StorageError(Code::Corrupt, tr("“%1” fails its integrity check (%2), so nothing was restored.")
                                              .arg(name, report.integrityProblems.first()));
    if (!report.chainOk())
        throw StorageError(
            Code::Corrupt,
            tr("The audit trail of “%1” is broken (%2), so nothing was restored.").arg(name, report.chainProblem));
    return report;
}

QString Backup::safetyCopyPath(const QString& databasePath, const QString& folder)
{
    const QString name = beforeRestoreFileName(stemOf(databasePath), nowStamp());
    QString path = QDir(folder).filePath(name);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(name.chopped(7) + u'-' + QString::number(n) + u".sqlite");
    return path;
}

RestoreResult Backup::restore(Database& db, const QString& backupFile, const QString& safetyFolder)
{
    const QString source = QFileInfo(backupFile).absoluteFilePath();
    if (sameFile(db.path(), source))
        throw StorageError(Code::InvalidInput, tr("“%1” is the database itself, not a backup of it.").arg(source));
    db.requireWritable();
    RestoreResult result;
    result.restoredFrom = source;
    result.backupReport = checkRestorable(source);
    result.dataFromUtc = result.backupReport.lastDataChangeUtc;

    if (!safetyFolder.isEmpty()) {
        // The database as it is, kept even when damaged: it may be all there is of the newest changes.
        const BackupResult safety = copyTo(db, safetyCopyPath(db.path(), safetyFolder), true);
        result.safetyCopy = safety.file;
        result.safetyCopyVerified = safety.report.ok();
    }

    {
        const Connection from(source, SQLITE_OPEN_READONLY);
        // SQLite cannot change the page size of a WAL database, so a backup with another one goes in
        // through the rollback journal.
        const bool viaJournal = pageSize(from.handle()) != pageSize(db.handle());
        if (viaJournal)
            db.exec(u"PRAGMA journal_mode = DELETE");
        copyPages(from.handle(), db.handle());
        if (viaJournal)
            db.exec(u"PRAGMA journal_mode = WAL");
    }
    AuditLog(db).recordEvent(
        AuditLog::Action::RestoreBackup, QStringLiteral("database"),
        {{QStringLiteral("from"), source},
         {QStringLiteral("data_from"), result.dataFromUtc.isValid() ? isoUtc(result.dataFromUtc) : QString()},
         {QStringLiteral("safety_copy"), result.safetyCopy},
         {QStringLiteral("audit_rows"), result.backupReport.auditRows}});
    if (db.userVersion() < Migrations::latestVersion)
        Migrations::migrate(db, Migrations::latestVersion);
    return result;
}

} // namespace mb
