// Encryption at rest (docs/SECURITY.md): an encrypted database, its log and its backups show nothing of the data;
// a wrong passphrase changes nothing; encrypt, decrypt and rekey keep every row and the audit chain; SQLCipher's
// own shell opens the file.
#include "DataSafetySupport.h"
#include "TestSupport.h"
#include "core/DemoGenerator.h"
#include "storage/Backup.h"
#include "storage/DemoWriter.h"
#include "storage/Encryption.h"
#include "storage/StorageError.h"
#include "storage/Verifier.h"

#include <QDir>
#include <QProcess>
#include <QScopeGuard>

#include <sqlite3.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

using namespace mb;
using Code = StorageError::Code;

namespace {

const QByteArray key = QByteArrayLiteral("correct horse battery staple");
const QByteArray otherKey = QByteArrayLiteral("another passphrase, 2026");
const QByteArray plainMagic("SQLite format 3\0", 16);
// Text that the data hold and no encrypted byte may show.
const QStringList secrets = {QStringLiteral("P-SECRET-07"), QStringLiteral("kefir made me calm"),
                             QStringLiteral("gutfeeling_score")};

QStringList leaksIn(const QString& file)
{
    const QByteArray bytes = test::fileBytes(file);
    QStringList found;
    for (const QString& secret : secrets)
        if (bytes.contains(secret.toUtf8()) ||
            bytes.contains(QByteArray(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2)))
            found.append(secret);
    return found;
}

QMap<QString, qint64> counts(Store& store)
{
    QMap<QString, qint64> result;
    Statement tables = store.database().prepare(
        u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    while (tables.step()) {
        const QString table = tables.text(0);
        result.insert(table, test::scalar(store.database(), QString(u"SELECT count(*) FROM \"" + table + u"\"")));
    }
    return result;
}

} // namespace

class TestEncryption : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_dir.reset(); }

    void nothingReadableInFileLogOrBackup();
    void wrongOrMissingPassphraseChangesNothing();
    void sqlcipherShellOpensIt();
    void encryptDecryptRekeyKeepEverything();
    void decryptingAPlainFileIsRefused();
    void backupUnderAnOldPassphraseRestores();
    void newEncryptedFilesHaveLargePages();
    void filesWithSqlcipherDefaultPagesStillWork_data();
    void filesWithSqlcipherDefaultPagesStillWork();
    void backupsOfEitherPageSizeRestore();
    void plainBackupsAreListedAfterEncrypting();
    void tooLittleToBeEncryptedIsNotADatabase();
    void linksAreFollowedOrRefused();
    void killedRewritesLeaveNothingBehind();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // A database with demo data plus the secrets, encrypted with passphrase (empty: plain).
    std::unique_ptr<Store> fill(const QString& file, const QByteArray& passphrase);
    // fill()'s data in an encrypted file as MoodBiome 0.1 wrote one: SQLCipher's default 4 KiB pages. Free pages
    // bring its size to a multiple of 16 KiB or not, as asked (then only opening decides the page size).
    void fillLegacy(const QString& file, const QByteArray& passphrase, bool sizeAMultipleOf16K);

    std::unique_ptr<QTemporaryDir> m_dir;
    test::ScopedClock m_clock;
};

void TestEncryption::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Store> TestEncryption::fill(const QString& file, const QByteArray& passphrase)
{
    auto store = Store::open(file, {.passphrase = passphrase});
    DemoOptions options;
    options.participants = 2;
    options.days = 40;
    options.lastDay = QDate(2025, 1, 4);
    writeDemo(*store, generateDemo(options));
    const qint64 id = store->participants().add(Participant{.code = secrets.at(0)});
    store->measures().add(
        Measure{.key = secrets.at(2), .labelEn = QStringLiteral("Gut"), .labelNl = QStringLiteral("Darm")});
    JournalEntry entry{.participantId = id, .date = QDate(2025, 1, 3), .note = secrets.at(1)};
    entry.values.insert(secrets.at(2), 4);
    store->journal().add(entry);
    return store;
}

void TestEncryption::nothingReadableInFileLogOrBackup()
{
    const QString file = path(QStringLiteral("secret.sqlite"));
    auto store = fill(file, key);
    QVERIFY(store->database().isEncrypted());
    // While it is open, its log and shared memory are on disk too.
    QVERIFY(QFileInfo::exists(file + u"-wal"));
    QVERIFY(QFileInfo::exists(file + u"-shm"));
    const BackupResult backup = Backup::write(store->database(), path(QStringLiteral("backup.sqlite")));
    QVERIFY(backup.report.ok());
    for (const QString& f : QStringList{file, file + u"-wal", file + u"-shm", backup.file}) {
        QVERIFY2(leaksIn(f).isEmpty(), qPrintable(f + u": " + leaksIn(f).join(u", ")));
        QVERIFY2(!test::fileBytes(f).startsWith(plainMagic), qPrintable(f));
    }
    store.reset();
    QVERIFY2(leaksIn(file).isEmpty(), "after the log was checkpointed");
    QVERIFY(!test::fileBytes(file).startsWith(plainMagic));
    // The same data in a plain file do show: the search would find them.
    const QString plain = path(QStringLiteral("plain.sqlite"));
    fill(plain, {});
    QVERIFY(!leaksIn(plain).isEmpty() || !leaksIn(plain + u"-wal").isEmpty());
}

void TestEncryption::wrongOrMissingPassphraseChangesNothing()
{
    const QString file = path(QStringLiteral("secret.sqlite"));
    fill(file, key).reset();
    const QByteArray before = test::fileBytes(file);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);
    for (const QByteArray& given : {QByteArray(), QByteArrayLiteral("wrong passphrase"), otherKey}) {
        for (const bool readOnly : {false, true}) {
            try {
                Store::open(
                    file, {.create = false, .migrateTo = readOnly ? 0 : -1, .readOnly = readOnly, .passphrase = given});
                QFAIL("opened with a wrong passphrase");
            } catch (const StorageError& e) {
                QCOMPARE(e.code(), given.isEmpty() ? Code::Encrypted : Code::WrongPassphrase);
                QVERIFY2(e.message().contains(u"secret.sqlite"), qPrintable(e.message()));
            }
        }
    }
    QCOMPARE(test::fileBytes(file), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
    QVERIFY(Store::open(file, {.create = false, .passphrase = key})->database().isEncrypted());
}

void TestEncryption::sqlcipherShellOpensIt()
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    QVERIFY2(!shell.isEmpty(), "the sqlcipher shell is installed by packaging/install-deps.sh");
    const QString file = path(QStringLiteral("secret.sqlite"));
    fill(file, key).reset();
    QProcess process;
    process.start(shell, {file});
    QVERIFY(process.waitForStarted());
    // As docs/SECURITY.md says: the passphrase and the page size.
    process.write("PRAGMA key = '" + key +
                  "';\nPRAGMA cipher_page_size = 16384;\nPRAGMA cipher_integrity_check;\nPRAGMA integrity_check;\n"
                  "SELECT count(*) FROM participant WHERE code = 'P-SECRET-07';\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    // key answers "ok", cipher_integrity_check prints nothing when every page is sound.
    QCOMPARE(output.split(u'\n'), QStringList({QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("1")}));
    QVERIFY2(process.readAllStandardError().isEmpty(), "the shell reported an error");
}

void TestEncryption::encryptDecryptRekeyKeepEverything()
{
    const QString file = path(QStringLiteral("study.sqlite"));
    auto store = fill(file, {});
    const QMap<QString, qint64> before = counts(*store);
    const ChainHead headBefore = ChainAnchor::head(store->database());
    store.reset();

    struct Step {
        QByteArray from, to;
    };
    qint64 audit = before.value(QStringLiteral("audit"));
    for (const Step& step : {Step{{}, key}, Step{key, otherKey}, Step{otherKey, {}}}) {
        const EncryptionResult result = Encryption::rewrite(file, step.from, step.to);
        QCOMPARE(result.encrypted, !step.to.isEmpty());
        QVERIFY(result.report.ok());
        QCOMPARE(test::fileBytes(file).startsWith(plainMagic), step.to.isEmpty());
        for (const char16_t* suffix : {u"-wal", u"-shm", u"-journal"})
            QVERIFY2(!QFileInfo::exists(file + suffix), "no log of the old file lies beside the new one");
        QVERIFY2(QDir(m_dir->path()).entryList({QStringLiteral("*.part*")}).isEmpty(), "the new file was renamed");
        if (!step.from.isEmpty() && !step.to.isEmpty()) // the old passphrase no longer opens it
            QVERIFY_THROWS_EXCEPTION(StorageError, Store::open(file, {.create = false, .passphrase = step.from}));

        auto reopened = Store::open(file, {.create = false, .passphrase = step.to});
        QCOMPARE(reopened->database().isEncrypted(), !step.to.isEmpty());
        QMap<QString, qint64> now = counts(*reopened);
        QCOMPARE(now.value(QStringLiteral("audit")), ++audit); // one audit row says what changed
        now.insert(QStringLiteral("audit"), before.value(QStringLiteral("audit")));
        QCOMPARE(now, before);
        const VerifyReport report = Verifier::verify(reopened->database(), Verifier::Depth::Full, {.stored = true});
        QVERIFY2(report.ok(), qPrintable(Verifier::problem(report)));
        QCOMPARE(ChainAnchor::hashAt(reopened->database(), headBefore.events), headBefore.hash);
        QCOMPARE(test::scalar(reopened->database(),
                              u"SELECT count(*) FROM audit WHERE action = 'security' AND table_name = 'database'"),
                 audit - before.value(QStringLiteral("audit")));
    }
}

void TestEncryption::decryptingAPlainFileIsRefused()
{
    const QString file = path(QStringLiteral("plain.sqlite"));
    fill(file, {}).reset();
    const QByteArray before = test::fileBytes(file);
    try {
        Encryption::rewrite(file, {}, {});
        QFAIL("a plain file was decrypted");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), Code::InvalidInput);
    }
    QCOMPARE(test::fileBytes(file), before);
    // An encrypted file with a wrong current passphrase: refused, unchanged.
    Encryption::rewrite(file, {}, key);
    const QByteArray encrypted = test::fileBytes(file);
    QVERIFY_THROWS_EXCEPTION(StorageError, Encryption::rewrite(file, otherKey, {}));
    QCOMPARE(test::fileBytes(file), encrypted);
}

void TestEncryption::backupUnderAnOldPassphraseRestores()
{
    const QString file = path(QStringLiteral("secret.sqlite"));
    const QString backupFile = path(QStringLiteral("old.sqlite"));
    {
        auto store = fill(file, key);
        Backup::write(store->database(), backupFile);
    }
    Encryption::rewrite(file, key, otherKey);
    auto store = Store::open(file, {.create = false, .passphrase = otherKey});
    store->participants().add(Participant{.code = QStringLiteral("LATER")});
    QVERIFY(test::participantCodes(*store).contains(u"LATER"));
    // Without its passphrase, or with today's, the backup cannot be read: nothing changes.
    for (const QByteArray& given : {QByteArray(), otherKey})
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 Backup::restore(store->database(), backupFile, path(QStringLiteral("safety")), given));
    QVERIFY(test::participantCodes(*store).contains(u"LATER"));

    const RestoreResult restored = Backup::restore(store->database(), backupFile, path(QStringLiteral("safety")), key);
    QVERIFY(!restored.safetyCopy.isEmpty());
    store.reset();
    store = Store::open(file, {.create = false, .passphrase = otherKey}); // still today's passphrase
    QVERIFY(!test::participantCodes(*store).contains(u"LATER"));
    QVERIFY(test::participantCodes(*store).contains(secrets.at(0)));
    QVERIFY(Verifier::verify(store->database()).ok());
    QVERIFY2(leaksIn(restored.safetyCopy).isEmpty(), "the safety copy is encrypted as well");
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.part*")}).isEmpty());
}

void TestEncryption::fillLegacy(const QString& file, const QByteArray& passphrase, bool sizeAMultipleOf16K)
{
    const QString plain = file + u".source";
    {
        auto store = fill(plain, {});
        QFile target(file);
        if (!target.open(QIODevice::WriteOnly))
            throw std::runtime_error("cannot create the legacy file");
        target.close();
        Encryption::exportCopy(store->database(), file, passphrase, Database::legacyCipherPageSize);
    }
    Store::open(file, {.create = false, .passphrase = passphrase}).reset(); // as a user opened it: in WAL mode
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    const auto close = qScopeGuard([&] { sqlite3_close(db); });
    const auto exec = [&](const char* sql) {
        if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db));
    };
    sqlite3_key_v2(db, "main", passphrase.constData(), int(passphrase.size()));
    Database::setCipherPageSize(db, Database::legacyCipherPageSize);
    // Pages of a dropped table stay in the file as free pages: the schema is the same, the size is not.
    exec("CREATE TABLE pad(x)");
    const auto pages = [&] {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA page_count", -1, &st, nullptr);
        const qint64 count = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
        sqlite3_finalize(st);
        return count;
    };
    constexpr int perLargePage = Database::pageSize / Database::legacyCipherPageSize;
    while ((pages() % perLargePage == 0) != sizeAMultipleOf16K)
        exec("INSERT INTO pad VALUES (zeroblob(3000))");
    exec("DROP TABLE pad");
}

void TestEncryption::newEncryptedFilesHaveLargePages()
{
    // Made encrypted, and encrypted later: 16 KiB pages, as plain files have (docs/SECURITY.md, "Page size").
    const QString made = path(QStringLiteral("made.sqlite"));
    const QString encrypted = path(QStringLiteral("encrypted.sqlite"));
    fill(made, key).reset();
    fill(encrypted, {}).reset();
    Encryption::rewrite(encrypted, {}, key);
    for (const QString& file : {made, encrypted}) {
        auto store = Store::open(file, {.create = false, .passphrase = key});
        QCOMPARE(store->database().cipherPageSize(), Database::pageSize);
        QCOMPARE(test::scalar(store->database(), u"PRAGMA page_size"), qint64(Database::pageSize));
        QCOMPARE(QFileInfo(file).size() % Database::pageSize, 0);
        // Another connection to it (a worker thread's) is given the page size, and so reads it.
        const Database::Options other = store->database().connectionOptions();
        QCOMPARE(other.cipherPageSize, Database::pageSize);
        QCOMPARE(test::scalar(*Database::open(file, other), u"SELECT count(*) FROM participant"), 3);
    }
}

void TestEncryption::filesWithSqlcipherDefaultPagesStillWork_data()
{
    QTest::addColumn<bool>("sizeAMultipleOf16K");
    QTest::addColumn<bool>("withLog");
    QTest::newRow("size tells: 4 KiB pages") << false << false;
    QTest::newRow("size could be either: tried") << true << false;
    // The wrong try must neither write the log back nor lose it.
    QTest::newRow("tried, with a log not yet written back") << true << true;
}

void TestEncryption::filesWithSqlcipherDefaultPagesStillWork()
{
    QFETCH(bool, sizeAMultipleOf16K);
    QFETCH(bool, withLog);
    const QString file = path(QStringLiteral("legacy.sqlite"));
    fillLegacy(file, key, sizeAMultipleOf16K);
    if (withLog) {
        const pid_t child = fork(); // a program that writes and is gone before it writes its log back
        if (child == 0) {
            try {
                const auto store = Store::open(file, {.create = false, .passphrase = key});
                store->participants().add(Participant{.code = QStringLiteral("IN-THE-LOG")});
                _exit(0);
            } catch (const StorageError& e) {
                fprintf(stderr, "%s\n", qPrintable(e.message()));
            }
            _exit(1);
        }
        int status = -1;
        QVERIFY(child > 0 && waitpid(child, &status, 0) == child);
        QCOMPARE(status, 0);
        QVERIFY(QFileInfo(file + u"-wal").size() > 0);
    }
    QCOMPARE(QFileInfo(file).size() % Database::pageSize == 0, sizeAMultipleOf16K);
    const QByteArray before = test::fileBytes(file);
    const QByteArray logBefore = test::fileBytes(file + u"-wal");
    QVERIFY_THROWS_EXCEPTION(StorageError, Store::open(file, {.create = false, .passphrase = otherKey}));
    QCOMPARE(test::fileBytes(file), before);
    QCOMPARE(test::fileBytes(file + u"-wal"), logBefore);

    const QString backupFile = path(QStringLiteral("legacy-backup.sqlite"));
    {
        auto store = Store::open(file, {.create = false, .passphrase = key});
        QCOMPARE(store->database().cipherPageSize(), Database::legacyCipherPageSize);
        QVERIFY(test::participantCodes(*store).contains(secrets.at(0)));
        QCOMPARE(test::participantCodes(*store).contains(u"IN-THE-LOG"), withLog);
        QVERIFY(Verifier::verify(store->database()).ok());
        store->participants().add(Participant{.code = QStringLiteral("AFTER-UPGRADE")});
        Backup::write(store->database(), backupFile); // a backup of it keeps its pages
        store->participants().add(Participant{.code = QStringLiteral("AFTER-BACKUP")});
        QCOMPARE(Database::open(backupFile, {.create = false, .readOnly = true, .passphrase = key})->cipherPageSize(),
                 Database::legacyCipherPageSize);
        Backup::restore(store->database(), backupFile, path(QStringLiteral("safety")), key);
    }
    auto store = Store::open(file, {.create = false, .passphrase = key});
    QCOMPARE(store->database().cipherPageSize(), Database::legacyCipherPageSize);
    QVERIFY(test::participantCodes(*store).contains(u"AFTER-UPGRADE"));
    QVERIFY(!test::participantCodes(*store).contains(u"AFTER-BACKUP"));
    QVERIFY(Verifier::verify(store->database()).ok());
    store.reset();
    // A new passphrase makes a new file: with the new pages.
    Encryption::rewrite(file, key, otherKey);
    QCOMPARE(Store::open(file, {.create = false, .passphrase = otherKey})->database().cipherPageSize(),
             Database::pageSize);
}

void TestEncryption::backupsOfEitherPageSizeRestore()
{
    // An old backup (4 KiB pages) into a database encrypted since (16 KiB), and a new one into an old database.
    const QString oldBackup = path(QStringLiteral("old-backup.sqlite"));
    const QString newBackup = path(QStringLiteral("new-backup.sqlite"));
    const QString newDatabase = path(QStringLiteral("new.sqlite"));
    const QString oldDatabase = path(QStringLiteral("old.sqlite"));
    fillLegacy(oldBackup, key, false);
    fill(newBackup, key).reset();
    fill(newDatabase, key).reset();
    fillLegacy(oldDatabase, key, true);
    for (const auto& [database, backup] : {std::pair(newDatabase, oldBackup), std::pair(oldDatabase, newBackup)}) {
        auto store = Store::open(database, {.create = false, .passphrase = key});
        const int pageSize = store->database().cipherPageSize();
        store->participants().add(Participant{.code = QStringLiteral("NOT-IN-BACKUP")});
        Backup::restore(store->database(), backup, path(QStringLiteral("safety")), key, true); // another database's
        store.reset();
        store = Store::open(database, {.create = false, .passphrase = key});
        QCOMPARE(store->database().cipherPageSize(), pageSize); // the database keeps its own
        QVERIFY(!test::participantCodes(*store).contains(u"NOT-IN-BACKUP"));
        QVERIFY(test::participantCodes(*store).contains(secrets.at(0)));
        QVERIFY(Verifier::verify(store->database()).ok());
    }
}

void TestEncryption::plainBackupsAreListedAfterEncrypting()
{
    const QString file = path(QStringLiteral("study.sqlite"));
    {
        auto store = fill(file, {});
        Backup::automatic(store->database(), Backup::defaultFolder(file));
    }
    const EncryptionResult result = Encryption::rewrite(file, {}, key);
    QCOMPARE(result.plainBackups.size(), 1);
    auto store = Store::open(file, {.create = false, .passphrase = key});
    m_clock.clock().advanceDays(1);
    const auto encrypted = Backup::automatic(store->database(), Backup::defaultFolder(file));
    QVERIFY(!test::fileBytes(encrypted.backup.file).startsWith(plainMagic));
    QCOMPARE(Encryption::plainBackupsOf(file), result.plainBackups);
}

void TestEncryption::tooLittleToBeEncryptedIsNotADatabase()
{
    const QString file = path(QStringLiteral("note.sqlite"));
    test::writeFile(file, "just a note, not a database\n");
    for (const QByteArray& given : {QByteArray(), key}) {
        try {
            Store::open(file, {.create = false, .passphrase = given});
            QFAIL("opened");
        } catch (const StorageError& e) {
            // With a passphrase SQLCipher is asked, and says the passphrase does not open it.
            QCOMPARE(e.code(), given.isEmpty() ? Code::NotADatabase : Code::WrongPassphrase);
        }
    }
    QCOMPARE(test::fileBytes(file), QByteArray("just a note, not a database\n"));
}

void TestEncryption::linksAreFollowedOrRefused()
{
    const QString file = path(QStringLiteral("real.sqlite"));
    fill(file, {}).reset();
    // Through a symbolic link, the file it points to is encrypted; the link stays a link.
    const QString link = path(QStringLiteral("link.sqlite"));
    QVERIFY(QFile::link(file, link));
    Encryption::rewrite(link, {}, key);
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(!test::fileBytes(file).startsWith(plainMagic));
    // A second name (a hard link) would keep the old contents: refused, nothing changed.
    const QString second = path(QStringLiteral("second.sqlite"));
    QCOMPARE(::link(QFile::encodeName(file).constData(), QFile::encodeName(second).constData()), 0);
    const QByteArray before = test::fileBytes(file);
    try {
        Encryption::rewrite(file, key, {});
        QFAIL("rewritten with a second name");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), Code::InvalidInput);
        QVERIFY2(e.message().contains(u"hard link"), qPrintable(e.message()));
    }
    QCOMPARE(test::fileBytes(file), before);
}

void TestEncryption::killedRewritesLeaveNothingBehind()
{
    // A killed decrypt leaves a plain copy beside the encrypted database: the next open that may write removes it.
    const QString file = path(QStringLiteral("secret.sqlite"));
    fill(file, key).reset();
    const QString leftover = path(QStringLiteral("secret.sqlite.rekey.Ab12Cd.part"));
    fill(leftover, {}).reset();
    test::writeFile(leftover + u"-wal", "log");
    Store::open(file, {.create = false, .readOnly = true, .passphrase = key}).reset();
    QVERIFY2(QFileInfo::exists(leftover), "a reader leaves it: a rewrite may be running");
    Store::open(file, {.create = false, .passphrase = key}).reset();
    QVERIFY(!QFileInfo::exists(leftover));
    QVERIFY(!QFileInfo::exists(leftover + u"-wal"));
}

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
