// A full disk or a failing device while writing: the transaction rolls back, the user is told, nothing
// committed before is lost, and the database keeps working once the disk does.
#include "FaultVfs.h"
#include "TestSupport.h"
#include "core/DemoGenerator.h"
#include "storage/Backup.h"
#include "storage/DemoWriter.h"
#include "storage/StorageError.h"
#include "storage/Verifier.h"

#include <sqlite3.h>

using namespace mb;
using test::FaultVfs;

namespace {

// What must survive: counts of every table and the newest audit hash.
QStringList snapshot(Database& db)
{
    Statement st = db.prepare(u"SELECT (SELECT count(*) FROM participant), (SELECT count(*) FROM entry), "
                              u"(SELECT count(*) FROM observation), (SELECT count(*) FROM intervention), "
                              u"(SELECT count(*) FROM audit), (SELECT hash FROM audit ORDER BY id DESC LIMIT 1)");
    st.step();
    QStringList values;
    for (int i = 0; i < 6; ++i)
        values.append(st.text(i));
    return values;
}

QList<DemoParticipant> demo(int participants, int days, quint32 seed)
{
    DemoOptions options;
    options.participants = participants;
    options.days = days;
    options.seed = seed;
    options.lastDay = QDate(2025, 1, 4);
    return generateDemo(options);
}

} // namespace

class TestFaultVfs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { FaultVfs::disarm(); }

    void failingWriteRollsBack_data();
    void failingWriteRollsBack();
    void failingMigrationLeavesTheFileAsItWas();
    void restoreIsAtomicWithItsAuditRow();

private:
    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
};

void TestFaultVfs::failingWriteRollsBack_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("participants"); // of the write that fails
    QTest::addColumn<QString>("told");
    const int write = int(FaultVfs::Fault::Write);
    const int sync = int(FaultVfs::Fault::Sync);
    const QString full = QStringLiteral("The disk is full");
    const QString failed = QStringLiteral("could not be written");
    QTest::newRow("one entry, disk full") << write << qint64(0) << SQLITE_FULL << 0 << full;
    QTest::newRow("bulk, disk full at once") << write << qint64(0) << SQLITE_FULL << 30 << full;
    QTest::newRow("bulk, disk full after 4 KiB") << write << qint64(4096) << SQLITE_FULL << 30 << full;
    QTest::newRow("bulk, disk full after 100 KiB") << write << qint64(100 << 10) << SQLITE_FULL << 30 << full;
    QTest::newRow("bulk, disk full after 1 MiB") << write << qint64(1 << 20) << SQLITE_FULL << 30 << full;
    QTest::newRow("bulk, write error") << write << qint64(64 << 10) << SQLITE_IOERR_WRITE << 30 << failed;
    QTest::newRow("one entry, fsync fails") << sync << qint64(0) << SQLITE_IOERR_FSYNC << 0 << failed;
    QTest::newRow("bulk, fsync fails") << sync << qint64(0) << SQLITE_IOERR_FSYNC << 30 << failed;
}

void TestFaultVfs::failingWriteRollsBack()
{
    QFETCH(int, fault);
    QFETCH(qint64, budget);
    QFETCH(int, code);
    QFETCH(int, participants);
    QFETCH(QString, told);
    const QString file = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromUtf8(QTest::currentDataTag())));
    QStringList committed;
    {
        auto store = Store::open(file, {.vfs = FaultVfs::name()});
        writeDemo(*store, demo(3, 60, 1));
        committed = snapshot(store->database());

        FaultVfs::arm(FaultVfs::Fault(fault), budget, code);
        try {
            if (participants == 0) {
                const qint64 id = store->participants().byCode(QStringLiteral("P-001"))->id;
                store->journal().add(JournalEntry{
                    .participantId = id, .date = QDate(2025, 1, 5), .values = {{QStringLiteral("mood"), 6.0}}});
            } else {
                QList<DemoParticipant> more = demo(participants, 365, 2);
                for (DemoParticipant& p : more)
                    p.participant.code.prepend(u'N');
                writeDemo(*store, more);
            }
            QFAIL("the write succeeded on a failing disk");
        } catch (const StorageError& e) {
            QCOMPARE(e.code(), StorageError::Code::Failed);
            QVERIFY2(e.message().contains(told), qPrintable(e.message()));
            QVERIFY(e.message().contains(QStringLiteral("nothing saved before was lost")));
        }
        QVERIFY(FaultVfs::failures() > 0);
        FaultVfs::disarm();

        // The same connection sees exactly what was committed, and writes again once the disk does.
        QCOMPARE(snapshot(store->database()), committed);
        store->participants().add(Participant{.code = QStringLiteral("P-AFTER")});
    }
    auto reopened = Store::open(file); // the default VFS: what the next start of the app sees
    const VerifyReport report = Verifier::verify(reopened->database());
    QVERIFY2(report.ok(), qPrintable(Verifier::describe(report)));
    QStringList after = snapshot(reopened->database());
    QCOMPARE(after.at(0).toInt(), committed.at(0).toInt() + 1);
    QCOMPARE(after.mid(1, 3), committed.mid(1, 3));
    QCOMPARE(after.at(4).toInt(), committed.at(4).toInt() + 1);
}

void TestFaultVfs::failingMigrationLeavesTheFileAsItWas()
{
    // A full disk while a new database is being set up: no half-made schema is left behind.
    const QString file = m_dir.filePath(QStringLiteral("new.sqlite"));
    FaultVfs::arm(FaultVfs::Fault::Write, 2048, SQLITE_FULL);
    QVERIFY_THROWS_EXCEPTION(StorageError, Store::open(file, {.vfs = FaultVfs::name()}));
    FaultVfs::disarm();
    auto store = Store::open(file);
    QVERIFY(Verifier::verify(store->database()).ok());
    Statement migrations = store->database().prepare(u"SELECT count(*) FROM audit WHERE action = 'migrate'");
    migrations.step();
    QCOMPARE(migrations.int64(0), 1);
}

void TestFaultVfs::restoreIsAtomicWithItsAuditRow()
{
    // A disk that fails at any moment of a restore: afterwards the database is the one from before, or the
    // restored one with its restore_backup row; never restored data the audit trail does not account for.
    const QString backup = m_dir.filePath(QStringLiteral("restore-from.sqlite"));
    const QString file = m_dir.filePath(QStringLiteral("restore-into.sqlite"));
    writeDemo(*Store::open(backup), demo(2, 30, 3));
    const auto restoreRows = [](Database& db) {
        Statement st = db.prepare(u"SELECT count(*) FROM audit WHERE action = 'restore_backup'");
        st.step();
        return st.int64(0);
    };
    const auto fresh = [&] {
        for (const char16_t* suffix : {u"", u"-wal", u"-shm", u"-journal"})
            QFile::remove(file + suffix);
        auto store = Store::open(file);
        writeDemo(*store, demo(3, 60, 1));
        return snapshot(store->database());
    };
    fresh();
    qint64 total = 0;
    {
        auto store = Store::open(file, {.vfs = FaultVfs::name()});
        const qint64 start = FaultVfs::bytesWritten();
        Backup::restore(store->database(), backup, QString());
        total = FaultVfs::bytesWritten() - start;
    }
    QVERIFY(total > 0);

    int restored = 0;
    int unchanged = 0;
    for (qint64 budget = 0; budget <= total + (64 << 10); budget += 8192) {
        const QStringList before = fresh();
        {
            auto store = Store::open(file, {.vfs = FaultVfs::name()});
            FaultVfs::arm(FaultVfs::Fault::Write, budget, SQLITE_FULL);
            try {
                Backup::restore(store->database(), backup, QString());
            } catch (const StorageError&) {
            }
            FaultVfs::disarm();
        }
        auto reopened = Store::open(file);
        const VerifyReport report = Verifier::verify(reopened->database());
        QVERIFY2(report.ok(), qPrintable(Verifier::describe(report)));
        const QStringList after = snapshot(reopened->database());
        if (after == before) {
            QCOMPARE(restoreRows(reopened->database()), 0);
            ++unchanged;
        } else {
            QVERIFY2(after.at(0) == u"2", qPrintable(after.join(u' ')));
            QVERIFY2(
                restoreRows(reopened->database()) == 1,
                qPrintable(QStringLiteral("restored without its audit row, disk full after %1 bytes").arg(budget)));
            ++restored;
        }
    }
    QVERIFY2(
        restored > 0 && unchanged > 0,
        qPrintable(QStringLiteral("%1 restored, %2 unchanged of %3 bytes").arg(restored).arg(unchanged).arg(total)));
}

QTEST_GUILESS_MAIN(TestFaultVfs)
#include "tst_faultvfs.moc"
