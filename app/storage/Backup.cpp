// sqlite3_backup_* in both directions: out to a temporary file that is checked and renamed into place, and
// in from a checked backup into the live database, which SQLite writes as a single transaction.
#include "storage/Backup.h"

#include "core/Clock.h"
#include "core/DateText.h"
#include "storage/AuditLog.h"
#include "storage/ChainAnchor.h"
#include "storage/Database.h"
#include "storage/Encryption.h"
#include "storage/Engine.h"
#include "storage/InstanceLock.h"
#include "storage/Migrations.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryFile>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace mb {

namespace {

using Code = StorageError::Code;

// A connection for the other end of a backup, with the database's key and page size when it is encrypted (a
// backup of an encrypted database is encrypted with the same key, and SQLCipher copies pages only between files
// of one page size); closed on every path out.
class Connection {
public:
    Connection(const QString& path, int flags, const QByteArray& passphrase = {}, int cipherPageSize = 0)
    {
        Engine::require();
        int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags | SQLITE_OPEN_EXRESCODE, nullptr);
        if (rc == SQLITE_OK && !passphrase.isEmpty())
            rc = sqlite3_key_v2(m_db, "main", passphrase.constData(), int(passphrase.size()));
        if (rc == SQLITE_OK && cipherPageSize > 0)
            rc = Database::setCipherPageSize(m_db, cipherPageSize);
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

// Bytes per step of a backup made in steps: a few milliseconds each, so that a stop is quick.
constexpr int bytesPerStep = 4 * 1024 * 1024;

int pageSize(sqlite3* db);

// Copies from's main database into to's in steps, calling progress after each. A read transaction on from, held
// from the first step to the last, keeps the copy one snapshot; SQLite would start over after every write of
// another connection otherwise (and a diary in use might never finish).
void copyPagesInSteps(sqlite3* from, sqlite3* to, const BackupProgress& progress)
{
    const bool ownSnapshot = sqlite3_get_autocommit(from) != 0;
    if (ownSnapshot)
        if (const int rc = sqlite3_exec(from, "BEGIN; SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
            rc != SQLITE_OK) {
            sqlite3_exec(from, "ROLLBACK", nullptr, nullptr, nullptr);
            Database::throwError(from, rc);
        }
    const auto endSnapshot = qScopeGuard([&] {
        if (ownSnapshot)
            sqlite3_exec(from, "ROLLBACK", nullptr, nullptr, nullptr); // it only read
    });
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        Database::throwError(to, sqlite3_extended_errcode(to));
    const int pagesPerStep = std::max(1, bytesPerStep / std::max(512, pageSize(from)));
    int rc = SQLITE_OK;
    try {
        for (int busy = 0; busy < 100;) {
            rc = sqlite3_backup_step(backup, pagesPerStep);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                ++busy;
                sqlite3_sleep(50);
                continue;
            }
            if (rc != SQLITE_OK && rc != SQLITE_DONE)
                break;
            const qint64 total = sqlite3_backup_pagecount(backup);
            progress(total - sqlite3_backup_remaining(backup), total);
            if (rc == SQLITE_DONE)
                break;
        }
    } catch (...) {
        sqlite3_backup_finish(backup);
        throw;
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        Database::throwError(to, rc);
    if (finish != SQLITE_OK)
        Database::throwError(to, finish);
}

// SQLite's progress handler: asks progress every few thousand instructions and interrupts the statement when it
// throws (the exception cannot cross SQLite; the caller asks progress once more afterwards, which throws again).
int askProgress(void* progress)
{
    const auto& ask = *static_cast<const std::pair<const BackupProgress*, qint64>*>(progress);
    try {
        (*ask.first)(ask.second, ask.second);
        return 0;
    } catch (...) {
        return 1;
    }
}

// Verifier::verifyFile, asking progress while it reads; an interrupted check reports a problem, never success.
VerifyReport verifyStoppable(const QString& file, const QByteArray& passphrase, const BackupProgress& progress)
{
    const auto db = Database::open(file, {.create = false, .migrateTo = 0, .readOnly = true, .passphrase = passphrase});
    const std::pair<const BackupProgress*, qint64> ask{&progress, QFileInfo(file).size()};
    sqlite3_progress_handler(db->handle(), 10000, askProgress, const_cast<void*>(static_cast<const void*>(&ask)));
    VerifyReport report;
    try {
        report = Verifier::verify(*db, Verifier::Depth::Full);
    } catch (const StorageError&) {
        progress(ask.second, ask.second); // an interrupted statement: the stop, not a failure, goes on
        throw;
    }
    sqlite3_progress_handler(db->handle(), 0, nullptr, nullptr);
    progress(ask.second, ask.second); // throws when the check was stopped
    return report;
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

// The file a backup is written to until it is checked and renamed into place ("<target>.XXXXXX.part"), held
// under an flock(2) lock of its own (apart from SQLite's fcntl locks) while it is written, so that a later backup
// tells a killed one's leftover (nobody holds it) from one still being made by another thread or program.
class PartFile {
public:
    explicit PartFile(const QString& target)
    {
        // The leftover cleaning of another backup may remove the new file before it is locked: then a new one.
        for (int attempt = 0; attempt < 10 && m_fd < 0; ++attempt) {
            m_path = sameFolderTemporary(target);
            m_fd = open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
            struct stat held = {};
            struct stat named = {};
            if (m_fd >= 0 && (flock(m_fd, LOCK_EX) != 0 || fstat(m_fd, &held) != 0 ||
                              stat(QFile::encodeName(m_path).constData(), &named) != 0 || held.st_ino != named.st_ino))
                close(std::exchange(m_fd, -1));
        }
        if (m_fd < 0)
            throw StorageError(Code::CannotOpen,
                               Backup::tr("Cannot write the backup “%1”.").arg(QDir::toNativeSeparators(target)));
    }
    ~PartFile() { close(m_fd); }
    PartFile(const PartFile&) = delete;
    PartFile& operator=(const PartFile&) = delete;
    const QString& path() const { return m_path; }

private:
    QString m_path;
    int m_fd = -1;
};

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

// A database SQLite works on in WAL mode (header bytes 18 and 19 are 2); the copies Backup writes never are.
bool isWalDatabase(const QString& path)
{
    const auto start = InstanceLock::readStart(path, 20); // it may be the open database: its locks stay
    if (!start)
        return false;
    const QByteArray& header = start->bytes;
    return header.size() == 20 && header.startsWith(QByteArrayView("SQLite format 3\0", 16)) &&
           (header.at(18) == 2 || header.at(19) == 2);
}

// The database files SQLite may keep beside a database.
void removeDatabaseFiles(const QString& path)
{
    for (const char16_t* suffix : {u"", u"-journal", u"-wal", u"-shm", u".lock"})
        QFile::remove(path + suffix);
}

// The private copies of restores that were killed: the one restoring into a database holds its lock, so no
// other restore of it is running.
void removeStagedLeftovers(const QString& databasePath)
{
    const QFileInfo database(databasePath);
    const QDir folder = database.absoluteDir();
    for (const QString& name : folder.entryList({database.fileName() + u".restore.*.part*"}, QDir::Files))
        QFile::remove(folder.filePath(name));
}

// Whether name is an unfinished copy (PartFile) of a backup named target, or of one of the database's own names
// (stem with a date and time: automatic, manual, before a restore).
bool isPartOf(const QString& name, const QString& target, const QString& stem)
{
    static const QRegularExpression part(QStringLiteral("^(.+)\\.[A-Za-z0-9]{6}\\.part$"));
    static const QRegularExpression stamped(
        QStringLiteral("^-\\d{4}-\\d{2}-\\d{2}-\\d{6}(-manual|-before-restore(-\\d+)?)?\\.sqlite$"));
    const auto match = part.match(name);
    if (!match.hasMatch())
        return false;
    const QString base = match.captured(1);
    return base == target || (base.startsWith(stem) && stamped.match(QStringView(base).mid(stem.size())).hasMatch());
}

// The unfinished copies of killed backups (a full copy of the data each, with a hot journal) beside target: those
// of its name and of the database's own names that no backup holds (PartFile) any more. One of another database
// named alike may go too: nobody can finish it.
void removeKilledCopies(const QString& target, const QString& stem)
{
    const QFileInfo info(target);
    const QDir folder = info.absoluteDir();
    for (const QString& name :
         folder.entryList({QStringLiteral("*.part"), QStringLiteral("*.part-journal")}, QDir::Files | QDir::Hidden)) {
        const bool journal = name.endsWith(u"-journal");
        const QString copy = journal ? name.chopped(8) : name;
        if (!isPartOf(copy, info.fileName(), stem))
            continue;
        if (journal) { // its copy is dealt with below, or gone already
            if (!QFileInfo::exists(folder.filePath(copy)))
                QFile::remove(folder.filePath(name));
            continue;
        }
        const QString path = folder.filePath(copy);
        const int fd = open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        if (flock(fd, LOCK_EX | LOCK_NB) == 0) // held while removed: a PartFile made meanwhile sees it go
            removeWithJournal(path);
        close(fd);
    }
}

// "table entry: CREATE TABLE …" for every object of the schema, in a fixed order.
QStringList schemaOf(Database& db)
{
    Statement st = db.prepare(u"SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema "
                              u"WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name");
    QStringList objects;
    while (st.step())
        objects.append(st.text(0));
    return objects;
}

// The first object in which db's schema differs from the one this version creates for schema version
// db.userVersion(); empty when none does.
QString schemaDifference(Database& db)
{
    const auto fresh = Database::open(QStringLiteral(":memory:"), {.migrateTo = db.userVersion()});
    const QStringList expected = schemaOf(*fresh);
    const QStringList actual = schemaOf(db);
    for (const QString& object : expected)
        if (!actual.contains(object))
            return Backup::tr("%1 is missing or different").arg(object.section(u':', 0, 0));
    for (const QString& object : actual)
        if (!expected.contains(object))
            return Backup::tr("%1 does not belong to MoodBiome").arg(object.section(u':', 0, 0));
    return {};
}

void requireSchema(Database& db, const QString& name)
{
    if (const QString difference = schemaDifference(db); !difference.isEmpty())
        throw StorageError(Code::Corrupt, Backup::tr("“%1” does not have the tables of a MoodBiome database (%2), "
                                                     "so nothing was restored.")
                                              .arg(name, difference));
}

// The first few of problems, for a sentence: "a; b; c and 4 more".
QString firstProblems(const QStringList& problems)
{
    constexpr qsizetype named = 3;
    QString text = problems.mid(0, named).join(QStringLiteral("; "));
    if (problems.size() > named)
        text += Backup::tr(" and %n more", nullptr, int(problems.size() - named));
    return text;
}

// Refuses a report of a file to be restored that is not a usable MoodBiome database; name is the backup's. Everything
// verify checks and a site merge requires counts, the data against the audit trail and the rules for values
// included: a backup whose data were changed outside MoodBiome would make the database fail verify, and its values
// go on into exports (docs/THREAT_MODEL.md). Only the anchors are not held against it: a backup is older by nature.
void requireRestorable(const VerifyReport& report, const QString& name)
{
    if (!report.ours)
        throw StorageError(Code::NotMoodBiome,
                           Backup::tr("“%1” is not a MoodBiome database, so nothing was restored.").arg(name));
    if (!report.integrityOk())
        throw StorageError(Code::Corrupt, Backup::tr("“%1” is damaged: it fails its integrity check (%2), so "
                                                     "nothing was restored. Choose another backup.")
                                              .arg(name, report.integrityProblems.first()));
    if (report.schemaVersion < 1)
        throw StorageError(Code::NotMoodBiome, Backup::tr("“%1” holds no MoodBiome data (schema version %2), so "
                                                          "nothing was restored.")
                                                   .arg(name)
                                                   .arg(report.schemaVersion));
    if (!report.chainOk())
        throw StorageError(Code::Corrupt, Backup::tr("The audit trail of “%1” is broken (%2), so nothing was restored.")
                                              .arg(name, report.chainProblem));
    if (!report.schemaOk())
        throw StorageError(Code::Corrupt, Backup::tr("The schema of “%1” was changed outside MoodBiome (%2), so "
                                                     "nothing was restored. Choose another backup.")
                                              .arg(name, report.schemaProblems.first()));
    if (!report.dataOk())
        throw StorageError(Code::Corrupt, Backup::tr("The data in “%1” were changed outside MoodBiome (%2), so "
                                                     "nothing was restored. Choose another backup.")
                                              .arg(name, firstProblems(report.dataProblems)));
}

// Runs step, which opens the backup (or its private copy) to read it. A file SQLite finds damaged (truncated,
// pages overwritten) is refused as the backup it is: "restore it from a backup" is no advice for a backup.
template <typename Step> auto readingBackup(const QString& name, Step step)
{
    try {
        return step();
    } catch (const StorageError& e) {
        if (e.code() != Code::Corrupt)
            throw;
        throw StorageError(Code::Corrupt, Backup::tr("“%1” is damaged: SQLite cannot read it (%2), so nothing "
                                                     "was restored. Choose another backup.")
                                              .arg(name, QString::fromUtf8(sqlite3_errstr(SQLITE_CORRUPT))));
    }
}

// Runs step; a failure that does not name the backup is reported as one of the backup.
template <typename Step> auto blamingBackup(const QString& name, Step step)
{
    try {
        return step();
    } catch (const StorageError& e) {
        if (e.message().contains(name))
            throw;
        throw StorageError(e.code(),
                           Backup::tr("“%1” cannot be restored, so nothing was restored: %2").arg(name, e.message()));
    }
}

BackupStamp nowStamp()
{
    const QDateTime now = clock().nowLocal();
    return {now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second())};
}

// The name a database's backups begin with: its file name without ".sqlite" (backups have always been named so),
// any other file name whole, so that study.db's backups are not taken for those of study.sqlite beside it.
QString stemOf(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.suffix() == u"sqlite" ? info.completeBaseName() : info.fileName();
}

// The hash of the first audit row of the database or backup at file (which database it is, or is a backup of);
// nothing when it cannot be read with passphrase.
std::optional<QString> firstRowOf(const QString& file, const QByteArray& passphrase)
{
    try {
        if (Database::hasUnreadableHeader(file) && passphrase.isEmpty())
            return std::nullopt;
        const auto backup =
            Database::open(file, {.create = false, .migrateTo = 0, .readOnly = true, .passphrase = passphrase});
        return ChainAnchor::hashAt(*backup, 1);
    } catch (const StorageError&) {
        return std::nullopt;
    }
}

// Whether file is a backup of db (its first audit row is db's). Rotation removes only those: a file named like
// ours may be another database's (one named alike, a clone's, a copy put there by hand).
bool isBackupOf(const Database& db, const QString& file)
{
    try {
        return firstRowOf(file, db.passphrase()) == ChainAnchor::hashAt(db, 1);
    } catch (const StorageError&) {
        return false;
    }
}

// Whether db and another (a backup) begin with different first audit rows; false when db's cannot be read (a
// damaged database may be restored over) or it has none.
bool firstRowsDiffer(const Database& db, const std::optional<QString>& otherFirstRow)
{
    try {
        const QString own = ChainAnchor::hashAt(db, 1);
        return otherFirstRow && !own.isEmpty() && *otherFirstRow != own;
    } catch (const StorageError&) {
        return false;
    }
}

} // namespace

QString Backup::defaultFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

BackupResult Backup::write(Database& db, const QString& target, const BackupProgress& progress)
{
    const QString path = QFileInfo(target).absoluteFilePath();
    refuseToOverwrite(db, path);
    BackupResult result = copyTo(db, path, false, progress);
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

void Backup::refuseToOverwrite(const Database& db, const QString& target)
{
    if (sameFile(db.path(), target))
        throw StorageError(Code::InvalidInput,
                           tr("“%1” is the database itself; choose another file for the backup.").arg(target));
    if (QFileInfo(target).isDir())
        throw StorageError(Code::InvalidInput, tr("“%1” is a folder; give a file name for the backup.").arg(target));
    // The copy is renamed into place, which would replace a FIFO or a device node (as root, even /dev/null).
    struct stat info = {};
    if (stat(QFile::encodeName(target).constData(), &info) == 0 && !S_ISREG(info.st_mode))
        throw StorageError(Code::InvalidInput, tr("“%1” is not a regular file (a device, pipe or socket), so it was "
                                                  "not replaced; a backup is a file of its own. Give a file name "
                                                  "for the backup.")
                                                   .arg(target));
    for (const char16_t* suffix : {u"-wal", u"-shm", u"-journal"})
        if (QFileInfo::exists(target + suffix))
            throw StorageError(Code::InvalidInput,
                               tr("“%1” is a database in use (“%2” lies beside it), so it was not overwritten. "
                                  "Choose another file name.")
                                   .arg(target, QFileInfo(target + suffix).fileName()));
    if (QFileInfo(target).size() == 0)
        return;
    if (isWalDatabase(target))
        throw StorageError(Code::InvalidInput, tr("“%1” is a working database, not a backup (backups are never in "
                                                  "WAL mode), so it was not overwritten. Choose another file name.")
                                                   .arg(target));
    QString firstRow; // the hash of its first audit row: which database it is a backup of
    try {
        if (!Database::hasUnreadableHeader(target)) // only a backup under the same key may be replaced
            Database::checkFile(target);
        const auto backup =
            Database::open(target, {.create = false, .migrateTo = 0, .readOnly = true, .passphrase = db.passphrase()});
        firstRow = ChainAnchor::hashAt(*backup, 1);
    } catch (const StorageError& e) {
        if (e.code() != Code::NewerSchema)
            throw StorageError(Code::InvalidInput, tr("“%1” already exists and is not a MoodBiome database (or one "
                                                      "that cannot be read with this database's passphrase), so it "
                                                      "was not overwritten. Choose another file name.")
                                                       .arg(target));
    }
    // Another study's backup of the same name is all there may be of that study.
    if (!firstRow.isEmpty() && firstRow != ChainAnchor::hashAt(db, 1))
        throw StorageError(Code::InvalidInput, tr("“%1” is a backup of another database, so it was not overwritten. "
                                                  "Choose another file name.")
                                                   .arg(target));
}

BackupResult Backup::copyTo(Database& db, const QString& target, bool keepDamaged, const BackupProgress& progress)
{
    if (!makePrivateFolders(QFileInfo(target).absolutePath()))
        throw StorageError(Code::CannotOpen,
                           tr("Cannot create the folder “%1”.").arg(QFileInfo(target).absolutePath()));
    removeKilledCopies(target, stemOf(db.path()));
    const PartFile part(target); // locked until the copy is in place or removed
    const QString& temporary = part.path();
    BackupResult result;
    try {
        {
            const Connection copy(temporary, SQLITE_OPEN_READWRITE, db.passphrase(), db.cipherPageSize());
            if (progress)
                copyPagesInSteps(db.handle(), copy.handle(), progress);
            else
                copyPages(db.handle(), copy.handle());
            copy.exec("PRAGMA journal_mode = DELETE"); // one self-contained file, without -wal and -shm
        }
        result.report = progress ? verifyStoppable(temporary, db.passphrase(), progress)
                                 : Verifier::verifyFile(temporary, Verifier::Depth::Full, {}, db.passphrase());
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

AutomaticBackupResult Backup::automatic(Database& db, const QString& folder, const BackupPolicy& policy,
                                        const BackupProgress& progress)
{
    const QString stem = stemOf(db.path());
    AutomaticBackupResult result;
    result.backup = write(db, QDir(folder).filePath(backupFileName(stem, nowStamp())), progress);
    QStringList ours;
    for (const QString& name : QDir(folder).entryList(QDir::Files))
        if (backupStampOf(stem, name) && isBackupOf(db, QDir(folder).filePath(name)))
            ours.append(name);
    const RotationPlan plan = planRotation(stem, ours, policy, clock().today());
    for (const QString& name : plan.remove)
        if (QFile::remove(QDir(folder).filePath(name)))
            result.removed.append(name);
    return result;
}

BackupResult Backup::manual(Database& db, const QString& folder, const BackupProgress& progress)
{
    return write(db, QDir(folder).filePath(manualBackupFileName(stemOf(db.path()), nowStamp())), progress);
}

std::optional<BackupStamp> Backup::latestAutomatic(const Database& db, const QString& folder)
{
    const QString stem = stemOf(db.path());
    const QDate today = clock().today();
    QList<std::pair<BackupStamp, QString>> named;
    for (const QString& name : QDir(folder).entryList(QDir::Files))
        if (const auto stamp = backupStampOf(stem, name); stamp && stamp->date <= today)
            named.append({*stamp, name});
    std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) {
        return std::pair(a.first.date, a.first.time) > std::pair(b.first.date, b.first.time);
    });
    for (const auto& [stamp, name] : std::as_const(named)) // newest first: usually the first is ours
        if (isBackupOf(db, QDir(folder).filePath(name)))
            return stamp;
    return std::nullopt;
}

bool Backup::isOtherDatabasesBackup(const Database& db, const QString& backupFile, const QByteArray& backupPassphrase)
{
    return firstRowsDiffer(db, firstRowOf(backupFile, backupPassphrase));
}

VerifyReport Backup::checkRestorable(const QString& backupFile, const QByteArray& passphrase)
{
    const QString name = QDir::toNativeSeparators(backupFile);
    if (!QFileInfo(backupFile).isFile())
        throw StorageError(Code::CannotOpen, tr("“%1” does not exist.").arg(name));
    const VerifyReport report =
        readingBackup(name, [&] { return Verifier::verifyFile(backupFile, Verifier::Depth::Full, {}, passphrase); });
    requireRestorable(report, name);
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

namespace {
// The backup at source copied into staged with the database's key. Pages copy between files of one key; a backup
// under another key (or none) is re-encrypted with the database's, row by row, from a private copy of it (export
// writes through its connection).
void stage(const Database& db, const QString& source, const QString& staged, const QByteArray& backupPassphrase,
           const QString& name)
{
    if (Database::hasUnreadableHeader(source) || db.isEncrypted()) {
        const QString raw = staged + u".raw";
        const auto removeRaw = qScopeGuard([&] { removeDatabaseFiles(raw); });
        if (!QFile::copy(source, raw))
            throw StorageError(Code::CannotOpen, Backup::tr("Cannot read “%1”.").arg(QDir::toNativeSeparators(source)));
        const auto from =
            Database::open(raw, {.create = false, .migrateTo = 0, .writeBackup = true, .passphrase = backupPassphrase});
        // Into the empty file made before; an encrypted database's pages copy only into its own page size.
        Encryption::exportCopy(*from, staged, db.passphrase(),
                               db.isEncrypted() ? db.cipherPageSize() : Database::pageSize);
        return;
    }
    readingBackup(name, [&] { // the staged file is new: damage found here is the backup's
        const auto from = Database::open(source, {.create = false, .migrateTo = 0, .readOnly = true});
        const Connection copy(staged, SQLITE_OPEN_READWRITE);
        copyPages(from->handle(), copy.handle());
        copy.exec("PRAGMA journal_mode = DELETE");
    });
}

// The private copy made ready to go in: its schema checked before anything runs in it, the restore's own audit
// row added, migrated to this version and verified again.
std::unique_ptr<Database> readyToRestore(const QString& staged, const QByteArray& passphrase, const QString& name,
                                         const QString& source, const RestoreResult& result, const QString& safetyCopy)
{
    return blamingBackup(name, [&] {
        auto ready =
            Database::open(staged, {.create = false, .migrateTo = 0, .writeBackup = true, .passphrase = passphrase});
        requireSchema(*ready, name); // before anything runs in it: a hostile trigger would
        QJsonObject details{
            {QStringLiteral("from"), source},
            {QStringLiteral("data_from"), result.dataFromUtc.isValid() ? isoUtc(result.dataFromUtc) : QString()},
            {QStringLiteral("safety_copy"), safetyCopy},
            {QStringLiteral("audit_rows"), result.backupReport.auditRows}};
        if (result.storedUnencrypted) // an encrypted backup's data, from now on without encryption
            details.insert(QStringLiteral("stored_unencrypted"), true);
        AuditLog(*ready).recordEvent(AuditLog::Action::RestoreBackup, QStringLiteral("database"), details);
        Migrations::migrate(*ready, Migrations::latestVersion);
        requireRestorable(Verifier::verify(*ready), name);
        requireSchema(*ready, name);
        ready->exec(u"PRAGMA journal_mode = DELETE");
        return ready;
    });
}
} // namespace

RestoreResult Backup::restore(Database& db, const QString& backupFile, const QString& safetyFolder,
                              const QByteArray& backupPassphrase, bool otherDatabase)
{
    const QString source = QFileInfo(backupFile).absoluteFilePath();
    const QString name = QDir::toNativeSeparators(backupFile);
    if (sameFile(db.path(), source))
        throw StorageError(Code::InvalidInput, tr("“%1” is the database itself, not a backup of it.").arg(source));
    if (db.isReadOnly())
        db.requireWritable(); // a damaged database may be replaced, a read-only one cannot
    if (!QFileInfo(source).isFile())
        throw StorageError(Code::CannotOpen, tr("“%1” does not exist.").arg(name));
    RestoreResult result;
    result.restoredFrom = source;
    result.storedUnencrypted = !db.isEncrypted() && Database::hasUnreadableHeader(source);

    // Everything happens to a private copy first: the backup cannot change between its check and the restore,
    // and the live database is touched once, by a copy that passed every check and holds its own audit row.
    removeStagedLeftovers(db.path());
    const QString staged = sameFolderTemporary(db.path() + u".restore");
    const auto removeStaged = qScopeGuard([&] {
        removeDatabaseFiles(staged);
        QFile::remove(ChainAnchor::fileFor(staged)); // the private copy's commits left an anchor of their own
    });
    blamingBackup(name, [&] { stage(db, source, staged, backupPassphrase, name); });
    result.backupReport = blamingBackup(name, [&] {
        return readingBackup(name,
                             [&] { return Verifier::verifyFile(staged, Verifier::Depth::Full, {}, db.passphrase()); });
    });
    requireRestorable(result.backupReport, name);
    result.dataFromUtc = result.backupReport.lastDataChangeUtc;

    const QString safetyCopy = safetyFolder.isEmpty() ? QString() : safetyCopyPath(db.path(), safetyFolder);
    const auto copy = readyToRestore(staged, db.passphrase(), name, source, result, safetyCopy);
    // Another study's data in place of this one's only when asked for (a database that holds nothing yet takes any).
    if (!otherDatabase && !safetyFolder.isEmpty() && firstRowsDiffer(db, ChainAnchor::hashAt(*copy, 1)))
        throw StorageError(Code::InvalidInput,
                           tr("“%1” is a backup of another database, not of “%2” (their audit trails begin "
                              "differently), so nothing was restored.")
                               .arg(name, QDir::toNativeSeparators(db.path())));

    if (!safetyCopy.isEmpty()) {
        // The database as it is, kept even when damaged: it may be all there is of the newest changes.
        const BackupResult safety = copyTo(db, safetyCopy, true);
        result.safetyCopy = safety.file;
        result.safetyCopyVerified = safety.report.ok();
    }

    // SQLite cannot change the page size of a WAL database, so a backup with another one goes in through the
    // rollback journal. Either way the data and the audit row of the restore arrive in one transaction.
    ChainAnchor::beforeRestore(db, *copy); // a restore stopped after its commit still moves the anchor later
    const bool viaJournal = pageSize(copy->handle()) != pageSize(db.handle());
    if (viaJournal)
        db.exec(u"PRAGMA journal_mode = DELETE");
    copyPages(copy->handle(), db.handle());
    if (viaJournal)
        db.exec(u"PRAGMA journal_mode = WAL");
    // The pages came in without a transaction of ours: the anchor moves onto the restored chain now, and keeps its
    // restore_backup row as one it saw being made. A restore row it did not see excuses nothing later.
    ChainAnchor::startOver(db, ChainAnchor::StartOver::Restore);
    return result;
}

} // namespace mb
