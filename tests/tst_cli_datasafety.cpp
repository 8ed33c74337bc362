// moodbiome-cli backup, restore and verify, and every kind of hostile database file: exit codes, messages,
// and files left byte-for-byte as they were.
#include "CliRunner.h"
#include "DataSafetySupport.h"
#include "TestSupport.h"
#include "core/DemoGenerator.h"
#include "storage/DemoWriter.h"
#include "storage/ExportWriter.h"
#include "storage/Verifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>

#include <csignal>
#include <optional>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace mb;
using namespace Qt::StringLiterals;
using test::rawExec;

namespace {

// "participant add P-001" -> {"participant", "add", "P-001"}
QStringList words(const char* spaced)
{
    return QString::fromUtf8(spaced).split(u' ', Qt::SkipEmptyParts);
}

QJsonObject json(const test::CliRun& run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestCliDataSafety : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_dir.reset(); }

    void backupAndRestore();
    void backupRefusals_data();
    void backupRefusals();
    void backupNeverReplacesAPipeOrDevice();
    void restoreOfAnotherDatabasesBackupNeedsAsking();
    void restoreRefusesBadFiles_data();
    void restoreRefusesBadFiles();
    void verifyReportsWhatItChecked();
    void verifyNamesTheFirstBrokenRow_data();
    void verifyNamesTheFirstBrokenRow();
    void hostileDatabaseFiles_data();
    void hostileDatabaseFiles();
    void databaseThatIsNoRegularFile();
    void databaseHeldByAnotherProgram();
    void hostileSchemaIsReportedNotRun();
    void hostileSchemaIsRefusedWhenOnlyRead();
    void exportRefusesWhatIsNeverStored_data();
    void exportRefusesWhatIsNeverStored();
    void chainHeadKeptOutside();
    void dataChangedWithoutAuditRow();
    void diskFullWhileWriting();
    void backupOntoADatabaseInUse_data();
    void backupOntoADatabaseInUse();
    void damagedDatabaseRefusesEveryWrite_data();
    void damagedDatabaseRefusesEveryWrite();
    void foreignWalIsRefused_data();
    void foreignWalIsRefused();
    void foreignJournalIsRefused();
    void verifyOfAnOpenDatabaseSaysWhyOnce();
    void exportsNeverReplaceADatabase_data();
    void exportsNeverReplaceADatabase();
    void exportsArePrivateOverAnExistingFile();
    void aWriteThatFailsLeavesTheFileAsItWas();
    void hotWalOfTheDatabaseIsRecovered_data();
    void hotWalOfTheDatabaseIsRecovered();
    void walBesideNoDatabaseIsKept_data();
    void walBesideNoDatabaseIsKept();
    void restoreRefusesDataChangedOutsideMoodBiome_data();
    void restoreRefusesDataChangedOutsideMoodBiome();
    void restoreOfADamagedBackupPointsToAnotherBackup();
    void importedRowsChangedOutsideMoodBiome_data();
    void importedRowsChangedOutsideMoodBiome();
    void restoreOfAnEncryptedBackupIntoAPlainDatabaseSaysSo();
    void emptyFileBecomesAPrivateDatabase();
    void emptyFileOfAnotherUserIsRefused();
    void aBackupIsOnlyRead();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    test::CliRun cli(const QStringList& arguments, const QString& database = {}) const
    {
        return test::runCli(QStringList{QStringLiteral("--database"), database.isEmpty() ? m_db : database} + arguments,
                            m_dir->path());
    }
    void makeHostile(const QString& kind, const QString& file);
    // Copies database and its -wal to copy while a connection has committed change but not checkpointed it:
    // the files as a crash of that program leaves them.
    // checkpointed: the log was copied into the file already (a checkpoint that did not start a new log).
    void copyWithHotWal(const QString& database, int participants, const QString& copy, bool checkpointed = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliDataSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = path(QStringLiteral("cli.sqlite"));
    QCOMPARE(cli(words("participant add P-001")).exitCode, 0);
    QCOMPARE(cli(words("log P-001 --date 2025-01-03 mood=6")).exitCode, 0);
}

void TestCliDataSafety::backupAndRestore()
{
    const QString backup = path(QStringLiteral("friday.sqlite"));
    const auto made = cli(words("--json backup --output") << backup);
    QCOMPARE(made.exitCode, 0);
    QCOMPARE(json(made).value(QStringLiteral("file")).toString(), backup);
    QVERIFY(json(made).value(QStringLiteral("recorded")).toBool());
    QVERIFY(json(made).value(QStringLiteral("verification")).toObject().value(QStringLiteral("ok")).toBool());

    QCOMPARE(cli(words("participant add P-002")).exitCode, 0);
    const auto restored = cli(words("--json restore") << backup);
    QCOMPARE(restored.exitCode, 0);
    const QJsonObject result = json(restored);
    QCOMPARE(result.value(QStringLiteral("restored_from")).toString(), backup);
    QCOMPARE(result.value(QStringLiteral("data_from")).toString(), QStringLiteral("2025-01-05T08:30:00Z"));
    const QString safety = result.value(QStringLiteral("safety_copy")).toString();
    QVERIFY(safety.startsWith(path(QStringLiteral("backups/cli-2025-01-05-"))));
    QVERIFY(safety.endsWith(QStringLiteral("-before-restore.sqlite")));
    QVERIFY(result.value(QStringLiteral("safety_copy_verified")).toBool());

    const auto list = cli(words("participant list"));
    QVERIFY(list.out.contains("P-001"));
    QVERIFY(!list.out.contains("P-002"));
    QVERIFY(cli(words("participant list"), safety).out.contains("P-002")); // nothing is ever lost

    const auto text = cli(words("restore") << backup);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("The restored data are from 2025-01-05 09:30")); // Amsterdam time
    QVERIFY(text.out.contains("-before-restore-2.sqlite"));                    // the first one of this second is kept
    // The anchors (file, backup, safety copies) know of the restores: no false alarm.
    const auto verified = cli(words("verify"));
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
}

// Study A became study B, exit 0, without a word: a backup of another database (another first audit row) is
// restored only with --other-database.
void TestCliDataSafety::restoreOfAnotherDatabasesBackupNeedsAsking()
{
    const QString other = path(QStringLiteral("other.sqlite"));
    QCOMPARE(cli(words("participant add Q-001"), other).exitCode, 0);
    const QString backup = path(QStringLiteral("other-backup.sqlite"));
    QCOMPARE(cli(words("backup --output") << backup, other).exitCode, 0);
    const QByteArray before = test::fileBytes(m_db);

    const auto refused = cli(words("restore") << backup);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("is a backup of another database") && refused.err.contains("other-backup.sqlite") &&
                 refused.err.contains("cli.sqlite") && refused.err.contains("--other-database"),
             refused.err.constData());
    QCOMPARE(test::fileBytes(m_db), before);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("backups"))));

    const auto restored = cli(words("restore --other-database") << backup);
    QCOMPARE(restored.exitCode, 0);
    QVERIFY(cli(words("participant list")).out.contains("Q-001"));
    QVERIFY(!cli(words("participant list")).out.contains("P-001"));
    // Its own backups need no flag, a clone's (the same first rows) neither.
    const QString own = path(QStringLiteral("own.sqlite"));
    QCOMPARE(cli(words("backup --output") << own).exitCode, 0);
    QCOMPARE(cli(words("restore") << own).exitCode, 0);
    QCOMPARE(cli(words("restore") << backup).exitCode, 0);
}

void TestCliDataSafety::backupRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --output") << words("backup") << 1 << QStringLiteral("--output FILE");
    QTest::newRow("onto the database") << words("backup --output DB") << 2 << QStringLiteral("the database itself");
    QTest::newRow("onto a document") << words("backup --output notes.txt") << 2
                                     << QStringLiteral("not a MoodBiome database");
    QTest::newRow("no database yet") << words("--database none.sqlite backup --output x.sqlite") << 3
                                     << QStringLiteral("nothing to back up");
}

void TestCliDataSafety::backupRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    test::writeFile(path(QStringLiteral("notes.txt")), "thesis\n");
    for (QString& a : arguments)
        a = a == u"DB" ? m_db : a.endsWith(u".txt") || a.endsWith(u".sqlite") ? path(a) : a;
    const QByteArray before = test::fileBytes(m_db) + test::fileBytes(path(QStringLiteral("notes.txt")));
    const auto run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QCOMPARE(test::fileBytes(m_db) + test::fileBytes(path(QStringLiteral("notes.txt"))), before);
    QVERIFY(!QFile::exists(path(QStringLiteral("none.sqlite"))));
}

// A backup is a file of its own: a FIFO, a device node (or a link to either) as --output was replaced by a
// regular file, reported as a verified backup; as root that turned /dev/null into a file.
void TestCliDataSafety::backupNeverReplacesAPipeOrDevice()
{
    const QString fifo = path(QStringLiteral("pipe.sqlite"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString link = path(QStringLiteral("link.sqlite"));
    QVERIFY(QFile::link(fifo, link));
    QStringList targets{fifo, link};
    const QString device = path(QStringLiteral("null.sqlite")); // a null device of our own, where root may make one
    if (mknod(QFile::encodeName(device).constData(), S_IFCHR | 0600, makedev(1, 3)) == 0)
        targets << device;
    const QByteArray before = test::fileBytes(m_db);
    for (const QString& target : std::as_const(targets)) {
        const auto run = cli(words("backup --output") << target);
        QVERIFY2(run.exitCode == 2, qPrintable(target + u": " + QString::fromUtf8(run.out + run.err)));
        QVERIFY2(run.err.contains("not a regular file"), run.err.constData());
        struct stat info = {};
        QCOMPARE(lstat(QFile::encodeName(target).constData(), &info), 0);
        QVERIFY2(!S_ISREG(info.st_mode), qPrintable(target + u" was replaced"));
    }
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(test::fileBytes(m_db), before);
}

void TestCliDataSafety::makeHostile(const QString& kind, const QString& file)
{
    const auto copyOfData = [&] {
        QVERIFY(QFile::copy(m_db, file));
    };
    if (kind == u"random") {
        test::writeFile(file, test::garbage(8192));
    } else if (kind == u"text") {
        test::writeFile(file, "participant,date,time,measure,value,note\nP-001,2025-01-01,,mood,7,\n");
    } else if (kind == u"foreign") {
        rawExec(file, "CREATE TABLE photos (name TEXT); INSERT INTO photos VALUES ('beach.jpg');");
    } else if (kind == u"newer") {
        copyOfData();
        rawExec(file, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 42;");
    } else if (kind == u"truncated") {
        {
            auto store = Store::open(m_db); // enough pages that the missing half holds something
            test::addParticipants(*store, 300, QStringLiteral("X"));
        }
        copyOfData();
        QVERIFY(QFile::resize(file, QFileInfo(file).size() / 2));
    } else if (kind == u"chain") {
        copyOfData();
        rawExec(file, "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = 2;");
    } else if (kind == u"schema0") {
        rawExec(file, "PRAGMA application_id = 1299148644;"); // ours ("Mood"), but user_version 0 and no tables
    } else if (kind == u"folder") {
        QVERIFY(QDir().mkdir(file));
    } else if (kind == u"device") {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), file));
    }
}

void TestCliDataSafety::restoreRefusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("random bytes") << "random" << 3 << "or not a database at all";
    QTest::newRow("a CSV file") << "text" << 3 << "not a MoodBiome database";
    QTest::newRow("another program's database") << "foreign" << 3 << "not a MoodBiome database";
    QTest::newRow("from a newer MoodBiome") << "newer" << 3 << "newer version";
    QTest::newRow("truncated") << "truncated" << 3 << "damaged";
    QTest::newRow("broken audit chain") << "chain" << 3 << "audit trail";
    QTest::newRow("our id, no tables") << "schema0" << 3 << "holds no MoodBiome data";
    QTest::newRow("missing") << "missing" << 2 << "does not exist";
    // Both were said not to exist.
    QTest::newRow("a folder") << "folder" << 2 << "is a folder";
    QTest::newRow("a link to /dev/zero") << "device" << 2 << "not a regular file";
}

void TestCliDataSafety::restoreRefusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("suspect.sqlite"));
    makeHostile(kind, file);
    const QByteArray databaseBefore = test::fileBytes(m_db);
    const auto bytesOf = [](const QString& f) { // never read from a device
        return QFileInfo(f).isFile() ? test::fileBytes(f) : QByteArray();
    };
    const QByteArray fileBefore = bytesOf(file);
    const auto run = cli(words("restore") << file);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QCOMPARE(test::fileBytes(m_db), databaseBefore);
    QCOMPARE(bytesOf(file), fileBefore);
    QVERIFY(!QFile::exists(path(QStringLiteral("backups"))));
}

void TestCliDataSafety::verifyReportsWhatItChecked()
{
    const auto text = cli(words("verify"));
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("SQLite integrity_check: ok."));
    QVERIFY(text.out.contains("Audit trail: 3 rows checked")); // migrate, participant, entry (English plural forms)
    // The times of the trail as the clock on the wall read them (Amsterdam, UTC+1), not the stored UTC.
    QVERIFY2(text.out.contains("from 2025-01-05 09:30 to 2025-01-05 09:30."), text.out.constData());
    QVERIFY(text.out.contains("Every link of the audit chain is intact."));
    QVERIFY(text.out.contains("Recorded in the audit trail."));

    const auto asJson = cli(words("--json verify"));
    QCOMPARE(asJson.exitCode, 0);
    QCOMPARE(json(asJson).value(QStringLiteral("audit_rows")).toInt(), 4); // and the first verify
    QVERIFY(json(asJson).value(QStringLiteral("first_broken_row")).isNull());
    QCOMPARE(json(asJson).value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
}

void TestCliDataSafety::verifyNamesTheFirstBrokenRow_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("named");
    QTest::newRow("changed") << QByteArray(
                                    "DROP TRIGGER audit_no_update; UPDATE audit SET new_values = '{}' WHERE id = 2")
                             << "audit row 2 was changed";
    QTest::newRow("removed") << QByteArray("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = 2")
                             << "audit row 3 does not follow row 1";
}

void TestCliDataSafety::verifyNamesTheFirstBrokenRow()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, named);
    rawExec(m_db, "PRAGMA journal_mode = DELETE");
    rawExec(m_db, sql.constData());
    const QByteArray before = test::fileBytes(m_db);
    const auto run = cli(words("verify"));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(named.toUtf8()), run.err.constData());
    QVERIFY(run.out.contains("The audit chain is broken"));
    QVERIFY(run.out.contains("Not recorded in the audit trail: A damaged database is not written to."));
    const auto asJson = cli(words("--json verify"));
    QCOMPARE(asJson.exitCode, 4);
    QVERIFY(json(asJson).value(QStringLiteral("first_broken_row")).toInt() >= 2);
    QVERIFY(asJson.err.contains("\"errors\""));
    QCOMPARE(test::fileBytes(m_db), before);
}

void TestCliDataSafety::hostileDatabaseFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("random bytes") << "random"
                                  << "either an encrypted MoodBiome database, or not a database at all";
    QTest::newRow("a CSV file") << "text"
                                << "not a MoodBiome database";
    QTest::newRow("another program's database") << "foreign"
                                                << "not a MoodBiome database";
    QTest::newRow("from a newer MoodBiome") << "newer"
                                            << "newer version of MoodBiome";
    QTest::newRow("truncated") << "truncated"
                               << "damaged";
    QTest::newRow("read-only (chattr +i)") << "immutable"
                                           << "read-only";
}

void TestCliDataSafety::hostileDatabaseFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QString file = path(QStringLiteral("hostile.sqlite"));
    if (kind == u"immutable") {
        file = m_db;
        // Tests run as root, for whom only the immutable attribute makes a file read-only.
        if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), file}) != 0)
            QSKIP("chattr +i is not available here (tst_database covers opening read-only)");
    } else {
        makeHostile(kind, file);
    }
    const auto unlock = qScopeGuard([&] {
        if (kind == u"immutable")
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), file});
    });
    const QByteArray before = test::fileBytes(file);
    for (const QStringList& command : {words("log P-001 mood=5"), words("participant add P-009"),
                                       words("demo --participants 2 --days 30"), words("restore") << m_db}) {
        if (file == m_db && command.first() == u"restore")
            continue;
        const auto run = cli(command, file);
        QVERIFY2(run.exitCode == 3, qPrintable(command.join(u' ') + u": " + QString::fromUtf8(run.err)));
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QCOMPARE(test::fileBytes(file), before);
    }
    if (kind == u"immutable")
        QCOMPARE(cli(words("participant list"), file).exitCode, 0); // reading is fine
}

// A device or FIFO given as the database was taken for "no database yet": reading commands answered "No
// participants yet" with exit 0. Every command says what it is, exit 3, and the node stays as it was.
void TestCliDataSafety::databaseThatIsNoRegularFile()
{
    const QString fifo = path(QStringLiteral("pipe.sqlite"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString zero = path(QStringLiteral("zero.sqlite"));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
    for (const QString& database : {fifo, zero}) {
        for (const QStringList& command :
             {words("participant list"), words("log P-001 mood=5"), words("verify"), words("export"),
              words("intervention list"), words("backup --output") << path(QStringLiteral("b.sqlite")),
              words("participant add P-009")}) { // the last one waited forever for a writer to the FIFO
            const auto run = cli(command, database);
            QVERIFY2(run.exitCode == 3,
                     qPrintable(database + u' ' + command.join(u' ') + u": " + QString::number(run.exitCode) + u' ' +
                                QString::fromUtf8(run.out + run.err)));
            QVERIFY2(run.err.contains("not a regular file"), run.err.constData());
        }
        QVERIFY(!QFileInfo(database).isFile());
        QVERIFY(!QFile::exists(database + u"-wal") && !QFile::exists(database + u"-journal"));
    }
    QVERIFY(!QFile::exists(path(QStringLiteral("b.sqlite"))));
}

void TestCliDataSafety::hostileSchemaIsReportedNotRun()
{
    // A trigger that rewrites data on the next audit row: verify used to write one, running it.
    rawExec(m_db, "PRAGMA journal_mode = DELETE");
    rawExec(m_db, "CREATE TRIGGER tidy_up AFTER INSERT ON audit BEGIN UPDATE participant SET notes = 'rewritten'; "
                  "DELETE FROM observation; END");
    const QByteArray before = test::fileBytes(m_db);
    const auto verified = cli(words("--json verify"));
    QCOMPARE(verified.exitCode, 4);
    QVERIFY2(verified.err.contains("tidy_up"), verified.err.constData());
    QCOMPARE(json(verified).value(QStringLiteral("recorded")).toBool(true), false);
    QVERIFY(json(verified).value(QStringLiteral("schema")).isArray());
    QCOMPARE(test::fileBytes(m_db), before);
    for (const QStringList& command : {words("log P-001 mood=5"), words("participant add P-009"),
                                       words("export --format json --output") << path(QStringLiteral("x.json"))}) {
        const auto run = cli(command);
        QVERIFY2(run.exitCode == 3, qPrintable(command.join(u' ') + u": " + QString::fromUtf8(run.err)));
        QVERIFY2(run.err.contains("tidy_up"), run.err.constData());
        QCOMPARE(test::fileBytes(m_db), before);
    }
}

// A file that can only be read (another program has it open for writing, as here, or it lies on a read-only
// medium) skipped the schema check: a view standing in for the participant table was listed and exported as
// data, and a view that never ends would have hung every command.
void TestCliDataSafety::hostileSchemaIsRefusedWhenOnlyRead()
{
    const auto holder = Store::open(m_db);
    rawExec(m_db, "ALTER TABLE participant RENAME TO participant_kept; CREATE VIEW participant AS SELECT * FROM "
                  "participant_kept UNION ALL SELECT 99, 'FORGED', '', '', NULL, NULL, '', 0");
    const QByteArray before = test::fileBytes(m_db);
    for (const QStringList& command : {words("participant list"), words("intervention list P-001"),
                                       words("export --output") << path(QStringLiteral("all.csv"))}) {
        const auto run = cli(command);
        QVERIFY2(run.exitCode == 3, qPrintable(command.join(u' ') + u": " + QString::fromUtf8(run.out + run.err)));
        QVERIFY2(run.err.contains("schema is not the one MoodBiome made"), run.err.constData());
        QVERIFY(!run.out.contains("FORGED"));
    }
    QVERIFY(!QFile::exists(path(QStringLiteral("all.csv"))));
    const auto verified = cli(words("verify")); // verify still reads it, to say what differs
    QCOMPARE(verified.exitCode, 4);
    QVERIFY2(verified.err.contains("participant"), verified.err.constData());
    QCOMPARE(test::fileBytes(m_db), before);
}

void TestCliDataSafety::exportRefusesWhatIsNeverStored_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("said");
    struct Row {
        const char* name;
        const char* sql;
        QString said;
    };
    const Row rows[] = {
        {"endless value", "UPDATE observation SET value = 9e999",
         QStringLiteral("Entry 1 of P-001 holds mood = Inf, a value MoodBiome never stores")},
        {"text value", "UPDATE observation SET value = 'high'",
         QStringLiteral("Entry 1 of P-001 holds mood = high, a value MoodBiome never stores")},
        {"year 0", "UPDATE entry SET local_date = '0000-01-01'",
         QStringLiteral("Entry 1 of P-001 is dated “0000-01-01”, a date MoodBiome never stores")},
        {"empty date", "UPDATE entry SET local_date = ''",
         QStringLiteral("Entry 1 of P-001 is dated “”, a date MoodBiome never stores")},
        {"response of year 0", "UPDATE questionnaire_response SET local_date = '0000-01-01'",
         QStringLiteral("Questionnaire response 1 of P-001 is dated “0000-01-01”, a date MoodBiome never "
                        "stores")},
        {"response in month 13", "UPDATE questionnaire_response SET local_date = '2025-13-01'",
         QStringLiteral("Questionnaire response 1 of P-001 is dated “2025-13-01”, a date MoodBiome never "
                        "stores")}};
    // Only these exports write interventions (tidy and wide CSV hold diary values and questionnaire totals).
    const Row interventionRows[] = {
        {"intervention of year 0", "UPDATE intervention SET start_date = '0000-01-01'",
         QStringLiteral("Intervention 1 of P-001 starts “0000-01-01”, a date MoodBiome never stores")},
        {"intervention ending in month 13", "UPDATE intervention SET end_date = '2025-13-01'",
         QStringLiteral("Intervention 1 of P-001 ends “2025-13-01”, a date MoodBiome never stores")}};
    // Only the JSON export writes adherence ticks. A tick of year 0 lies outside its intervention's days as text, and
    // was left out without a word; one of no day at all within them, and was written under the key "".
    const Row adherenceRows[] = {
        {"tick of year 0", "INSERT INTO adherence VALUES (1, '0000-01-01', 1)",
         QStringLiteral("An adherence tick of intervention 1 of P-001 is dated “0000-01-01”, a date MoodBiome never "
                        "stores")},
        {"tick of no day", "INSERT INTO adherence VALUES (1, '2025-01-1', 1)",
         QStringLiteral("An adherence tick of intervention 1 of P-001 is dated “2025-01-1”, a date MoodBiome never "
                        "stores")}};
    for (const QString& format : {QStringLiteral("fhir"), QStringLiteral("tidy"), QStringLiteral("wide"),
                                  QStringLiteral("odm"), QStringLiteral("redcap"), QStringLiteral("json")}) {
        for (const auto& row : rows)
            QTest::addRow("%s, %s", qPrintable(format), row.name) << format << QByteArray(row.sql) << row.said;
        if (format != u"tidy" && format != u"wide")
            for (const auto& row : interventionRows)
                QTest::addRow("%s, %s", qPrintable(format), row.name) << format << QByteArray(row.sql) << row.said;
        if (format == u"json")
            for (const auto& row : adherenceRows)
                QTest::addRow("%s, %s", qPrintable(format), row.name) << format << QByteArray(row.sql) << row.said;
    }
}

// A value or date that only the sqlite3 tool writes, around the triggers (year 0 passes them even): the FHIR
// export wrote "value":inf, which made the bundle no JSON, or an observation without a date, and said "Exported";
// the tidy and wide CSV, ODM and REDCap exports wrote inf, 0 for a text, or an entry without a date (ODM its year 0);
// the JSON export wrote null for the endless value and the entry undated. A questionnaire response or intervention
// whose date Qt cannot read was written without it by every export (an end date Qt cannot read: as ongoing), and the
// JSON export left such an adherence tick out or wrote it without a date. Every export refuses the row the same way,
// naming it, and writes nothing.
void TestCliDataSafety::exportRefusesWhatIsNeverStored()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, sql);
    QFETCH(QString, said);
    QCOMPARE(cli(words("questionnaire add P-001 phq9 1,1,1,1,1,1,1,1,0 --date 2025-01-03")).exitCode, 0);
    QCOMPARE(
        cli(words("intervention add P-001 --kind probiotic --name LGG --start 2025-01-01 --end 2025-01-31")).exitCode,
        0);
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(m_db.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QCOMPARE(rc, SQLITE_OK);
    const QString exported = path(u"all." + format);
    const auto run = cli(words("export --format") << format << QStringLiteral("--output") << exported);
    QVERIFY2(run.exitCode == 3, qPrintable(QString::number(run.exitCode) + u' ' + QString::fromUtf8(run.err)));
    QVERIFY2(run.err.contains(said.toUtf8()), run.err.constData());
    QVERIFY(!QFile::exists(exported));
}

void TestCliDataSafety::chainHeadKeptOutside()
{
    const auto first = cli(words("--json verify"));
    QCOMPARE(first.exitCode, 0);
    const QJsonObject head = json(first).value(QStringLiteral("chain_head")).toObject();
    QCOMPARE(head.value(QStringLiteral("events")).toInt(), 3);
    QVERIFY(json(first).value(QStringLiteral("anchors_checked")).toInt() >= 1); // the anchor file
    const QString anchor = QString::number(head.value(QStringLiteral("events")).toInt()) + u':' +
                           head.value(QStringLiteral("head")).toString();

    // Every export carries the head: JSON in the file, CSV in the command's result and the export's audit row.
    const QString exported = path(QStringLiteral("all.json"));
    QCOMPARE(cli(words("export --format json --output") << exported).exitCode, 0);
    const QJsonObject document = QJsonDocument::fromJson(test::fileBytes(exported)).object();
    QCOMPARE(document.value(QStringLiteral("audit_chain")).toObject().value(QStringLiteral("events")).toInt(), 4);
    const auto csv = cli(words("--json export --output") << path(QStringLiteral("all.csv")));
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(json(csv).value(QStringLiteral("chain_head")).toObject().value(QStringLiteral("events")).toInt(), 5);

    QCOMPARE(cli(words("verify --anchor") << anchor).exitCode, 0);
    QCOMPARE(cli(words("verify --anchor") << anchor.left(anchor.indexOf(u':') + 17)).exitCode, 0);
    QCOMPARE(cli(words("verify --anchor 3:xyz")).exitCode, 2);

    // The last rows removed: the trail alone is intact, the anchors are not.
    rawExec(m_db, "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id >= 3; CREATE TRIGGER audit_no_delete "
                  "BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END");
    const auto cut = cli(words("verify"));
    QCOMPARE(cut.exitCode, 4);
    QVERIFY2(cut.err.contains("cut short or rewritten"), cut.err.constData());
    QVERIFY(cut.out.contains("rows were removed from its end"));
    QCOMPARE(cli(words("verify --anchor") << anchor).exitCode, 4);
}

void TestCliDataSafety::dataChangedWithoutAuditRow()
{
    // The sqlite3 tool writes no audit row: the value logged in init is changed behind MoodBiome's back.
    rawExec(m_db, "UPDATE observation SET value = 9");
    const auto run = cli(words("--json verify"));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("Data were changed without an audit record: entry row 1 differs"), run.err.constData());
    QCOMPARE(json(run).value(QStringLiteral("data_problems")).toArray().size(), 1);
}

void TestCliDataSafety::databaseHeldByAnotherProgram()
{
    // This test program holds the database the way the GUI does while it is open.
    const auto holder = Store::open(m_db);
    const QByteArray before = test::fileBytes(m_db);
    const QString by = QStringLiteral("is open in another MoodBiome program (process %1)").arg(getpid());
    for (const QStringList& command : {words("log P-001 mood=5"), words("participant add P-009"),
                                       words("restore") << path(QStringLiteral("any.sqlite"))}) {
        if (command.first() == u"restore")
            QVERIFY(QFile::copy(m_db, command.last()));
        const auto run = cli(command);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(by.toUtf8()), run.err.constData());
        QCOMPARE(test::fileBytes(m_db), before);
    }
    // Reading goes on: listing, exporting, verifying and backing up (without an audit row).
    QVERIFY(cli(words("participant list")).out.contains("P-001"));
    QCOMPARE(cli(words("export")).exitCode, 0);
    const auto verify = cli(words("verify"));
    QCOMPARE(verify.exitCode, 0);
    QVERIFY(verify.out.contains(by.toUtf8()));
    const auto backup = cli(words("--json backup --output") << path(QStringLiteral("while-open.sqlite")));
    QCOMPARE(backup.exitCode, 0);
    QCOMPARE(json(backup).value(QStringLiteral("recorded")).toBool(), false);
    QCOMPARE(test::fileBytes(m_db), before);
}

void TestCliDataSafety::diskFullWhileWriting()
{
    // A real full disk: a 1 MiB tmpfs in a private mount namespace, with a database already on it.
    const QString mount = path(QStringLiteral("tiny"));
    const QString out = path(QStringLiteral("out"));
    const QString database = path(QStringLiteral("me.sqlite"));
    QCOMPARE(cli(words("participant add ME"), database).exitCode, 0);
    QCOMPARE(cli(words("log ME --date 2025-01-04 mood=7"), database).exitCode, 0);
    QVERIFY(QDir().mkpath(mount) && QDir().mkpath(out));
    const QString script = QStringLiteral("mount -t tmpfs -o size=1m none \"$1\" || exit 99\n"
                                          "cp \"$2\" \"$1/db.sqlite\"\n"
                                          "\"$3\" --database \"$1/db.sqlite\" demo --participants 40 --days 365 "
                                          ">\"$4/out.txt\" 2>\"$4/err.txt\"\n"
                                          "echo $? >\"$4/rc.txt\"\n"
                                          "cp \"$1\"/db.sqlite* \"$4/\"\n");
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOODBIOME_NOW"), QStringLiteral("2025-01-05T08:30:00Z"));
    env.insert(QStringLiteral("HOME"), m_dir->path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("unshare"),
                  {QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"),
                   mount, database, QStringLiteral(MOODBIOME_CLI), out});
    QVERIFY(process.waitForFinished(120000));
    if (process.exitCode() == 99 || process.exitStatus() != QProcess::NormalExit || !QFile::exists(out + u"/rc.txt"))
        QSKIP("no private mount namespace with a tmpfs here; tst_faultvfs covers a full disk");

    const QByteArray err = test::fileBytes(out + u"/err.txt");
    QVERIFY2(test::fileBytes(out + u"/rc.txt").trimmed() == "3", err.constData());
    QVERIFY2(err.contains("The disk is full"), err.constData());
    auto store = Store::open(out + u"/db.sqlite");
    QVERIFY(Verifier::verify(store->database()).ok());
    QCOMPARE(store->participants().list().size(), 1); // the demo is all absent, ME all there
    QCOMPARE(store->journal().count(store->participants().list().first().id), 1);
}

void TestCliDataSafety::backupOntoADatabaseInUse_data()
{
    QTest::addColumn<bool>("held");
    QTest::newRow("held open by another program") << true;
    QTest::newRow("a working database, closed") << false;
}

void TestCliDataSafety::backupOntoADatabaseInUse()
{
    QFETCH(bool, held);
    const QString other = path(QStringLiteral("other.sqlite"));
    QCOMPARE(cli(words("participant add P-OTHER"), other).exitCode, 0);
    std::optional<test::SecondProgram> holder;
    if (held) {
        holder.emplace(other);
        QVERIFY(holder->pid() > 0);
    }
    const QByteArray before = test::fileBytes(other);
    const auto run = cli(words("backup --output") << other);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("was not overwritten"), run.err.constData());
    QCOMPARE(test::fileBytes(other), before);
    holder.reset();
    const auto list = cli(words("participant list"), other);
    QVERIFY(list.out.contains("P-OTHER"));
    QVERIFY(!list.out.contains("P-001"));
}

void TestCliDataSafety::damagedDatabaseRefusesEveryWrite_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("one index page overwritten") << "index";
    QTest::newRow("invalid size in the header, 50 GB file") << "size";
}

void TestCliDataSafety::damagedDatabaseRefusesEveryWrite()
{
    QFETCH(QString, kind);
    test::writeFile(path(QStringLiteral("more.csv")),
                    "participant,date,time,measure,value,note\nP-001,2025-01-04,,mood,7,\n");
    QCOMPARE(cli(words("log P-001 --date 2025-01-02 mood=4")).exitCode, 0);
    qint64 pageSize = 0;
    qint64 indexRoot = 0;
    {
        const auto db = Database::open(m_db, {.create = false, .migrateTo = 0, .readOnly = true});
        pageSize = test::scalar(*db, u"PRAGMA page_size");
        indexRoot = test::scalar(*db, u"SELECT rootpage FROM sqlite_schema WHERE type = 'index' AND tbl_name = "
                                      u"'entry' ORDER BY name LIMIT 1");
    }
    QVERIFY(pageSize > 0 && indexRoot > 1);
    QCOMPARE(QFileInfo(m_db + u"-wal").size(), 0); // all of it is in the file
    QFile::remove(m_db + u"-wal");
    QFile::remove(m_db + u"-shm");
    {
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (kind == u"index") {
            QVERIFY(file.seek((indexRoot - 1) * pageSize));
            QCOMPARE(file.write(test::garbage(pageSize)), pageSize);
        } else {
            QVERIFY(file.seek(92)); // version-valid-for no longer the change counter: SQLite goes by the file size
            QCOMPARE(file.write(QByteArray("\xff\xff\xff\xff", 4)), 4);
            file.close();
            if (!QFile::resize(m_db, qint64(50) << 30))
                QSKIP("no sparse 50 GB file here");
        }
    }
    const auto head = [&] {
        QFile file(m_db);
        return file.open(QIODevice::ReadOnly) ? file.read(1 << 20) + QByteArray::number(file.size()) : QByteArray();
    };
    const QByteArray before = head();
    const QString exported = path(QStringLiteral("out.csv"));
    for (const QStringList& command :
         {words("log P-001 mood=5"), words("participant add P-009"),
          words("import") << path(QStringLiteral("more.csv")), words("export --output") << exported,
          words("demo --participants 1 --days 14")}) {
        const auto run = cli(command);
        QVERIFY2(run.exitCode == 3, qPrintable(command.join(u' ') + u": " + QString::number(run.exitCode) + u' ' +
                                               QString::fromUtf8(run.err)));
        QVERIFY2(run.err.contains("is damaged"), run.err.constData());
        QVERIFY2(head() == before, qPrintable(command.join(u' ') + u" changed the file"));
    }
    QVERIFY(!QFile::exists(exported));
    QCOMPARE(cli(words("verify")).exitCode, 4);
    QCOMPARE(head(), before);
}

void TestCliDataSafety::copyWithHotWal(const QString& database, int participants, const QString& copy,
                                       bool checkpointed)
{
    auto store = Store::open(database);
    sqlite3_wal_autocheckpoint(store->database().handle(), 0);
    if (participants > 0)
        test::addParticipants(*store, participants, QStringLiteral("W"));
    else
        store->participants().add(Participant{.code = QStringLiteral("W-ONE")});
    QVERIFY(QFileInfo(database + u"-wal").size() > 0);
    if (checkpointed)
        store->database().exec(u"PRAGMA wal_checkpoint(PASSIVE)");
    for (const char16_t* suffix : {u"", u"-wal"}) {
        QFile::remove(copy + suffix);
        QVERIFY(QFile::copy(database + suffix, copy + suffix));
    }
}

void TestCliDataSafety::foreignWalIsRefused_data()
{
    QTest::addColumn<int>("participants"); // added in the other database's log
    QTest::newRow("a log that grows the other database") << 300;
    QTest::newRow("a log of one row") << 0;
}

void TestCliDataSafety::foreignWalIsRefused()
{
    QFETCH(int, participants);
    const QString other = path(QStringLiteral("other.sqlite"));
    QCOMPARE(cli(words("participant add P-OTHER"), other).exitCode, 0);
    test::addParticipants(*Store::open(other), 300, QStringLiteral("O")); // more pages than the victim
    copyWithHotWal(other, participants, path(QStringLiteral("crashed.sqlite")));
    QVERIFY(!QFile::exists(m_db + u"-wal"));
    QVERIFY(QFile::copy(path(QStringLiteral("crashed.sqlite-wal")), m_db + u"-wal"));
    const QByteArray database = test::fileBytes(m_db);
    const QByteArray wal = test::fileBytes(m_db + u"-wal");
    for (const QStringList& command : {words("participant list"), words("log P-001 mood=5"), words("verify"),
                                       words("backup --output") << path(QStringLiteral("b.sqlite"))}) {
        const auto run = cli(command);
        QVERIFY2(run.exitCode == 3, qPrintable(command.join(u' ') + u": " + QString::number(run.exitCode) + u' ' +
                                               QString::fromUtf8(run.err)));
        QVERIFY2(run.err.contains("does not belong"), run.err.constData());
        QCOMPARE(test::fileBytes(m_db), database);
        QCOMPARE(test::fileBytes(m_db + u"-wal"), wal);
        QVERIFY(!QFile::exists(m_db + u"-shm"));
    }
    // Its own log, left by the same kind of crash, is recovered as ever.
    QVERIFY(QFile::remove(m_db + u"-wal"));
    QCOMPARE(cli(words("participant list"), path(QStringLiteral("crashed.sqlite"))).exitCode, 0);
}

// A MoodBiome database is in WAL mode: a rollback journal beside it (a stale one carried along with a synced or
// copied folder) is another database's, and SQLite would roll its pages into this file at the first read and
// delete it. Every command refuses and leaves both as they were (the file used to be overwritten and damaged).
void TestCliDataSafety::foreignJournalIsRefused()
{
    const QString other = path(QStringLiteral("other.sqlite"));
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(other).constData(), &db), SQLITE_OK);
    const auto exec = [db](const char* sql) {
        QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    };
    exec("PRAGMA journal_mode = DELETE; PRAGMA page_size = 16384; CREATE TABLE t(x); "
         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
         "INSERT INTO t SELECT randomblob(200) FROM n;");
    exec("PRAGMA cache_size = 2; BEGIN; UPDATE t SET x = randomblob(300);"); // spilled: the journal is hot
    QVERIFY(QFileInfo(other + u"-journal").size() > 0);
    QVERIFY(QFile::copy(other + u"-journal", m_db + u"-journal"));
    exec("ROLLBACK");
    sqlite3_close(db);
    const QByteArray database = test::fileBytes(m_db);
    const QByteArray journal = test::fileBytes(m_db + u"-journal");
    for (const QStringList& command :
         {words("participant list"), words("verify"), words("log P-001 mood=5"), words("export --format tidy")}) {
        const auto run = cli(command);
        QVERIFY2(run.exitCode == 3, qPrintable(command.join(u' ') + u": " + QString::number(run.exitCode) + u' ' +
                                               QString::fromUtf8(run.err)));
        QVERIFY2(run.err.contains("cli.sqlite-journal") && run.err.contains("does not belong"), run.err.constData());
        QCOMPARE(test::fileBytes(m_db), database);
        QCOMPARE(test::fileBytes(m_db + u"-journal"), journal);
    }
    // Moved away, the database opens as it was.
    QVERIFY(QFile::remove(m_db + u"-journal"));
    QVERIFY(cli(words("participant list")).out.contains("P-001"));
    QCOMPARE(cli(words("verify")).exitCode, 0);
}

// verify of a database the window has open checks it and says why nothing was recorded, in one sentence (it ended
// "nothing was changed here..").
void TestCliDataSafety::verifyOfAnOpenDatabaseSaysWhyOnce()
{
    const auto open = Store::open(m_db);
    const auto run = cli(words("verify"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Not recorded in the audit trail: "), run.out.constData());
    QVERIFY2(!run.out.contains(".."), run.out.constData());
}

void TestCliDataSafety::exportsNeverReplaceADatabase_data()
{
    QTest::addColumn<QStringList>("command"); // the output file's name is appended
    QTest::addColumn<QString>("target");      // backup, encrypted backup or database
    for (const QString& target : {u"backup"_s, u"encrypted backup"_s, u"database"_s}) {
        QTest::addRow("export over a %s", qPrintable(target)) << words("export --format tidy --output") << target;
        QTest::addRow("report over a %s", qPrintable(target)) << words("report P-001 --output") << target;
    }
}

// An export or report named like a study's other database or its backup used to replace it without a word (the
// backup command refuses the same): a file that is a database, plain or encrypted, is never an export's to replace.
void TestCliDataSafety::exportsNeverReplaceADatabase()
{
    QFETCH(QStringList, command);
    QFETCH(QString, target);
    const QString file = path(u"weekly.bak"_s);
    if (target == u"backup")
        QCOMPARE(cli(words("backup --output") << file).exitCode, 0);
    else if (target == u"database")
        QCOMPARE(cli(words("participant add B-1"), file).exitCode, 0);
    else
        Store::open(file, {.passphrase = "secret words"})->participants().add(Participant{.code = u"E-1"_s});
    const QByteArray before = test::fileBytes(file);
    const auto run = cli(command << file);
    QVERIFY2(run.exitCode == 2,
             qPrintable(QString::number(run.exitCode) + u' ' + QString::fromUtf8(run.err + run.out)));
    QVERIFY2(run.err.contains("is a database"), run.err.constData());
    QCOMPARE(test::fileBytes(file), before);
    // A file that is not a database (an earlier export) is replaced as before.
    test::writeFile(path(u"earlier.csv"_s), "participant,date\n");
    QCOMPARE(cli(words("export --format tidy --output") << path(u"earlier.csv"_s)).exitCode, 0);
}

// Exports hold clinical data: the file is the owner's only also when it replaces one that others could read (a file
// another account made beside it in a shared folder kept its 0666).
void TestCliDataSafety::exportsArePrivateOverAnExistingFile()
{
    for (const QString& name : {u"shared.csv"_s, u"report.pdf"_s}) {
        const QString file = path(name);
        test::writeFile(file, "old");
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                                QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther));
        const auto run = name.endsWith(u".csv") ? cli(words("export --format tidy --output") << file)
                                                : cli(words("report P-001 --output") << file);
        QCOMPARE(run.exitCode, 0);
        struct stat info = {};
        QCOMPARE(stat(QFile::encodeName(file).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
    }
}

// A write that fails part-way (a full disk, a file-size limit) leaves the file as it was and says so; the last
// buffered bytes failing at commit used to go unnoticed, and a truncated report replaced a good one.
void TestCliDataSafety::aWriteThatFailsLeavesTheFileAsItWas()
{
    const QString file = path(u"out.pdf"_s);
    test::writeFile(file, "the good report");
    rlimit before = {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto restore = qScopeGuard([&] { setrlimit(RLIMIT_FSIZE, &before); });
    std::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG
    const QByteArray chunk(1000, 'x');
    for (int limit = 1000; limit <= 40000; limit += 1300) {
        rlimit small = before;
        small.rlim_cur = rlim_t(limit);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        ExportTarget target(file);
        QVERIFY(target.open());
        for (int i = 0; i < 41; ++i)
            target.device().write(chunk);
        const bool committed = target.commit();
        setrlimit(RLIMIT_FSIZE, &before);
        QVERIFY2(!committed, qPrintable(QString::number(limit)));
        QVERIFY(!target.errorString().isEmpty());
        QCOMPARE(test::fileBytes(file), QByteArray("the good report"));
    }
}

void TestCliDataSafety::hotWalOfTheDatabaseIsRecovered_data()
{
    QTest::addColumn<int>("participants");
    QTest::addColumn<bool>("checkpointed");
    QTest::newRow("a log that grows the database") << 300 << false;
    QTest::newRow("a log of one row") << 0 << false;
    QTest::newRow("a log already copied into the file") << 300 << true;
}

void TestCliDataSafety::hotWalOfTheDatabaseIsRecovered()
{
    QFETCH(int, participants);
    QFETCH(bool, checkpointed);
    const QString crashed = path(QStringLiteral("crashed.sqlite"));
    copyWithHotWal(m_db, participants, crashed, checkpointed);
    const auto list = cli(words("participant list"), crashed);
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(participants > 0 ? "W-299" : "W-ONE"));
    QCOMPARE(cli(words("log P-001 mood=5"), crashed).exitCode, 0);
    QCOMPARE(cli(words("verify"), crashed).exitCode, 0);
}

void TestCliDataSafety::walBesideNoDatabaseIsKept_data()
{
    QTest::addColumn<bool>("emptyFile"); // else no database file at all
    QTest::newRow("an empty database file") << true;
    QTest::newRow("no database file") << false;
}

// A log whose database was emptied, moved or deleted may hold all the data there is: a command that would
// create the database refuses, and leaves the log (and the file) as they were, also when it fails.
void TestCliDataSafety::walBesideNoDatabaseIsKept()
{
    QFETCH(bool, emptyFile);
    copyWithHotWal(m_db, 0, path(QStringLiteral("crashed.sqlite")));
    const QString lost = path(QStringLiteral("lost.sqlite"));
    QVERIFY(QFile::copy(path(QStringLiteral("crashed.sqlite-wal")), lost + u"-wal"));
    if (emptyFile)
        test::writeFile(lost, {});
    const QByteArray wal = test::fileBytes(lost + u"-wal");
    test::writeFile(path(QStringLiteral("one.csv")), "participant,date,time,measure,value\nP-001,2025-01-04,,mood,5\n");
    for (const QStringList& command :
         {words("participant add P-009"), words("import") << path(QStringLiteral("one.csv")),
          words("demo --participants 2 --days 30"), words("restore") << path(QStringLiteral("crashed.sqlite"))}) {
        const auto run = cli(command, lost);
        QVERIFY2(run.exitCode == 3, qPrintable(command.join(u' ') + u": " + QString::number(run.exitCode) + u' ' +
                                               QString::fromUtf8(run.err)));
        QVERIFY2(run.err.contains("does not belong"), run.err.constData());
        QCOMPARE(test::fileBytes(lost + u"-wal"), wal);
        QCOMPARE(QFile::exists(lost), emptyFile);
        QVERIFY(!QFile::exists(lost + u"-shm"));
    }
}

void TestCliDataSafety::restoreRefusesDataChangedOutsideMoodBiome_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("problem");
    // The range trigger is dropped for the write and put back exactly as it was: the schema check finds nothing.
    QTest::newRow("mood 99 on a 0-10 scale") << QByteArray("UPDATE observation SET value = 99") << "99";
    QTest::newRow("a silent edit within the range")
        << QByteArray("UPDATE observation SET value = 1") << "entry row 1 differs from its last audited state";
}

// restore held a backup to less than verify and merge do: data changed with the sqlite3 tool went in, and the
// live database then failed verify. Refused now, exit 3, nothing written; verify and merge refuse the same file.
void TestCliDataSafety::restoreRefusesDataChangedOutsideMoodBiome()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, problem);
    const QString backup = path(QStringLiteral("edited.sqlite"));
    QCOMPARE(cli(words("backup --output") << backup).exitCode, 0);
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open(backup.toUtf8().constData(), &raw), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(raw, "SELECT sql FROM sqlite_schema WHERE name = 'observation_range_update'", -1, &st, nullptr);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    const QByteArray trigger(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(raw);
    rawExec(backup, QByteArray("DROP TRIGGER observation_range_update; " + sql + "; " + trigger + ';').constData());
    QCOMPARE(cli(words("verify"), backup).exitCode, 4);

    cli(words("participant add P-002")); // the live database differs from the backup
    const QByteArray liveBefore = test::fileBytes(m_db);
    const QByteArray backupBefore = test::fileBytes(backup);
    const auto run = cli(words("restore") << backup);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("edited.sqlite"), run.err.constData());
    QVERIFY2(run.err.contains(problem.toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("nothing was restored"), run.err.constData());
    QCOMPARE(test::fileBytes(m_db), liveBefore);
    QCOMPARE(test::fileBytes(backup), backupBefore);
    QVERIFY(!QFile::exists(path(QStringLiteral("backups")))); // no safety copy: refused before anything was written
    QVERIFY(cli(words("participant list")).out.contains("P-002"));
    QCOMPARE(cli(words("verify")).exitCode, 0);
}

void TestCliDataSafety::importedRowsChangedOutsideMoodBiome_data()
{
    QTest::addColumn<QString>("source"); // import: the CSV below; demo: the demo generator
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("problem");
    // P-001 (participant id 1) has the entries noted hello and sad (sad with a tag), P-002 one entry.
    QTest::newRow("soft-deleted") << u"import"_s << QByteArray("UPDATE entry SET deleted = 1 WHERE note = 'sad'")
                                  << u"was deleted without an audit record"_s;
    QTest::newRow("values removed")
        << u"import"_s
        << QByteArray("DELETE FROM observation WHERE entry_id = (SELECT id FROM entry WHERE note = 'sad')")
        << u"wrote 2 observation rows for participant P-001; without an audit record that says why, there are now 1"_s;
    QTest::newRow("tags removed")
        << u"import"_s << QByteArray("DELETE FROM entry_tag")
        << u"wrote 1 entry_tag row for participant P-001; without an audit record that says why, there are now 0"_s;
    QTest::newRow("moved to another participant")
        << u"import"_s << QByteArray("UPDATE entry SET participant_id = 2 WHERE note = 'sad'")
        << u"wrote 2 entry rows for participant P-001; without an audit record that says why, there are now 1"_s;
    QTest::newRow("demo ticks removed") << u"demo"_s << QByteArray("DELETE FROM adherence")
                                        << u"adherence ticks imported for participant P-00"_s;
}

// Rows an import (or the demo generator) wrote could be hidden, stripped, moved or removed with the sqlite3 tool
// while verify said ok, and merge and restore took such a backup. verify exits 4 naming the rows; merge and
// restore refuse the file.
void TestCliDataSafety::importedRowsChangedOutsideMoodBiome()
{
    QFETCH(QString, source);
    QFETCH(QByteArray, sql);
    QFETCH(QString, problem);
    const QString site = path(u"site.sqlite"_s);
    if (source == u"import") {
        QCOMPARE(cli(words("participant add P-001"), site).exitCode, 0);
        QCOMPARE(cli(words("participant add P-002"), site).exitCode, 0);
        test::writeFile(path(u"t.csv"_s), "participant,date,time,measure,value,note,tags\n"
                                          "P-001,2025-01-05,08:30,mood,7.5,hello,\n"
                                          "P-001,2025-01-06,08:30,mood,2,sad,coffee\n"
                                          "P-002,2025-01-05,09:00,mood,5,,\n");
        QCOMPARE(cli(words("import") << path(u"t.csv"_s), site).exitCode, 0);
    } else {
        QCOMPARE(cli(words("demo --participants 2 --days 30 --seed 1"), site).exitCode, 0);
    }
    QCOMPARE(cli(words("verify"), site).exitCode, 0);
    const QString backup = path(u"forged.sqlite"_s);
    QCOMPARE(cli(words("backup --output") << backup, site).exitCode, 0);
    rawExec(site, sql.constData());
    rawExec(backup, sql.constData());
    const auto verify = cli(words("verify"), site);
    QCOMPARE(verify.exitCode, 4);
    QVERIFY2(verify.err.contains(problem.toUtf8()) || verify.out.contains(problem.toUtf8()), verify.err.constData());

    const QByteArray before = test::fileBytes(m_db);
    QCOMPARE(cli(words("restore") << backup).exitCode, 3);
    QCOMPARE(test::fileBytes(m_db), before);
    const auto merge = cli(words("merge") << backup << words("--site-code S1 --into") << path(u"centre.sqlite"_s));
    QCOMPARE(merge.exitCode, 4);
    QVERIFY2(merge.err.contains(problem.toUtf8()), merge.err.constData());
    QVERIFY(!QFile::exists(path(u"centre.sqlite"_s)));
}

// A backup that cannot be read was "damaged… Restore it from a backup": advice about the database, not the backup.
void TestCliDataSafety::restoreOfADamagedBackupPointsToAnotherBackup()
{
    const QString file = path(QStringLiteral("halved.sqlite"));
    makeHostile(QStringLiteral("truncated"), file);
    const QByteArray databaseBefore = test::fileBytes(m_db);
    const auto run = cli(words("restore") << file);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("“") && run.err.contains("halved.sqlite” is damaged"), run.err.constData());
    QVERIFY2(run.err.contains("Choose another backup"), run.err.constData());
    QVERIFY2(!run.err.contains("Restore it from a backup"), run.err.constData());
    QCOMPARE(test::fileBytes(m_db), databaseBefore);
    QVERIFY(!QFile::exists(path(QStringLiteral("backups"))));
}

// Nothing is weakened without a word: the data of an encrypted backup go into a plain database as plain data, and
// the restore says so (stderr, JSON, audit trail). A plain backup says nothing of the kind.
void TestCliDataSafety::restoreOfAnEncryptedBackupIntoAPlainDatabaseSaysSo()
{
    const QString key = path(QStringLiteral("key.txt"));
    test::writeFile(key, "correct horse battery\n");
    const QString secret = path(QStringLiteral("secret.sqlite"));
    QCOMPARE(cli(words("participant add SECRET-1"), secret).exitCode, 0);
    QCOMPARE(cli(words("encrypt --new-passphrase-file") << key, secret).exitCode, 0);
    const QString backup = path(QStringLiteral("encrypted-backup.sqlite"));
    QCOMPARE(cli(words("--passphrase-file") << key << words("backup --output") << backup, secret).exitCode, 0);

    const auto run =
        cli(words("--json restore") << backup << words("--backup-passphrase-file") << key << words("--other-database"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(json(run).value(QStringLiteral("stored_unencrypted")).toBool());
    QVERIFY2(run.err.contains("encrypted-backup.sqlite") &&
                 run.err.contains("is not: the restored data are now stored in it without encryption") &&
                 run.err.contains("moodbiome-cli encrypt"),
             run.err.constData());
    QVERIFY(test::fileBytes(m_db).startsWith("SQLite format 3")); // what the notice says
    QVERIFY(cli(words("participant list")).out.contains("SECRET-1"));
    const auto audit = cli(words("--json verify"));
    QCOMPARE(audit.exitCode, 0);
    {
        auto store = Store::open(m_db, {.create = false, .migrateTo = 0, .readOnly = true});
        const AuditLog::Row restore = store->audit().rows().at(1); // the verify came after it
        QCOMPARE(restore.action, QStringLiteral("restore_backup"));
        QVERIFY2(restore.newValues.contains(QStringLiteral("\"stored_unencrypted\":true")),
                 qPrintable(restore.newValues));
    }

    const QString plain = path(QStringLiteral("plain-backup.sqlite"));
    QCOMPARE(cli(words("backup --output") << plain).exitCode, 0);
    const auto quiet = cli(words("--json restore") << plain);
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY(!json(quiet).value(QStringLiteral("stored_unencrypted")).toBool());
    QVERIFY2(quiet.err.isEmpty(), quiet.err.constData());
}

// An existing empty file (made by touch, or by someone else in a shared folder) kept its permissions when the
// schema went into it: 0644 with names in it. It gets 0600 like every new database, and so do its -wal and -shm.
void TestCliDataSafety::emptyFileBecomesAPrivateDatabase()
{
    const QString file = path(QStringLiteral("touched.sqlite"));
    test::writeFile(file, {});
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const auto run = cli(words("participant add P-001 --name Jane"), file);
    QCOMPARE(run.exitCode, 0);
    const auto modeOf = [](const QString& f) {
        struct stat info = {};
        return stat(QFile::encodeName(f).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
    };
    QCOMPARE(modeOf(file), 0600);
    auto store = Store::open(file);
    store->participants().add(Participant{.code = QStringLiteral("P-002")});
    QCOMPARE(modeOf(file + u"-wal"), 0600);
    QCOMPARE(modeOf(file + u"-shm"), 0600);
}

// In a shared folder another user can make the empty file first, and would read what goes into it.
void TestCliDataSafety::emptyFileOfAnotherUserIsRefused()
{
    if (geteuid() != 0)
        QSKIP("only root can give a file to another user");
    const QString file = path(QStringLiteral("planted.sqlite"));
    test::writeFile(file, {});
    QCOMPARE(chown(QFile::encodeName(file).constData(), 65534, 65534), 0);
    const auto run = cli(words("participant add P-001 --name Jane"), file);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("planted.sqlite") && run.err.contains("another user"), run.err.constData());
    QCOMPARE(QFileInfo(file).size(), 0);
    QVERIFY(!QFile::exists(file + u"-wal"));
    QVERIFY(!QFile::exists(file + u"-shm"));
}

// Reading a backup with a command (export, verify) recorded an event in it and made it a working database in WAL
// mode; verify of the database it came from then found another event at that place in the backup's trail: "the
// trail was rewritten" (exit 4) on a healthy file. A backup is only read, and a change to it is refused.
void TestCliDataSafety::aBackupIsOnlyRead()
{
    const QString backup = path(QStringLiteral("backups/cli-2025-01-05-093000.sqlite"));
    QCOMPARE(cli(words("backup --output") << backup).exitCode, 0);
    QCOMPARE(cli(words("log P-001 mood=6")).exitCode, 0); // the database moves on past the backup's trail
    const QByteArray before = test::fileBytes(backup);
    const auto exported = cli(words("export"), backup);
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.startsWith("participant,"));
    QCOMPARE(cli(words("verify"), backup).exitCode, 0);
    const auto logged = cli(words("log P-001 mood=2"), backup);
    QCOMPARE(logged.exitCode, 3);
    QVERIFY2(logged.err.contains("is a backup"), logged.err.constData());
    QCOMPARE(test::fileBytes(backup), before);
    QVERIFY(!QFile::exists(backup + u"-wal"));
    const auto verified = cli(words("verify"));
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
}

QTEST_GUILESS_MAIN(TestCliDataSafety)
#include "tst_cli_datasafety.moc"
