// Opening files safely, migrations, the RAII wrapper, transactions and the range triggers.
#include "DataSafetySupport.h"
#include "TestSupport.h"
#include "storage/Backup.h"
#include "storage/Importer.h"
#include "storage/Migrations.h"
#include "storage/OpenAhead.h"
#include "storage/StorageError.h"
#include "storage/WalCheck.h"

#include <QProcess>
#include <QScopeGuard>
#include <QThread>
#include <QTranslator>

#include <atomic>
#include <sqlite3.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace mb;
using namespace Qt::StringLiterals;
using Code = StorageError::Code;

class TestDatabase : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void createsConfiguredDatabase();
    void migratesEveryEarlierVersion_data();
    void migratesEveryEarlierVersion();
    void refusesImpossibleDates_data();
    void refusesImpossibleDates();
    void refusesAndLeavesUntouched_data();
    void refusesAndLeavesUntouched();
    void refusesNewerSchema();
    void refusesLockedDatabase();
    void missingFileNotCreatedWhenAsked();
    void transactionRollsBackOnFailure();
    void nestedTransactionsUseSavepoints();
    void rangeTriggersRefuseBadValues_data();
    void rangeTriggersRefuseBadValues();
    void auditTrailIsAppendOnly();
    void statementBindsAndReads();
    void refusesTruncatedDatabase_data();
    void refusesTruncatedDatabase();
    void readOnlyFileIsNeverWritten_data();
    void readOnlyFileIsNeverWritten();
    void aLookLeavesNoLogBehind_data();
    void aLookLeavesNoLogBehind();
    void fileHeldBySecondProcess();
    void oneProcessMayOpenTwice();
    void openAheadHandsOverItsStore();
    void openAheadGivesWayToAnotherOpen();
    void openAheadKeepsTheRefusal_data();
    void openAheadKeepsTheRefusal();
    void openAheadLeavesNewFilesToTheCaller();
    void openAheadReadsWhatComesNext();
    void openAheadWordsItsRefusalOnceTheLanguageIsIn();
    void threadsOpenAndCloseTogether();
    void threadsNestTransactionsTogether();
    void lockNeverWritesThroughALink();
    void linkedNamesShareOneLock_data();
    void linkedNamesShareOneLock();
    void newFilesArePrivate();
    void refusesDeviceNodes();
    void openConnectionKeepsItsLocks_data();
    void openConnectionKeepsItsLocks();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static void rawExec(const QString& file, const char* sql, int* rc = nullptr);
    QString databaseWithData(const QString& name);
    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
};

void TestDatabase::rawExec(const QString& file, const char* sql, int* rc)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
    const int result = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (rc)
        *rc = result;
    else
        QCOMPARE(result, SQLITE_OK);
    sqlite3_close(db);
}

void TestDatabase::createsConfiguredDatabase()
{
    const QString file = path(QStringLiteral("new.sqlite"));
    auto db = Database::open(file);
    QCOMPARE(db->userVersion(), Migrations::latestVersion);
    auto pragma = [&](const char16_t* sql) {
        Statement st = db->prepare(sql);
        st.step();
        return st.text(0);
    };
    QCOMPARE(pragma(u"PRAGMA application_id"), QString::number(Database::applicationId));
    QCOMPARE(pragma(u"PRAGMA journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma(u"PRAGMA foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma(u"PRAGMA synchronous"), QStringLiteral("2")); // FULL
    QCOMPARE(pragma(u"SELECT count(*) FROM measure WHERE builtin = 1"), QStringLiteral("16"));
    QCOMPARE(pragma(u"SELECT label_nl FROM measure WHERE key = 'gi_discomfort'"), QStringLiteral("Darmklachten"));
    QCOMPARE(pragma(u"SELECT action FROM audit ORDER BY id LIMIT 1"), QStringLiteral("migrate"));
}

void TestDatabase::migratesEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < Migrations::latestVersion; ++v)
        QTest::addRow("version %d", v) << v;
}

void TestDatabase::migratesEveryEarlierVersion()
{
    QFETCH(int, from);
    const QString file = path(QStringLiteral("v%1.sqlite").arg(from));
    qint64 participantId = 0;
    if (from > 0) {
        auto old = Store::open(file, {.migrateTo = from});
        QCOMPARE(old->database().userVersion(), from);
        Participant p;
        p.code = QStringLiteral("P-OLD");
        participantId = old->participants().add(p);
        JournalEntry e;
        e.participantId = participantId;
        e.date = QDate(2024, 6, 1);
        e.values.insert(QStringLiteral("mood"), 6);
        old->journal().add(e);
    } else {
        test::writeFile(file, {}); // an empty file is version 0
    }
    const auto secureDelete = [](const Store& s) {
        Statement st = s.database().prepare(u"PRAGMA secure_delete");
        return st.step() ? st.int64(0) : -1;
    };
    const qint64 secureDeleteAsBuilt = secureDelete(*Store::open(path(QStringLiteral("fresh.sqlite"))));
    auto store = Store::open(file);
    QCOMPARE(store->database().userVersion(), Migrations::latestVersion);
    QCOMPARE(secureDelete(*store), secureDeleteAsBuilt); // version 9 drops an index without it, then puts it back
    if (from > 0) {
        const auto p = store->participants().byCode(QStringLiteral("P-OLD"));
        QVERIFY(p);
        const auto entries = store->journal().entries(p->id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().values.value(QStringLiteral("mood")), 6.0);
    }
}

// Version 4: the database itself refuses text that is no calendar date, which the CHECKs of version 1 let
// through whenever date() gives NULL, and 2024-02-30, which SQLite keeps as it is.
void TestDatabase::refusesImpossibleDates_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("leap day") << u"2024-02-29"_s << true;
    QTest::newRow("30 February") << u"2024-02-30"_s << false;
    QTest::newRow("29 February, no leap year") << u"2025-02-29"_s << false;
    QTest::newRow("month 13") << u"2024-13-01"_s << false;
    QTest::newRow("word") << u"tomorrow"_s << false;
    QTest::newRow("one-digit month") << u"2024-1-05"_s << false;
    QTest::newRow("with a time") << u"2024-01-05 10:00"_s << false;
}

void TestDatabase::refusesImpossibleDates()
{
    QFETCH(QString, date);
    QFETCH(bool, accepted);
    auto store = Store::open(path(QStringLiteral("dates-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()))));
    const qint64 pid = store->participants().add(Participant{.code = u"P-001"_s});
    Database& db = store->database();
    const auto tries = [&](const QString& sql) {
        try {
            db.exec(sql.arg(date).arg(pid));
            return true;
        } catch (const StorageError&) {
            return false;
        }
    };
    QCOMPARE(
        tries(u"INSERT INTO entry (participant_id, at_utc, local_date) VALUES (%2, '2024-01-01T12:00:00Z', '%1')"_s),
        accepted);
    QCOMPARE(tries(u"UPDATE participant SET enrolled_on = '%1' WHERE id = %2"_s), accepted);
    QCOMPARE(tries(u"INSERT INTO intervention (participant_id, kind, name, start_date) "
                   "VALUES (%2, 'diet', 'x', '2020-01-01'); "
                   "UPDATE intervention SET end_date = '%1' WHERE participant_id = %2"_s),
             accepted);
    QCOMPARE(tries(u"INSERT INTO questionnaire_response (participant_id, instrument, local_date, at_utc, items, "
                   "total, severity) VALUES (%2, 'who5', '%1', '2024-01-01T12:00:00Z', '1,1,1,1,1', 5, 'low')"_s),
             accepted);
    // Nothing else is held up: an unset optional date, and updates of other columns.
    date = u"2024-01-01"_s;
    QVERIFY(tries(u"UPDATE participant SET withdrawn_on = NULL, notes = '%1' WHERE id = %2"_s));
}

void TestDatabase::refusesAndLeavesUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");
    QByteArray garbage(8192, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919 + 13) % 251);
    // Whole pages of random bytes may be an encrypted database: without a passphrase, nothing tells them apart.
    QTest::newRow("random bytes") << garbage << int(Code::Encrypted);
    QTest::newRow("text file") << QByteArray("participant,date\nP-001,2025-01-01\n") << int(Code::NotADatabase);
    QTest::newRow("short header") << QByteArray("SQLite format 3") << int(Code::NotADatabase);
    QByteArray truncated("SQLite format 3\0", 16);
    truncated.append(QByteArray(200, '\x7f'));
    QTest::newRow("damaged sqlite header") << truncated << int(Code::NotMoodBiome);
}

void TestDatabase::refusesAndLeavesUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    const QString file = path(QStringLiteral("bad.sqlite"));
    test::writeFile(file, content);
    try {
        Database::open(file);
        QFAIL("opened a file that is not a MoodBiome database");
    } catch (const StorageError& e) {
        QCOMPARE(int(e.code()), code);
        QVERIFY(e.message().contains(QStringLiteral("bad.sqlite")));
    }
    QCOMPARE(test::fileBytes(file), content);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

void TestDatabase::refusesNewerSchema()
{
    const QString foreign = path(QStringLiteral("foreign.sqlite"));
    rawExec(foreign, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
    const QByteArray foreignBytes = test::fileBytes(foreign);
    QVERIFY_THROWS_EXCEPTION(StorageError, Database::open(foreign));
    QCOMPARE(test::fileBytes(foreign), foreignBytes);

    const QString newer = path(QStringLiteral("newer.sqlite"));
    Database::open(newer).reset();
    rawExec(newer, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
    const QByteArray before = test::fileBytes(newer);
    try {
        Database::open(newer);
        QFAIL("opened a newer schema");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), Code::NewerSchema);
        QVERIFY(e.message().contains(QStringLiteral("newer version")));
    }
    QCOMPARE(test::fileBytes(newer), before);
}

void TestDatabase::refusesLockedDatabase()
{
    const QString file = path(QStringLiteral("locked.sqlite"));
    Database::open(file).reset();
    sqlite3* holder = nullptr;
    QCOMPARE(sqlite3_open(file.toUtf8().constData(), &holder), SQLITE_OK);
    QCOMPARE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    try {
        Database::open(file, {.busyTimeoutMs = 50});
        QFAIL("opened a locked database for writing");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), Code::Locked);
    }
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
    QVERIFY(Database::open(file));
}

void TestDatabase::missingFileNotCreatedWhenAsked()
{
    const QString file = path(QStringLiteral("absent.sqlite"));
    QVERIFY_THROWS_EXCEPTION(StorageError, Database::open(file, {.create = false}));
    QVERIFY(!QFile::exists(file));
}

void TestDatabase::transactionRollsBackOnFailure()
{
    auto db = Database::open(path(QStringLiteral("tx.sqlite")));
    try {
        Transaction tx(*db);
        db->exec(u"INSERT INTO participant (code) VALUES ('P-001')");
        db->exec(u"INSERT INTO participant (code) VALUES ('P-001')"); // UNIQUE violation
        tx.commit();
        QFAIL("duplicate code accepted");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), Code::InvalidInput);
    }
    Statement count = db->prepare(u"SELECT count(*) FROM participant");
    count.step();
    QCOMPARE(count.int64(0), 0); // the first insert was rolled back too
}

void TestDatabase::nestedTransactionsUseSavepoints()
{
    auto db = Database::open(path(QStringLiteral("nested.sqlite")));
    {
        Transaction outer(*db);
        db->exec(u"INSERT INTO participant (code) VALUES ('A')");
        try {
            Transaction inner(*db);
            db->exec(u"INSERT INTO participant (code) VALUES ('B')");
            db->exec(u"INSERT INTO participant (code) VALUES ('')"); // CHECK violation
            inner.commit();
        } catch (const StorageError&) {
        }
        outer.commit();
    }
    Statement codes = db->prepare(u"SELECT group_concat(code) FROM participant");
    codes.step();
    QCOMPARE(codes.text(0), QStringLiteral("A"));
}

void TestDatabase::rangeTriggersRefuseBadValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("mood 10") << "mood"
                             << "10" << true;
    QTest::newRow("mood 11") << "mood"
                             << "11" << false;
    QTest::newRow("mood -1") << "mood"
                             << "-1" << false;
    QTest::newRow("mood text") << "mood"
                               << "'seven'" << false;
    QTest::newRow("mood null") << "mood"
                               << "NULL" << false;
    QTest::newRow("bristol 3.5") << "bristol"
                                 << "3.5" << false;
    QTest::newRow("bristol 7") << "bristol"
                               << "7" << true;
    QTest::newRow("caffeine 2001") << "caffeine_mg"
                                   << "2001" << false;
}

void TestDatabase::rangeTriggersRefuseBadValues()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    auto db = Database::open(QStringLiteral(":memory:"));
    db->exec(u"INSERT INTO participant (id, code) VALUES (1, 'P'); INSERT INTO entry (id, participant_id, at_utc, "
             u"local_date) VALUES (1, 1, '2025-01-01T12:00:00Z', '2025-01-01')");
    // Raw SQL on purpose: the database itself must refuse what the application would never send.
    const QString sql = QStringLiteral("INSERT INTO observation (entry_id, measure_id, value) "
                                       "SELECT 1, id, %1 FROM measure WHERE key = '%2'")
                            .arg(value, key);
    bool ok = true;
    try {
        db->exec(sql);
    } catch (const StorageError&) {
        ok = false;
    }
    QCOMPARE(ok, accepted);
}

void TestDatabase::auditTrailIsAppendOnly()
{
    auto db = Database::open(path(QStringLiteral("audit.sqlite")));
    QVERIFY_THROWS_EXCEPTION(StorageError, db->exec(u"UPDATE audit SET reason = 'x'"));
    QVERIFY_THROWS_EXCEPTION(StorageError, db->exec(u"DELETE FROM audit"));
}

void TestDatabase::statementBindsAndReads()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    db->exec(u"CREATE TABLE t (i INTEGER, r REAL, s TEXT, n TEXT)");
    Statement insert = db->prepare(u"INSERT INTO t VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, qint64(1) << 40).bind(2, 7.25).bind(3, QStringLiteral("café ✓")).bind(4, std::optional<QString>());
    insert.run();
    Statement select = db->prepare(u"SELECT i, r, s, n FROM t");
    QVERIFY(select.step());
    QCOMPARE(select.int64(0), qint64(1) << 40);
    QCOMPARE(select.real(1), 7.25);
    QCOMPARE(select.text(2), QStringLiteral("café ✓"));
    QVERIFY(select.isNull(3));
    QVERIFY(!select.step());
    QVERIFY_THROWS_EXCEPTION(StorageError, db->prepare(u"SELECT * FROM missing_table"));
}

QString TestDatabase::databaseWithData(const QString& name)
{
    const QString file = path(name);
    QFile::remove(file); // left by the previous row of a data-driven test
    auto store = Store::open(file);
    Transaction tx(store->database()); // one commit: each add is a savepoint inside it
    for (int i = 0; i < 200; ++i)
        store->participants().add(Participant{.code = QStringLiteral("P-%1").arg(i), .notes = QString(100, u'x')});
    tx.commit();
    return file; // closed: the last connection checkpointed everything into the file
}

void TestDatabase::refusesTruncatedDatabase_data()
{
    QTest::addColumn<int>("percent");
    QTest::addColumn<qint64>("extra");
    QTest::newRow("half") << 50 << qint64(0);
    QTest::newRow("a tenth") << 10 << qint64(0);
    QTest::newRow("mid-page") << 30 << qint64(1234);
    QTest::newRow("one page") << 0 << qint64(4096);
    QTest::newRow("header only") << 0 << qint64(100);
}

void TestDatabase::refusesTruncatedDatabase()
{
    QFETCH(int, percent);
    QFETCH(qint64, extra);
    const QString file = databaseWithData(QStringLiteral("truncated.sqlite"));
    QVERIFY(QFile::resize(file, QFileInfo(file).size() * percent / 100 + extra));
    const QByteArray before = test::fileBytes(file);
    try {
        Store::open(file);
        QFAIL("opened a truncated database");
    } catch (const StorageError& e) {
        QVERIFY2(e.code() == Code::Corrupt || e.code() == Code::NotADatabase, qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("truncated.sqlite")), qPrintable(e.message()));
    }
    QCOMPARE(test::fileBytes(file), before);
}

void TestDatabase::readOnlyFileIsNeverWritten_data()
{
    QTest::addColumn<bool>("immutable");
    // Tests run as root, for whom chmod does not make a file read-only; chattr +i does (and does so for
    // everyone), where the file system and the container allow it.
    QTest::newRow("immutable file (chattr +i)") << true;
    QTest::newRow("opened read-only") << false;
}

void TestDatabase::readOnlyFileIsNeverWritten()
{
    QFETCH(bool, immutable);
    const QString file = databaseWithData(QStringLiteral("readonly.sqlite"));
    const QByteArray before = test::fileBytes(file);
    if (immutable && QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), file}) != 0)
        QSKIP("chattr +i is not available here; the read-only case is covered by opening read-only");
    const auto unlock = qScopeGuard([&] {
        if (immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), file});
    });
    {
        auto store = Store::open(file, {.readOnly = !immutable});
        QVERIFY(store->database().isReadOnly());
        QVERIFY(store->database().readOnlyReason().contains(QStringLiteral("read-only")));
        QCOMPARE(store->participants().list().size(), 200); // reading works
        try {
            store->participants().add(Participant{.code = QStringLiteral("P-NEW")});
            QFAIL("wrote to a read-only file");
        } catch (const StorageError& e) {
            QCOMPARE(e.code(), Code::ReadOnly);
            QVERIFY(e.message().contains(QStringLiteral("readonly.sqlite")));
        }
    }
    QCOMPARE(test::fileBytes(file), before);
}

void TestDatabase::aLookLeavesNoLogBehind_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<bool>("writerMeanwhile"); // a connection that may write opens while the look is open
    QTest::newRow("plain") << QByteArray() << false;
    QTest::newRow("encrypted") << QByteArray("a passphrase for a look") << false;
    QTest::newRow("a writer came meanwhile") << QByteArray() << true;
}

// A read-only look at a file in WAL mode (a site before a merge) makes its -wal and -shm; they go again when it
// closes, unless another connection still has the file open. The file's bytes never change.
void TestDatabase::aLookLeavesNoLogBehind()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(bool, writerMeanwhile);
    const QString file = path(QStringLiteral("look.sqlite"));
    for (const QString& leftover : QStringList{file, file + u"-wal"_qs, file + u"-shm"_qs})
        QFile::remove(leftover);
    Store::open(file, {.passphrase = passphrase}).reset();
    QVERIFY(!QFile::exists(file + u"-wal"_qs));
    const QByteArray before = test::fileBytes(file);
    std::unique_ptr<Store> writer;
    {
        auto look = Store::open(file, {.create = false, .migrateTo = 0, .readOnly = true, .passphrase = passphrase});
        QCOMPARE(look->participants().list().size(), 0);
        QVERIFY(QFile::exists(file + u"-wal"_qs)); // what SQLite made for the look
        if (writerMeanwhile)
            writer = Store::open(file, {.passphrase = passphrase});
    }
    if (writerMeanwhile) {
        QVERIFY(QFile::exists(file + u"-shm"_qs)); // still the writer's
        writer->participants().add(Participant{.code = QStringLiteral("P-1")});
        writer.reset();
        QCOMPARE(Store::open(file, {.create = false, .passphrase = passphrase})->participants().list().size(), 1);
        return;
    }
    QVERIFY(!QFile::exists(file + u"-wal"_qs));
    QVERIFY(!QFile::exists(file + u"-shm"_qs));
    QCOMPARE(test::fileBytes(file), before);
}

void TestDatabase::fileHeldBySecondProcess()
{
    const QString file = databaseWithData(QStringLiteral("held.sqlite"));
    test::SecondProgram other(file);
    const pid_t child = other.pid();
    QVERIFY(child > 0);
    const QByteArray before = test::fileBytes(file);

    // A second program that wants to write is refused, and told by whom.
    try {
        Store::open(file);
        QFAIL("two programs opened one database for writing");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), Code::Locked);
        QVERIFY2(e.message().contains(QStringLiteral("another MoodBiome program (process %1)").arg(child)),
                 qPrintable(e.message()));
        QVERIFY(e.message().contains(QStringLiteral("held.sqlite")));
    }
    // One that accepts reading only gets that, with the reason to show.
    {
        auto reader = Store::open(file, {.readOnlyWhenInUse = true});
        QVERIFY(reader->database().isReadOnly());
        QVERIFY(reader->database().readOnlyReason().contains(QString::number(child)));
        QCOMPARE(reader->participants().list().size(), 200);
        QVERIFY_THROWS_EXCEPTION(StorageError, reader->participants().add(Participant{.code = QStringLiteral("X")}));
    }
    QCOMPARE(test::fileBytes(file), before);

    // Killed, the holder leaves no lock behind: the kernel released it.
    other.kill();
    auto store = Store::open(file);
    QVERIFY(!store->database().isReadOnly());
}

void TestDatabase::oneProcessMayOpenTwice()
{
    // The GUI reopens its own database (after a restore) while the old connection still exists.
    const QString file = path(QStringLiteral("twice.sqlite"));
    {
        auto first = Store::open(file);
        auto second = Store::open(file);
        QVERIFY(!second->database().isReadOnly());
        first.reset();
        second->participants().add(Participant{.code = QStringLiteral("P-001")});
    }
    QVERIFY(!QFile::exists(file + u".lock")); // the lock is on the database file: no second file
}

void TestDatabase::openAheadHandsOverItsStore()
{
    const QString file = databaseWithData(QStringLiteral("ahead.sqlite"));
    {
        const OpenAhead ahead(file);
        const auto store = Store::open(file); // takes it
        QVERIFY(store);
        QCOMPARE(store->participants().list().size(), 200);
        QVERIFY(!OpenAhead::take(file, {})); // once
        store->participants().add(Participant{.code = QStringLiteral("Q-1")});
    }
    {
        const OpenAhead ahead(file);
        const auto taken = OpenAhead::take(file, {});
        QVERIFY(taken);
        QCOMPARE(taken->participants().list().size(), 201); // writable, and it saw the last commit
    }
    const OpenAhead nobodyTakesThis(file); // closed when it goes, no thread left behind (asan)
}

void TestDatabase::openAheadGivesWayToAnotherOpen()
{
    const QString file = databaseWithData(QStringLiteral("ahead.sqlite"));
    const QString other = databaseWithData(QStringLiteral("other.sqlite"));
    const OpenAhead ahead(file);
    QVERIFY(Store::open(other)); // another file: opened the usual way, and the one ahead is closed
    QVERIFY(!OpenAhead::take(file, {}));
    const OpenAhead again(file);
    QVERIFY(Store::open(file, {.busyTimeoutMs = 100})); // other options: the same
    QVERIFY(!OpenAhead::take(file, {}));
}

void TestDatabase::openAheadKeepsTheRefusal_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("code");
    QTest::newRow("not ours") << QStringLiteral("CREATE TABLE t(x);") << int(Code::NotMoodBiome);
    QTest::newRow("newer") << QStringLiteral("PRAGMA user_version = 99;") << int(Code::NewerSchema);
}

void TestDatabase::openAheadKeepsTheRefusal()
{
    // Refused ahead is refused the same way when the window asks, and the file is left as it was.
    QFETCH(QString, sql);
    QFETCH(int, code);
    const QString file = path(QStringLiteral("refused-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag())));
    if (sql.contains(u"user_version"))
        Database::open(file).reset();
    rawExec(file, (QStringLiteral("PRAGMA journal_mode = DELETE; ") + sql).toUtf8().constData());
    const QByteArray before = test::fileBytes(file);
    const OpenAhead ahead(file);
    try {
        Store::open(file);
        QFAIL("opened ahead what is refused");
    } catch (const StorageError& e) {
        QCOMPARE(int(e.code()), code);
    }
    QCOMPARE(test::fileBytes(file), before);
}

void TestDatabase::openAheadLeavesNewFilesToTheCaller()
{
    const QString file = path(QStringLiteral("new/absent.sqlite"));
    const OpenAhead ahead(file);
    QVERIFY(!OpenAhead::take(file, {}));
    QVERIFY(!QFile::exists(file));
}

void TestDatabase::openAheadReadsWhatComesNext()
{
    const QString file = databaseWithData(QStringLiteral("next.sqlite"));
    qsizetype seen = 0;
    std::thread::id where;
    {
        OpenAhead ahead(file);
        ahead.then([&](Store& store) {
            seen = store.participants().list().size();
            where = std::this_thread::get_id();
            throw StorageError(Code::CannotOpen, QStringLiteral("dropped: the window reads for itself"));
        });
        const auto store = Store::open(file);
        QVERIFY(store);
        QCOMPARE(seen, 200); // done before the store was handed over, on the opening's thread
        QVERIFY(where != std::this_thread::get_id());
        QCOMPARE(store->participants().list().size(), 200);
    }
    {
        OpenAhead ahead(file);
        QVERIFY(Store::open(file));             // take() without then(): the thread does not wait for it
        ahead.then([&](Store&) { seen = -1; }); // too late: nothing runs
    }
    QCOMPARE(seen, 200);
}

namespace {

// Every text in "another language": the source text behind a marker.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* sourceText, const char*, int) const override
    {
        return QStringLiteral("[nl] ") + QString::fromUtf8(sourceText);
    }
};

} // namespace

void TestDatabase::openAheadWordsItsRefusalOnceTheLanguageIsIn()
{
    // main() opens ahead before the application and its translators exist: a refusal is worded once they are.
    const QString file = path(QStringLiteral("refused-language.sqlite"));
    rawExec(file, "PRAGMA journal_mode = DELETE; CREATE TABLE t(x);");
    OpenAhead ahead(file);
    QTest::qWait(300); // its first try is refused in the meantime (nothing is asserted about time)
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    ahead.then({});
    try {
        Store::open(file);
        QFAIL("opened ahead what is refused");
    } catch (const StorageError& e) {
        QCOMPARE(int(e.code()), int(Code::NotMoodBiome));
        QVERIFY2(e.message().startsWith(QStringLiteral("[nl] ")), qPrintable(e.message()));
    }
}

void TestDatabase::threadsOpenAndCloseTogether()
{
    // A background job opens its own connection while the window's opens and closes: the lock is shared, and
    // one being released never makes the other look like a second program.
    const QString file = path(QStringLiteral("threads.sqlite"));
    Database::open(file).reset();
    std::atomic<int> failures = 0;
    const auto churn = [&] {
        for (int i = 0; i < 50; ++i) {
            try {
                Database::open(file).reset();
            } catch (const StorageError&) {
                ++failures;
            }
        }
    };
    std::unique_ptr<QThread> worker(QThread::create(churn));
    worker->start();
    churn();
    worker->wait();
    QCOMPARE(failures.load(), 0);
    QVERIFY(!QFile::exists(file + u".lock"));
}

void TestDatabase::threadsNestTransactionsTogether()
{
    // Two threads, each with its own database, nest transactions at the same time: every savepoint they name
    // belongs to their own connection, so each rolls back and keeps exactly its own rows (run it under the asan
    // or a thread-sanitizer build to see that nothing is shared between them).
    const auto nest = [this](const QString& name, int& kept) {
        auto db = Database::open(path(name));
        for (int i = 0; i < 200; ++i) {
            Transaction outer(*db);
            {
                Transaction inner(*db);
                db->exec(QStringLiteral("INSERT INTO participant (code) VALUES ('K%1')").arg(i));
                inner.commit();
            }
            {
                Transaction dropped(*db); // rolled back
                db->exec(QStringLiteral("INSERT INTO participant (code) VALUES ('D%1')").arg(i));
            }
            outer.commit();
        }
        Statement count = db->prepare(u"SELECT count(*) FROM participant WHERE code LIKE 'K%'");
        count.step();
        Statement dropped = db->prepare(u"SELECT count(*) FROM participant WHERE code LIKE 'D%'");
        dropped.step();
        kept = dropped.int64(0) == 0 ? int(count.int64(0)) : -1;
    };
    int keptThere = 0, keptHere = 0;
    std::unique_ptr<QThread> worker(QThread::create([&] { nest(QStringLiteral("nest-a.sqlite"), keptThere); }));
    worker->start();
    nest(QStringLiteral("nest-b.sqlite"), keptHere);
    worker->wait();
    QCOMPARE(keptThere, 200);
    QCOMPARE(keptHere, 200);
}

void TestDatabase::lockNeverWritesThroughALink()
{
    // A link planted where a lock file would be: opening for writing must neither follow nor remove it.
    const QString file = databaseWithData(QStringLiteral("real.sqlite"));
    const QString victim = path(QStringLiteral("victim.txt"));
    QFile text(victim);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("precious\n");
    text.close();
    QVERIFY(QFile::link(victim, file + u".lock"));
    {
        auto store = Store::open(file);
        store->participants().add(Participant{.code = QStringLiteral("P-LINK")});
    }
    QCOMPARE(test::fileBytes(victim), QByteArray("precious\n"));
    QVERIFY(QFileInfo(file + u".lock").isSymLink());
}

void TestDatabase::linkedNamesShareOneLock_data()
{
    QTest::addColumn<bool>("hardLink");
    QTest::newRow("symbolic link") << false;
    QTest::newRow("hard link") << true;
}

void TestDatabase::linkedNamesShareOneLock()
{
    // The lock belongs to the file, not to the name: another name of a file held open is refused too.
    QFETCH(bool, hardLink);
    const QString file = databaseWithData(QStringLiteral("named.sqlite"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("elsewhere"))));
    const QString other = path(QStringLiteral("elsewhere/alias.sqlite"));
    QFile::remove(other); // left by the previous row
    if (hardLink)
        QCOMPARE(::link(QFile::encodeName(file).constData(), QFile::encodeName(other).constData()), 0);
    else
        QVERIFY(QFile::link(file, other));
    test::SecondProgram holder(file);
    QVERIFY(holder.pid() > 0);
    const QByteArray before = test::fileBytes(file);
    try {
        Store::open(other);
        QFAIL("a second name of a held database was opened for writing");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), Code::Locked);
        QVERIFY2(e.message().contains(QString::number(holder.pid())), qPrintable(e.message()));
    }
    QCOMPARE(test::fileBytes(file), before);
    holder.kill();
    auto store = Store::open(other);
    QVERIFY(!store->database().isReadOnly());
}

void TestDatabase::newFilesArePrivate()
{
    // Clinical data: the database and SQLite's -wal and -shm beside it are the owner's only, whatever the umask.
    const mode_t previous = umask(022);
    const auto restore = qScopeGuard([&] { umask(previous); });
    const QString file = path(QStringLiteral("private.sqlite"));
    auto store = Store::open(file);
    store->participants().add(Participant{.code = QStringLiteral("P-001")});
    for (const QString& name : QStringList{file, file + u"-wal", file + u"-shm"}) {
        struct stat info = {};
        QCOMPARE(stat(QFile::encodeName(name).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
    }
}

void TestDatabase::refusesDeviceNodes()
{
    // SQLite would open /dev/null as an empty database and leave a -journal beside it.
    const QString node = path(QStringLiteral("null.sqlite"));
    QVERIFY(QFile::link(QStringLiteral("/dev/null"), node));
    for (const bool readOnly : {false, true}) {
        try {
            Store::open(node, {.readOnly = readOnly});
            QFAIL("a device node was opened as a database");
        } catch (const StorageError& e) {
            QCOMPARE(e.code(), Code::CannotOpen);
            QVERIFY2(e.message().contains(QStringLiteral("not a regular file")), qPrintable(e.message()));
        }
    }
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("null.sqlite-*")}, QDir::AllEntries | QDir::System),
             QStringList());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

void TestDatabase::openConnectionKeepsItsLocks_data()
{
    QTest::addColumn<std::function<void(const QString&)>>("look"); // at the open file, by our own code
    QTest::newRow("second connection") << std::function<void(const QString&)>(
        [](const QString& file) { auto second = Store::open(file, {.create = false, .readOnly = true}); });
    QTest::newRow("header checked") << std::function<void(const QString&)>(Database::checkFile);
    QTest::newRow("header looked at") << std::function<void(const QString&)>(
        [](const QString& file) { QVERIFY(!Database::hasUnreadableHeader(file)); });
    QTest::newRow("log checked") << std::function<void(const QString&)>(checkWalBelongs);
    QTest::newRow("journal checked") << std::function<void(const QString&)>([](const QString& file) {
        test::writeFile(file + u"-journal"_s, QByteArray(512, 'j'));
        QVERIFY_THROWS_EXCEPTION(StorageError, checkJournalBelongs(file));
        QFile::remove(file + u"-journal"_s);
    });
    QTest::newRow("backup restorable") << std::function<void(const QString&)>([](const QString& file) {
        const QString copy = file + u".copy"_s;
        QFile::remove(copy);
        auto store = Store::open(file, {.create = false, .readOnly = true});
        QVERIFY(Backup::write(store->database(), copy).bytes > 0);
        (void)Backup::checkRestorable(copy);
    });
    QTest::newRow("chosen for import") << std::function<void(const QString&)>([](const QString& file) {
        QString error;
        QVERIFY(!Importer::readFile(file, error));
        QVERIFY2(error.contains(u"is the MoodBiome database that is open"_s), qPrintable(error));
    });
}

// Closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's included: a look at the
// file by our own code while it is open must go through the descriptor the connections share (InstanceLock).
void TestDatabase::openConnectionKeepsItsLocks()
{
    QFETCH(std::function<void(const QString&)>, look);
    const QString file = path(QString::fromLatin1(QTest::currentDataTag()) + u".sqlite"_s);
    auto store = Store::open(file);
    store->participants().add(Participant{.code = u"P-001"_s});
    QVERIFY(test::holdsPosixLock(file));
    look(file);
    QVERIFY2(test::holdsPosixLock(file), "the open connection lost its lock on the database file");
}
