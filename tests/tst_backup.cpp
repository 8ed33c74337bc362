// Backups, their rotation on disk, and restore: checked copies, refusals that change nothing, audited events.
#include "DataSafetySupport.h"
#include "TestSupport.h"
#include "core/BackupRotation.h"
#include "core/DemoGenerator.h"
#include "storage/Backup.h"
#include "storage/ChainAnchor.h"
#include "storage/Database.h"
#include "storage/DemoWriter.h"
#include "storage/Migrations.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QDirIterator>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace mb;
using Code = StorageError::Code;
using test::participantCodes;
using test::rawExec;
using test::scalar;

namespace {

QStringList codesIn(const QString& file)
{
    return test::participantCodes(*Store::open(file, {.create = false, .migrateTo = 0, .readOnly = true}));
}

} // namespace

class TestBackup : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void writesACheckedCopy();
    void replacesAnEarlierBackup();
    void copyInStepsIsOneSnapshot();
    void stoppedBackupLeavesNothing_data();
    void stoppedBackupLeavesNothing();
    void refusesToOverwrite_data();
    void refusesToOverwrite();
    void damagedDatabaseKeepsTheLastGoodBackup();
    void readOnlyDatabaseIsBackedUpUnrecorded();
    void automaticBackupsRotate();
    void restoreBringsBackTheBackup();
    void restoreRefuses_data();
    void restoreRefuses();
    void restoreOfAnOlderSchemaMigrates();
    void restoreOfAnotherPageSize();
    void restoreRefusesDataChangedOutsideMoodBiome_data();
    void restoreRefusesDataChangedOutsideMoodBiome();
    void restoreOfADamagedBackupPointsToAnotherBackup_data();
    void restoreOfADamagedBackupPointsToAnotherBackup();
    void databasesOfOneNameKeepTheirOwnBackups();
    void daysBackupIsOursAndNotFromTheFuture();
    void restoreOfAnotherDatabasesBackupOnlyWhenChosen();
    void killedBackupsLeaveNothingForGood();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    QString live() const { return path(QStringLiteral("live.sqlite")); }
    void at(int day, int hour, int minute = 0);
    void addParticipant(const QString& code) { m_store->participants().add(Participant{.code = code}); }
    QStringList partFiles() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    test::ScopedClock m_clock;
    std::unique_ptr<Store> m_store;
};

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    at(5, 8);
    m_store = Store::open(live());
    DemoOptions options;
    options.participants = 3;
    options.days = 30;
    options.lastDay = QDate(2025, 1, 4);
    writeDemo(*m_store, generateDemo(options));
}

void TestBackup::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestBackup::at(int day, int hour, int minute)
{
    // Local time in Amsterdam is UTC + 1 in January.
    m_clock.clock().set(QDateTime(QDate(2025, 1, 1).addDays(day - 1), QTime(hour, minute), QTimeZone::utc()));
}

QStringList TestBackup::partFiles() const
{
    QStringList found;
    QDirIterator it(m_dir->path(), {QStringLiteral("*.part"), QStringLiteral("*-journal")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    return found;
}

void TestBackup::writesACheckedCopy()
{
    const qint64 auditRows = scalar(m_store->database(), u"SELECT count(*) FROM audit");
    const BackupResult result = Backup::write(m_store->database(), path(QStringLiteral("copy.sqlite")));
    QCOMPARE(result.file, path(QStringLiteral("copy.sqlite")));
    QCOMPARE(result.bytes, QFileInfo(result.file).size());
    QVERIFY(result.report.ok());
    QCOMPARE(result.report.auditRows, auditRows);
    QVERIFY(result.recorded);

    // One self-contained file: rollback journal (header bytes 18 and 19 are 1), nothing beside it.
    const QByteArray bytes = test::fileBytes(result.file);
    QCOMPARE(int(bytes.at(18)), 1);
    QCOMPARE(int(bytes.at(19)), 1);
    QVERIFY(!QFile::exists(result.file + u"-wal"));
    QVERIFY(partFiles().isEmpty());
    QCOMPARE(codesIn(result.file), participantCodes(*m_store));

    const AuditLog::Row newest = m_store->audit().rows().first();
    QCOMPARE(newest.action, QStringLiteral("backup"));
    QVERIFY(newest.newValues.contains(QStringLiteral("copy.sqlite")));
    QVERIFY(Verifier::verify(m_store->database()).ok());
}

void TestBackup::copyInStepsIsOneSnapshot()
{
    test::addParticipants(*m_store, 2000, QStringLiteral("X"), QString(1500, u'n')); // a copy of several steps
    const auto window = Store::open(live()); // the window's connection; m_store's is the worker's
    QList<std::pair<qint64, qint64>> steps;
    const BackupResult result =
        Backup::write(m_store->database(), path(QStringLiteral("copy.sqlite")), [&](qint64 done, qint64 total) {
            if (steps.isEmpty())
                window->participants().add(Participant{.code = QStringLiteral("P-DURING")});
            steps.append({done, total});
        });
    QVERIFY(steps.size() > 2); // steps of the copy, then the check (done == total)
    QVERIFY(steps.first().first < steps.first().second);
    QVERIFY(result.report.ok());
    // The copy is the database as it was at its first step, whole: the write meanwhile is not in it.
    const QStringList copied = codesIn(result.file);
    QVERIFY(!copied.contains(QStringLiteral("P-DURING")));
    QCOMPARE(copied.size(), participantCodes(*window).size() - 1);
    // The backup's audit row, written after the window's, continues one chain.
    const auto rows = window->audit().rows();
    QCOMPARE(rows.at(0).action, QStringLiteral("backup"));
    QCOMPARE(rows.at(1).table, QStringLiteral("participant"));
    QVERIFY(Verifier::verify(window->database()).ok());
}

void TestBackup::stoppedBackupLeavesNothing_data()
{
    QTest::addColumn<bool>("checking");
    QTest::newRow("while copying") << false;
    QTest::newRow("while checking") << true;
}

void TestBackup::stoppedBackupLeavesNothing()
{
    QFETCH(bool, checking);
    test::addParticipants(*m_store, 2000, QStringLiteral("X"), QString(1500, u'n'));
    const qint64 auditRows = scalar(m_store->database(), u"SELECT count(*) FROM audit");
    struct Stop {};
    int complete = 0; // calls with the copy complete: the copy's last, then the check's
    bool stopped = false;
    try {
        Backup::write(m_store->database(), path(QStringLiteral("copy.sqlite")), [&](qint64 done, qint64 total) {
            complete += done == total ? 1 : 0;
            if (stopped || (checking ? complete >= 2 : done < total)) {
                QVERIFY(!partFiles().isEmpty()); // the unfinished copy, until the stop
                stopped = true;
                throw Stop();
            }
        });
        QFAIL("not stopped");
    } catch (const Stop&) {
    }
    QVERIFY(stopped);
    QVERIFY(partFiles().isEmpty());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("copy.sqlite"))));
    QCOMPARE(scalar(m_store->database(), u"SELECT count(*) FROM audit"), auditRows); // nothing recorded
    QVERIFY(Verifier::verify(m_store->database()).ok());
}

void TestBackup::replacesAnEarlierBackup()
{
    const QString target = path(QStringLiteral("copy.sqlite"));
    Backup::write(m_store->database(), target);
    addParticipant(QStringLiteral("P-NEW"));
    Backup::write(m_store->database(), target);
    QVERIFY(codesIn(target).contains(QStringLiteral("P-NEW")));
    QVERIFY(partFiles().isEmpty());
}

void TestBackup::refusesToOverwrite_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("a document") << QStringLiteral("notes.txt") << QByteArray("my thesis, chapter 1\n");
    QTest::newRow("another program's database") << QStringLiteral("other.sqlite") << QByteArray("sqlite");
    QTest::newRow("the database itself") << QStringLiteral("live.sqlite") << QByteArray();
    QTest::newRow("a folder") << QStringLiteral("folder") << QByteArray();
    QTest::newRow("a database held open") << QStringLiteral("held.sqlite") << QByteArray("held");
    QTest::newRow("a working database") << QStringLiteral("work.sqlite") << QByteArray("closed");
    QTest::newRow("a backup with a -wal beside it") << QStringLiteral("hot.sqlite") << QByteArray("wal");
    // Another study's backup of the same name (it used to be replaced without a word).
    QTest::newRow("another database's backup") << QStringLiteral("weekly.bak") << QByteArray("backup of another");
}

void TestBackup::refusesToOverwrite()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    const QString target = path(name);
    std::unique_ptr<Store> other; // another MoodBiome database, open (as in the GUI) while the backup runs
    if (content == "sqlite")
        rawExec(target, "CREATE TABLE mine (x); INSERT INTO mine VALUES (42);");
    else if (content == "held" || content == "closed") {
        other = Store::open(target);
        other->participants().add(Participant{.code = QStringLiteral("P-OTHER")});
        if (content == "closed")
            other.reset();
    } else if (content == "wal") {
        Backup::write(m_store->database(), target);
        test::writeFile(target + u"-wal", test::garbage(4096));
    } else if (content == "backup of another") {
        other = Store::open(path(QStringLiteral("study-b.sqlite")));
        other->participants().add(Participant{.code = QStringLiteral("P-OTHER")});
        Backup::write(other->database(), target);
    } else if (name == u"folder")
        QVERIFY(QDir(m_dir->path()).mkdir(name));
    else if (!content.isEmpty())
        test::writeFile(target, content);
    const QByteArray before = test::fileBytes(target);
    const qint64 auditRows = scalar(m_store->database(), u"SELECT count(*) FROM audit");
    try {
        Backup::write(m_store->database(), target);
        QFAIL("overwrote a file that is not a backup");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), Code::InvalidInput);
        QVERIFY(e.message().contains(name));
    }
    if (name != u"live.sqlite")
        QCOMPARE(test::fileBytes(target), before);
    if (other)
        QCOMPARE(participantCodes(*other), QStringList{QStringLiteral("P-OTHER")});
    QCOMPARE(scalar(m_store->database(), u"SELECT count(*) FROM audit"), auditRows);
    QVERIFY(partFiles().isEmpty());
}

void TestBackup::damagedDatabaseKeepsTheLastGoodBackup()
{
    const QString target = path(QStringLiteral("copy.sqlite"));
    Backup::write(m_store->database(), target);
    const QByteArray good = test::fileBytes(target);
    m_store.reset();
    // The guard is put back: a database without it is not even opened for writing.
    rawExec(live(), "DROP TRIGGER audit_no_update; UPDATE audit SET reason = 'forged' WHERE id = 2; "
                    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
                    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;");
    m_store = Store::open(live());
    try {
        Backup::write(m_store->database(), target);
        QFAIL("kept a copy of a damaged database as a backup");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), Code::Corrupt);
        QVERIFY(e.message().contains(QStringLiteral("audit row 2")));
    }
    QCOMPARE(test::fileBytes(target), good);
    QVERIFY(partFiles().isEmpty());
}

void TestBackup::readOnlyDatabaseIsBackedUpUnrecorded()
{
    m_store.reset();
    const auto db = Database::open(live(), {.create = false, .readOnly = true});
    const qint64 auditRows = scalar(*db, u"SELECT count(*) FROM audit");
    const BackupResult result = Backup::write(*db, path(QStringLiteral("copy.sqlite")));
    QVERIFY(result.report.ok());
    QVERIFY(!result.recorded);
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM audit"), auditRows);
}

void TestBackup::automaticBackupsRotate()
{
    const QString folder = Backup::defaultFolder(live());
    QCOMPARE(folder, path(QStringLiteral("backups")));
    QVERIFY(QDir().mkpath(folder));
    test::writeFile(QDir(folder).filePath(QStringLiteral("live-2024-01-01-000000-before-restore.sqlite")), "keep");
    test::writeFile(QDir(folder).filePath(QStringLiteral("my notes.txt")), "keep");
    QVERIFY(!Backup::latestAutomatic(m_store->database(), folder));

    QStringList removed;
    for (int day = 1; day <= 40; ++day) {
        m_clock.clock().set(QDateTime(QDate(2025, 1, 5).addDays(day), QTime(21, 0), QTimeZone::utc()));
        const AutomaticBackupResult result = Backup::automatic(m_store->database(), folder);
        QVERIFY(result.backup.report.ok());
        removed += result.removed;
    }
    const QStringList left = QDir(folder).entryList(QDir::Files, QDir::Name | QDir::Reversed);
    const RotationPlan plan = planRotation(QStringLiteral("live"), left);
    QCOMPARE(plan.keep.size(), 11); // 7 days and 4 weeks
    QVERIFY(plan.remove.isEmpty());
    QCOMPARE(removed.size(), 40 - 11);
    QVERIFY(left.contains(QStringLiteral("live-2024-01-01-000000-before-restore.sqlite")));
    QVERIFY(left.contains(QStringLiteral("my notes.txt")));
    // 2025-02-14 21:00 UTC is 22:00 in Amsterdam: names use the local time.
    QCOMPARE(plan.keep.first(), QStringLiteral("live-2025-02-14-220000.sqlite"));
    const auto latest = Backup::latestAutomatic(m_store->database(), folder);
    QVERIFY(latest);
    QCOMPARE(latest->date, QDate(2025, 2, 14));
    QVERIFY(partFiles().isEmpty());
}

void TestBackup::restoreBringsBackTheBackup()
{
    at(5, 9);
    addParticipant(QStringLiteral("P-OLD"));
    at(5, 10);
    const QString backup = path(QStringLiteral("monday.sqlite"));
    Backup::write(m_store->database(), backup);
    at(6, 12);
    addParticipant(QStringLiteral("P-NEW")); // made after the backup: gone after the restore
    const QStringList before = participantCodes(*m_store);

    at(7, 8);
    const QString safetyFolder = path(QStringLiteral("safety"));
    const RestoreResult result = Backup::restore(m_store->database(), backup, safetyFolder);
    QCOMPARE(result.restoredFrom, backup);
    QVERIFY(result.backupReport.ok());
    // The backup event itself changed no data: the data are from when P-OLD was added.
    QCOMPARE(result.dataFromUtc, QDateTime(QDate(2025, 1, 5), QTime(9, 0), QTimeZone::utc()));
    QCOMPARE(result.safetyCopy,
             QDir(safetyFolder).filePath(QStringLiteral("live-2025-01-07-090000-before-restore.sqlite")));
    QVERIFY(result.safetyCopyVerified);
    QCOMPARE(codesIn(result.safetyCopy), before);

    m_store = Store::open(live());
    QVERIFY(participantCodes(*m_store).contains(QStringLiteral("P-OLD")));
    QVERIFY(!participantCodes(*m_store).contains(QStringLiteral("P-NEW")));
    const AuditLog::Row newest = m_store->audit().rows().first();
    QCOMPARE(newest.action, QStringLiteral("restore_backup"));
    QVERIFY(newest.newValues.contains(QStringLiteral("monday.sqlite")));
    QVERIFY(newest.newValues.contains(QStringLiteral("before-restore")));
    QVERIFY(newest.newValues.contains(QStringLiteral("2025-01-05T09:00:00Z")));
    QVERIFY(Verifier::verify(m_store->database()).ok()); // the chain goes on from the backup's last row
    Statement mode = m_store->database().prepare(u"PRAGMA journal_mode");
    mode.step();
    QCOMPARE(mode.text(0), QStringLiteral("wal"));
}

void TestBackup::restoreRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("random bytes") << "random" << int(Code::NotADatabase);
    QTest::newRow("a text file") << "text" << int(Code::NotADatabase);
    QTest::newRow("another program's database") << "foreign" << int(Code::NotMoodBiome);
    QTest::newRow("an empty file") << "empty" << int(Code::NotMoodBiome);
    QTest::newRow("from a newer MoodBiome") << "newer" << int(Code::NewerSchema);
    QTest::newRow("truncated") << "truncated" << int(Code::Corrupt);
    QTest::newRow("damaged pages") << "damaged" << int(Code::Corrupt);
    QTest::newRow("broken audit chain") << "chain" << int(Code::Corrupt);
    QTest::newRow("our id, schema 0, no tables") << "schema0" << int(Code::NotMoodBiome);
    QTest::newRow("an added trigger") << "trigger" << int(Code::Corrupt);
    QTest::newRow("a table missing") << "table" << int(Code::Corrupt);
    QTest::newRow("missing") << "missing" << int(Code::CannotOpen);
    QTest::newRow("the database itself") << "self" << int(Code::InvalidInput);
}

void TestBackup::restoreRefuses()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QString file = path(QStringLiteral("bad.sqlite"));
    const auto goodCopy = [&] {
        test::addParticipants(*m_store, 300, QStringLiteral("X"));
        Backup::write(m_store->database(), file);
    };
    if (kind == u"random") {
        test::writeFile(file, test::garbage(20000));
    } else if (kind == u"text") {
        test::writeFile(file, "participant,date\nP-001,2025-01-01\n");
    } else if (kind == u"foreign") {
        rawExec(file, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    } else if (kind == u"empty") {
        test::writeFile(file, {});
    } else if (kind == u"newer") {
        goodCopy();
        rawExec(file, "PRAGMA user_version = 99;");
    } else if (kind == u"truncated") {
        goodCopy();
        QVERIFY(QFile::resize(file, QFileInfo(file).size() / 2));
    } else if (kind == u"damaged") {
        goodCopy();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite) && f.size() > 12 * 4096);
        f.seek(8 * 4096);
        f.write(QByteArray(4096, '\x33'));
    } else if (kind == u"chain") {
        goodCopy();
        rawExec(file, "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = 3;");
    } else if (kind == u"schema0") {
        rawExec(file, "PRAGMA application_id = 1299148644;"); // 0x4D6F6F64, "Mood"
    } else if (kind == u"trigger") {
        goodCopy();
        rawExec(file, "CREATE TRIGGER keep_quiet AFTER INSERT ON audit BEGIN DELETE FROM participant; END;");
    } else if (kind == u"table") {
        goodCopy();
        rawExec(file, "DROP TABLE questionnaire_response;");
    } else if (kind == u"missing") {
        file = path(QStringLiteral("absent.sqlite"));
    } else {
        file = live();
    }
    const QByteArray backupBefore = test::fileBytes(file);
    const QStringList liveBefore = participantCodes(*m_store);
    const qint64 auditBefore = scalar(m_store->database(), u"SELECT count(*) FROM audit");
    try {
        Backup::restore(m_store->database(), file, path(QStringLiteral("safety")));
        QFAIL("restored a file that should have been refused");
    } catch (const StorageError& e) {
        QCOMPARE(int(e.code()), code);
        QVERIFY2(e.message().contains(QFileInfo(file).fileName()), qPrintable(e.message()));
    }
    QCOMPARE(test::fileBytes(file), backupBefore);
    QCOMPARE(participantCodes(*m_store), liveBefore);
    QCOMPARE(scalar(m_store->database(), u"SELECT count(*) FROM audit"), auditBefore);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("safety")))); // refused before anything was written
}

void TestBackup::restoreOfAnOlderSchemaMigrates()
{
    const QString old = path(QStringLiteral("v1.sqlite"));
    {
        auto v1 = Store::open(old, {.migrateTo = 1});
        v1->participants().add(Participant{.code = QStringLiteral("P-V1")});
    }
    Backup::restore(m_store->database(), old, path(QStringLiteral("safety")), {}, true); // another database's
    m_store = Store::open(live());
    QCOMPARE(m_store->database().userVersion(), Migrations::latestVersion);
    QCOMPARE(participantCodes(*m_store), QStringList{QStringLiteral("P-V1")});
    const QList<AuditLog::Row> rows = m_store->audit().rows();
    QCOMPARE(rows.at(0).action, QStringLiteral("migrate"));
    QCOMPARE(rows.at(1).action, QStringLiteral("restore_backup"));
    QVERIFY(Verifier::verify(m_store->database()).ok());
}

void TestBackup::restoreOfAnotherPageSize()
{
    const QString other = path(QStringLiteral("pages.sqlite"));
    Backup::write(m_store->database(), other);
    rawExec(other, "PRAGMA page_size = 8192; VACUUM;");
    addParticipant(QStringLiteral("P-LATER"));
    Backup::restore(m_store->database(), other, path(QStringLiteral("safety")));
    m_store = Store::open(live());
    QVERIFY(!participantCodes(*m_store).contains(QStringLiteral("P-LATER")));
    QCOMPARE(scalar(m_store->database(), u"PRAGMA page_size"), 8192);
    Statement mode = m_store->database().prepare(u"PRAGMA journal_mode");
    mode.step();
    QCOMPARE(mode.text(0), QStringLiteral("wal"));
    QVERIFY(Verifier::verify(m_store->database()).ok());
}

void TestBackup::restoreRefusesDataChangedOutsideMoodBiome_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");
    QTest::newRow("mood 99 on a 0-10 scale") << "99"
                                             << "99";
    QTest::newRow("a silent edit within the range") << "CASE WHEN value = 1 THEN 2 ELSE 1 END"
                                                    << "differs from its last audited state";
}

// Both the check the GUI and the CLI run first and restore itself hold a backup to everything verify and a site
// merge check: data changed with the sqlite3 tool (the range trigger dropped for the write and put back as it
// was, so the schema is ours) are refused, and nothing is written anywhere.
void TestBackup::restoreRefusesDataChangedOutsideMoodBiome()
{
    QFETCH(QString, value);
    QFETCH(QString, problem);
    // An entry of its own: the demo's entries went in as one bulk event, which the replay counts but cannot compare.
    const qint64 id = m_store->participants().add(Participant{.code = QStringLiteral("P-MOOD")});
    m_store->journal().add(
        JournalEntry{.participantId = id, .date = QDate(2025, 1, 4), .values = {{QStringLiteral("mood"), 7}}});
    const QString backup = path(QStringLiteral("edited.sqlite"));
    Backup::write(m_store->database(), backup);
    QString trigger;
    {
        const auto look = Database::open(backup, {.create = false, .migrateTo = 0, .readOnly = true});
        Statement st = look->prepare(u"SELECT sql FROM sqlite_schema WHERE name = 'observation_range_update'");
        QVERIFY(st.step());
        trigger = st.text(0);
    }
    const QString mood = QStringLiteral("(SELECT id FROM measure WHERE key = 'mood')");
    const QString sql = u"DROP TRIGGER observation_range_update; UPDATE observation SET value = " + value +
                        u" WHERE measure_id = " + mood +
                        u" AND entry_id = (SELECT max(entry_id) FROM observation WHERE measure_id = " + mood + u"); " +
                        trigger + u';';
    rawExec(backup, sql.toUtf8().constData());
    QVERIFY(!Verifier::verifyFile(backup).ok());
    addParticipant(QStringLiteral("P-LATER"));

    const QByteArray backupBefore = test::fileBytes(backup);
    const QStringList liveBefore = participantCodes(*m_store);
    const qint64 auditBefore = scalar(m_store->database(), u"SELECT count(*) FROM audit");
    for (const bool checkOnly : {true, false}) {
        try {
            if (checkOnly)
                Backup::checkRestorable(backup);
            else
                Backup::restore(m_store->database(), backup, path(QStringLiteral("safety")));
            QFAIL("a backup with data changed outside MoodBiome was accepted");
        } catch (const StorageError& e) {
            QCOMPARE(e.code(), Code::Corrupt);
            QVERIFY2(e.message().contains(u"edited.sqlite") && e.message().contains(problem) &&
                         e.message().contains(u"nothing was restored"),
                     qPrintable(e.message()));
        }
    }
    QCOMPARE(test::fileBytes(backup), backupBefore);
    QCOMPARE(participantCodes(*m_store), liveBefore);
    QCOMPARE(scalar(m_store->database(), u"SELECT count(*) FROM audit"), auditBefore);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("safety"))));
    QVERIFY(partFiles().isEmpty());
    QVERIFY(Verifier::verify(m_store->database()).ok());
}

void TestBackup::restoreOfADamagedBackupPointsToAnotherBackup_data()
{
    QTest::addColumn<bool>("checkOnly"); // the check the GUI and the CLI run first, else restore itself
    QTest::newRow("checkRestorable") << true;
    QTest::newRow("restore") << false;
}

// "The database file is damaged… Restore it from a backup." was said of a damaged backup.
void TestBackup::restoreOfADamagedBackupPointsToAnotherBackup()
{
    QFETCH(bool, checkOnly);
    const QString backup = path(QStringLiteral("halved.sqlite"));
    test::addParticipants(*m_store, 300, QStringLiteral("X"));
    Backup::write(m_store->database(), backup);
    QVERIFY(QFile::resize(backup, QFileInfo(backup).size() / 2));
    try {
        if (checkOnly)
            Backup::checkRestorable(backup);
        else
            Backup::restore(m_store->database(), backup, path(QStringLiteral("safety")));
        QFAIL("a truncated backup was accepted");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), Code::Corrupt);
        QVERIFY2(e.message().contains(u"halved.sqlite” is damaged") && e.message().contains(u"Choose another backup") &&
                     !e.message().contains(u"Restore it from a backup"),
                 qPrintable(e.message()));
    }
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("safety"))));
}

// study.sqlite and study.db in one folder share backups/: the rotation of one deleted the other's only backup of
// the day, and one skipped its day's backup because it took the other's for its own.
void TestBackup::databasesOfOneNameKeepTheirOwnBackups()
{
    const QString folder = Backup::defaultFolder(live());
    const QString other = path(QStringLiteral("live.db"));
    auto second = Store::open(other);
    second->participants().add(Participant{.code = QStringLiteral("X-1")});
    for (int day = 1; day <= 12; ++day) {
        m_clock.clock().set(QDateTime(QDate(2025, 1, 5).addDays(day), QTime(21, 0), QTimeZone::utc()));
        QVERIFY(Backup::automatic(m_store->database(), folder).backup.report.ok());
        QVERIFY(!Backup::latestAutomatic(second->database(), folder) ||
                Backup::latestAutomatic(second->database(), folder)->date < QDate(2025, 1, 5).addDays(day));
        m_clock.clock().set(QDateTime(QDate(2025, 1, 5).addDays(day), QTime(21, 1), QTimeZone::utc()));
        QVERIFY(Backup::automatic(second->database(), folder).backup.report.ok());
    }
    // Each kept its own 7 days and the weeks before, and none of the other's.
    QHash<QString, int> byFirstRow;
    for (const QString& name : QDir(folder).entryList(QDir::Files)) {
        const auto backup =
            Database::open(QDir(folder).filePath(name), {.create = false, .migrateTo = 0, .readOnly = true});
        ++byFirstRow[ChainAnchor::hashAt(*backup, 1)];
    }
    QCOMPARE(byFirstRow.value(ChainAnchor::hashAt(m_store->database(), 1)), 7 + 1); // 6–10 January: one ISO week
    QCOMPARE(byFirstRow.value(ChainAnchor::hashAt(second->database(), 1)), 7 + 1);
    // A file named as one of ours that is the other database's backup is never removed by our rotation.
    const QString foreign =
        QDir(folder).filePath(backupFileName(QStringLiteral("live"), {QDate(2024, 1, 1), QTime(1, 0)}));
    QVERIFY(QFile::copy(QDir(folder).filePath(QDir(folder).entryList({QStringLiteral("live.db-*")}).first()), foreign));
    m_clock.clock().set(QDateTime(QDate(2025, 1, 20), QTime(21, 0), QTimeZone::utc()));
    const AutomaticBackupResult result = Backup::automatic(m_store->database(), folder);
    QVERIFY(!result.removed.contains(QFileInfo(foreign).fileName()));
    QVERIFY(QFileInfo::exists(foreign));
}

// The day's automatic backup was skipped when backups/ held today's backup of another database named alike (study
// beside study.sqlite), or one of ours dated in the future (a clock that was wrong once), which the rotation also
// kept as the newest for good.
void TestBackup::daysBackupIsOursAndNotFromTheFuture()
{
    const QString folder = Backup::defaultFolder(live());
    auto other = Store::open(path(QStringLiteral("live"))); // its backups are named "live-…" too
    other->participants().add(Participant{.code = QStringLiteral("X-1")});
    QVERIFY(Backup::automatic(other->database(), folder).backup.report.ok());
    QCOMPARE(Backup::latestAutomatic(other->database(), folder)->date, QDate(2025, 1, 5));
    QVERIFY(!Backup::latestAutomatic(m_store->database(), folder)); // the other's is not ours

    m_clock.clock().set(QDateTime(QDate(2030, 1, 1), QTime(12, 0), QTimeZone::utc()));
    const QString future = Backup::automatic(m_store->database(), folder).backup.file;
    at(5, 9);
    QVERIFY(!Backup::latestAutomatic(m_store->database(), folder)); // 2030 is not today

    QStringList removed;
    for (int day = 6; day <= 25; ++day) {
        at(day, 9);
        removed += Backup::automatic(m_store->database(), folder).removed;
        QCOMPARE(Backup::latestAutomatic(m_store->database(), folder)->date, QDate(2025, 1, day));
    }
    QVERIFY(QFileInfo::exists(future)); // kept (the clock may be the one that is wrong now), but it takes no day
    QVERIFY(!removed.contains(QFileInfo(future).fileName()));
    QStringList ours =
        QDir(folder).entryList({QStringLiteral("live-2025-*")}, QDir::Files, QDir::Name | QDir::Reversed);
    ours.removeAll(QStringLiteral("live-2025-01-05-090000.sqlite")); // the other database's
    // 19–25 January (seven days), then the newest of ISO weeks 3 and 2 (13–18, 6–12 January).
    QCOMPARE(ours.size(), 7 + 2);
    QCOMPARE(ours.first(), QStringLiteral("live-2025-01-25-100000.sqlite"));
    QCOMPARE(ours.at(7), QStringLiteral("live-2025-01-18-100000.sqlite"));
}

// A backup of another study went in without a word; it is refused unless the caller says the user chose it.
void TestBackup::restoreOfAnotherDatabasesBackupOnlyWhenChosen()
{
    auto other = Store::open(path(QStringLiteral("other.sqlite")));
    other->participants().add(Participant{.code = QStringLiteral("Q-1")});
    const QString foreign = path(QStringLiteral("other-backup.sqlite"));
    Backup::write(other->database(), foreign);
    other.reset();
    const QString own = path(QStringLiteral("own-backup.sqlite"));
    Backup::write(m_store->database(), own);
    QVERIFY(Backup::isOtherDatabasesBackup(m_store->database(), foreign));
    QVERIFY(!Backup::isOtherDatabasesBackup(m_store->database(), own));
    QVERIFY(!Backup::isOtherDatabasesBackup(m_store->database(), path(QStringLiteral("missing.sqlite"))));

    const QStringList before = participantCodes(*m_store);
    const QString safety = path(QStringLiteral("safety"));
    try {
        Backup::restore(m_store->database(), foreign, safety);
        QFAIL("another database's backup was restored without being chosen");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), Code::InvalidInput);
        QVERIFY2(e.message().contains(u"is a backup of another database") && e.message().contains(u"live.sqlite"),
                 qPrintable(e.message()));
    }
    QCOMPARE(participantCodes(*m_store), before);
    QVERIFY(!QFileInfo::exists(safety));

    Backup::restore(m_store->database(), foreign, safety, {}, true);
    m_store = Store::open(live());
    QCOMPARE(participantCodes(*m_store), QStringList{QStringLiteral("Q-1")});
    QVERIFY(!Backup::isOtherDatabasesBackup(m_store->database(), foreign)); // a clone now
    QVERIFY(Backup::isOtherDatabasesBackup(m_store->database(), own));
}

// A backup killed half-way (power cut, SIGKILL) left its unfinished copy (a full copy of the data) and its hot
// journal in backups/ for good. The next backup removes those nobody holds; one being made is left alone.
void TestBackup::killedBackupsLeaveNothingForGood()
{
    const QString folder = Backup::defaultFolder(live());
    QVERIFY(QDir().mkpath(folder));
    const auto inFolder = [&](const char* name) {
        return QDir(folder).filePath(QString::fromLatin1(name));
    };
    const QStringList killed{inFolder("live-2025-01-04-210000.sqlite.Ab12Cd.part"),
                             inFolder("live-2025-01-04-210000.sqlite.Ab12Cd.part-journal"),
                             inFolder("live-2025-01-03-120000-manual.sqlite.xYz789.part"),
                             inFolder("live-2025-01-02-080000-before-restore.sqlite.QQ11ww.part-journal")};
    const QStringList kept{inFolder("live-2025-01-04-220000.sqlite.Held00.part"), // being made right now
                           inFolder("notes.sqlite.Ab12Cd.part"),                  // not a backup of ours
                           inFolder("live-report.part")};
    for (const QString& file : killed + kept)
        test::writeFile(file, "SQLite format 3");
    const int held = ::open(QFile::encodeName(kept.first()).constData(), O_RDONLY | O_CLOEXEC);
    QVERIFY(held >= 0);
    QCOMPARE(flock(held, LOCK_EX), 0); // as PartFile holds the copy it writes

    QVERIFY(Backup::automatic(m_store->database(), folder).backup.report.ok());
    for (const QString& file : killed)
        QVERIFY2(!QFileInfo::exists(file), qPrintable(file));
    for (const QString& file : kept)
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    ::close(held);
    // Once its writer is gone, the next backup (a manual one here) removes it too.
    Backup::manual(m_store->database(), folder);
    QVERIFY(!QFileInfo::exists(kept.first()));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
