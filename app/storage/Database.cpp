// Opening a database safely: look at the header before SQLite touches the file, then migrate.
#include "storage/Database.h"

#include "storage/ChainAnchor.h"
#include "storage/Encryption.h"
#include "storage/Engine.h"
#include "storage/InstanceLock.h"
#include "storage/Migrations.h"
#include "storage/SchemaCheck.h"
#include "storage/StorageError.h"
#include "storage/WalCheck.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QtEndian>

#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mb {

namespace {

std::atomic<quint64> openedConnections{0}; // Database::serial

using Code = StorageError::Code;

QString displayName(const QString& path)
{
    return QFileInfo(path).fileName();
}

const QByteArray plainMagic("SQLite format 3\0", 16);

// A file SQLCipher may have written: whole pages of at least 512 bytes. Anything else is not a database at all.
bool couldBeEncrypted(qint64 size)
{
    return size >= 512 && size % 512 == 0;
}

// Refuses a database that is not ours or is newer than this version, from its application id and user version.
void checkIdentity(const QString& path, quint32 appId, quint32 userVersion)
{
    if (appId != Database::applicationId)
        throw StorageError(Code::NotMoodBiome,
                           StorageText::tr("“%1” is an SQLite database, but not a MoodBiome database. "
                                           "It was left unchanged.")
                               .arg(displayName(path)));
    if (userVersion > quint32(Migrations::latestVersion))
        throw StorageError(Code::NewerSchema,
                           StorageText::tr("“%1” was made by a newer version of MoodBiome (schema %2; this "
                                           "version understands up to %3). Update MoodBiome to open it. The "
                                           "file was left unchanged.")
                               .arg(displayName(path))
                               .arg(userVersion)
                               .arg(Migrations::latestVersion));
}

// Reads the 100-byte SQLite header without opening the file through SQLite, so nothing is written.
void checkHeader(const QString& path)
{
    QString problem;
    const auto start = InstanceLock::readStart(path, 100, &problem); // never closes what SQLite holds locks on
    if (!start)
        throw StorageError(Code::CannotOpen, StorageText::tr("Cannot read “%1”: %2").arg(path, problem));
    if (start->size == 0)
        return; // an empty file is an empty database: it becomes a new MoodBiome database
    const QByteArray& header = start->bytes;
    if (header.size() == 100 && header.startsWith(plainMagic))
        return checkIdentity(path, qFromBigEndian<quint32>(header.constData() + 68),
                             qFromBigEndian<quint32>(header.constData() + 60));
    if (couldBeEncrypted(start->size))
        throw StorageError(Code::Encrypted,
                           StorageText::tr("“%1” cannot be read without a passphrase: it is either an encrypted "
                                           "MoodBiome database, or not a database at all. It was left unchanged.")
                               .arg(displayName(path)));
    throw StorageError(
        Code::NotADatabase,
        StorageText::tr("“%1” is not a MoodBiome database: it is not an SQLite database file.").arg(displayName(path)));
}

QString inUseMessage(const QString& path, qint64 pid)
{
    const QString name = displayName(path);
    if (pid > 0)
        return StorageText::tr("“%1” is open in another MoodBiome program (process %2). Close it there and try "
                               "again; nothing was changed here.")
            .arg(name)
            .arg(pid);
    return StorageText::tr("“%1” is open in another MoodBiome program. Close it there and try again; nothing was "
                           "changed here.")
        .arg(name);
}

// Why a file opened read-only without being asked to. Said in words only when asked (readOnlyReason()): the window
// opens its database ahead, before the translations are installed.
QString readOnlyCauseText(const Database::ReadOnlyCause& cause, const QString& path)
{
    if (cause.kind == Database::ReadOnlyCause::Backup)
        return StorageText::tr("“%1” is a backup, and backups are never changed: it was opened read-only, and "
                               "nothing was changed. To work with it, restore it into a database (File ▸ "
                               "Restore from backup, or moodbiome-cli restore).")
            .arg(displayName(path));
    return inUseMessage(path, cause.pid);
}

// Two MoodBiome programs never write to one file: the second is refused, or reads only when it asked for
// that. Returns nullptr, with cause set when another program holds the lock.
std::shared_ptr<InstanceLock> lockForWriting(const QString& path, const Database::Options& options,
                                             Database::ReadOnlyCause& cause)
{
    if (options.readOnly)
        return InstanceLock::attach(path);
    InstanceLock::Refusal refusal;
    auto lock = InstanceLock::acquire(path, refusal, options.busyTimeoutMs);
    if (lock || !refusal.problem.isEmpty())
        return lock; // a file that cannot even be read: SQLite decides, and says why
    cause = {Database::ReadOnlyCause::InUse, refusal.pid};
    if (!options.readOnlyWhenInUse)
        throw StorageError(Code::Locked, inUseMessage(path, refusal.pid));
    return InstanceLock::attach(path);
}

// A database that no one can write to where it is (a read-only folder or file system) and that has no -wal
// file: SQLite cannot make the -shm it needs to read WAL mode there, so it is read as immutable instead.
bool readableOnlyAsImmutable(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    if (QFileInfo::exists(path + u"-wal"))
        return false;
    return access(folder.constData(), W_OK) != 0 || access(name.constData(), W_OK) != 0;
}

// Only a regular file (or a link to one) is a database: SQLite would write a journal beside a device node or
// wait forever on a FIFO. Returns false when nothing exists at path.
bool checkRegularFile(const QString& path)
{
    struct stat info = {};
    if (stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    if (!S_ISREG(info.st_mode))
        throw StorageError(Code::CannotOpen, StorageText::tr("“%1” is not a regular file, so it cannot be a "
                                                             "MoodBiome database. Nothing was changed.")
                                                 .arg(path));
    return true;
}

// A new database file is made readable and writable by its owner only, whatever the umask; SQLite gives its
// -wal and -shm files the same permissions. O_EXCL never follows a link and never opens an existing file.
void createPrivateFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                          S_IRUSR | S_IWUSR);
    if (fd < 0)
        return; // SQLite tries again and reports why it cannot
    fchmod(fd, S_IRUSR | S_IWUSR);
    close(fd);
}

// An existing empty file becomes a new database once the schema is written into it (touch, or a file made first in a
// shared folder): it is made private like a file MoodBiome creates, its group and others losing every right, whatever
// umask made it. One that belongs to another user is refused: its owner could read what goes in, and give the
// rights back. Its -wal and -shm follow, as SQLite gives them the permissions of the database file.
void claimEmptyFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return; // SQLite tries and reports why it cannot
    struct stat info = {};
    const bool empty = fstat(fd, &info) == 0 && info.st_size == 0;
    const bool othersOwnIt = empty && info.st_uid != geteuid();
    if (empty && !othersOwnIt && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        fchmod(fd, info.st_mode & S_IRWXU); // a file made read-only by its owner stays so
    close(fd);
    if (othersOwnIt)
        throw StorageError(Code::CannotOpen,
                           StorageText::tr("“%1” is an empty file that belongs to another user, so no database was "
                                           "made in it: that user could read what is written into it. Nothing was "
                                           "written. Remove the file, or choose another file name.")
                               .arg(path));
}

// Checks the file before SQLite opens it, or creates it; true when it is to be opened with the passphrase (an
// encrypted file, or a new or empty one to encrypt).
bool prepareFile(const QString& path, const Database::Options& options)
{
    if (!checkRegularFile(path)) {
        if (!options.create || options.readOnly)
            throw StorageError(Code::CannotOpen, StorageText::tr("“%1” does not exist.").arg(path));
        // A log without its database (moved or deleted) is not SQLite's to reset when a new file is made here.
        checkWalBelongs(path);
        createPrivateFile(path); // the lock is taken on the file itself, so it must exist first
        return !options.passphrase.isEmpty();
    }
    // An encrypted file's header and log pages are read through SQLCipher: the key checks them (an HMAC per page),
    // and checkKeyedHeader reads the identity.
    // With a passphrase, any file without the plain header is tried (a truncated encrypted file is damaged, not
    // "not a database"): SQLCipher's check of page 1 answers.
    if (!options.passphrase.isEmpty() && Database::hasUnreadableHeader(path))
        return true;
    checkHeader(path);
    checkWalBelongs(path);
    checkJournalBelongs(path);
    const bool empty = QFileInfo(path).size() == 0;
    if (empty && !options.readOnly)
        claimEmptyFile(path);
    return !options.passphrase.isEmpty() && empty;
}

// What sqlite3_open_v2 is given for one file; open() throws what SQLite refused.
struct SqliteFile {
    QByteArray name; // the path, or a URI
    int flags;
    QByteArray vfs;
    QString path; // for messages

    sqlite3* open() const
    {
        Engine::require();
        sqlite3* handle = nullptr;
        const int rc = sqlite3_open_v2(name.constData(), &handle, flags, vfs.isEmpty() ? nullptr : vfs.constData());
        if (rc != SQLITE_OK) {
            const QString detail = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString();
            sqlite3_close(handle);
            throw StorageError(Code::CannotOpen, StorageText::tr("Cannot open “%1”: %2").arg(path, detail));
        }
        return handle;
    }
};

// SQLCipher logs a failed page check to stderr; a wrong passphrase is an answer here, not a log line.
void quietCipherLog(sqlite3* handle)
{
    sqlite3_exec(handle, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);
}

// The page sizes an encrypted file may have, the likelier first. Its header, which would say, is encrypted too:
// SQLCipher's check of page 1 decides (docs/SECURITY.md, "Page size"). A file is a whole number of its pages.
QList<int> cipherPageSizesOf(const QString& path, int known)
{
    if (known > 0)
        return {known};
    const qint64 size = QFileInfo(path).size();
    if (size > 0 && size % Database::pageSize != 0)
        return {Database::legacyCipherPageSize};
    if (size == 0 && QFileInfo(path + u"-wal").size() == 0)
        return {Database::pageSize}; // a new file
    return {Database::pageSize, Database::legacyCipherPageSize};
}

// Opens an encrypted (or new, to be encrypted) file with the passphrase and its page size. Each page size tried
// costs one key derivation; a wrong passphrase fails them all, and configure() then says so.
std::pair<sqlite3*, int> openEncrypted(const SqliteFile& file, const Database::Options& options)
{
    const QList<int> sizes = cipherPageSizesOf(file.path, options.cipherPageSize);
    for (qsizetype i = 0;; ++i) {
        sqlite3* handle = file.open();
        const int keyRc =
            sqlite3_key_v2(handle, "main", options.passphrase.constData(), int(options.passphrase.size()));
        if (keyRc != SQLITE_OK) {
            sqlite3_close(handle);
            throw StorageError(
                Code::CannotOpen,
                StorageText::tr("Cannot open “%1”: %2").arg(file.path, QString::fromUtf8(sqlite3_errstr(keyRc))));
        }
        Database::setCipherPageSize(handle, sizes[i]);
        // Closing the last connection writes the log back into the file, page for page, whatever the key: a wrong
        // one (or a wrong page size) must not. configure() allows it once the key has read the file.
        sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        quietCipherLog(handle); // after the key: keying sets the level again
        if (i + 1 == sizes.size())
            return {handle, sizes[i]};
        sqlite3_busy_timeout(handle, options.busyTimeoutMs); // a lock is not an answer about the page size
        if (sqlite3_exec(handle, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) != SQLITE_NOTADB)
            return {handle, sizes[i]};
        sqlite3_close(handle);
    }
}

} // namespace

void Database::throwError(sqlite3* db, int code)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw StorageError(Code::Locked, StorageText::tr("The database is locked by another program. Close it "
                                                         "there and try again."));
    case SQLITE_READONLY:
        throw StorageError(Code::ReadOnly, StorageText::tr("The database is read-only; nothing was changed."));
    case SQLITE_CORRUPT:
        throw StorageError(Code::Corrupt, StorageText::tr("The database file is damaged (%1). Restore it from a "
                                                          "backup.")
                                              .arg(detail));
    case SQLITE_NOTADB:
        throw StorageError(Code::NotADatabase, StorageText::tr("The file is not a MoodBiome database."));
    case SQLITE_CANTOPEN:
        throw StorageError(Code::CannotOpen, StorageText::tr("The database cannot be opened: %1").arg(detail));
    case SQLITE_CONSTRAINT:
        throw StorageError(Code::InvalidInput, StorageText::tr("Refused by the database: %1").arg(detail));
    case SQLITE_FULL:
        throw StorageError(Code::Failed, StorageText::tr("The disk is full: the change was not saved, and nothing "
                                                         "saved before was lost. Free some disk space and try "
                                                         "again."));
    case SQLITE_IOERR:
        if (db && sqlite3_system_errno(db) == ENOSPC) // a write or a new -wal/-shm on a disk with no byte free
            throw StorageError(Code::Failed, StorageText::tr("The disk is full: the change was not saved, and nothing "
                                                             "saved before was lost. Free some disk space and try "
                                                             "again."));
        throw StorageError(Code::Failed, StorageText::tr("The database could not be written (%1): the change was "
                                                         "not saved, and nothing saved before was lost.")
                                             .arg(detail));
    default:
        break;
    }
    throw StorageError(Code::Failed, StorageText::tr("Database error: %1").arg(detail));
}

// A backup: a plain SQLite file in rollback-journal mode (header bytes 18 and 19 are 1). Every MoodBiome database
// has been in WAL mode from its first open; Backup writes its copies in rollback-journal mode.
static bool isBackupCopy(const QString& path)
{
    const auto start = InstanceLock::readStart(path, 20);
    return start && start->bytes.size() == 20 && start->bytes.startsWith(plainMagic) && start->bytes.at(18) == 1 &&
           start->bytes.at(19) == 1;
}

std::unique_ptr<Database> Database::open(const QString& path, const Options& options)
{
    const bool inMemory = path == u":memory:";
    const bool keyed = !inMemory && prepareFile(path, options); // opened with the passphrase

    ReadOnlyCause cause;
    const bool backup = !inMemory && !options.readOnly && !options.writeBackup && !keyed && isBackupCopy(path);
    if (backup)
        cause.kind = ReadOnlyCause::Backup;
    std::shared_ptr<InstanceLock> lock = inMemory ? nullptr
                                         : backup ? InstanceLock::attach(path)
                                                  : lockForWriting(path, options, cause);
    const bool forced = cause.kind != ReadOnlyCause::None;
    if (lock && !options.readOnly && !forced)
        Encryption::removeLeftovers(path); // a killed decrypt's plain copy must not outlive it

    const bool immutable = !inMemory && QFileInfo::exists(path) && readableOnlyAsImmutable(path);
    const bool readOnly = options.readOnly || forced || immutable;
    const bool lookMakesLog = options.readOnly && !forced && !immutable && !inMemory &&
                              !QFileInfo::exists(path + QStringLiteral("-wal")) &&
                              !QFileInfo::exists(path + QStringLiteral("-shm"));
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    flags |= readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    QByteArray utf8 = path.toUtf8();
    if (immutable) {
        utf8 = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?mode=ro&immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    const SqliteFile file{utf8, flags, options.vfs, path};
    const auto [handle, cipherPageSize] = keyed ? openEncrypted(file, options) : std::pair(file.open(), 0);
    if (!keyed)
        quietCipherLog(handle);
    std::unique_ptr<Database> db(new Database(handle, path));
    if (keyed) {
        db->m_passphrase = options.passphrase;
        db->m_cipherPageSize = cipherPageSize;
    }
    db->m_vfs = options.vfs;
    db->m_lock = std::move(lock);
    db->m_readOnlyCause = cause;
    db->m_lookMadeLog = lookMakesLog;
    db->configure(options);
    return db;
}

void Database::checkFile(const QString& path)
{
    checkHeader(path);
}

bool Database::hasUnreadableHeader(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return false; // opening a FIFO to read waits for a writer; the open that follows refuses it
    const auto start = InstanceLock::readStart(path, 16);
    return start && start->size > 0 && !start->bytes.startsWith(plainMagic);
}

int Database::setCipherPageSize(sqlite3* handle, int size)
{
    const QByteArray pragma = "PRAGMA cipher_page_size = " + QByteArray::number(size);
    return sqlite3_exec(handle, pragma.constData(), nullptr, nullptr, nullptr);
}

Database::Options Database::connectionOptions() const
{
    return Options{.create = false, .vfs = m_vfs, .passphrase = m_passphrase, .cipherPageSize = m_cipherPageSize};
}

void Database::checkKeyedHeader()
{
    Statement id = prepare(u"PRAGMA application_id");
    id.step();
    checkIdentity(m_path, quint32(id.int64(0)), quint32(userVersion()));
}

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
    , m_serial(++openedConnections)
{
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
    if (m_lookMadeLog)
        removeLookLeftovers();
}

// Reading a file in WAL mode makes its -wal and -shm, and a read-only connection cannot remove them at close. So
// a look that made them (a site database before a merge, a file checked before a restore) ends with a connection
// that may: it reads the schema and closes, and SQLite removes both when no other connection has the file open
// (its exclusive lock at close tells) and the log is empty, as it is, so the file itself is not written. A log
// with frames (another program wrote meanwhile) is left as it is.
void Database::removeLookLeftovers() const noexcept
{
    const QFileInfo log(m_path + QStringLiteral("-wal"));
    if (!log.exists() || log.size() != 0)
        return;
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        m_vfs.isEmpty() ? nullptr : m_vfs.constData()) == SQLITE_OK) {
        if (isEncrypted()) {
            sqlite3_key_v2(handle, "main", m_passphrase.constData(), int(m_passphrase.size()));
            setCipherPageSize(handle, m_cipherPageSize);
        }
        quietCipherLog(handle);
        sqlite3_exec(handle, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    }
    sqlite3_close_v2(handle);
}

// Reading the schema is the first access: a damaged first page or a truncated file shows up here, before any
// write. The message names the file, since the user may have several. Returns the number of schema objects.
// checkSchema: compare the schema with ours (every open but the looks that check it themselves, such as verify).
qint64 Database::readSchema(bool checkSchema)
{
    qint64 schemaObjects = 0;
    try {
        Statement schema = prepare(u"SELECT count(*) FROM sqlite_schema");
        schema.step();
        schemaObjects = schema.int64(0);
        if (isEncrypted() && schemaObjects > 0)
            checkKeyedHeader();
        if (isEncrypted()) // the key reads it: its log may be written back at close (openEncrypted)
            sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
        // A schema object we did not make (a trigger, a view for a table) would run inside our writes, and a
        // view standing in for a table inside our reads: such a file is not used at all, not even migrated.
        // Verify reports what differs.
        if (checkSchema)
            SchemaCheck::require(*this);
    } catch (const StorageError& e) {
        if (isEncrypted() && e.code() == Code::NotADatabase) // SQLCipher's answer to a key that fails the HMAC
            throw StorageError(Code::WrongPassphrase,
                               StorageText::tr("The passphrase does not open “%1”: either it is not the right "
                                               "passphrase, or the file is not a MoodBiome database. The file "
                                               "was left unchanged.")
                                   .arg(displayName(m_path)));
        if (e.code() == Code::NotMoodBiome || e.code() == Code::NewerSchema)
            throw;
        throw StorageError(e.code(),
                           StorageText::tr("MoodBiome cannot use “%1”: %2").arg(displayName(m_path), e.message()));
    }
    return schemaObjects;
}

void Database::configure(const Options& options)
{
    sqlite3_busy_timeout(m_db, options.busyTimeoutMs);
    sqlite3_extended_result_codes(m_db, 1);
    m_readOnly = sqlite3_db_readonly(m_db, "main") == 1;
    // Sorts and temporary indexes of an encrypted database stay in memory: SQLite's temporary files are plain.
    if (isEncrypted())
        exec(u"PRAGMA temp_store = MEMORY");

    // A file opened read-only because it cannot be written (another program holds it, a read-only folder or
    // medium) is read by every command and view: its schema is checked as for writing. Only a caller that asked
    // to look (verify, a backup's check, a site already verified) reads a schema that is not ours.
    const qint64 schemaObjects = readSchema(!m_readOnly || !options.readOnly);
    // A new file gets 16 KiB pages rather than 4 KiB: a year of diary is a few pages, and bulk writes (imports
    // of a million rows) split and log a quarter as many pages. Only possible before the first table exists.
    // A new encrypted file has them already (openEncrypted).
    if (schemaObjects == 0 && !m_readOnly && !isEncrypted())
        exec(QStringLiteral("PRAGMA page_size = %1").arg(pageSize));
    exec(u"PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;");

    m_checkPending = options.checkBeforeWriting && !m_readOnly && schemaObjects > 0;
    const int target = options.migrateTo < 0 ? Migrations::latestVersion : options.migrateTo;
    const int current = userVersion();
    if (current < target) {
        requireWritable();
        Migrations::migrate(*this, target);
    } else if (!m_readOnly) {
        // Find out now whether another program holds the write lock, rather than at the first edit.
        exec(u"BEGIN IMMEDIATE; ROLLBACK;");
    }
    if (!m_readOnly && path() != u":memory:") {
        const bool isWal = [this] {
            Statement mode = prepare(u"PRAGMA journal_mode");
            return mode.step() && mode.text(0) == u"wal";
        }();
        if (!isWal)
            exec(u"PRAGMA journal_mode = WAL");
    }
}

Statement Database::prepare(QStringView sql) const
{
    return Statement(m_db, sql);
}

void Database::exec(QStringView sql)
{
    const QByteArray utf8 = sql.toUtf8();
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &error);
    sqlite3_free(error);
    if (rc != SQLITE_OK)
        throwError(m_db, sqlite3_extended_errcode(m_db));
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::userVersion() const
{
    Statement st = prepare(u"PRAGMA user_version");
    st.step();
    return int(st.int64(0));
}

Database::ChangeStamp Database::changeStamp() const
{
    // data_version misses this connection's own changes; the change count covers rows written by SQL, the pager's
    // version every commit through this connection, pages copied in by the backup API included. The pager's is read
    // while the statement holds its read transaction, which is when it catches up with other connections.
    Statement st = prepare(u"PRAGMA data_version");
    st.step();
    int pagerVersion = 0;
    sqlite3_file_control(m_db, "main", SQLITE_FCNTL_DATA_VERSION, &pagerVersion);
    return {sqlite3_total_changes64(m_db), st.int64(0), pagerVersion};
}

void Database::setBusyTimeout(int ms)
{
    sqlite3_busy_timeout(m_db, ms);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

QString Database::readOnlyReason() const
{
    if (!m_readOnly)
        return {};
    if (m_readOnlyCause.kind != ReadOnlyCause::None)
        return readOnlyCauseText(m_readOnlyCause, m_path);
    return StorageText::tr("“%1” is read-only; nothing was changed.").arg(displayName(m_path));
}

void Database::requireWritable() const
{
    if (m_readOnly)
        throw StorageError(Code::ReadOnly, readOnlyReason());
    if (m_checkPending) {
        m_checkPending = false;
        m_damage = quickCheck();
    }
    if (!m_damage.isEmpty())
        throw StorageError(Code::Corrupt, StorageText::tr("“%1” is damaged (%2), so nothing was written to it. Run "
                                                          "a verification and restore a backup.")
                                              .arg(displayName(m_path), m_damage));
}

void Database::refuseWrites(const QString& why)
{
    m_checkPending = false;
    m_damage = why;
}

QString Database::quickCheck() const
{
    try {
        Statement check = prepare(u"PRAGMA quick_check(1)");
        const QString result = check.step() ? check.text(0) : QString();
        return result == u"ok" ? QString() : result;
    } catch (const StorageError& e) {
        return e.message();
    }
}

bool makePrivateFolders(const QString& folder)
{
    QString at = QFileInfo(folder).absoluteFilePath();
    QStringList missing;
    while (!QFileInfo::exists(at)) {
        missing.prepend(at);
        const QString up = QFileInfo(at).absolutePath();
        if (up == at)
            break;
        at = up;
    }
    for (const QString& dir : std::as_const(missing)) {
        const QByteArray name = QFile::encodeName(dir);
        if (::mkdir(name.constData(), S_IRWXU) == 0)
            chmod(name.constData(), S_IRWXU); // an unusual umask may have taken the owner's bits too
        else if (errno != EEXIST)
            return false;
    }
    return QFileInfo(folder).isDir();
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    db.requireWritable();
    if (sqlite3_get_autocommit(db.handle())) {
        db.exec(u"BEGIN IMMEDIATE");
    } else {
        // Worker threads open transactions on their own connections: each connection counts its own savepoints.
        m_savepoint = QStringLiteral("sp%1").arg(++db.m_savepoints);
        db.exec(QString(u"SAVEPOINT " + m_savepoint));
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    // Never throw from a destructor: a failed rollback leaves SQLite to roll back on close.
    const QString sql = m_savepoint.isEmpty() ? QStringLiteral("ROLLBACK")
                                              : QString(u"ROLLBACK TO " + m_savepoint + u"; RELEASE " + m_savepoint);
    sqlite3_exec(m_db.handle(), sql.toUtf8().constData(), nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QString(u"RELEASE " + m_savepoint));
    m_done = true;
    if (m_savepoint.isEmpty())
        ChainAnchor::afterCommit(m_db); // the chain's new head, kept outside the database
}

} // namespace mb
