// Participants, measures and journal entries: validation, soft delete and an audit row per change.
#include "TestSupport.h"
#include "core/DemoGenerator.h"
#include "storage/BulkJournalWriter.h"
#include "storage/Database.h"
#include "storage/DemoWriter.h"
#include "storage/InterventionRepository.h"
#include "storage/StorageError.h"
#include "storage/TagRepository.h"
#include "storage/TidyExport.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>
#include <sqlite3.h>

using namespace mb;
using Code = StorageError::Code;

class TestRepositories : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_store.reset(); }

    void participantLifecycleIsAudited();
    void participantValidation_data();
    void participantValidation();
    void caseLookAlikeCodeRefusedOnlyWhenNewOrChanged();
    void participantListFollowsEveryChange();
    void entryRoundTrip();
    void entryInstantFollowsTimeZone();
    void outOfRangeValueChangesNothing();
    void datesOutsideTheRangeChangeNothing();
    void bulkWriteStoresWhatSingleWritesStore();
    void bulkWriteKeepsTheRangeRule();
    void bulkWriteRefusesWhatTheTriggerRefuses_data();
    void bulkWriteRefusesWhatTheTriggerRefuses();
    void bulkWriteChecksForeignKeys();
    void bulkWriteChecksTagKeys();
    void adherenceInBulk();
    void interventionDoseMustBeFinite();
    void demoWriteChecksKeysItself();
    void newDatabasesHaveLargePages();
    void unknownMeasureRefused();
    void withdrawnParticipantIsReadOnly();
    void softDeleteHidesAndRestores();
    void customMeasure();
    void auditChainLinks();
    void tidyExport();
    void entryDraftKeptPerParticipantAndNotAudited();
    void entryDraftReadStrictly_data();
    void entryDraftReadStrictly();

private:
    qint64 addParticipant(const QString& code);
    qint64 auditCount();
    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    std::unique_ptr<Store> m_store;
};

void TestRepositories::init()
{
    QVERIFY(m_dir.isValid());
    static int n = 0;
    m_store = Store::open(
        m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())).arg(++n)));
}

qint64 TestRepositories::addParticipant(const QString& code)
{
    Participant p;
    p.code = code;
    return m_store->participants().add(p);
}

qint64 TestRepositories::auditCount()
{
    return m_store->audit().rows().size();
}

void TestRepositories::participantLifecycleIsAudited()
{
    Participant p;
    p.code = QStringLiteral("P-001");
    p.displayName = QStringLiteral("Anna");
    p.arm = QStringLiteral("probiotic");
    p.enrolled = QDate(2025, 1, 1);
    const qint64 id = m_store->participants().add(p, QStringLiteral("enrolment visit"));
    auto rows = m_store->audit().rows(id);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].action, QStringLiteral("insert"));
    QCOMPARE(rows[0].table, QStringLiteral("participant"));
    QCOMPARE(rows[0].rowId, id);
    QCOMPARE(rows[0].reason, QStringLiteral("enrolment visit"));
    QCOMPARE(rows[0].osUser, AuditLog::osUser());
    QCOMPARE(rows[0].atUtc, QDateTime(QDate(2025, 1, 5), QTime(8, 30), QTimeZone::utc()));
    QVERIFY(rows[0].newValues.contains(QStringLiteral("\"arm\":\"probiotic\"")));

    Participant changed = *m_store->participants().byId(id);
    changed.arm = QStringLiteral("placebo");
    m_store->participants().update(changed);
    rows = m_store->audit().rows(id);
    QCOMPARE(rows[0].action, QStringLiteral("update"));
    QVERIFY(rows[0].oldValues.contains(QStringLiteral("probiotic")));
    QVERIFY(rows[0].newValues.contains(QStringLiteral("placebo")));

    m_store->participants().setDeleted(id, true);
    QVERIFY(!m_store->participants().byCode(QStringLiteral("P-001")));
    QCOMPARE(m_store->audit().rows(id).first().action, QStringLiteral("delete"));
    QCOMPARE(m_store->participants().list(true).size(), 1); // soft: the row is still there
}

void TestRepositories::participantValidation_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("enrolled");
    QTest::addColumn<QDate>("withdrawn");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty code") << "" << QDate() << QDate() << "needs a code";
    QTest::newRow("spaces only") << "   " << QDate() << QDate() << "needs a code";
    QTest::newRow("padded") << " P-9" << QDate() << QDate() << "no spaces at the start";
    QTest::newRow("duplicate") << "P-001" << QDate() << QDate() << "already exists";
    // A second participant p-001 beside P-001 (an import creates one for each new code) splits one person's data.
    QTest::newRow("differs only in case") << "p-001" << QDate() << QDate() << "differs only in upper or lower case";
    QTest::newRow("withdrawn before enrolled") << "P-002" << QDate(2025, 2, 1) << QDate(2025, 1, 1) << "before";
}

void TestRepositories::participantValidation()
{
    QFETCH(QString, code);
    QFETCH(QDate, enrolled);
    QFETCH(QDate, withdrawn);
    QFETCH(QString, message);
    addParticipant(QStringLiteral("P-001"));
    const qint64 before = auditCount();
    Participant p;
    p.code = code;
    p.enrolled = enrolled;
    p.withdrawn = withdrawn;
    try {
        m_store->participants().add(p);
        QFAIL("invalid participant accepted");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), Code::InvalidInput);
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
    QCOMPARE(m_store->participants().list().size(), 1);
    QCOMPARE(auditCount(), before);
}

// Databases that hold P-001 and p-001 already (made before the rule) keep working: only a new or changed code is
// held to it.
void TestRepositories::caseLookAlikeCodeRefusedOnlyWhenNewOrChanged()
{
    const qint64 upper = addParticipant(QStringLiteral("P-001"));
    Participant other = *m_store->participants().byId(addParticipant(QStringLiteral("Q-001")));
    other.code = QStringLiteral("p-001");
    QVERIFY_THROWS_EXCEPTION(StorageError, m_store->participants().update(other)); // renamed into a look-alike
    m_store->database().exec(u"INSERT INTO participant (code) VALUES ('p-001')");  // as an older version allowed
    Participant same = *m_store->participants().byId(upper);
    same.arm = QStringLiteral("probiotic");
    m_store->participants().update(same); // its own code, unchanged
    same.code = QStringLiteral("P-002");
    m_store->participants().update(same);
    same.code = QStringLiteral("p-002"); // only its own case changes: no other participant is taken for it
    m_store->participants().update(same);
    QCOMPARE(m_store->participants().byId(upper)->code, QStringLiteral("p-002"));
    // Mixed spellings, and a code of more letters than the index lookup spells out.
    addParticipant(QStringLiteral("Ab-1"));
    QVERIFY_THROWS_EXCEPTION(StorageError, addParticipant(QStringLiteral("aB-1")));
    addParticipant(QStringLiteral("STUDYSITE/P-001"));
    QVERIFY_THROWS_EXCEPTION(StorageError, addParticipant(QStringLiteral("studySite/p-001")));
    addParticipant(QStringLiteral("STUDYSITE/P-002"));
}

void TestRepositories::participantListFollowsEveryChange()
{
    // list() keeps the live participants between changes; each kind of change must show at once.
    const auto arms = [this] {
        QStringList codeAndArm;
        for (const Participant& p : m_store->participants().list())
            codeAndArm << p.code + u':' + p.arm;
        return codeAndArm;
    };
    const qint64 id = addParticipant(QStringLiteral("P-001"));
    QCOMPARE(arms(), QStringList{QStringLiteral("P-001:")});
    Participant p = *m_store->participants().byId(id);
    p.arm = QStringLiteral("A");
    m_store->participants().update(p); // through the repository
    QCOMPARE(arms(), QStringList{QStringLiteral("P-001:A")});
    m_store->database().exec(u"UPDATE participant SET arm = 'B'"); // on the same connection, not through it
    QCOMPARE(arms(), QStringList{QStringLiteral("P-001:B")});
    {
        // Another connection (a worker's import, another program) commits a participant.
        const auto other = Store::open(m_store->path());
        other->participants().add(Participant{.code = QStringLiteral("P-002")});
    }
    QCOMPARE(arms(), (QStringList{QStringLiteral("P-001:B"), QStringLiteral("P-002:")}));
    {
        // Read inside a transaction that is then rolled back: what it saw must not outlive it.
        Transaction tx(m_store->database());
        m_store->database().exec(u"UPDATE participant SET arm = 'C' WHERE code = 'P-001'");
        QCOMPARE(arms().first(), QStringLiteral("P-001:C"));
    }
    QCOMPARE(arms(), (QStringList{QStringLiteral("P-001:B"), QStringLiteral("P-002:")}));
    m_store->participants().setDeleted(id, true);
    QCOMPARE(arms(), QStringList{QStringLiteral("P-002:")});

    // Pages copied into this very connection, as a restore copies a checked backup in: no row is written by SQL.
    const QString otherPath = m_dir.filePath(QStringLiteral("restored-from.sqlite"));
    {
        const auto other = Store::open(otherPath);
        other->participants().add(Participant{.code = QStringLiteral("R-001"), .arm = QStringLiteral("X")});
        sqlite3_backup* copy =
            sqlite3_backup_init(m_store->database().handle(), "main", other->database().handle(), "main");
        QVERIFY(copy);
        QCOMPARE(sqlite3_backup_step(copy, -1), SQLITE_DONE);
        QCOMPARE(sqlite3_backup_finish(copy), SQLITE_OK);
    }
    QCOMPARE(arms(), QStringList{QStringLiteral("R-001:X")});
}

void TestRepositories::entryRoundTrip()
{
    const qint64 pid = addParticipant(QStringLiteral("P-001"));
    JournalEntry e;
    e.participantId = pid;
    e.date = QDate(2025, 1, 4);
    e.time = QTime(21, 15);
    e.note = QStringLiteral("kefir, long walk");
    e.values = {{QStringLiteral("mood"), 7.5}, {QStringLiteral("bristol"), 4}, {QStringLiteral("fiber_g"), 31.5}};
    const qint64 id = m_store->journal().add(e);
    const auto stored = m_store->journal().byId(id);
    QVERIFY(stored);
    QCOMPARE(stored->date, e.date);
    QCOMPARE(stored->time, e.time);
    QCOMPARE(stored->note, e.note);
    QCOMPARE(stored->values, e.values);

    JournalEntry changed = *stored;
    changed.values.remove(QStringLiteral("bristol"));
    changed.values[QStringLiteral("mood")] = 8;
    changed.time.reset();
    m_store->journal().update(changed, QStringLiteral("typo"));
    const auto after = m_store->journal().byId(id);
    QCOMPARE(after->values, changed.values);
    QVERIFY(!after->time);
    const auto audit = m_store->audit().rows(pid);
    QCOMPARE(audit[0].action, QStringLiteral("update"));
    QVERIFY(audit[0].oldValues.contains(QStringLiteral("\"bristol\":4")));
    QVERIFY(!audit[0].newValues.contains(QStringLiteral("bristol")));
    QCOMPARE(m_store->journal().entries(pid).size(), 1);
}

void TestRepositories::entryInstantFollowsTimeZone()
{
    const qint64 pid = addParticipant(QStringLiteral("P-001"));
    JournalEntry summer;
    summer.participantId = pid;
    summer.date = QDate(2024, 7, 1);
    summer.time = QTime(9, 0);
    summer.values.insert(QStringLiteral("mood"), 5);
    JournalEntry winter = summer;
    winter.date = QDate(2024, 12, 1);
    const auto s = m_store->journal().byId(m_store->journal().add(summer));
    const auto w = m_store->journal().byId(m_store->journal().add(winter));
    QCOMPARE(s->atUtc, QDateTime(QDate(2024, 7, 1), QTime(7, 0), QTimeZone::utc()));
    QCOMPARE(w->atUtc, QDateTime(QDate(2024, 12, 1), QTime(8, 0), QTimeZone::utc()));
    QCOMPARE(s->date, QDate(2024, 7, 1)); // the local date is kept as given
}

void TestRepositories::outOfRangeValueChangesNothing()
{
    const qint64 pid = addParticipant(QStringLiteral("P-001"));
    const qint64 before = auditCount();
    JournalEntry e;
    e.participantId = pid;
    e.date = QDate(2025, 1, 5);
    e.values = {{QStringLiteral("mood"), 11}, {QStringLiteral("stress"), 3}};
    try {
        m_store->journal().add(e);
        QFAIL("out-of-range value accepted");
    } catch (const StorageError& err) {
        QCOMPARE(err.code(), Code::InvalidInput);
        QCOMPARE(err.message(), QStringLiteral("mood=11: Mood must be between 0 and 10."));
    }
    QCOMPARE(m_store->journal().count(pid), 0);
    QCOMPARE(auditCount(), before);
}

void TestRepositories::datesOutsideTheRangeChangeNothing()
{
    // The dialogs save through the repository: a date it cannot store as an instant is refused there too.
    const qint64 pid = addParticipant(QStringLiteral("P-001"));
    const qint64 before = auditCount();
    for (const QDate date : {QDate(9999, 12, 31), QDate(1899, 12, 31), QDate(2201, 1, 1)}) {
        JournalEntry e;
        e.participantId = pid;
        e.date = date;
        e.time = QTime(23, 59);
        e.values = {{QStringLiteral("mood"), 5}};
        QVERIFY_THROWS_EXCEPTION(StorageError, m_store->journal().add(e));
        QVERIFY_THROWS_EXCEPTION(StorageError, m_store->journal().addMany({e}, QStringLiteral("test")));
    }
    QCOMPARE(m_store->journal().count(pid), 0);
    QCOMPARE(auditCount(), before);
    JournalEntry last{.participantId = pid, .date = QDate(2200, 12, 31), .values = {{QStringLiteral("mood"), 5}}};
    m_store->journal().add(last);
    QCOMPARE(m_store->journal().count(pid), 1);
}

// addMany goes through BulkJournalWriter (multi-row INSERTs, its own text formatting): what it stores must be
// exactly what add() stores, across whole batches and the rest, and the connection must be as before after it.
void TestRepositories::bulkWriteStoresWhatSingleWritesStore()
{
    const qint64 bulk = addParticipant(QStringLiteral("P-BULK"));
    const qint64 single = addParticipant(QStringLiteral("P-ONE"));
    QList<JournalEntry> entries;
    const int count = 2 * BulkJournalWriter::batchRows + 37;
    for (int i = 0; i < count; ++i) {
        JournalEntry e;
        e.date = QDate(2024, 1, 1).addDays(i); // across both DST changes of 2024
        if (i % 3 != 0)
            e.time = QTime(i % 24, (7 * i) % 60);
        e.note = i % 5 == 0 ? QStringLiteral("note “%1”, with a comma").arg(i) : QString();
        e.values.insert(QStringLiteral("mood"), i % 11);
        if (i % 2 == 0)
            e.values.insert(QStringLiteral("sleep_hours"), 0.25 * (i % 40));
        if (i % 7 == 0)
            e.values.insert(QStringLiteral("bristol"), 1 + i % 7);
        e.participantId = single;
        m_store->journal().add(e);
        e.participantId = bulk;
        entries.append(e);
    }
    m_store->journal().addMany(entries, QStringLiteral("test"));
    const QList<JournalEntry> written = m_store->journal().entries(bulk);
    const QList<JournalEntry> expected = m_store->journal().entries(single);
    QCOMPARE(written.size(), count);
    for (qsizetype i = 0; i < written.size(); ++i) {
        JournalEntry a = written[i], b = expected[i];
        a.id = b.id = 0;
        a.participantId = b.participantId = 0;
        QCOMPARE(a, b);
    }
    // The range trigger and the CHECK constraints are on again for this connection.
    const qint64 entry = written.first().id;
    QVERIFY_THROWS_EXCEPTION(
        StorageError,
        m_store->database().exec(QStringLiteral("UPDATE observation SET value = 99 WHERE entry_id = %1").arg(entry)));
    QVERIFY_THROWS_EXCEPTION(
        StorageError,
        m_store->database().exec(QStringLiteral("UPDATE entry SET deleted = 2 WHERE id = %1").arg(entry)));
}

// The per-row trigger is off during a bulk write; its rule is applied to the new rows at the end, so a value
// outside the range in the database is refused even when the measures this connection knows are out of date.
void TestRepositories::bulkWriteKeepsTheRangeRule()
{
    const qint64 pid = addParticipant(QStringLiteral("P-001"));
    const qint64 before = auditCount();
    sqlite3* other = nullptr;
    QCOMPARE(sqlite3_open(m_store->database().path().toUtf8().constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "UPDATE measure SET max_value = 5 WHERE key = 'mood'", nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(other);
    QList<JournalEntry> entries;
    for (int i = 0; i < 3; ++i) {
        JournalEntry e;
        e.participantId = pid;
        e.date = QDate(2025, 1, 1).addDays(i);
        e.values = {{QStringLiteral("mood"), 4.0 + 2 * i}}; // 4, 6, 8: within 0–10 as this connection knows it
        entries.append(e);
    }
    try {
        m_store->journal().addMany(entries, QStringLiteral("test"));
        QFAIL("a value outside the range in the database was written");
    } catch (const StorageError& err) {
        QCOMPARE(err.code(), Code::InvalidInput);
        QVERIFY2(err.message().startsWith(QStringLiteral("mood=6")), qPrintable(err.message()));
    }
    QCOMPARE(m_store->journal().count(pid), 0);
    QCOMPARE(auditCount(), before);
}

void TestRepositories::bulkWriteRefusesWhatTheTriggerRefuses_data()
{
    QTest::addColumn<QString>("measure"); // a key, or empty for a measure id that does not exist
    QTest::addColumn<double>("value");
    QTest::newRow("lowest") << QStringLiteral("mood") << 0.0;
    QTest::newRow("highest") << QStringLiteral("mood") << 10.0;
    QTest::newRow("a fraction on a scale") << QStringLiteral("mood") << 7.5;
    QTest::newRow("above") << QStringLiteral("mood") << 10.000001;
    QTest::newRow("below") << QStringLiteral("mood") << -0.5;
    QTest::newRow("not a number") << QStringLiteral("mood") << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("infinite") << QStringLiteral("mood") << std::numeric_limits<double>::infinity();
    QTest::newRow("whole category") << QStringLiteral("bristol") << 7.0;
    QTest::newRow("fraction of a category") << QStringLiteral("bristol") << 2.5;
    QTest::newRow("unknown measure") << QString() << 5.0;
    // A count whose range reaches past 64-bit integers: CAST stops at their end, so the trigger refuses beyond it.
    QTest::newRow("whole, within 64 bits") << QStringLiteral("huge_count") << 0x1p62;
    QTest::newRow("whole, past 64 bits") << QStringLiteral("huge_count") << 0x1p64;
}

// The bulk writer binds values with the range trigger off and applies its rule itself: a value goes in exactly
// when the trigger (on for a single insert) would let it in, and a refused value leaves nothing behind.
void TestRepositories::bulkWriteRefusesWhatTheTriggerRefuses()
{
    QFETCH(QString, measure);
    QFETCH(double, value);
    const qint64 pid = addParticipant(QStringLiteral("P-001"));
    if (measure == u"huge_count") {
        Measure huge;
        huge.key = measure;
        huge.labelEn = huge.labelNl = QStringLiteral("Huge count");
        huge.kind = MeasureKind::Count;
        huge.minimum = 0;
        huge.maximum = 1e300;
        m_store->measures().add(huge);
    }
    const qint64 measureId = measure.isEmpty() ? 9999 : m_store->measures().byKey(measure)->id;
    Database& db = m_store->database();
    db.exec(QStringLiteral("INSERT INTO entry (id, participant_id, at_utc, local_date) "
                           "VALUES (1, %1, '2025-01-01T12:00:00Z', '2025-01-01')")
                .arg(pid));
    bool triggerTakesIt = true;
    {
        Transaction tx(db);
        Statement single = db.prepare(u"INSERT INTO observation (entry_id, measure_id, value) VALUES (1, ?1, ?2)");
        try {
            single.bind(1, measureId).bind(2, value).run();
        } catch (const StorageError&) {
            triggerTakesIt = false;
        }
    } // rolled back
    const qint64 before = auditCount();
    bool bulkTookIt = true;
    try {
        Transaction tx(db);
        BulkJournalWriter writer(db, {.source = QStringLiteral("test")});
        JournalEntry e;
        e.date = QDate(2025, 1, 2);
        BulkJournalWriter::Row row;
        QVERIFY(BulkJournalWriter::Formatter({}, mb::clock().timeZone()).format(e, row));
        row.participantId = pid;
        row.values.append({measureId, value});
        for (int i = 0; i < BulkJournalWriter::batchRows + 1; ++i) // a whole batch and the rest
            writer.add(row);
        writer.finish();
        tx.commit();
    } catch (const StorageError& err) {
        bulkTookIt = false;
        QCOMPARE(err.code(), Code::InvalidInput);
        QVERIFY2(err.message().startsWith(measure + u'='), qPrintable(err.message()));
    }
    QCOMPARE(bulkTookIt, triggerTakesIt);
    QCOMPARE(m_store->journal().count(pid), bulkTookIt ? BulkJournalWriter::batchRows + 2 : 1);
    QCOMPARE(auditCount(), before + (bulkTookIt ? 1 : 0));
}

// With foreign keys off for a bulk write, finish() checks them: a row for a participant that does not exist
// is refused, and the keys are on again afterwards.
void TestRepositories::bulkWriteChecksForeignKeys()
{
    const qint64 pid = addParticipant(QStringLiteral("P-001"));
    Database& db = m_store->database();
    JournalEntry e;
    e.date = QDate(2025, 1, 1);
    e.values = {{QStringLiteral("mood"), 5.0}};
    BulkJournalWriter::Formatter formatter(BulkJournalWriter::measureIds(m_store->measures()), mb::clock().timeZone());
    BulkJournalWriter::Row row;
    QVERIFY(formatter.format(e, row));
    for (const qint64 participant : {pid, pid + 1000}) {
        const BulkJournalWriter::ForeignKeysOff off(db);
        Transaction tx(db);
        BulkJournalWriter writer(db, {.source = QStringLiteral("test")});
        row.participantId = participant;
        writer.add(row);
        if (participant == pid) {
            writer.finish();
            tx.commit();
        } else {
            QVERIFY_THROWS_EXCEPTION(StorageError, writer.finish());
        }
    }
    QCOMPARE(m_store->journal().count(pid), 1);
    Statement count = db.prepare(u"SELECT count(*) FROM entry");
    QVERIFY(count.step());
    QCOMPARE(count.int64(0), 1);
    Statement keys = db.prepare(u"PRAGMA foreign_keys");
    QVERIFY(keys.step());
    QCOMPARE(keys.int64(0), 1);
}

// The tags of entries go in as the entries do, batch by batch; finish() refuses a tag id that does not exist,
// whether it is on a row of a whole batch or of the rest, and what was written before stays.
void TestRepositories::bulkWriteChecksTagKeys()
{
    const qint64 pid = addParticipant(QStringLiteral("P-001"));
    const qint64 coffee = m_store->tags().ensure(QStringLiteral("coffee"), QStringLiteral("test"));
    Database& db = m_store->database();
    BulkJournalWriter::Formatter formatter(BulkJournalWriter::measureIds(m_store->measures()), mb::clock().timeZone());
    const int rows = BulkJournalWriter::batchRows + 3;
    for (const int bad : {-1, 7, rows - 1}) { // none, in the first whole batch, in the rest
        const BulkJournalWriter::ForeignKeysOff off(db);
        Transaction tx(db);
        BulkJournalWriter writer(db, {.source = QStringLiteral("test")});
        for (int i = 0; i < rows; ++i) {
            JournalEntry e;
            e.date = QDate(2025, 1, 1).addDays(i + (bad < 0 ? 0 : 1000));
            e.values = {{QStringLiteral("mood"), 5.0}};
            BulkJournalWriter::Row row;
            QVERIFY(formatter.format(e, row));
            row.participantId = pid;
            row.tagIds = {coffee};
            if (i == bad)
                row.tagIds.append(coffee + 1000);
            writer.add(row);
        }
        if (bad < 0) {
            writer.finish();
            tx.commit();
            QCOMPARE(writer.entryTagCount(), rows);
        } else {
            QVERIFY_THROWS_EXCEPTION(StorageError, writer.finish());
        }
    }
    QCOMPARE(m_store->journal().count(pid), rows);
    Statement tagged = db.prepare(u"SELECT count(*), min(tag_id), max(tag_id) FROM entry_tag");
    QVERIFY(tagged.step());
    QCOMPARE(tagged.int64(0), rows);
    QCOMPARE(tagged.int64(1), coffee);
    QCOMPARE(tagged.int64(2), coffee);
}

// Adherence ticks go in many to a statement: across whole batches and the rest every tick is stored, a later tick
// of the same day wins, and a tick outside the intervention's days refuses the whole call.
void TestRepositories::adherenceInBulk()
{
    const qint64 pid = addParticipant(QStringLiteral("P-001"));
    Intervention probiotic;
    probiotic.participantId = pid;
    probiotic.kind = InterventionKind::Probiotic;
    probiotic.name = QStringLiteral("LGG");
    probiotic.start = QDate(2024, 1, 1);
    probiotic.end = QDate(2024, 12, 31);
    const qint64 id = m_store->interventions().add(probiotic);
    QList<std::tuple<qint64, QDate, bool>> ticks;
    for (int day = 0; day < 300; ++day)
        ticks.append({id, probiotic.start.addDays(day), day % 3 != 0});
    ticks.append({id, probiotic.start.addDays(3), true}); // day 3 again: taken after all
    m_store->interventions().setAdherenceMany(pid, ticks, QStringLiteral("test"));
    const QMap<QDate, bool> stored = m_store->interventions().adherence(id, probiotic.start, probiotic.end);
    QCOMPARE(stored.size(), 300);
    QCOMPARE(stored.value(probiotic.start), false);
    QCOMPARE(stored.value(probiotic.start.addDays(1)), true);
    QCOMPARE(stored.value(probiotic.start.addDays(3)), true);
    QCOMPARE(stored.value(probiotic.start.addDays(299)), true);
    const qint64 audits = auditCount();
    QList<std::tuple<qint64, QDate, bool>> late{{id, QDate(2024, 12, 31), false}, {id, QDate(2025, 1, 1), true}};
    QVERIFY_THROWS_EXCEPTION(StorageError, m_store->interventions().setAdherenceMany(pid, late));
    // Nothing of the refused call was written, not even its good first tick.
    QVERIFY(!m_store->interventions().adherence(id, probiotic.start, probiotic.end).contains(QDate(2024, 12, 31)));
    QCOMPARE(auditCount(), audits);
}

// SQLite stores an endless REAL as it is, JSON has no such number: the FHIR export stopped being JSON and verify's
// replay, reading the audited image back as null, reported a forgery. Every way in (dialog, CLI, FHIR, merge) adds
// through this repository.
void TestRepositories::interventionDoseMustBeFinite()
{
    Intervention x;
    x.participantId = addParticipant(QStringLiteral("P-001"));
    x.kind = InterventionKind::Medication;
    x.name = QStringLiteral("Sertraline");
    x.start = QDate(2024, 1, 1);
    const qint64 audits = auditCount();
    for (const double dose : {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                              std::numeric_limits<double>::quiet_NaN()}) {
        x.dose = dose;
        try {
            m_store->interventions().add(x);
            QFAIL("an endless dose was stored");
        } catch (const StorageError& e) {
            QCOMPARE(e.code(), StorageError::Code::InvalidInput);
            QVERIFY2(e.message().contains(QStringLiteral("The dose must be a number")), qPrintable(e.message()));
        }
    }
    QVERIFY(m_store->interventions().list(x.participantId).isEmpty());
    QCOMPARE(auditCount(), audits);
    x.dose = 0;
    const qint64 id = m_store->interventions().add(x);
    x.id = id;
    x.dose = std::numeric_limits<double>::infinity();
    QVERIFY_THROWS_EXCEPTION(StorageError, m_store->interventions().update(x));
}

void TestRepositories::demoWriteChecksKeysItself()
{
    // Demo batches are written with foreign keys off and their keys checked before the commit.
    Database& db = m_store->database();
    const auto scalar = [&db](QStringView sql) {
        Statement st = db.prepare(sql);
        return st.step() ? st.int64(0) : -1;
    };
    writeDemo(*m_store, generateDemo({.participants = 3, .days = 40, .seed = 5, .lastDay = m_clock.clock().today()}));
    QCOMPARE(scalar(u"SELECT count(*) FROM pragma_foreign_key_check"), 0);
    QCOMPARE(scalar(u"PRAGMA foreign_keys"), 1); // on again afterwards
    const qint64 participants = scalar(u"SELECT count(*) FROM participant");
    const qint64 audit = auditCount();

    // A tick for an intervention that does not exist, written with the batch: the whole batch is refused.
    db.exec(
        u"CREATE TEMP TRIGGER dangling AFTER INSERT ON intervention BEGIN "
        u"INSERT INTO adherence (intervention_id, local_date, taken) VALUES (new.id + 1000, new.start_date, 1); END");
    const DemoOptions more{
        .participants = 2, .days = 30, .seed = 6, .lastDay = m_clock.clock().today(), .firstIndex = 10};
    try {
        writeDemo(*m_store, generateDemo(more));
        QFAIL("wrote a tick for no intervention");
    } catch (const StorageError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("demo data")), qPrintable(e.message()));
    }
    db.exec(u"DROP TRIGGER temp.dangling");
    QCOMPARE(scalar(u"SELECT count(*) FROM participant"), participants);
    QCOMPARE(auditCount(), audit);
    QCOMPARE(scalar(u"SELECT count(*) FROM pragma_foreign_key_check"), 0);
    QCOMPARE(scalar(u"PRAGMA foreign_keys"), 1);
}

void TestRepositories::newDatabasesHaveLargePages()
{
    Statement st = m_store->database().prepare(u"PRAGMA page_size");
    QVERIFY(st.step());
    QCOMPARE(st.int64(0), 16384);
}

void TestRepositories::unknownMeasureRefused()
{
    const qint64 pid = addParticipant(QStringLiteral("P-001"));
    JournalEntry e;
    e.participantId = pid;
    e.date = QDate(2025, 1, 5);
    e.values = {{QStringLiteral("happiness"), 5}};
    QVERIFY_THROWS_EXCEPTION(StorageError, m_store->journal().add(e));
    QCOMPARE(m_store->journal().count(pid), 0);
}

void TestRepositories::withdrawnParticipantIsReadOnly()
{
    Participant p;
    p.code = QStringLiteral("P-001");
    p.withdrawn = QDate(2025, 1, 1);
    const qint64 pid = m_store->participants().add(p);
    JournalEntry e;
    e.participantId = pid;
    e.date = QDate(2024, 12, 30);
    e.values = {{QStringLiteral("mood"), 5}};
    try {
        m_store->journal().add(e);
        QFAIL("entry for a withdrawn participant accepted");
    } catch (const StorageError& err) {
        QVERIFY(err.message().contains(QStringLiteral("read-only")));
    }
}

void TestRepositories::softDeleteHidesAndRestores()
{
    const qint64 pid = addParticipant(QStringLiteral("P-001"));
    JournalEntry e;
    e.participantId = pid;
    e.date = QDate(2025, 1, 5);
    e.values = {{QStringLiteral("mood"), 5}};
    const qint64 id = m_store->journal().add(e);
    m_store->journal().setDeleted(id, true, QStringLiteral("duplicate"));
    QCOMPARE(m_store->journal().entries(pid).size(), 0);
    QVERIFY(m_store->journal().byId(id)->deleted);
    m_store->journal().setDeleted(id, false);
    QCOMPARE(m_store->journal().entries(pid).size(), 1);
    const auto audit = m_store->audit().rows(pid);
    QCOMPARE(audit[0].action, QStringLiteral("restore"));
    QCOMPARE(audit[1].action, QStringLiteral("delete"));
    QCOMPARE(audit[1].reason, QStringLiteral("duplicate"));
}

void TestRepositories::customMeasure()
{
    Measure m;
    m.key = QStringLiteral("bloating");
    m.labelEn = QStringLiteral("Bloating");
    m.labelNl = QStringLiteral("Opgeblazen gevoel");
    m.kind = MeasureKind::Scale;
    m.minimum = 0;
    m.maximum = 5;
    m.direction = Direction::Lower;
    m_store->measures().add(m);
    QVERIFY(m_store->measures().byKey(QStringLiteral("bloating")));
    QVERIFY_THROWS_EXCEPTION(StorageError, m_store->measures().add(m)); // duplicate key
    m.key = QStringLiteral("Bad Key");
    QVERIFY_THROWS_EXCEPTION(StorageError, m_store->measures().add(m));

    const qint64 pid = addParticipant(QStringLiteral("P-001"));
    JournalEntry e;
    e.participantId = pid;
    e.date = QDate(2025, 1, 5);
    e.values = {{QStringLiteral("bloating"), 6}};
    QVERIFY_THROWS_EXCEPTION(StorageError, m_store->journal().add(e));
    e.values = {{QStringLiteral("bloating"), 4}};
    m_store->journal().add(e);
    // Reopening keeps the custom measure and its range.
    const QString file = m_store->path();
    m_store.reset();
    m_store = Store::open(file);
    QCOMPARE(m_store->measures().byKey(QStringLiteral("bloating"))->maximum, 5.0);
}

void TestRepositories::auditChainLinks()
{
    addParticipant(QStringLiteral("P-001"));
    addParticipant(QStringLiteral("P-002"));
    auto rows = m_store->audit().rows();
    QVERIFY(rows.size() >= 3);
    std::reverse(rows.begin(), rows.end()); // oldest first
    QCOMPARE(rows[0].prevHash, QString(64, u'0'));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(AuditLog::computeHash(rows[i]), rows[i].hash);
        if (i > 0)
            QCOMPARE(rows[i].prevHash, rows[i - 1].hash);
    }
}

void TestRepositories::tidyExport()
{
    const qint64 a = addParticipant(QStringLiteral("P-002"));
    const qint64 b = addParticipant(QStringLiteral("P-001"));
    JournalEntry e;
    e.participantId = a;
    e.date = QDate(2025, 1, 2);
    e.values = {{QStringLiteral("stress"), 4}, {QStringLiteral("mood"), 6.5}};
    e.note = QStringLiteral("busy, \"hectic\" day");
    m_store->journal().add(e);
    e.participantId = b;
    e.time = QTime(7, 5);
    e.note.clear();
    e.values = {{QStringLiteral("mood"), 3}};
    const qint64 gone = m_store->journal().add(e);
    e.values = {{QStringLiteral("mood"), 4}};
    m_store->journal().add(e);
    m_store->journal().setDeleted(gone, true);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QCOMPARE(writeTidyExport(*m_store, QString(), buffer, QStringLiteral("memory")), 3);
    QCOMPARE(QString::fromUtf8(buffer.data()),
             QStringLiteral("participant,date,time,measure,value,note,tags\n"
                            "P-001,2025-01-02,07:05,mood,4,,\n"
                            "P-002,2025-01-02,,mood,6.5,\"busy, \"\"hectic\"\" day\",\n"
                            "P-002,2025-01-02,,stress,4,\"busy, \"\"hectic\"\" day\",\n"));
    QCOMPARE(m_store->audit().rows().first().action, QStringLiteral("export"));

    QBuffer one;
    one.open(QIODevice::WriteOnly);
    QCOMPARE(writeTidyExport(*m_store, QStringLiteral("P-001"), one, QStringLiteral("memory")), 1);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"

void TestRepositories::entryDraftKeptPerParticipantAndNotAudited()
{
    const qint64 anna = addParticipant(QStringLiteral("P-001"));
    const qint64 ben = addParticipant(QStringLiteral("P-002"));
    const qint64 audited = auditCount();
    EntryDraftRepository& drafts = m_store->drafts();
    QVERIFY(!drafts.find(anna));
    EntryDraft draft;
    draft.date = QDate(2025, 1, 5);
    draft.time = QTime(9, 30);
    draft.typed = {{QStringLiteral("mood"), QStringLiteral("7,5")}, {QStringLiteral("stress"), QStringLiteral("12")}};
    draft.note = QStringLiteral("kefir \u2014 \"walk\"\nline two");
    draft.tagIds = {2, 5};
    draft.taken = {3};
    draft.savedAt = QDateTime(QDate(2025, 1, 5), QTime(8, 31), Qt::UTC);
    drafts.keep(anna, draft);
    QCOMPARE(drafts.find(anna), std::optional(draft)); // as typed, "12" out of range included
    QVERIFY(!drafts.find(ben));
    draft.note = QStringLiteral("changed");
    drafts.keep(anna, draft); // replaces: one per participant
    QCOMPARE(drafts.find(anna)->note, QStringLiteral("changed"));
    drafts.discard(anna);
    QVERIFY(!drafts.find(anna));
    drafts.discard(anna);            // nothing to discard: fine
    QCOMPARE(auditCount(), audited); // a draft is not data
}

void TestRepositories::entryDraftReadStrictly_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("readable");
    const QByteArray tail =
        R"("typed":{"mood":"6"},"note":"n","tag_ids":[1],"taken":[],"saved_at":"2025-01-05T08:00:00Z"})";
    QTest::newRow("as written") << QByteArray(R"({"date":"2025-01-05","time":"09:30",)" + tail) << true;
    QTest::newRow("no time") << QByteArray(R"({"date":"2025-01-05","time":null,)" + tail) << true;
    QTest::newRow("not JSON") << QByteArray("{date") << false;
    QTest::newRow("an array") << QByteArray("[1]") << false;
    QTest::newRow("date before 1900") << QByteArray(R"({"date":"1850-01-05","time":null,)" + tail) << false;
    QTest::newRow("impossible date") << QByteArray(R"({"date":"2025-02-30","time":null,)" + tail) << false;
    QTest::newRow("time key missing") << QByteArray(R"({"date":"2025-01-05",)" + tail) << false;
    QTest::newRow("time 25:00") << QByteArray(R"({"date":"2025-01-05","time":"25:00",)" + tail) << false;
    QTest::newRow("value not text")
        << QByteArray(R"({"date":"2025-01-05","time":null,"typed":{"mood":6},"note":"","tag_ids":[],"taken":[],)"
                      R"("saved_at":"2025-01-05T08:00:00Z"})")
        << false;
    QTest::newRow("typed text too long")
        << QByteArray(R"({"date":"2025-01-05","time":null,"typed":{"mood":")" + QByteArray(101, '7') +
                      R"("},"note":"","tag_ids":[],"taken":[],"saved_at":"2025-01-05T08:00:00Z"})")
        << false;
    QTest::newRow("tag id zero")
        << QByteArray(R"({"date":"2025-01-05","time":null,"typed":{},"note":"","tag_ids":[0],"taken":[],)"
                      R"("saved_at":"2025-01-05T08:00:00Z"})")
        << false;
    QTest::newRow("tag id fraction")
        << QByteArray(R"({"date":"2025-01-05","time":null,"typed":{},"note":"","tag_ids":[1.5],"taken":[],)"
                      R"("saved_at":"2025-01-05T08:00:00Z"})")
        << false;
    QTest::newRow("note a number")
        << QByteArray(R"({"date":"2025-01-05","time":null,"typed":{},"note":1,"tag_ids":[],"taken":[],)"
                      R"("saved_at":"2025-01-05T08:00:00Z"})")
        << false;
    QTest::newRow("saved_at without zone")
        << QByteArray(R"({"date":"2025-01-05","time":null,"typed":{},"note":"","tag_ids":[],"taken":[],)"
                      R"("saved_at":"2025-01-05T08:00:00"})")
        << false;
}

// The draft comes from the database file, which anyone may have edited: read as strictly as an import.
void TestRepositories::entryDraftReadStrictly()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, readable);
    const qint64 id = addParticipant(QStringLiteral("P-001"));
    Statement st = m_store->database().prepare(u"INSERT INTO entry_draft (participant_id, content) VALUES (?1, ?2)");
    st.bind(1, id);
    st.bind(2, QString::fromUtf8(json));
    st.run();
    const auto draft = m_store->drafts().find(id);
    QCOMPARE(draft.has_value(), readable);
    if (draft)
        QCOMPARE(EntryDraft::fromJson(draft->toJson()), draft); // written back the same
}
