// Verification: integrity_check, and the audit chain catching every kind of tampering it can see.
#include "DataSafetySupport.h"
#include "TestSupport.h"
#include "core/DateText.h"
#include "core/DemoGenerator.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/ChainAnchor.h"
#include "storage/DemoWriter.h"
#include "storage/Migrations.h"
#include "storage/StorageError.h"
#include "storage/Verifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace mb;

namespace {

const char* const restoreTriggers = "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
                                    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;"
                                    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
                                    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;";

// What someone with the file and the sqlite3 tool could do: drop the guards, change rows, put the guards back.
void tamper(const QString& file, const QByteArray& sql, bool putGuardsBack = true)
{
    const QByteArray script = "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;" + sql + ';' +
                              (putGuardsBack ? QByteArray(restoreTriggers) : QByteArray());
    test::rawExec(file, script.constData());
}

// Rewrites row id with new content and the hash that content should have, as a careful forger would.
QByteArray forgeRow(Database& db, qint64 id, const QString& reason)
{
    AuditLog::Row row;
    for (const AuditLog::Row& r : AuditLog(db).rows())
        if (r.id == id)
            row = r;
    row.reason = reason;
    row.hash = AuditLog::computeHash(row);
    return QStringLiteral("UPDATE audit SET reason = '%1', hash = '%2' WHERE id = %3")
        .arg(reason, row.hash)
        .arg(id)
        .toUtf8();
}

// Changes questionnaire responses with the sqlite3 tool and rewrites their audited images to match, as a forger
// would; then recomputes the chain. The replay finds every response as audited.
void forgeResponses(const QString& file, const QByteArray& sql)
{
    tamper(file, sql + "; UPDATE audit SET new_values = json_set(new_values, '$.items', q.items, '$.total', q.total, "
                       "'$.severity', q.severity, '$.flagged', json(CASE q.flagged WHEN 0 THEN 'false' ELSE 'true' "
                       "END), '$.deleted', json(CASE q.deleted WHEN 0 THEN 'false' ELSE 'true' END)) FROM "
                       "questionnaire_response q WHERE audit.table_name = 'questionnaire_response' AND "
                       "audit.row_id = q.id");
    tamper(file, test::rechain(file));
}

} // namespace

class TestVerifier : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_store.reset(); }

    void intactDatabaseVerifies();
    void quickCheckAtStartUp();
    void detectsTampering_data();
    void detectsTampering();
    void detectsForgedHash();
    void reportsRemovedGuards();
    void reportsDamagedFile();
    void verifyingAFileNeverWritesIt();
    void reportAsJson();
    void hostileSchemaObjects_data();
    void hostileSchemaObjects();
    void schemaOfEveryVersionIsAccepted();
    void idGapsFail();
    void anchorFileCatchesACutOrRewrittenChain_data();
    void anchorFileCatchesACutOrRewrittenChain();
    void givenAnchor();
    void backupsAreAnchors();
    void anchorFileFollowsTheChain();
    void anotherDatabasesBackupIsNoAnchor();
    void dataChangedWithoutAuditRow_data();
    void dataChangedWithoutAuditRow();
    void checkConstraintsAreChecked();
    void importedRowsThatBreakTheRules_data();
    void importedRowsThatBreakTheRules();
    void importedRowsChangedWithoutAuditRow_data();
    void importedRowsChangedWithoutAuditRow();
    void importedRowsChangedThroughMoodBiome();
    void importsOfOlderVersionsVerifyAsBefore();
    void datedRowsThatBreakTheRules_data();
    void datedRowsThatBreakTheRules();
    void timesThatBreakTheRules_data();
    void timesThatBreakTheRules();
    void adherenceOutsideItsIntervention_data();
    void adherenceOutsideItsIntervention();
    void interventionCannotLeaveItsTicksBehind();
    void foreignKeysAreChecked_data();
    void foreignKeysAreChecked();
    void datesOutsideTheRangeAreNotStored_data();
    void datesOutsideTheRangeAreNotStored();
    void replayAcceptsEveryKindOfChange();
    void responsesThatDoNotScoreAsStored_data();
    void responsesThatDoNotScoreAsStored();
    void manyResponsesThatDoNotScoreAsStored();
    void aRestoreRowAForgerAddsExcusesNothing();
    void aClonesBackupIsNoEvidence();
    void aRestoreStoppedBeforeItsAnchorMovedIsNoAlarm();

private:
    QString file() const { return m_dir.filePath(QStringLiteral("v.sqlite")); }
    // Closes the store and runs sql on the file as a forger would, with SQLite's own shell: no triggers.
    int closeAndRunWithoutTriggers(const QByteArray& sql)
    {
        m_store.reset();
        sqlite3* db = nullptr;
        if (sqlite3_open(file().toUtf8().constData(), &db) != SQLITE_OK)
            return SQLITE_CANTOPEN;
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
        const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        sqlite3_close(db);
        return rc;
    }
    void reopen() { m_store = Store::open(file()); }
    VerifyReport forgeDatedRowsAndVerify(const QByteArray& sql);
    qint64 importRows();

    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    std::unique_ptr<Store> m_store;
};

void TestVerifier::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(file());
    QFile::remove(ChainAnchor::fileFor(file())); // each test function starts a new database at the same path
    m_clock.clock().set(QDateTime(QDate(2025, 1, 5), QTime(8, 30), QTimeZone::utc()));
    m_store = Store::open(file()); // audit row 1: the migration
    for (int i = 1; i <= 6; ++i) { // rows 2–7, a minute apart
        m_clock.clock().set(QDateTime(QDate(2025, 1, 5), QTime(9, i), QTimeZone::utc()));
        m_store->participants().add(Participant{.code = QStringLiteral("P-%1").arg(i, 3, 10, QLatin1Char('0'))});
    }
}

void TestVerifier::intactDatabaseVerifies()
{
    m_clock.clock().set(QDateTime(QDate(2025, 1, 6), QTime(7, 0), QTimeZone::utc()));
    m_store->audit().recordEvent(AuditLog::Action::Backup, QStringLiteral("database"), {});
    const VerifyReport report = Verifier::verify(m_store->database());
    QVERIFY(report.ok());
    QCOMPARE(report.check, QStringLiteral("integrity_check"));
    QCOMPARE(report.auditRows, 8);
    QCOMPARE(report.firstBrokenRow, 0);
    QCOMPARE(report.schemaVersion, m_store->database().userVersion());
    QCOMPARE(report.firstChangeUtc, QDateTime(QDate(2025, 1, 5), QTime(8, 30), QTimeZone::utc()));
    QCOMPARE(report.lastChangeUtc, QDateTime(QDate(2025, 1, 6), QTime(7, 0), QTimeZone::utc()));
    // A backup changes no data: the data are from the last participant added.
    QCOMPARE(report.lastDataChangeUtc, QDateTime(QDate(2025, 1, 5), QTime(9, 6), QTimeZone::utc()));
    QVERIFY(Verifier::problem(report).isEmpty());
    QVERIFY(Verifier::describe(report).contains(QStringLiteral("8 row(s) checked")));
}

void TestVerifier::quickCheckAtStartUp()
{
    const VerifyReport report = Verifier::verify(m_store->database(), Verifier::Depth::Quick);
    QVERIFY(report.ok());
    QCOMPARE(report.check, QStringLiteral("quick_check"));
    QCOMPARE(report.auditRows, 7);
}

void TestVerifier::detectsTampering_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<qint64>("brokenRow");
    QTest::addColumn<QString>("why");
    QTest::newRow("content changed") << QByteArray("UPDATE audit SET new_values = '{\"code\":\"X\"}' WHERE id = 3")
                                     << qint64(3) << QStringLiteral("changed after it was written");
    QTest::newRow("time changed") << QByteArray("UPDATE audit SET at_utc = '2024-01-01T00:00:00Z' WHERE id = 5")
                                  << qint64(5) << QStringLiteral("changed after it was written");
    QTest::newRow("user changed") << QByteArray("UPDATE audit SET os_user = 'someone' WHERE id = 7") << qint64(7)
                                  << QStringLiteral("changed after it was written");
    QTest::newRow("row removed") << QByteArray("DELETE FROM audit WHERE id = 4") << qint64(5)
                                 << QStringLiteral("does not follow row 3");
    QTest::newRow("first row removed") << QByteArray("DELETE FROM audit WHERE id = 1") << qint64(2)
                                       << QStringLiteral("does not begin the chain");
    QTest::newRow("rows swapped") << QByteArray("UPDATE audit SET id = -1 WHERE id = 3; UPDATE audit SET id = 3 WHERE "
                                                "id = 4; UPDATE audit SET id = 4 WHERE id = -1")
                                  << qint64(3) << QStringLiteral("does not follow row 2");
    QTest::newRow("row slipped in") << QByteArray("INSERT INTO audit (id, at_utc, os_user, action, table_name, "
                                                  "prev_hash, hash) SELECT 100, at_utc, os_user, 'delete', "
                                                  "'participant', hash, 'x' FROM audit WHERE id = 7")
                                    << qint64(100) << QStringLiteral("changed after it was written");
}

void TestVerifier::detectsTampering()
{
    QFETCH(QByteArray, sql);
    QFETCH(qint64, brokenRow);
    QFETCH(QString, why);
    m_store.reset();
    tamper(file(), sql);
    const VerifyReport report = Verifier::verifyFile(file());
    QVERIFY(report.integrityOk());
    QVERIFY(!report.ok());
    QCOMPARE(report.firstBrokenRow, brokenRow);
    QVERIFY2(report.chainProblem.contains(why), qPrintable(report.chainProblem));
    QVERIFY(Verifier::problem(report).contains(QString::number(brokenRow)));
    QVERIFY(Verifier::describe(report).contains(QStringLiteral("broken")));
}

void TestVerifier::detectsForgedHash()
{
    // Content and its own hash changed together: the next row's link gives it away.
    const QByteArray forged = forgeRow(m_store->database(), 4, QStringLiteral("nothing to see"));
    m_store.reset();
    tamper(file(), forged);
    const VerifyReport report = Verifier::verifyFile(file());
    QCOMPARE(report.firstBrokenRow, 5);
    QVERIFY(report.chainProblem.contains(QStringLiteral("does not follow row 4")));
}

void TestVerifier::reportsRemovedGuards()
{
    m_store.reset();
    tamper(file(), "SELECT 1", false);
    const VerifyReport report = Verifier::verifyFile(file());
    QVERIFY(!report.ok());
    QCOMPARE(report.auditRows, 7); // every link is fine; the guards are not
    QCOMPARE(report.firstBrokenRow, 0);
    QVERIFY(report.chainProblem.contains(QStringLiteral("append-only were removed")));
}

void TestVerifier::reportsDamagedFile()
{
    // Enough rows to span several pages, then garbage over a page in the middle of the file.
    test::addParticipants(*m_store, 400, QStringLiteral("Q"), QString(200, u'n'));
    m_store.reset();
    QFile f(file());
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 20 * 4096);
    f.seek(12 * 4096);
    f.write(QByteArray(4096, '\x5a'));
    f.close();
    const VerifyReport report = Verifier::verifyFile(file());
    QVERIFY(!report.integrityOk());
    QVERIFY(!report.ok());
    QVERIFY(Verifier::problem(report).startsWith(QStringLiteral("The database file is damaged")));
    QVERIFY(Verifier::describe(report).contains(QStringLiteral("found damage")));
}

void TestVerifier::verifyingAFileNeverWritesIt()
{
    // An old version stays old, and nothing is added to a file that is only looked at.
    const QString old = m_dir.filePath(QStringLiteral("old.sqlite"));
    Store::open(old, {.migrateTo = 1}).reset();
    const QByteArray before = test::fileBytes(old);
    const VerifyReport report = Verifier::verifyFile(old);
    QVERIFY(report.ok());
    QCOMPARE(report.schemaVersion, 1);
    QCOMPARE(test::fileBytes(old), before);
    QVERIFY_THROWS_EXCEPTION(StorageError, Verifier::verifyFile(m_dir.filePath(QStringLiteral("absent.sqlite"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.sqlite"))));
}

void TestVerifier::reportAsJson()
{
    m_store.reset();
    tamper(file(), "DELETE FROM audit WHERE id = 6");
    const QJsonObject json = Verifier::verifyFile(file()).toJson();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
    QCOMPARE(json.value(QStringLiteral("first_broken_row")).toInteger(), 7);
    QCOMPARE(json.value(QStringLiteral("audit_rows")).toInteger(), 6);
    QVERIFY(json.value(QStringLiteral("chain_problem")).toString().contains(QStringLiteral("row 5")));
}

void TestVerifier::hostileSchemaObjects_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("named");
    // Each would run inside MoodBiome's own writes: the first empties the participant table at the next audit
    // row (the verify event itself, before this check), the second stands in for a table, the third switches
    // a protection off while keeping its name.
    QTest::newRow("added trigger") << QByteArray("CREATE TRIGGER tidy_up AFTER INSERT ON audit "
                                                 "BEGIN UPDATE participant SET notes = 'rewritten'; END")
                                   << QStringLiteral("trigger “tidy_up” is not part of MoodBiome's schema");
    QTest::newRow("view for a table") << QByteArray("ALTER TABLE measure RENAME TO measure_real; "
                                                    "CREATE VIEW measure AS SELECT * FROM measure_real")
                                      << QStringLiteral("view “measure” is not part of MoodBiome's schema");
    QTest::newRow("swapped protection") << QByteArray("DROP TRIGGER audit_no_delete; "
                                                      "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit WHEN 0 "
                                                      "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); "
                                                      "END")
                                        << QStringLiteral("trigger “audit_no_delete” differs");
    QTest::newRow("index removed") << QByteArray("DROP INDEX audit_by_participant")
                                   << QStringLiteral("index “audit_by_participant” is missing");
}

void TestVerifier::hostileSchemaObjects()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, named);
    m_store.reset();
    test::rawExec(file(), "PRAGMA journal_mode = DELETE");
    test::rawExec(file(), sql.constData());
    const QByteArray before = test::fileBytes(file());

    const VerifyReport report = Verifier::verifyFile(file());
    QVERIFY(!report.ok());
    QVERIFY(report.integrityOk());
    QVERIFY2(report.schemaProblems.join(u'\n').contains(named), qPrintable(report.schemaProblems.join(u'\n')));
    QVERIFY(Verifier::describe(report).contains(QStringLiteral("The schema is not the one MoodBiome made")));
    QVERIFY(report.toJson().value(QStringLiteral("schema")).isArray());

    // Opened for writing, such a file is refused before anything runs in it: not migrated, not written.
    try {
        Store::open(file());
        QFAIL("a database with a foreign schema was opened for writing");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), StorageError::Code::Corrupt);
        QVERIFY2(e.message().contains(QStringLiteral("its schema is not the one MoodBiome made")),
                 qPrintable(e.message()));
    }
    QCOMPARE(test::fileBytes(file()), before);
    // Looking is still possible.
    QVERIFY(Store::open(file(), {.create = false, .migrateTo = 0, .readOnly = true}));
}

void TestVerifier::schemaOfEveryVersionIsAccepted()
{
    for (int version = 1; version <= Migrations::latestVersion; ++version) {
        const QString old = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
        QFile::remove(old);
        Store::open(old, {.migrateTo = version}).reset();
        const VerifyReport report = Verifier::verifyFile(old);
        QVERIFY2(report.ok(), qPrintable(Verifier::describe(report)));
        QVERIFY(Store::open(old)); // and migrates to the newest
        QVERIFY2(Verifier::verifyFile(old).ok(), qPrintable(Verifier::describe(Verifier::verifyFile(old))));
    }
}

void TestVerifier::idGapsFail()
{
    // Row 4 removed and every later link recomputed: each link holds, but id 5 follows id 3.
    m_store.reset();
    tamper(file(), "DELETE FROM audit WHERE id = 4");
    tamper(file(), test::rechain(file()));
    const VerifyReport report = Verifier::verifyFile(file());
    QVERIFY(!report.ok());
    QCOMPARE(report.firstBrokenRow, 5);
    QVERIFY2(report.chainProblem.contains(QStringLiteral("follows row 3")), qPrintable(report.chainProblem));
}

void TestVerifier::anchorFileCatchesACutOrRewrittenChain_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("why");
    QTest::newRow("last rows removed") << QByteArray("DELETE FROM audit WHERE id >= 6")
                                       << QStringLiteral("rows were removed from its end");
    QTest::newRow("middle row removed, renumbered, re-hashed")
        << QByteArray("DELETE FROM audit WHERE id = 4; UPDATE audit SET id = id - 1 WHERE id > 4")
        << QStringLiteral("rows were removed from its end");
    QTest::newRow("row rewritten, re-hashed")
        << QByteArray("UPDATE audit SET reason = 'nothing to see' WHERE id = 5") << QStringLiteral("was rewritten");
}

void TestVerifier::anchorFileCatchesACutOrRewrittenChain()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, why);
    m_store.reset();
    const auto anchor = ChainAnchor::stored(file());
    QVERIFY(anchor);
    QCOMPARE(anchor->head.events, 7);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(anchor->file) & others, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(QFileInfo(anchor->file).absolutePath()) & others, QFileDevice::Permissions());
    QVERIFY(Verifier::verifyFile(file(), Verifier::Depth::Full, {.stored = true}).ok());

    tamper(file(), sql);
    tamper(file(), test::rechain(file()));
    QVERIFY(Verifier::verifyFile(file()).chainOk()); // the trail alone looks fine
    const VerifyReport report = Verifier::verifyFile(file(), Verifier::Depth::Full, {.stored = true});
    QVERIFY(!report.ok());
    QVERIFY(report.chainOk());
    QCOMPARE(report.anchorsChecked, 1);
    QVERIFY2(report.anchorProblems.join(u' ').contains(why), qPrintable(report.anchorProblems.join(u' ')));
    QVERIFY(Verifier::problem(report).contains(QStringLiteral("cut short or rewritten")));
    // Opening the database and writing to it does not move the anchor onto the forged chain.
    Store::open(file())->participants().add(Participant{.code = QStringLiteral("P-100")});
    QCOMPARE(ChainAnchor::stored(file())->head.hash, anchor->head.hash);
    QVERIFY(!Verifier::verifyFile(file(), Verifier::Depth::Full, {.stored = true}).anchorsOk());
}

void TestVerifier::givenAnchor()
{
    const ChainHead head = ChainAnchor::head(m_store->database());
    QCOMPARE(head.events, 7);
    const ChainHead atThree{3, ChainAnchor::hashAt(m_store->database(), 3).left(16), {}};
    m_store.reset();
    QVERIFY(Verifier::verifyFile(file(), Verifier::Depth::Full, {.given = {head, atThree}}).ok());
    QCOMPARE(ChainHead::parse(head.text())->hash, head.hash);
    QVERIFY(ChainHead::parse(QStringLiteral("7:%1").arg(head.shortHash())));
    QVERIFY(!ChainHead::parse(QStringLiteral("7:abc")));
    QVERIFY(!ChainHead::parse(QStringLiteral("seven")));

    tamper(file(), "DELETE FROM audit WHERE id = 7");
    const VerifyReport cut = Verifier::verifyFile(file(), Verifier::Depth::Full, {.given = {head, atThree}});
    QCOMPARE(cut.anchorsChecked, 2);
    QCOMPARE(cut.anchorProblems.size(), 1); // row 3 is still there
    QVERIFY(cut.anchorProblems.first().contains(QStringLiteral("has only 6")));
}

void TestVerifier::backupsAreAnchors()
{
    const QString folder = Backup::defaultFolder(file());
    QVERIFY(QDir().mkpath(folder));
    Backup::write(m_store->database(), QDir(folder).filePath(QStringLiteral("v-1.sqlite")));
    m_store.reset();
    QFile::remove(ChainAnchor::fileFor(file())); // the careful forger removes the anchor file too
    tamper(file(), "DELETE FROM audit WHERE id >= 5");
    const VerifyReport report = Verifier::verifyFile(file(), Verifier::Depth::Full, {.stored = true});
    QCOMPARE(report.anchorsChecked, 1);
    QVERIFY2(report.anchorProblems.join(u' ').contains(QStringLiteral("v-1.sqlite")),
             qPrintable(report.anchorProblems.join(u' ')));
}

void TestVerifier::anchorFileFollowsTheChain()
{
    // Every commit moves it on; a restore from an older backup starts it over, without a false alarm.
    const QString folder = Backup::defaultFolder(file());
    QVERIFY(QDir().mkpath(folder));
    const QString backup = QDir(folder).filePath(QStringLiteral("early.sqlite"));
    Backup::write(m_store->database(), backup); // row 8: the backup
    m_store->participants().add(Participant{.code = QStringLiteral("P-200")});
    QCOMPARE(ChainAnchor::stored(file())->head.events, 9);
    m_clock.clock().set(QDateTime(QDate(2025, 1, 7), QTime(9, 0), QTimeZone::utc()));
    Backup::restore(m_store->database(), backup, folder);
    m_store.reset();
    const VerifyReport report = Verifier::verifyFile(file(), Verifier::Depth::Full, {.stored = true});
    QVERIFY2(report.ok(), qPrintable(Verifier::describe(report)));
    QVERIFY(report.anchorsChecked >= 2); // the anchor file, the backup and the safety copy
    QCOMPARE(ChainAnchor::stored(file())->head.events, report.head.events);
}

// Two databases made in the same second by the same version began with the same audit row, so each took the
// other's backups in a shared backups folder for its own, and verify failed on a healthy file (exit 4). A new file's
// first row names it with a random id.
void TestVerifier::anotherDatabasesBackupIsNoAnchor()
{
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite")); // same folder: same backups folder
    Statement first = m_store->database().prepare(u"SELECT at_utc FROM audit WHERE id = 1");
    QVERIFY(first.step());
    m_clock.clock().set(QDateTime::fromString(first.text(0), Qt::ISODate)); // the second v.sqlite was made in
    {
        auto store = Store::open(other);
        store->participants().add(Participant{.code = QStringLiteral("Q-001")});
        QVERIFY(QDir().mkpath(Backup::defaultFolder(other)));
        Backup::write(store->database(), QDir(Backup::defaultFolder(other)).filePath(QStringLiteral("other-1.sqlite")));
    }
    QCOMPARE(Backup::defaultFolder(other), Backup::defaultFolder(file()));
    m_store.reset();
    const VerifyReport report = Verifier::verifyFile(file(), Verifier::Depth::Full, {.stored = true});
    QVERIFY2(report.ok(), qPrintable(Verifier::describe(report)));
}

void TestVerifier::dataChangedWithoutAuditRow_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("named");
    QTest::newRow("participant changed") << QByteArray("UPDATE participant SET notes = 'x' WHERE id = 2")
                                         << QStringLiteral("participant row 2 differs from its last audited state");
    QTest::newRow("participant added") << QByteArray("INSERT INTO participant (code) VALUES ('P-999')")
                                       << QStringLiteral("participant row 7 has no audit record");
    QTest::newRow("participant removed") << QByteArray("DELETE FROM participant WHERE id = 3")
                                         << QStringLiteral("participant row 3 was removed");
    QTest::newRow("value changed") << QByteArray("UPDATE observation SET value = 9")
                                   << QStringLiteral("entry row 1 differs from its last audited state (values)");
    QTest::newRow("imported entry added")
        << QByteArray("INSERT INTO entry (participant_id, at_utc, local_date, note) "
                      "VALUES (1, '2025-01-01T08:00:00Z', '2025-01-01', 'slipped in')")
        << QStringLiteral("journal entries without an audit record, neither their own nor an import's: 1");
    QTest::newRow("imported entry removed")
        << QByteArray("DELETE FROM entry WHERE id = 3")
        << QStringLiteral("imported journal entries removed without an audit record: 1");
    QTest::newRow("custom measure") << QByteArray("UPDATE measure SET max_value = 100 WHERE key = 'mood'")
                                    << QStringLiteral("differs from its last audited state (max)");
    // A hidden or relabelled measure leaves every export and analysis of it; its values stay in the file.
    QTest::newRow("built-in measure hidden") << QByteArray("UPDATE measure SET deleted = 1 WHERE key = 'mood'")
                                             << QStringLiteral("measure row 1 differs from its last audited state");
    QTest::newRow("built-in measure relabelled")
        << QByteArray("UPDATE measure SET label_en = 'Anxiety', label_nl = 'Angst' WHERE key = 'stress'")
        << QStringLiteral("measure row 2 differs from its last audited state (label_en)");
    QTest::newRow("built-in measure's unit") << QByteArray("UPDATE measure SET unit = '%' WHERE key = 'stress'")
                                             << QStringLiteral("measure row 2 differs from its last audited state");
    QTest::newRow("built-in measure moved") << QByteArray("UPDATE measure SET sort_order = -1 WHERE key = 'stress'")
                                            << QStringLiteral("measure row 2 differs from its last audited state");
    QTest::newRow("own measure hidden") << QByteArray("UPDATE measure SET deleted = 1 WHERE key = 'gut_pain'")
                                        << QStringLiteral("measure row 17 differs from its last audited state");
    // Text compared as stored: white space added at either end is a change (a code with a tab after it is
    // another participant's look-alike).
    QTest::newRow("code with a tab") << QByteArray("UPDATE participant SET code = code || char(9) WHERE id = 1")
                                     << QStringLiteral("participant row 1 differs from its last audited state (code)");
    QTest::newRow("notes with a space")
        << QByteArray("UPDATE participant SET notes = char(12288) || notes WHERE id = 2")
        << QStringLiteral("participant row 2 differs from its last audited state (notes)");
    QTest::newRow("own measure's label with a newline")
        << QByteArray("UPDATE measure SET label_en = label_en || char(10) WHERE key = 'gut_pain'")
        << QStringLiteral("measure row 17 differs from its last audited state (label_en)");
}

void TestVerifier::dataChangedWithoutAuditRow()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, named);
    const QDate day(2025, 1, 4);
    // Labels are stored trimmed, audited as typed: that is no change.
    m_store->measures().add(Measure{.key = QStringLiteral("gut_pain"),
                                    .labelEn = QStringLiteral(" Gut pain "),
                                    .labelNl = QStringLiteral("Buikpijn\t"),
                                    .direction = Direction::Lower});
    m_store->journal().add(JournalEntry{.participantId = 1, .date = day, .values = {{QStringLiteral("mood"), 6}}});
    m_store->journal().addMany({JournalEntry{.participantId = 1, .date = day.addDays(-1), .note = QStringLiteral("a")},
                                JournalEntry{.participantId = 1, .date = day.addDays(-2), .note = QStringLiteral("b")}},
                               QStringLiteral("test"));
    QVERIFY(Verifier::verify(m_store->database()).ok());
    m_store.reset();
    test::rawExec(file(), "PRAGMA foreign_keys = OFF");
    test::rawExec(file(), sql.constData());
    const VerifyReport report = Verifier::verifyFile(file());
    QVERIFY(!report.ok());
    QVERIFY(report.chainOk());
    QVERIFY2(report.dataProblems.join(u'\n').contains(named), qPrintable(report.dataProblems.join(u'\n')));
    QVERIFY(Verifier::problem(report).startsWith(QStringLiteral("Data were changed without an audit record")));
}

// SQLite leaves a table's CHECK constraints out of the schema a read-only connection reads, so the integrity check
// of verify (which opens files read-only) never checked them: a participant marked deleted = 7 passed, while the
// next write's quick_check refused the same file as damaged.
void TestVerifier::checkConstraintsAreChecked()
{
    m_store.reset();
    test::rawExec(file(), "PRAGMA ignore_check_constraints = ON; UPDATE participant SET deleted = 7 WHERE id = 2");
    const QByteArray before = test::fileBytes(file());
    const VerifyReport report = Verifier::verifyFile(file());
    QVERIFY(!report.integrityOk());
    QVERIFY2(report.integrityProblems.join(u' ').contains(QStringLiteral("CHECK constraint failed in participant")),
             qPrintable(report.integrityProblems.join(u' ')));
    QCOMPARE(test::fileBytes(file()), before); // looked at, not written
}

void TestVerifier::importedRowsThatBreakTheRules_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("named");
    QTest::newRow("endless value") << QByteArray("UPDATE observation SET value = 9e999 WHERE entry_id = 2")
                                   << QStringLiteral("a value its measure does not allow");
    QTest::newRow("text for a number") << QByteArray("UPDATE observation SET value = 'high' WHERE entry_id = 3")
                                       << QStringLiteral("entry row 3 has mood = 'high', a value its measure");
    // A CHECK fails only on false: date('2025-13-01') is NULL, so only the trigger refused it.
    QTest::newRow("month 13") << QByteArray("UPDATE entry SET local_date = '2025-13-01' WHERE id = 2")
                              << QStringLiteral("entry row 2 (P-001) has local_date = '2025-13-01', which is not "
                                                "a calendar date");
    // Year 0 is a date to SQLite, and to the triggers, but not to Qt: no trick needed, and the exports wrote the
    // entry undated.
    QTest::newRow("year 0") << QByteArray("UPDATE entry SET local_date = '0000-01-01' WHERE id = 3")
                            << QStringLiteral("entry row 3 (P-001) has local_date = '0000-01-01', which is not a "
                                              "calendar date");
    QTest::newRow("year 1800") << QByteArray("UPDATE entry SET local_date = '1800-01-01' WHERE id = 3")
                               << QStringLiteral("entry row 3 (P-001) has local_date = '1800-01-01', outside the "
                                                 "dates MoodBiome accepts (1900-01-01 to 2200-12-31)");
}

// Imported entries are audited by count, so their values and dates were not compared with anything: a value
// no measure allows or a date no calendar has, written with the triggers switched off (the schema as it was),
// passed verify. The rules the schema's triggers enforce on every write are checked on every row.
void TestVerifier::importedRowsThatBreakTheRules()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, named);
    const QDate day(2025, 1, 4);
    m_store->journal().add(JournalEntry{.participantId = 1, .date = day, .values = {{QStringLiteral("mood"), 6}}});
    m_store->journal().addMany(
        {JournalEntry{.participantId = 1, .date = day.addDays(-1), .values = {{QStringLiteral("mood"), 5}}},
         JournalEntry{.participantId = 1, .date = day.addDays(-2), .values = {{QStringLiteral("mood"), 4}}}},
        QStringLiteral("test"));
    QVERIFY(Verifier::verify(m_store->database()).ok());
    QCOMPARE(closeAndRunWithoutTriggers(sql), SQLITE_OK);
    const VerifyReport report = Verifier::verifyFile(file());
    QVERIFY(report.integrityOk() && report.schemaOk() && report.chainOk());
    QVERIFY(!report.ok());
    QVERIFY2(report.dataProblems.join(u'\n').contains(named), qPrintable(report.dataProblems.join(u'\n')));
}

// Entry 1 logged by hand; entries 2–5 imported (P-001: 2 with two values and a tag, 3 with one value; P-002: 4 with
// one value and a tag, 5 with one value), and two adherence ticks of P-001 imported. Returns the intervention.
qint64 TestVerifier::importRows()
{
    const QDate day(2025, 1, 4);
    const qint64 tag = m_store->tags().create(Tag{.name = QStringLiteral("coffee")});
    m_store->journal().add(JournalEntry{.participantId = 1, .date = day, .values = {{QStringLiteral("mood"), 6}}});
    m_store->journal().addMany(
        {JournalEntry{.participantId = 1,
                      .date = day.addDays(-1),
                      .values = {{QStringLiteral("mood"), 5}, {QStringLiteral("sleep_hours"), 7}},
                      .tagIds = {tag}},
         JournalEntry{.participantId = 1, .date = day.addDays(-2), .values = {{QStringLiteral("mood"), 4}}},
         JournalEntry{
             .participantId = 2, .date = day.addDays(-1), .values = {{QStringLiteral("mood"), 3}}, .tagIds = {tag}},
         JournalEntry{.participantId = 2, .date = day.addDays(-2), .values = {{QStringLiteral("mood"), 2}}}},
        QStringLiteral("test"));
    const qint64 i = m_store->interventions().add(
        Intervention{.participantId = 1, .name = QStringLiteral("LGG"), .start = day.addDays(-10)});
    m_store->interventions().setAdherenceMany(1, {{i, day.addDays(-2), true}, {i, day.addDays(-1), false}});
    return i;
}

void TestVerifier::importedRowsChangedWithoutAuditRow_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("named");
    QTest::newRow("soft-deleted") << QByteArray("UPDATE entry SET deleted = 1 WHERE id = 3")
                                  << QStringLiteral("entry row 3 was deleted without an audit record");
    QTest::newRow("values removed") << QByteArray("DELETE FROM observation WHERE entry_id = 3")
                                    << QStringLiteral("wrote 3 observation row.* for participant P-001; without an "
                                                      "audit record that says why, there are now 2");
    QTest::newRow("one of two values removed")
        << QByteArray("DELETE FROM observation WHERE entry_id = 2 AND measure_id = (SELECT id FROM measure WHERE key "
                      "= 'sleep_hours')")
        << QStringLiteral("wrote 3 observation row.* for participant P-001; without an audit record that says why, "
                          "there are now 2");
    QTest::newRow("tags removed")
        << QByteArray("DELETE FROM entry_tag")
        << QStringLiteral(
               "wrote 1 entry_tag row.* for participant P-002; without an audit record that says why, there are now 0");
    QTest::newRow("moved to another participant")
        << QByteArray("UPDATE entry SET participant_id = 2 WHERE id = 3")
        << QStringLiteral(
               "wrote 2 entry row.* for participant P-001; without an audit record that says why, there are now 1");
    QTest::newRow("moved to a participant it has nothing of")
        << QByteArray("UPDATE entry SET participant_id = 3 WHERE id = 5")
        << QStringLiteral(
               "wrote 0 entry row.* for participant P-003; without an audit record that says why, there are now 1");
    QTest::newRow("swapped between participants")
        << QByteArray("UPDATE entry SET participant_id = 3 - participant_id WHERE id IN (3, 5)")
        << QStringLiteral("wrote \\(entry rows 2 to 5\\) were changed without an audit record: moved to another");
    QTest::newRow("moved to another date") << QByteArray("UPDATE entry SET local_date = '2025-01-01' WHERE id = 5")
                                           << QStringLiteral("entry rows 2 to 5\\) were changed");
    QTest::newRow("ticks removed")
        << QByteArray("DELETE FROM adherence")
        << QStringLiteral("2 adherence tick.* imported for participant P-001 were removed without an audit record");
    QTest::newRow("one tick removed")
        << QByteArray("DELETE FROM adherence WHERE taken = 0")
        << QStringLiteral("1 adherence tick.* imported for participant P-001 w.* removed without an audit record");
}

// Rows an import wrote are audited by its one audit row; its counts were compared for entry rows only, so entries
// could be hidden (deleted = 1), stripped of values or tags, or given to another participant, and imported ticks
// removed, with the sqlite3 tool while verify said ok. The import records, per participant, what it wrote, and a
// digest of its entries.
void TestVerifier::importedRowsChangedWithoutAuditRow()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, named);
    importRows();
    QVERIFY(Verifier::verify(m_store->database()).ok());
    m_store.reset();
    test::rawExec(file(), sql.constData());
    const VerifyReport report = Verifier::verifyFile(file());
    QVERIFY(report.integrityOk() && report.schemaOk() && report.chainOk());
    QVERIFY(!report.ok());
    // A pattern: without the English translation loaded, a plural form reads "row(s)".
    QVERIFY2(report.dataProblems.join(u'\n').contains(QRegularExpression(named)),
             qPrintable(report.dataProblems.join(u'\n')));
    QVERIFY(Verifier::problem(report).startsWith(QStringLiteral("Data were changed without an audit record")));
}

// Imported rows changed afterwards through MoodBiome have records of their own: no false alarm, and the import's
// counts still hold the rows not changed.
void TestVerifier::importedRowsChangedThroughMoodBiome()
{
    const qint64 i = importRows();
    const qint64 tea = m_store->tags().create(Tag{.name = QStringLiteral("tea")});
    JournalEntry entry = *m_store->journal().byId(2);
    entry.values = {{QStringLiteral("mood"), 8}};
    entry.tagIds = {tea};
    m_store->journal().update(entry);
    m_store->journal().setDeleted(3, true);
    m_store->tags().setEntryTags(4, {});
    m_store->interventions().setAdherence(i, QDate(2025, 1, 2), std::nullopt);
    m_store->interventions().setAdherence(i, QDate(2025, 1, 3), true);
    VerifyReport report = Verifier::verify(m_store->database());
    QVERIFY2(report.ok(), qPrintable(Verifier::describe(report)));
    m_store.reset();
    test::rawExec(file(), "DELETE FROM observation WHERE entry_id = 5");
    report = Verifier::verifyFile(file());
    QVERIFY2(report.dataProblems.join(u'\n').contains(
                 QRegularExpression(QStringLiteral("wrote 2 observation row.* for participant P-002; without an audit "
                                                   "record that says why, there are now 1"))),
             qPrintable(report.dataProblems.join(u'\n')));
}

// An import row of an older version has none of what is compared now: its database verifies as it always did.
void TestVerifier::importsOfOlderVersionsVerifyAsBefore()
{
    importRows();
    m_store.reset();
    tamper(file(), "UPDATE audit SET new_values = json_remove(new_values, '$.first_entry', '$.written', '$.digest', "
                   "'$.added') WHERE action = 'import'");
    tamper(file(), test::rechain(file()));
    QVERIFY2(Verifier::verifyFile(file()).ok(), qPrintable(Verifier::describe(Verifier::verifyFile(file()))));
    test::rawExec(file(), "UPDATE entry SET deleted = 1 WHERE id = 4"); // an import never wrote a deleted entry
    QVERIFY2(Verifier::verifyFile(file()).dataProblems.contains(
                 QStringLiteral("entry row 4 was deleted without an audit record")),
             qPrintable(Verifier::describe(Verifier::verifyFile(file()))));
}

void TestVerifier::datedRowsThatBreakTheRules_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("named");
    const QString range = QStringLiteral(", outside the dates MoodBiome accepts (1900-01-01 to 2200-12-31)");
    QTest::newRow("response before 1900")
        << QByteArray("UPDATE questionnaire_response SET local_date = '1899-12-31' WHERE id = 1")
        << u"questionnaire_response row 1 (P-002) has local_date = '1899-12-31'" + range;
    QTest::newRow("response of year 0") // a date to SQLite (and to the triggers), none to Qt
        << QByteArray("UPDATE questionnaire_response SET local_date = '0000-01-01' WHERE id = 1")
        << QStringLiteral("questionnaire_response row 1 (P-002) has local_date = '0000-01-01', which is not a "
                          "calendar date");
    QTest::newRow("intervention starting in 1850")
        << QByteArray("UPDATE intervention SET start_date = '1850-06-01'")
        << u"intervention row 1 (P-001) has start_date = '1850-06-01'" + range;
    QTest::newRow("intervention ending after 2200")
        << QByteArray("UPDATE intervention SET end_date = '2201-01-01'")
        << u"intervention row 1 (P-001) has end_date = '2201-01-01'" + range;
    QTest::newRow("intervention ending before it starts")
        << QByteArray("PRAGMA ignore_check_constraints = ON; UPDATE intervention SET end_date = '2024-11-30'")
        << QStringLiteral("intervention row 1 (P-001) has end_date = '2024-11-30', before its start_date = "
                          "'2024-12-01'");
    QTest::newRow("enrolled before 1900")
        << QByteArray("UPDATE participant SET enrolled_on = '1899-01-01' WHERE id = 3")
        << u"participant row 3 (P-003) has enrolled_on = '1899-01-01'" + range;
    QTest::newRow("withdrawn after 2200")
        << QByteArray("UPDATE participant SET withdrawn_on = '2300-01-01' WHERE id = 4")
        << u"participant row 4 (P-004) has withdrawn_on = '2300-01-01'" + range;
    QTest::newRow("withdrawn before enrolled")
        << QByteArray("PRAGMA ignore_check_constraints = ON; UPDATE participant SET enrolled_on = '2025-01-02', "
                      "withdrawn_on = '2025-01-01' WHERE id = 5")
        << QStringLiteral("participant row 5 (P-005) has withdrawn_on = '2025-01-01', before its enrolled_on = "
                          "'2025-01-02'");
    QTest::newRow("imported adherence tick in 2300")
        << QByteArray("UPDATE adherence SET local_date = '2300-01-01' WHERE local_date = '2024-12-02'")
        << u"adherence of intervention 1 (P-001) has local_date = '2300-01-01'" + range;
    QTest::newRow("imported entry in 1800") << QByteArray("UPDATE entry SET local_date = '1800-01-01' WHERE id = 1")
                                            << u"entry row 1 (P-006) has local_date = '1800-01-01'" + range;
}

// Dated rows of every kind, each named in the problems below: P-002's GAD-7 response (row 1) and P-003's PHQ-9
// response (row 2) with its safety flag acknowledged, P-001's intervention LGG (row 1, 2024-12-01 to 2025-01-31)
// with an imported tick on 2024-12-02, P-006's imported journal entry (row 1) and, with times at the very edges of
// the dates MoodBiome accepts, P-005's (rows 2 and 3). Then sql is run around the triggers with the sqlite3 tool, as
// a forger would, the audited images are rewritten to match and the chain recomputed.
VerifyReport TestVerifier::forgeDatedRowsAndVerify(const QByteArray& sql)
{
    m_store->questionnaires().add({.participantId = 2,
                                   .instrument = Instrument::Gad7,
                                   .date = QDate(2025, 1, 3),
                                   .answers = {0, 1, 2, 3, 0, 1, 2}});
    const qint64 flagged = m_store->questionnaires().add({.participantId = 3,
                                                          .instrument = Instrument::Phq9,
                                                          .date = QDate(2025, 1, 4),
                                                          .answers = {1, 1, 1, 1, 1, 1, 1, 1, 1}});
    m_store->questionnaires().acknowledge(flagged, QStringLiteral("called"));
    const qint64 intervention = m_store->interventions().add(
        {.participantId = 1, .name = QStringLiteral("LGG"), .start = QDate(2024, 12, 1), .end = QDate(2025, 1, 31)});
    m_store->interventions().setAdherenceMany(1, {{intervention, QDate(2024, 12, 2), true}}, QStringLiteral("test"));
    m_store->journal().addMany(
        {JournalEntry{.participantId = 6, .date = QDate(2025, 1, 1), .values = {{QStringLiteral("mood"), 5}}}},
        QStringLiteral("test"));
    // Local times on the first and last day MoodBiome accepts: in UTC they lie on the day before and after.
    m_store->journal().add(JournalEntry{
        .participantId = 5, .date = firstAcceptedDate(), .time = QTime(0, 5), .note = QStringLiteral("first")});
    m_store->journal().add(JournalEntry{
        .participantId = 5, .date = lastAcceptedDate(), .time = QTime(23, 55), .note = QStringLiteral("last")});
    if (!Verifier::verify(m_store->database()).ok())
        return {};
    // The audited images as the forger rewrites them: each row's dates and times as it now has them.
    const QByteArray images =
        "; UPDATE audit SET new_values = json_set(new_values, '$.date', q.local_date, '$.at_utc', q.at_utc, "
        "'$.acknowledged_utc', q.acknowledged_utc) FROM questionnaire_response q WHERE audit.table_name = "
        "'questionnaire_response' AND audit.row_id = q.id AND audit.new_values IS NOT NULL;"
        "UPDATE audit SET new_values = json_set(new_values, '$.start', i.start_date, '$.end', i.end_date) FROM "
        "intervention i WHERE audit.table_name = 'intervention' AND audit.row_id = i.id AND audit.new_values IS NOT "
        "NULL; UPDATE audit SET new_values = json_set(new_values, '$.enrolled_on', p.enrolled_on, '$.withdrawn_on', "
        "p.withdrawn_on) FROM participant p WHERE audit.table_name = 'participant' AND audit.row_id = p.id AND "
        "audit.new_values IS NOT NULL";
    if (closeAndRunWithoutTriggers(sql + images) != SQLITE_OK)
        return {};
    tamper(file(), test::rechain(file()));
    return Verifier::verifyFile(file());
}

// Only journal entries were held to the dates every way in accepts. A questionnaire response, an intervention, a
// participant's enrolment or withdrawal, an adherence tick dated 1850 or 2300 (or year 0, which SQLite's calendar
// has and Qt's has not), or an intervention that ends before it starts, written with the sqlite3 tool around the
// triggers and with the audited images rewritten to match: verify said "ok". Every dated row is now held to the
// rule MoodBiome stores dates by, and named.
void TestVerifier::datedRowsThatBreakTheRules()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, named);
    const VerifyReport report = forgeDatedRowsAndVerify(sql);
    QVERIFY(report.schemaOk() && report.chainOk());
    QVERIFY(!report.ok());
    QVERIFY2(report.dataProblems.contains(named), qPrintable(report.dataProblems.join(u'\n')));
    if (!sql.startsWith("PRAGMA")) { // a broken CHECK is damage too; otherwise the date is all that is wrong
        QVERIFY(report.integrityOk());
        if (QTest::currentDataTag() == QByteArrayView("imported entry in 1800")) { // and the import's digest
            QCOMPARE(report.dataProblems.size(), 2);
            QCOMPARE(report.dataProblems.last(), named);
            QVERIFY2(report.dataProblems.first().contains(QStringLiteral("wrote (entry rows 1 to ")),
                     qPrintable(report.dataProblems.first()));
        } else {
            QCOMPARE(report.dataProblems, QStringList{named});
        }
    }
}

void TestVerifier::timesThatBreakTheRules_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("named");
    const QString notUtc = QStringLiteral(", which is not a UTC time (YYYY-MM-DDThh:mm:ssZ)");
    const QString range =
        QStringLiteral(", outside the times MoodBiome accepts (1899-12-31T00:00:00Z to 2201-01-01T23:59:59Z)");
    QTest::newRow("imported entry recorded 'yesterday'")
        << QByteArray("UPDATE entry SET at_utc = 'yesterday' WHERE id = 1")
        << u"entry row 1 (P-006) has at_utc = 'yesterday'" + notUtc;
    QTest::newRow("imported entry recorded in local time") // Qt reads it, as the computer's local time
        << QByteArray("UPDATE entry SET at_utc = '2025-01-01T11:00:00' WHERE id = 1")
        << u"entry row 1 (P-006) has at_utc = '2025-01-01T11:00:00'" + notUtc;
    QTest::newRow("imported entry recorded in 2300")
        << QByteArray("UPDATE entry SET at_utc = '2300-01-01T11:00:00Z' WHERE id = 1")
        << u"entry row 1 (P-006) has at_utc = '2300-01-01T11:00:00Z'" + range;
    QTest::newRow("entry recorded two days before 1900")
        << QByteArray("UPDATE entry SET at_utc = '1899-12-30T23:59:59Z' WHERE id = 2; UPDATE audit SET new_values = "
                      "json_set(new_values, '$.at_utc', '1899-12-30T23:59:59Z') WHERE table_name = 'entry' AND "
                      "row_id = 2")
        << u"entry row 2 (P-005) has at_utc = '1899-12-30T23:59:59Z'" + range;
    QTest::newRow("response recorded in year 0")
        << QByteArray("UPDATE questionnaire_response SET at_utc = '0000-01-03T08:00:00Z' WHERE id = 1")
        << u"questionnaire_response row 1 (P-002) has at_utc = '0000-01-03T08:00:00Z'" + notUtc;
    QTest::newRow("flag acknowledged in month 13")
        << QByteArray("UPDATE questionnaire_response SET acknowledged_utc = '2025-13-01T08:00:00Z' WHERE id = 2")
        << u"questionnaire_response row 2 (P-003) has acknowledged_utc = '2025-13-01T08:00:00Z'" + notUtc;
    QTest::newRow("flag acknowledged in 1850")
        << QByteArray("UPDATE questionnaire_response SET acknowledged_utc = '1850-01-01T08:00:00Z' WHERE id = 2")
        << u"questionnaire_response row 2 (P-003) has acknowledged_utc = '1850-01-01T08:00:00Z'" + range;
    // The hash covers the time as Qt reads it: an unreadable one hashes as empty, and the chain holds again.
    QTest::newRow("audit row of no time")
        << QByteArray("UPDATE audit SET at_utc = 'soon' WHERE id = 3") << u"audit row 3 has at_utc = 'soon'" + notUtc;
    QTest::newRow("audit row in 9999") << QByteArray("UPDATE audit SET at_utc = '9999-12-31T23:59:59Z' WHERE id = 4")
                                       << u"audit row 4 has at_utc = '9999-12-31T23:59:59Z'" + range;
}

// The UTC times MoodBiome stores (when an entry or response was recorded, a flag acknowledged, an audit event
// happened) were held to no rule at all: written with the sqlite3 tool as 'yesterday', in local time, in year 0 or
// in 2300, with the audited images and the chain rewritten to match (or in an imported entry), verify said "ok" and
// the app read no time or a wrong one. Each is now held to the form MoodBiome writes and to the dates it accepts,
// with a day either side (a local time on the first or last day lies on the day before or after in UTC), and named.
void TestVerifier::timesThatBreakTheRules()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, named);
    const VerifyReport report = forgeDatedRowsAndVerify(sql);
    QVERIFY(report.integrityOk() && report.schemaOk() && report.chainOk());
    QVERIFY(!report.ok());
    QCOMPARE(report.dataProblems, QStringList{named});
}

void TestVerifier::adherenceOutsideItsIntervention_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("named");
    const QString tick = QStringLiteral("adherence of intervention 1 (P-001) has local_date = ");
    QTest::newRow("imported tick before the start")
        << QByteArray("UPDATE adherence SET local_date = '2024-11-30'")
        << tick + u"'2024-11-30', before its intervention's start_date = '2024-12-01'";
    QTest::newRow("imported tick after the end")
        << QByteArray("UPDATE adherence SET local_date = '2025-02-01'")
        << tick + u"'2025-02-01', after its intervention's end_date = '2025-01-31'";
    QTest::newRow("intervention ended before its tick")
        << QByteArray("UPDATE intervention SET end_date = '2024-12-01'")
        << tick + u"'2024-12-02', after its intervention's end_date = '2024-12-01'";
    QTest::newRow("ongoing intervention started after its tick")
        << QByteArray("UPDATE intervention SET start_date = '2024-12-03', end_date = NULL")
        << tick + u"'2024-12-02', before its intervention's start_date = '2024-12-03'";
}

// A tick is stored only on a day its intervention is active (InterventionRepository): from its start to its end, or
// open-ended. The sqlite3 tool moved an imported tick outside it, or the intervention away from its ticks with the
// audited image rewritten, and verify said "ok" while the chart and the analysis counted a day of adherence the
// intervention does not have. Each tick outside its intervention is now named.
void TestVerifier::adherenceOutsideItsIntervention()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, named);
    const VerifyReport report = forgeDatedRowsAndVerify(sql);
    QVERIFY(report.integrityOk() && report.schemaOk() && report.chainOk());
    QVERIFY(!report.ok());
    QCOMPARE(report.dataProblems, QStringList{named});
}

// The write path keeps the same rule: an intervention's days cannot be changed so that a tick falls outside them.
// Shortening an intervention left its later ticks behind, and verify would have named them as data changed outside
// MoodBiome.
void TestVerifier::interventionCannotLeaveItsTicksBehind()
{
    const qint64 id = m_store->interventions().add(
        {.participantId = 1, .name = QStringLiteral("LGG"), .start = QDate(2024, 12, 1), .end = QDate(2025, 1, 31)});
    m_store->interventions().setAdherence(id, QDate(2024, 12, 2), true);
    m_store->interventions().setAdherence(id, QDate(2025, 1, 20), false);
    for (const auto& [start, end] :
         {std::pair{QDate(2024, 12, 3), QDate(2025, 1, 31)}, std::pair{QDate(2024, 12, 1), QDate(2025, 1, 19)},
          std::pair{QDate(2024, 12, 10), QDate()}}) {
        Intervention changed = *m_store->interventions().byId(id);
        changed.start = start;
        changed.end = end;
        try {
            m_store->interventions().update(changed);
            QFAIL(qPrintable(u"stored " + isoDate(start) + u" to " + isoDate(end)));
        } catch (const StorageError& e) {
            QCOMPARE(e.code(), StorageError::Code::InvalidInput);
            QVERIFY2(e.message().contains(QStringLiteral("adherence")), qPrintable(e.message()));
        }
    }
    Intervention wider = *m_store->interventions().byId(id);
    wider.start = QDate(2024, 11, 1);
    wider.end = QDate();
    m_store->interventions().update(wider); // keeps every tick inside
    wider.end = QDate(2025, 1, 20);
    m_store->interventions().update(wider); // the last tick on its last day
    const VerifyReport report = Verifier::verify(m_store->database());
    QVERIFY2(report.ok(), qPrintable(Verifier::describe(report)));
}

void TestVerifier::foreignKeysAreChecked_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("named");
    QTest::newRow("participant removed from under their entry")
        << QByteArray("DELETE FROM participant WHERE id = 1")
        << QStringLiteral("entry row 1 has participant_id = 1, but participant has no row with id = 1");
    QTest::newRow("entry removed from under its value") // observation has no row ids: named by its key
        << QByteArray("DELETE FROM entry WHERE id = 1")
        << QStringLiteral("observation row (entry_id = 1, measure_id = 1) has entry_id = 1, but entry has no row "
                          "with id = 1");
    QTest::newRow("imported tick moved to no intervention")
        << QByteArray("UPDATE adherence SET intervention_id = 99")
        << QStringLiteral("adherence row (intervention_id = 99, local_date = '2024-12-02') has intervention_id = 99, "
                          "but intervention has no row with id = 99");
}

// MoodBiome writes with foreign keys on; the sqlite3 tool has them off unless told. A participant removed from under
// their entries, or a tick moved to an intervention that does not exist, left rows that refer to nothing, and verify
// ran no PRAGMA foreign_key_check: an imported tick so moved passed as "ok". Each such row is now named, with the
// table it refers to.
void TestVerifier::foreignKeysAreChecked()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, named);
    m_store->journal().add(
        JournalEntry{.participantId = 1, .date = QDate(2025, 1, 4), .values = {{QStringLiteral("mood"), 6}}});
    const qint64 intervention = m_store->interventions().add(
        {.participantId = 2, .name = QStringLiteral("LGG"), .start = QDate(2024, 12, 1), .end = QDate(2025, 1, 31)});
    m_store->interventions().setAdherenceMany(2, {{intervention, QDate(2024, 12, 2), true}}, QStringLiteral("test"));
    QVERIFY(Verifier::verify(m_store->database()).ok());
    QCOMPARE(closeAndRunWithoutTriggers("PRAGMA foreign_keys = OFF; " + sql), SQLITE_OK);
    const VerifyReport report = Verifier::verifyFile(file());
    QVERIFY(report.integrityOk() && report.schemaOk() && report.chainOk());
    QVERIFY(!report.ok());
    QVERIFY2(report.dataProblems.contains(named), qPrintable(report.dataProblems.join(u'\n')));
}

void TestVerifier::datesOutsideTheRangeAreNotStored_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("date");
    for (const QDate date : {QDate(1899, 12, 31), QDate(2201, 1, 1)})
        for (const char* kind : {"questionnaire", "intervention start", "intervention end", "enrolled", "withdrawn"})
            if (date.year() < 2000 || QByteArrayView(kind) != "questionnaire") // a future one is refused already
                QTest::addRow("%s %s", kind, qPrintable(date.toString(Qt::ISODate)))
                    << QString::fromLatin1(kind) << date;
}

// What verify holds every dated row to, every way in applies when it stores one: 1900-01-01 to 2200-12-31
// (dateRangeProblem). Only journal entries and dates typed on the command line were held to it; an intervention
// from a FHIR file or a dialog could start in 1850, or end in 9999. (An adherence tick lies within its intervention.)
void TestVerifier::datesOutsideTheRangeAreNotStored()
{
    QFETCH(QString, kind);
    QFETCH(QDate, date);
    m_store->interventions().add(
        {.participantId = 1, .name = QStringLiteral("LGG"), .start = QDate(1900, 1, 1), .end = QDate(2200, 12, 31)});
    Participant p = *m_store->participants().byId(2);
    try {
        if (kind == u"questionnaire")
            m_store->questionnaires().add(
                {.participantId = 2, .instrument = Instrument::Who5, .date = date, .answers = {5, 4, 3, 2, 1}});
        else if (kind == u"intervention start")
            m_store->interventions().add({.participantId = 1, .name = QStringLiteral("FMT"), .start = date});
        else if (kind == u"intervention end")
            m_store->interventions().add(
                {.participantId = 1, .name = QStringLiteral("FMT"), .start = QDate(2025, 1, 1), .end = date});
        else {
            (kind == u"enrolled" ? p.enrolled : p.withdrawn) = date;
            m_store->participants().update(p);
        }
        QFAIL("stored");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), StorageError::Code::InvalidInput);
        QVERIFY2(e.message().contains(QStringLiteral("outside the dates MoodBiome accepts")), qPrintable(e.message()));
    }
    QVERIFY(Verifier::verify(m_store->database()).ok());
}

void TestVerifier::replayAcceptsEveryKindOfChange()
{
    // Every repository write, as the GUI and the command line make them: the replay finds each row as audited.
    m_store = Store::open(m_dir.filePath(QStringLiteral("replay.sqlite")));
    Store& store = *m_store;
    const QDate today = m_clock.clock().today();
    writeDemo(store, generateDemo({.participants = 2, .days = 40, .seed = 5, .lastDay = today}));
    const qint64 p =
        store.participants().add(Participant{.code = QStringLiteral("X-1"), .notes = QStringLiteral(" n ")});
    Participant changed = *store.participants().byId(p);
    changed.arm = QStringLiteral("B ");
    changed.enrolled = today.addDays(-30);
    store.participants().update(changed);
    store.participants().setDeleted(1, true);
    store.participants().setDeleted(1, false);
    const qint64 e = store.journal().add(JournalEntry{
        .participantId = p, .date = today.addDays(-1), .time = QTime(8, 15), .values = {{QStringLiteral("mood"), 7}}});
    JournalEntry entry = *store.journal().byId(e);
    entry.values = {{QStringLiteral("mood"), 3}, {QStringLiteral("sleep_hours"), 7.5}};
    entry.note = QStringLiteral(" tired ");
    store.journal().update(entry);
    store.journal().setDeleted(e, true);
    Measure custom{.key = QStringLiteral("steps_k"),
                   .labelEn = QStringLiteral(" Steps "),
                   .labelNl = QStringLiteral("Stappen"),
                   .kind = MeasureKind::Count,
                   .minimum = 0,
                   .maximum = 100};
    store.measures().add(custom);
    const qint64 i = store.interventions().add(Intervention{.participantId = p,
                                                            .name = QStringLiteral(" LGG "),
                                                            .dose = 1.5,
                                                            .unit = QStringLiteral("g "),
                                                            .frequency = QStringLiteral("daily"),
                                                            .start = today.addDays(-10)});
    Intervention iv = *store.interventions().byId(i);
    iv.end = today;
    store.interventions().update(iv);
    store.interventions().setAdherence(i, today.addDays(-2), true);
    store.interventions().setAdherence(i, today.addDays(-2), false);
    store.interventions().setAdherence(i, today.addDays(-3), true);
    store.interventions().setAdherence(i, today.addDays(-3), std::nullopt);
    store.interventions().setAdherenceMany(p, {{i, today.addDays(-4), true}, {i, today.addDays(-5), false}});
    const qint64 q = store.questionnaires().add(QuestionnaireResponse{
        .participantId = p, .instrument = Instrument::Phq9, .date = today, .answers = {3, 3, 3, 3, 3, 3, 3, 3, 3}});
    store.questionnaires().acknowledge(q, QStringLiteral("called"));
    store.questionnaires().add(QuestionnaireResponse{
        .participantId = p, .instrument = Instrument::Who5, .date = today.addDays(-1), .answers = {1, 2, 3, 4, 5}});
    const VerifyReport report = Verifier::verify(store.database());
    QVERIFY2(report.ok(), qPrintable(Verifier::describe(report)));
    QVERIFY(report.rowsReplayed > 100);
}

void TestVerifier::responsesThatDoNotScoreAsStored_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("named");
    const QString phq9 = QStringLiteral("questionnaire_response row 1 (P-001, PHQ-9, 2025-01-03) ");
    QTest::newRow("total") << QByteArray("UPDATE questionnaire_response SET total = 4 WHERE id = 1")
                           << phq9 + u"has total = 4, but its items score 10";
    QTest::newRow("severity") << QByteArray("UPDATE questionnaire_response SET severity = 'none' WHERE id = 1")
                              << phq9 + u"has severity = 'none', but its total of 10 is 'moderate'";
    QTest::newRow("flag hidden") << QByteArray("UPDATE questionnaire_response SET flagged = 0 WHERE id = 1")
                                 << phq9 + u"has flagged = 0, but item 9 is answered 2, which raises the safety "
                                           u"flag suicidal_ideation: the flag was hidden";
    QTest::newRow("flag forged") << QByteArray("UPDATE questionnaire_response SET flagged = 1 WHERE id = 3")
                                 << QStringLiteral("questionnaire_response row 3 (P-002, PHQ-9, 2025-01-04) has "
                                                   "flagged = 1, but item 9 is answered 0, which raises no safety "
                                                   "flag");
    QTest::newRow("flag on GAD-7") << QByteArray("UPDATE questionnaire_response SET flagged = 1 WHERE id = 2")
                                   << QStringLiteral("questionnaire_response row 2 (P-001, GAD-7, 2025-01-02) has "
                                                     "flagged = 1, but GAD-7 has no safety flag");
    QTest::newRow("item missing") << QByteArray("UPDATE questionnaire_response SET items = '1,1,1,1,1,1,1,1' WHERE "
                                                "id = 1")
                                  << phq9 + u"has items = '1,1,1,1,1,1,1,1': item 9 has no answer: PHQ-9 has 9 "
                                            u"items, 8 answers were given";
    QTest::newRow("item too many") << QByteArray("UPDATE questionnaire_response SET items = items || ',0' WHERE id = 2")
                                   << QStringLiteral("questionnaire_response row 2 (P-001, GAD-7, 2025-01-02) has "
                                                     "items = '0,1,2,3,0,1,2,0': item 8 does not exist: GAD-7 has 7 "
                                                     "items, 8 answers were given");
    QTest::newRow("item out of range") << QByteArray("UPDATE questionnaire_response SET items = '1,1,1,1,1,1,1,7,2' "
                                                     "WHERE id = 1")
                                       << phq9 + u"has items = '1,1,1,1,1,1,1,7,2': item 8: 7 is outside 0–3";
    QTest::newRow("item empty") << QByteArray("UPDATE questionnaire_response SET items = '1,,1,1,1,1,1,1,2' WHERE "
                                              "id = 1")
                                << phq9 + u"has items = '1,,1,1,1,1,1,1,2': item 2 has no answer";
    QTest::newRow("deleted response") << QByteArray("UPDATE questionnaire_response SET deleted = 1, total = 0 WHERE "
                                                    "id = 3")
                                      << QStringLiteral("questionnaire_response row 3 (P-002, PHQ-9, 2025-01-04) "
                                                        "has total = 0, but its items score 5");
}

// A response's total, severity and safety flag are derived from its items when it is stored. The sqlite3 tool
// stored a response whose items did not add up to its total, did not fit its instrument, or whose safety flag
// was hidden (or forged), with the audited image rewritten to match and the chain recomputed: verify said "ok".
// Every response is scored again with the app's own scoring and each one that differs is named.
void TestVerifier::responsesThatDoNotScoreAsStored()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, named);
    auto& questionnaires = m_store->questionnaires();
    questionnaires.add({.participantId = 1,
                        .instrument = Instrument::Phq9,
                        .date = QDate(2025, 1, 3),
                        .answers = {1, 1, 1, 1, 1, 1, 1, 1, 2}});
    questionnaires.add({.participantId = 1,
                        .instrument = Instrument::Gad7,
                        .date = QDate(2025, 1, 2),
                        .answers = {0, 1, 2, 3, 0, 1, 2}});
    questionnaires.add({.participantId = 2,
                        .instrument = Instrument::Phq9,
                        .date = QDate(2025, 1, 4),
                        .answers = {1, 1, 1, 1, 1, 0, 0, 0, 0}});
    questionnaires.add(
        {.participantId = 2, .instrument = Instrument::Who5, .date = QDate(2025, 1, 4), .answers = {5, 4, 3, 2, 1}});
    QVERIFY(Verifier::verify(m_store->database()).ok());
    m_store.reset();
    forgeResponses(file(), sql);
    const VerifyReport report = Verifier::verifyFile(file());
    QVERIFY(report.integrityOk() && report.schemaOk() && report.chainOk());
    QVERIFY(!report.ok());
    QCOMPARE(report.dataProblems.size(), 1);
    QCOMPARE(report.dataProblems.first(), named);
    QCOMPARE(Verifier::problem(report), u"Data were changed without an audit record: " + named + u'.');
}

// A trial has hundreds of thousands of responses: the first problems are named, the rest counted.
void TestVerifier::manyResponsesThatDoNotScoreAsStored()
{
    QList<QuestionnaireResponse> responses;
    for (int i = 0; i < 30; ++i)
        responses.append({.participantId = 1 + i % 6,
                          .instrument = Instrument::Gad7,
                          .date = QDate(2024, 12, 1).addDays(i),
                          .answers = {1, 1, 1, 1, 1, 1, 1}});
    m_store->questionnaires().addMany(responses, QStringLiteral("test"));
    QVERIFY(Verifier::verify(m_store->database()).ok());
    m_store.reset();
    forgeResponses(file(), "UPDATE questionnaire_response SET total = 6");
    const VerifyReport report = Verifier::verifyFile(file());
    QCOMPARE(report.dataProblems.size(), 21);
    QCOMPARE(report.dataProblems.first(),
             QStringLiteral("questionnaire_response row 1 (P-001, GAD-7, 2024-12-01) has total = 6, but its items "
                            "score 7"));
    QCOMPARE(report.dataProblems.last(), QStringLiteral("10 more questionnaire response(s) do not score as stored"));
}

// A forger with only the file rewrote a row, re-hashed the chain and added a restore_backup row dated after the
// anchor (2200-12-31): verify excused the backup (a restore after the point where they part), and the user's next
// write moved the anchor file onto the forged chain (a restore recorded after the anchor was written), so verify
// said ok. Only a restore the anchor file saw being made excuses anything; nothing but our own restore moves it off
// its chain.
void TestVerifier::aRestoreRowAForgerAddsExcusesNothing()
{
    const QString folder = Backup::defaultFolder(file());
    QVERIFY(QDir().mkpath(folder));
    Backup::write(m_store->database(), QDir(folder).filePath(QStringLiteral("forged-1.sqlite"))); // rows 1–7
    m_store.reset();
    const auto anchor = ChainAnchor::stored(file());
    QVERIFY(anchor);
    tamper(file(), "UPDATE audit SET reason = 'nothing to see' WHERE id = 5; INSERT INTO audit (id, at_utc, os_user, "
                   "action, table_name, row_id, participant_id, old_values, new_values, reason, prev_hash, hash) "
                   "VALUES (9, '2200-12-31T00:00:00Z', 'root', 'restore_backup', 'database', 0, 0, NULL, "
                   "'{\"audit_rows\":1,\"data_from\":\"\",\"from\":\"x\",\"safety_copy\":\"\"}', '', '', '')");
    tamper(file(), test::rechain(file()));
    QVERIFY(Verifier::verifyFile(file()).chainOk()); // the trail alone looks fine
    const auto problems = [&] {
        const VerifyReport report = Verifier::verifyFile(file(), Verifier::Depth::Full, {.stored = true});
        return report.anchorProblems.join(u' ');
    };
    QVERIFY2(problems().contains(QStringLiteral("forged-1.sqlite")), qPrintable(problems()));
    QVERIFY2(problems().contains(QStringLiteral("anchor file")), qPrintable(problems()));

    Store::open(file())->participants().add(Participant{.code = QStringLiteral("P-100")}); // the user's next write
    QCOMPARE(ChainAnchor::stored(file())->head.hash, anchor->head.hash);
    QVERIFY2(problems().contains(QStringLiteral("anchor file")), qPrintable(problems()));
    QVERIFY2(problems().contains(QStringLiteral("forged-1.sqlite")), qPrintable(problems()));
    QVERIFY2(problems().contains(QStringLiteral("event 9 records was not made here")), qPrintable(problems()));
}

// A database restored from this one's backup (a clone, e.g. a test copy) shares its first rows. A backup of the clone
// in the shared backups folder made verify of this untouched database fail ("the trail was rewritten"). It parts
// from this chain at a restore of its own that this database's anchor file never saw: a clone's, not evidence.
void TestVerifier::aClonesBackupIsNoEvidence()
{
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("elsewhere"))));
    const QString copy = m_dir.filePath(QStringLiteral("elsewhere/v-copy.sqlite"));
    Backup::write(m_store->database(), copy);                             // rows 1–7; row 8 of v.sqlite records it
    const QString clone = m_dir.filePath(QStringLiteral("clone.sqlite")); // same folder: same backups folder
    const QString folder = Backup::defaultFolder(clone);
    QVERIFY(QDir().mkpath(folder));
    {
        auto store = Store::open(clone);
        store->participants().add(Participant{.code = QStringLiteral("Q-001")});
        Backup::restore(store->database(), copy, folder, {}, true); // the clone's row 8: its restore
        store->participants().add(Participant{.code = QStringLiteral("Q-002")});
        Backup::write(store->database(), QDir(folder).filePath(QStringLiteral("clone-1.sqlite")));
    }
    m_store->participants().add(Participant{.code = QStringLiteral("P-100")});
    Backup::write(m_store->database(), QDir(folder).filePath(QStringLiteral("original-1.sqlite")));
    m_store.reset();
    VerifyReport report = Verifier::verifyFile(file(), Verifier::Depth::Full, {.stored = true});
    QVERIFY2(report.ok(), qPrintable(Verifier::describe(report)));
    // The clone is held to original-1.sqlite only up to its restore, which its own anchor file saw being made.
    report = Verifier::verifyFile(clone, Verifier::Depth::Full, {.stored = true});
    QVERIFY2(report.ok(), qPrintable(Verifier::describe(report)));

    // A rewritten old row is still caught by the clone's backup, which shares it, without the anchor file.
    QFile::remove(ChainAnchor::fileFor(file()));
    QFile::remove(QDir(folder).filePath(QStringLiteral("original-1.sqlite")));
    tamper(file(), "UPDATE audit SET reason = 'nothing to see' WHERE id = 5");
    tamper(file(), test::rechain(file()));
    report = Verifier::verifyFile(file(), Verifier::Depth::Full, {.stored = true});
    QVERIFY(!report.ok());
    QVERIFY2(report.anchorProblems.join(u' ').contains(QStringLiteral("clone-1.sqlite")),
             qPrintable(report.anchorProblems.join(u' ')));
}

// A restore moves the anchor itself once its pages are in; a kill between the two left the anchor on the chain the
// restore replaced. The restore's row, announced in the anchor file beforehand, lets it move later all the same.
void TestVerifier::aRestoreStoppedBeforeItsAnchorMovedIsNoAlarm()
{
    const QString folder = Backup::defaultFolder(file());
    QVERIFY(QDir().mkpath(folder));
    const QString backup = QDir(folder).filePath(QStringLiteral("stopped-1.sqlite"));
    Backup::write(m_store->database(), backup); // rows 1–7; row 8 records it
    m_store->participants().add(Participant{.code = QStringLiteral("P-200")});
    const auto before = ChainAnchor::stored(file());
    QVERIFY(before);
    Backup::restore(m_store->database(), backup, folder);
    m_store.reset();
    auto after = ChainAnchor::stored(file());
    QCOMPARE(after->restores.size(), 1);
    QCOMPARE(after->restores.first().row.events, 8);
    QCOMPARE(after->restores.first().replaced.text(), before->head.text());
    // The anchor file as a kill right after the restore's commit leaves it: the restore announced, the head old.
    QFile json(after->file);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
    json.close();
    object.insert(QStringLiteral("events"), before->head.events);
    object.insert(QStringLiteral("head"), before->head.hash);
    test::writeFile(after->file, QJsonDocument(object).toJson());
    QCOMPARE(ChainAnchor::stored(file())->head.text(), before->head.text());

    VerifyReport report = Verifier::verifyFile(file(), Verifier::Depth::Full, {.stored = true});
    QVERIFY2(report.ok(), qPrintable(Verifier::describe(report)));
    reopen();
    m_store->participants().add(Participant{.code = QStringLiteral("P-300")}); // the next write moves it on
    QCOMPARE(ChainAnchor::stored(file())->head.text(), ChainAnchor::head(m_store->database()).text());
    m_store.reset();
    report = Verifier::verifyFile(file(), Verifier::Depth::Full, {.stored = true});
    QVERIFY2(report.ok(), qPrintable(Verifier::describe(report)));
}

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
