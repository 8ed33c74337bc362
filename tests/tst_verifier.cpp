// Verification: integrity_check, and the audit chain catching every kind of tampering it can see.
#include "DataSafetySupport.h"
#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/StorageError.h"
#include "storage/Verifier.h"

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

private:
    QString file() const { return m_dir.filePath(QStringLiteral("v.sqlite")); }
    void reopen() { m_store = Store::open(file()); }

    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    std::unique_ptr<Store> m_store;
};

void TestVerifier::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(file());
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

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
