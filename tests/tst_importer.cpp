// Import into a database and the exports: all or nothing, duplicates, audit, round trip, wide means, JSON, filters.
#include "TestSupport.h"
#include "core/DemoGenerator.h"
#include "storage/DataExport.h"
#include "storage/DemoWriter.h"
#include "storage/Importer.h"
#include "storage/SiteMerge.h"
#include "storage/StorageError.h"
#include "storage/Verifier.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

using namespace mb;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const char* name)
{
    return test::fileBytes(QStringLiteral(MOODBIOME_SOURCE_DIR "/tests/fixtures/") + QString::fromLatin1(name));
}

// The newest audit row's values without the chain head, which differs between two databases however alike: each
// begins with a row of its own (a random database id).
QJsonObject newestAuditValues(Store& store)
{
    QJsonObject values = QJsonDocument::fromJson(store.audit().rows().first().newValues.toUtf8()).object();
    values.remove(QStringLiteral("chain_head"));
    return values;
}

QByteArray exported(Store& store, ExportFormat format, const ExportFilter& filter = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeExport(store, format, filter, buffer, QStringLiteral("memory"));
    return buffer.data();
}

} // namespace

class TestImporter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_store.reset(); }

    void dutchExcelFileImports();
    void reimportSkipsDuplicates();
    void noteOnOneRowImportsOneEntry();
    void oneAuditEventWithChecksum();
    void largeFileWithOneBadLineWritesNothing();
    void streamedRunWritesWhatPrepareAndCommitWrite();
    void dryRunWritesNothing();
    void cancelledWriteLeavesDatabaseUnchanged();
    void observerChangesNothingButIsTold();
    void commitRefusesParticipantWithdrawnSincePrepare();
    void withdrawnParticipantRefused();
    void codesDifferingOnlyInCaseRefused();
    void givenParticipantMustExist();
    void daylioIntoExistingParticipant();
    void roundTripIsIdentical();
    void wideExportShowsDailyMean();
    void exportsHonourFilters();
    void jsonExport();
    void exportsAreAudited();
    void daylioActivitiesBecomeTags();
    void daylioLongActivitiesCutAtWholeCharacters();
    void daylioReimportMatchesMessyOldActivityLines();
    void entriesWithoutValuesSurviveExportAndImport();
    void daylioReimportOverAnOlderImportAddsTagsWithoutDuplicates();
    void tagsRoundTripAndArchivedTagsAreReused();
    void tagCellsAndSpellingsAcrossAFile();
    void siteMergeCarriesTagsByName();

private:
    std::unique_ptr<Store> newStore();
    qint64 addParticipant(const QString& code);
    qint64 observationCount(Store& store);
    qint64 importEvents(Store& store);
    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    std::unique_ptr<Store> m_store;
};

void TestImporter::init()
{
    QVERIFY(m_dir.isValid());
    m_store = newStore();
}

std::unique_ptr<Store> TestImporter::newStore()
{
    static int n = 0;
    return Store::open(
        m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())).arg(++n)));
}

qint64 TestImporter::addParticipant(const QString& code)
{
    return m_store->participants().add(Participant{.code = code});
}

qint64 TestImporter::observationCount(Store& store)
{
    qint64 count = 0;
    store.journal().forEachObservation(QString(), [&](const TidyRow&) { ++count; });
    return count;
}

qint64 TestImporter::importEvents(Store& store)
{
    const auto rows = store.audit().rows();
    return std::count_if(rows.cbegin(), rows.cend(), [](const AuditLog::Row& r) { return r.action == u"import"; });
}

void TestImporter::dutchExcelFileImports()
{
    const ImportSummary s = Importer(*m_store).run(fixture("dutch_excel.csv"), u"dutch_excel.csv"_s, {}, false);
    QVERIFY(s.problems.isEmpty());
    QVERIFY(s.written);
    QCOMPARE(s.rows, 5);
    QCOMPARE(s.observations, 5);
    QCOMPARE(s.entries, 4);
    QCOMPARE(s.participantsCreated, (QStringList{u"P-101"_s, u"P-102"_s}));
    const Participant p = m_store->participants().require(u"P-101"_s);
    const QList<JournalEntry> entries = m_store->journal().entries(p.id); // newest first
    QCOMPARE(entries.size(), 3);
    const JournalEntry& first = entries.last();
    QCOMPARE(first.date, QDate(2024, 12, 31));
    QCOMPARE(first.time, QTime(8, 30));
    QCOMPARE(first.values, (QMap<QString, double>{{u"mood"_s, 7.5}, {u"sleep_hours"_s, 7.25}}));
    QCOMPARE(first.note, u"Goed geslapen; rustig\nna de wandeling"_s);
    // 08:30 in Amsterdam in winter is 07:30 UTC.
    QCOMPARE(first.atUtc, QDateTime(QDate(2024, 12, 31), QTime(7, 30), QTimeZone::utc()));
}

void TestImporter::reimportSkipsDuplicates()
{
    Importer importer(*m_store);
    importer.run(fixture("dutch_excel.csv"), u"dutch_excel.csv"_s, {}, false);
    const ImportSummary again = importer.run(fixture("dutch_excel.csv"), u"dutch_excel.csv"_s, {}, false);
    QVERIFY(again.problems.isEmpty());
    QCOMPARE(again.skippedDuplicates, 5);
    QCOMPARE(again.observations, 0);
    QCOMPARE(again.entries, 0);
    QVERIFY(again.participantsCreated.isEmpty());
    QCOMPARE(observationCount(*m_store), 5);
    // A changed value is not a duplicate; the unchanged one beside it is.
    const QByteArray changed = "participant,date,time,measure,value,note\n"
                               "P-101,2024-12-31,08:30,mood,8,other note\n"
                               "P-101,2024-12-31,08:30,sleep_hours,7.25,other note\n";
    const ImportSummary third = importer.run(changed, u"changed.csv"_s, {}, false);
    QCOMPARE(third.skippedDuplicates, 1);
    QCOMPARE(third.observations, 1);
    QCOMPARE(observationCount(*m_store), 6);
}

void TestImporter::noteOnOneRowImportsOneEntry()
{
    const QByteArray bytes = "participant,date,time,measure,value,note\n"
                             "P-7,2025-03-01,21:00,mood,6,\n"
                             "P-7,2025-03-01,21:00,stress,4,\n"
                             "P-7,2025-03-01,21:00,sleep_hours,7.5,late coffee\n";
    const ImportSummary s = Importer(*m_store).run(bytes, u"one-note.csv"_s, {}, false);
    QVERIFY(s.problems.isEmpty());
    QCOMPARE(s.entries, 1);
    QCOMPARE(s.observations, 3);
    const QList<JournalEntry> entries = m_store->journal().entries(m_store->participants().require(u"P-7"_s).id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].values.size(), 3);
    QCOMPARE(entries[0].note, u"late coffee"_s);
}

void TestImporter::oneAuditEventWithChecksum()
{
    const QByteArray bytes = fixture("dutch_excel.csv");
    const qint64 before = m_store->audit().rows().size();
    Importer(*m_store).run(bytes, u"dutch_excel.csv"_s, {}, false);
    const auto rows = m_store->audit().rows();
    // One import event for the journal, plus the creation of each new participant.
    QCOMPARE(rows.size() - before, 3);
    QCOMPARE(importEvents(*m_store), 1);
    const AuditLog::Row& event = rows.first();
    QCOMPARE(event.action, u"import"_s);
    const QJsonObject details = QJsonDocument::fromJson(event.newValues.toUtf8()).object();
    QCOMPARE(details[u"file"_s].toString(), u"dutch_excel.csv"_s);
    QCOMPARE(details[u"sha256"_s].toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(details[u"rows"_s].toInt(), 5);
    QCOMPARE(details[u"entries"_s].toInt(), 4);
    QCOMPARE(details[u"observations"_s].toInt(), 5);
    QCOMPARE(details[u"participants_created"_s].toArray().size(), 2);
    QCOMPARE(details[u"skipped_duplicates"_s].toInt(), 0);
}

// run() reads on one thread and writes on another, in chunks; prepare() + commit() read everything first.
// Both must leave the same database: participants interleaved across chunks, an existing participant whose
// stored values are skipped as duplicates, entries of several values, notes.
void TestImporter::streamedRunWritesWhatPrepareAndCommitWrite()
{
    QByteArray bytes = "participant,date,time,measure,value,note\n";
    const QDate start(2022, 1, 1);
    for (int i = 0; i < 3 * int(ImportParser::sinkRecords) + 123; ++i) {
        const QByteArray code = i % 3 == 0 ? "OLD" : i % 7 == 0 ? "NEW-B" : "NEW-A";
        const QByteArray date = start.addDays(i / 3).toString(Qt::ISODate).toLatin1();
        const QByteArray note = i % 11 == 0 ? "\"walk, then tea\"" : "";
        bytes += code + ',' + date + ",08:00,mood," + QByteArray::number(i % 11) + ',' + note + '\n';
        if (i % 4 == 0)
            bytes += code + ',' + date + ",08:00,stress," + QByteArray::number(i % 9) + ',' + note + '\n';
    }
    std::vector<std::unique_ptr<Store>> stores;
    QList<ImportSummary> summaries;
    for (int way = 0; way < 2; ++way) {
        auto store = newStore();
        // OLD is there already, with the first days of the file stored.
        const qint64 old = store->participants().add(Participant{.code = u"OLD"_s});
        Importer(*store).run("participant,date,time,measure,value\n"
                             "OLD,2022-01-01,08:00,mood,0\n"
                             "OLD,2022-01-02,08:00,mood,3\n"
                             "OLD,2022-01-02,08:00,stress,7\n",
                             u"earlier.csv"_s, {}, false);
        QCOMPARE(store->journal().count(old), 2);
        Importer importer(*store);
        if (way == 0) {
            summaries.append(importer.run(bytes, u"big.csv"_s, {}, false));
        } else {
            const ImportPlan plan = importer.prepare(bytes, u"big.csv"_s, {});
            summaries.append(importer.commit(plan));
        }
        stores.push_back(std::move(store));
    }
    const ImportSummary& streamed = summaries[0];
    const ImportSummary& whole = summaries[1];
    QVERIFY(streamed.written && whole.written);
    QVERIFY(streamed.problems.isEmpty());
    QCOMPARE(streamed.rows, whole.rows);
    QCOMPARE(streamed.entries, whole.entries);
    QCOMPARE(streamed.observations, whole.observations);
    QCOMPARE(streamed.skippedDuplicates, whole.skippedDuplicates);
    QCOMPARE(streamed.skippedDuplicates, 2); // OLD's mood on both days; stress on day two is 7 in one, 6 in the other
    QCOMPARE(streamed.participantsCreated, whole.participantsCreated);
    QCOMPARE(streamed.participantsCreated, QStringList({u"NEW-A"_s, u"NEW-B"_s}));
    QCOMPARE(streamed.sha256, whole.sha256);
    QCOMPARE(exported(*stores[0], ExportFormat::Tidy), exported(*stores[1], ExportFormat::Tidy));
    QCOMPARE(newestAuditValues(*stores[0]), newestAuditValues(*stores[1]));
}

void TestImporter::largeFileWithOneBadLineWritesNothing()
{
    const int rows = 100000;
    const int badLine = rows - 7; // physical line: the header is line 1
    QByteArray bytes = "participant,date,time,measure,value,note\n";
    bytes.reserve(rows * 40);
    const QDate start(2020, 1, 1);
    for (int i = 2; i <= rows + 1; ++i) {
        const QByteArray value = i == badLine ? QByteArray("12") : QByteArray::number(i % 11);
        bytes += "P-" + QByteArray::number(i % 50) + ',' + start.addDays(i / 50).toString(Qt::ISODate).toLatin1() +
                 ",08:00,mood," + value + ",\n";
    }
    const qint64 auditBefore = m_store->audit().rows().size();
    QElapsedTimer timer;
    timer.start();
    const ImportSummary s = Importer(*m_store).run(bytes, u"big.csv"_s, {}, false);
    qInfo("100,000 rows checked in %lld ms", qlonglong(timer.elapsed()));
    QCOMPARE(s.rows, rows);
    QCOMPARE(s.problems.count(), 1);
    QCOMPARE(s.problems.shown()[0].line, badLine);
    QCOMPARE(s.problems.shown()[0].field, u"value"_s);
    QVERIFY(!s.written);
    QCOMPARE(observationCount(*m_store), 0);
    QVERIFY(m_store->participants().list().isEmpty());
    QCOMPARE(m_store->audit().rows().size(), auditBefore);

    // The same file without the bad line goes in whole, in one transaction.
    bytes.replace(",08:00,mood,12,", ",08:00,mood,1,");
    timer.restart();
    const ImportSummary ok = Importer(*m_store).run(bytes, u"big.csv"_s, {}, false);
    qInfo("100,000 rows imported in %lld ms", qlonglong(timer.elapsed()));
    QVERIFY(ok.written);
    QCOMPARE(observationCount(*m_store), rows);
    QCOMPARE(ok.participantsCreated.size(), 50);
}

void TestImporter::dryRunWritesNothing()
{
    const qint64 auditBefore = m_store->audit().rows().size();
    const ImportSummary s = Importer(*m_store).run(fixture("dutch_excel.csv"), u"dutch_excel.csv"_s, {}, true);
    QVERIFY(s.problems.isEmpty());
    QVERIFY(!s.written);
    QCOMPARE(s.observations, 5);
    QCOMPARE(s.participantsCreated.size(), 2);
    QCOMPARE(observationCount(*m_store), 0);
    QVERIFY(m_store->participants().list().isEmpty());
    QCOMPARE(m_store->audit().rows().size(), auditBefore);
}

void TestImporter::cancelledWriteLeavesDatabaseUnchanged()
{
    addParticipant(u"P-101"_s);
    const qint64 auditBefore = m_store->audit().rows().size();
    Importer importer(*m_store);
    const ImportPlan plan = importer.prepare(fixture("dutch_excel.csv"), u"dutch_excel.csv"_s, {});
    QVERIFY(plan.summary.problems.isEmpty());
    QVERIFY_THROWS_EXCEPTION(ImportCancelled, importer.commit(plan, [](Importer::Stage stage, qint64, qint64) {
        return stage != Importer::Stage::Writing;
    }));
    QCOMPARE(observationCount(*m_store), 0);
    QCOMPARE(m_store->participants().list().size(), 1); // P-102 was created inside the rolled-back transaction
    QCOMPARE(m_store->audit().rows().size(), auditBefore);
}

// The dialog's path (prepare, then commit, each with a progress observer) writes exactly what the CLI's run()
// writes, and the observer hears of every stage on the caller's thread, the counts rising to the file's size.
void TestImporter::observerChangesNothingButIsTold()
{
    QByteArray bytes = "participant,date,time,measure,value\n";
    for (int i = 0; i < 2 * int(ImportParser::sinkRecords) + 77; ++i)
        bytes += (i % 2 ? "P-A," : "P-B,") + QDate(2021, 1, 1).addDays(i / 2).toString(Qt::ISODate).toLatin1() +
                 ",08:00,mood," + QByteArray::number(i % 11) + '\n';
    auto quiet = newStore();
    auto observed = newStore();
    const ImportSummary ran = Importer(*quiet).run(bytes, u"f.csv"_s, {}, false);
    QMap<Importer::Stage, qint64> calls;
    QMap<Importer::Stage, qint64> lastDone;
    qint64 lastTotal = 0;
    bool rising = true;
    const Importer::Progress progress = [&](Importer::Stage stage, qint64 done, qint64 total) {
        rising = rising && QThread::currentThread() == thread() && done <= total && done >= lastDone.value(stage);
        ++calls[stage];
        lastDone[stage] = done;
        lastTotal = total;
        return true;
    };
    Importer importer(*observed);
    const ImportPlan plan = importer.prepare(bytes, u"f.csv"_s, {}, progress);
    QVERIFY(calls.value(Importer::Stage::Reading) > 1);
    QCOMPARE(calls.value(Importer::Stage::Checking), 1);
    const ImportSummary committed = importer.commit(plan, progress);
    QVERIFY(calls.value(Importer::Stage::Writing) > 1);
    QVERIFY(rising);
    QCOMPARE(lastDone.value(Importer::Stage::Writing), lastTotal);
    QVERIFY(ran.written && committed.written);
    QCOMPARE(committed.entries, ran.entries);
    QCOMPARE(committed.participantsCreated, ran.participantsCreated);
    QCOMPARE(committed.participantCodes, (QStringList{u"P-A"_s, u"P-B"_s}));
    QCOMPARE(exported(*observed, ExportFormat::Tidy), exported(*quiet, ExportFormat::Tidy));
    QCOMPARE(newestAuditValues(*observed), newestAuditValues(*quiet));
}

// Between the dialog's preview and the click on Import the participant withdrew: the write refuses, names the
// line, and leaves the database as it was.
void TestImporter::commitRefusesParticipantWithdrawnSincePrepare()
{
    const qint64 id = addParticipant(u"P-101"_s);
    Importer importer(*m_store);
    const ImportPlan plan = importer.prepare(fixture("dutch_excel.csv"), u"dutch_excel.csv"_s, {});
    QVERIFY(plan.summary.problems.isEmpty());
    Participant p = *m_store->participants().byId(id);
    p.enrolled = QDate(2024, 1, 1);
    p.withdrawn = QDate(2024, 6, 1);
    m_store->participants().update(p);
    const qint64 auditBefore = m_store->audit().rows().size();
    try {
        importer.commit(plan);
        QFAIL("the commit went through");
    } catch (const StorageError& e) {
        QCOMPARE(e.code(), StorageError::Code::InvalidInput);
        QVERIFY2(QString::fromUtf8(e.what()).contains(u"P-101"_s), e.what());
    }
    QCOMPARE(observationCount(*m_store), 0);
    QVERIFY(!m_store->participants().byCode(u"P-102"_s));
    QCOMPARE(m_store->audit().rows().size(), auditBefore);
}

void TestImporter::withdrawnParticipantRefused()
{
    Participant p{.code = u"P-101"_s, .enrolled = QDate(2024, 1, 1), .withdrawn = QDate(2024, 6, 1)};
    m_store->participants().add(p);
    const ImportSummary s = Importer(*m_store).run(fixture("dutch_excel.csv"), u"dutch_excel.csv"_s, {}, false);
    QCOMPARE(s.problems.count(), 1);
    QCOMPARE(s.problems.shown()[0].line, 2);
    QCOMPARE(s.problems.shown()[0].field, u"participant"_s);
    QCOMPARE(observationCount(*m_store), 0);
    QVERIFY(!m_store->participants().byCode(u"P-102"_s));
}

// p-001 in a file for a database with P-001 became a second participant, silently splitting one person's data; two
// such spellings within one file did too. Refused with the line, in the dry run (and preview) as in the write.
void TestImporter::codesDifferingOnlyInCaseRefused()
{
    addParticipant(u"P-001"_s);
    const QByteArray bytes = "participant,date,time,measure,value\n"
                             "P-001,2025-01-01,,mood,5\n"
                             "p-001,2025-01-02,,mood,6\n"
                             "A-7,2025-01-02,,mood,6\n"
                             "a-7,2025-01-03,,mood,6\n";
    const qint64 audits = m_store->audit().rows().size();
    for (const bool dryRun : {true, false}) {
        const ImportSummary s = Importer(*m_store).run(bytes, u"cases.csv"_s, {}, dryRun);
        QCOMPARE(s.problems.count(), 2);
        QCOMPARE(s.problems.shown()[0].line, 3);
        QCOMPARE(s.problems.shown()[0].field, u"participant"_s);
        QVERIFY2(s.problems.shown()[0].message.contains(u"P-001"_s), qPrintable(s.problems.shown()[0].message));
        QCOMPARE(s.problems.shown()[1].line, 5);
        QVERIFY2(s.problems.shown()[1].message.contains(u"A-7"_s), qPrintable(s.problems.shown()[1].message));
    }
    QCOMPARE(observationCount(*m_store), 0);
    QCOMPARE(m_store->participants().list().size(), 1);
    QCOMPARE(m_store->audit().rows().size(), audits);
}

void TestImporter::givenParticipantMustExist()
{
    ImportOptions options;
    options.participant = u"Me"_s;
    const ImportSummary s = Importer(*m_store).run(fixture("daylio_new.csv"), u"daylio.csv"_s, options, false);
    QCOMPARE(s.problems.count(), 1);
    QCOMPARE(s.problems.shown()[0].field, u"participant"_s);
    QVERIFY(m_store->participants().list().isEmpty());
}

void TestImporter::daylioIntoExistingParticipant()
{
    const qint64 me = addParticipant(u"Me"_s);
    ImportOptions options;
    options.participant = u"Me"_s;
    const ImportSummary refused =
        Importer(*m_store).run(fixture("daylio_custom_labels.csv"), u"daylio.csv"_s, options, false);
    QCOMPARE(refused.problems.count(), 2);
    QCOMPARE(m_store->journal().count(me), 0);
    options.moodMap = {{u"happy"_s, 5}, {u"tired"_s, 2}};
    const ImportSummary mapped =
        Importer(*m_store).run(fixture("daylio_custom_labels.csv"), u"daylio.csv"_s, options, false);
    QVERIFY(mapped.written);
    QCOMPARE(m_store->journal().count(me), 3);
    QVERIFY(mapped.participantsCreated.isEmpty());
    QCOMPARE(m_store->journal().entries(me).first().values.value(u"mood"_s), 10.0); // rad on 2025-02-03
}

void TestImporter::roundTripIsIdentical()
{
    writeDemo(*m_store, generateDemo({.participants = 3, .days = 60, .seed = 7, .lastDay = QDate(2025, 1, 4)}));
    const QByteArray first = exported(*m_store, ExportFormat::Tidy);
    QVERIFY(first.count('\n') > 300);
    const auto empty = newStore();
    const ImportSummary s = Importer(*empty).run(first, u"export.csv"_s, {}, false);
    QVERIFY(s.problems.isEmpty());
    QCOMPARE(s.participantsCreated.size(), 3);
    // Questionnaire totals are exported for reading but not imported (a total is no response): skipped and
    // counted. Everything else comes back byte for byte.
    QVERIFY(s.skippedQuestionnaireTotals > 0);
    QByteArrayList journalOnly;
    for (const QByteArray& line : first.split('\n'))
        if (!line.contains(",phq9_total,") && !line.contains(",gad7_total,"))
            journalOnly << line;
    const QByteArray second = exported(*empty, ExportFormat::Tidy);
    QCOMPARE(second, journalOnly.join('\n'));
}

void TestImporter::wideExportShowsDailyMean()
{
    const QByteArray tidy = "participant,date,time,measure,value,note\n"
                            "P-1,2025-01-01,08:00,mood,7,\n"
                            "P-1,2025-01-01,20:00,mood,8,\n"
                            "P-1,2025-01-01,20:00,stress,3,\n"
                            "P-1,2025-01-02,08:00,stress,4,\n"
                            "P-2,2025-01-01,,sleep_hours,7.5,\n";
    QVERIFY(Importer(*m_store).run(tidy, u"t.csv"_s, {}, false).written);
    QCOMPARE(exported(*m_store, ExportFormat::Wide), QByteArray("participant,date,mood,stress,sleep_hours,tags\n"
                                                                "P-1,2025-01-01,7.5,3,,\n"
                                                                "P-1,2025-01-02,,4,,\n"
                                                                "P-2,2025-01-01,,,7.5,\n"));
}

void TestImporter::exportsHonourFilters()
{
    QVERIFY(Importer(*m_store).run(fixture("dutch_excel.csv"), u"d.csv"_s, {}, false).written);
    const ExportFilter range{.from = QDate(2025, 1, 1), .to = QDate(2025, 1, 2)};
    QCOMPARE(exported(*m_store, ExportFormat::Tidy, range), QByteArray("participant,date,time,measure,value,note,tags\n"
                                                                       "P-101,2025-01-01,21:15,mood,6,,\n"
                                                                       "P-101,2025-01-02,,stress,4.5,,\n"));
    const ExportFilter one{.participantCode = u"P-102"_s};
    QCOMPARE(exported(*m_store, ExportFormat::Wide, one),
             QByteArray("participant,date,anxiety,tags\nP-102,2025-01-03,3,\n"));
}

void TestImporter::jsonExport()
{
    writeDemo(*m_store, generateDemo({.participants = 2, .days = 30, .seed = 3, .lastDay = QDate(2025, 1, 4)}));
    Participant named = m_store->participants().require(u"P-001"_s);
    named.displayName = u"Jan Jansen"_s;
    m_store->participants().update(named);
    QuestionnaireResponse r;
    r.participantId = named.id;
    r.instrument = Instrument::Gad7;
    r.date = QDate(2025, 1, 2);
    r.answers = {1, 1, 1, 1, 1, 1, 1};
    m_store->questionnaires().add(r);

    const QByteArray json = exported(*m_store, ExportFormat::Json, {.from = QDate(2024, 12, 20)});
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc[u"format"_s].toString(), u"moodbiome-export"_s);
    QVERIFY(!json.contains("Jan Jansen")); // pseudonymised by default
    const QJsonArray participants = doc[u"participants"_s].toArray();
    QCOMPARE(participants.size(), 2);
    QCOMPARE(participants[0].toObject()[u"code"_s].toString(), u"P-001"_s);
    QVERIFY(!participants[0].toObject().contains(u"display_name"_s));
    QCOMPARE(doc[u"measures"_s].toArray().size(), m_store->measures().list().size());
    const QJsonArray entries = doc[u"entries"_s].toArray();
    QVERIFY(!entries.isEmpty());
    for (const QJsonValue& e : entries)
        QVERIFY(e.toObject()[u"date"_s].toString() >= u"2024-12-20"_s);
    QVERIFY(!doc[u"interventions"_s].toArray().isEmpty());
    const QJsonArray responses = doc[u"questionnaire_responses"_s].toArray();
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses[0].toObject()[u"total"_s].toInt(), 7);
    QCOMPARE(responses[0].toObject()[u"answers"_s].toArray().size(), 7);

    const QByteArray withNames = exported(*m_store, ExportFormat::Json, {.includeNames = true});
    QVERIFY(withNames.contains("Jan Jansen"));
}

void TestImporter::exportsAreAudited()
{
    exported(*m_store, ExportFormat::Wide, {.participantCode = u"P-9"_s, .from = QDate(2025, 1, 1)});
    const AuditLog::Row row = m_store->audit().rows().first();
    QCOMPARE(row.action, u"export"_s);
    const QJsonObject details = QJsonDocument::fromJson(row.newValues.toUtf8()).object();
    QCOMPARE(details[u"format"_s].toString(), u"wide"_s);
    QCOMPARE(details[u"participant"_s].toString(), u"P-9"_s);
    QCOMPARE(details[u"from"_s].toString(), u"2025-01-01"_s);
}

// The tags of the entries on each day, by name, for one participant.
static QMap<QDate, QStringList> tagNamesByDay(Store& store, qint64 participant)
{
    QMap<qint64, QString> names;
    for (const Tag& t : store.tags().list())
        names.insert(t.id, t.name);
    QMap<QDate, QStringList> result;
    const auto days = store.tags().tagDays(participant);
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        for (const qint64 id : *it)
            result[it.key()].append(names.value(id));
        result[it.key()].sort();
    }
    return result;
}

void TestImporter::daylioActivitiesBecomeTags()
{
    const qint64 me = addParticipant(u"Me"_s);
    ImportOptions options;
    options.participant = u"Me"_s;
    const ImportSummary s = Importer(*m_store).run(fixture("daylio_new.csv"), u"daylio.csv"_s, options, false);
    QVERIFY(s.written);
    QCOMPARE(s.tagsCreated, (QStringList{u"friends"_s, u"walk"_s, u"work"_s, u"family"_s, u"good meal"_s}));
    const auto days = tagNamesByDay(*m_store, me);
    QCOMPARE(days.value(QDate(2025, 1, 3)), (QStringList{u"friends"_s, u"walk"_s, u"work"_s}));
    QCOMPARE(days.value(QDate(2025, 1, 1)), (QStringList{u"family"_s, u"good meal"_s}));
    QVERIFY(!days.contains(QDate(2025, 1, 2)));
    for (const JournalEntry& e : m_store->journal().entries(me))
        QVERIFY2(!e.note.contains(u"Activities"_s), qPrintable(e.note)); // no longer text in the note
    const QJsonObject event = QJsonDocument::fromJson(m_store->audit().rows(me).first().newValues.toUtf8()).object();
    QCOMPARE(event.value(u"entry_tags"_s).toInteger(), 5);
    QVERIFY(Verifier::verify(m_store->database()).dataOk());
}

// An activity longer than a tag name is cut at 60 characters, never inside a surrogate pair (an emoji): the
// stored name and its audit record stay the same text, so verify passes. Invisible characters become spaces.
void TestImporter::daylioLongActivitiesCutAtWholeCharacters()
{
    const qint64 me = addParticipant(u"Me"_s);
    ImportOptions options;
    options.participant = u"Me"_s;
    const QString a59(59, u'a');
    const QByteArray csv = (u"full_date,date,weekday,time,mood,activities,note_title,note\n2025-03-05,March 5,"_s
                            u"Wednesday,20:39,good,"_s +
                            a59 + u"😀 | "_s + a59 + u"😀b | zero\u200bwidth | Kefir | kefir,,\n"_s)
                               .toUtf8();
    const ImportSummary s = Importer(*m_store).run(csv, u"daylio.csv"_s, options, false);
    QVERIFY(s.written);
    QCOMPARE(s.tagsCreated, (QStringList{a59 + u"😀"_s, u"zero width"_s, u"Kefir"_s}));
    QCOMPARE(tagNamesByDay(*m_store, me).value(QDate(2025, 3, 5)).size(), 3);
    QVERIFY(Verifier::verify(m_store->database()).dataOk());
}

void TestImporter::daylioReimportOverAnOlderImportAddsTagsWithoutDuplicates()
{
    // What an import before tags wrote: the activities as a last line of the note.
    const qint64 me = addParticipant(u"Me"_s);
    const auto entry = [&](QDate day, QTime time, double mood, const QString& note) {
        JournalEntry e;
        e.participantId = me;
        e.date = day;
        e.time = time;
        e.values.insert(u"mood"_s, mood);
        e.note = note;
        return e;
    };
    m_store->journal().addMany(
        {entry(QDate(2025, 1, 3), QTime(22, 0), 10, u"Great day\nLong walk\nwith friends\nActivities: friends, walk"_s),
         entry(QDate(2025, 1, 3), QTime(8, 15), 5, u"Activiteiten: work"_s), // a Dutch one
         entry(QDate(2025, 1, 2), QTime(20, 39), 0, QString()),
         entry(QDate(2025, 1, 1), QTime(0, 5), 7.5, u"something else"_s)},
        u"old daylio import"_s);
    ImportOptions options;
    options.participant = u"Me"_s;
    const ImportSummary s = Importer(*m_store).run(fixture("daylio_new.csv"), u"daylio.csv"_s, options, false);
    QVERIFY(s.written);
    QCOMPARE(s.entries, 0); // nothing duplicated
    QCOMPARE(s.skippedDuplicates, 4);
    QCOMPARE(s.entriesTagged, 2); // the first two; the last one's note is not the row's
    QCOMPARE(m_store->journal().count(me), 4);
    const auto days = tagNamesByDay(*m_store, me);
    QCOMPARE(days.value(QDate(2025, 1, 3)), (QStringList{u"friends"_s, u"walk"_s, u"work"_s}));
    QVERIFY(!days.contains(QDate(2025, 1, 1)));
    QVERIFY(Verifier::verify(m_store->database()).dataOk());
    // Once more: nothing left to do.
    const ImportSummary again = Importer(*m_store).run(fixture("daylio_new.csv"), u"daylio.csv"_s, options, false);
    QCOMPARE(again.entries, 0);
    QCOMPARE(again.entriesTagged, 0);
    QVERIFY(again.tagsCreated.isEmpty());
}

// An import before tags kept the activities raw (repeats in any case, commas, runs of spaces); the new import
// cleans them into tags. The same words still make the same entry, which gets the tags instead of a duplicate.
void TestImporter::daylioReimportMatchesMessyOldActivityLines()
{
    const qint64 me = addParticipant(u"Me"_s);
    JournalEntry old;
    old.participantId = me;
    old.date = QDate(2025, 3, 5);
    old.time = QTime(20, 39);
    old.values.insert(u"mood"_s, 7.5);
    old.note = u"Activities: kefir, late   night, Kefir, a;b"_s;
    m_store->journal().addMany({old}, u"old daylio import"_s);
    const QByteArray csv = "full_date,date,weekday,time,mood,activities,note_title,note\n"
                           "2025-03-05,March 5,Wednesday,20:39,good,kefir | late   night | Kefir | a;b,,\n";
    ImportOptions options;
    options.participant = u"Me"_s;
    const ImportSummary s = Importer(*m_store).run(csv, u"daylio.csv"_s, options, false);
    QVERIFY(s.written);
    QCOMPARE(s.entries, 0);
    QCOMPARE(s.entriesTagged, 1);
    QCOMPARE(tagNamesByDay(*m_store, me).value(QDate(2025, 3, 5)),
             (QStringList{u"a b"_s, u"kefir"_s, u"late night"_s}));
}

// A note or tags alone are an entry too: the tidy export writes them as a row without measure and value, the wide
// export a day with tags; importing either into an empty database gives them back, and a second time adds nothing.
void TestImporter::entriesWithoutValuesSurviveExportAndImport()
{
    const qint64 p = addParticipant(u"P-1"_s);
    const qint64 kefir = m_store->tags().create({.name = u"kefir"_s});
    JournalEntry note, tagged, valued;
    note.participantId = tagged.participantId = valued.participantId = p;
    note.date = QDate(2025, 1, 1);
    note.note = u"only a note"_s;
    tagged.date = valued.date = QDate(2025, 1, 2);
    tagged.time = QTime(21, 0);
    tagged.tagIds = {kefir};
    valued.time = QTime(8, 0);
    valued.values.insert(u"mood"_s, 5);
    m_store->journal().addMany({note, tagged, valued}, u"test"_s);
    const QByteArray tidy = exported(*m_store, ExportFormat::Tidy);
    QVERIFY2(tidy.contains("P-1,2025-01-01,,,,only a note,\n"), tidy.constData());
    QVERIFY2(tidy.contains("P-1,2025-01-02,21:00,,,,kefir\n"), tidy.constData());
    const auto copy = newStore();
    QVERIFY(Importer(*copy).run(tidy, u"export.csv"_s, {}, false).written);
    QCOMPARE(exported(*copy, ExportFormat::Tidy), tidy);
    const ImportSummary again = Importer(*copy).run(tidy, u"export.csv"_s, {}, false);
    QCOMPARE(again.entries, 0);
    QCOMPARE(copy->journal().count(copy->participants().byCode(u"P-1"_s)->id), 3);

    const QByteArray wide = exported(*m_store, ExportFormat::Wide);
    QVERIFY2(wide.contains("P-1,2025-01-02,5,kefir"), wide.constData());
    QVERIFY2(!wide.contains("2025-01-01"), wide.constData()); // a note alone: no note column
    const QByteArray tagOnly = "participant,date,mood,tags\nP-1,2025-01-03,,kefir\n";
    const qint64 before = m_store->journal().count(p);
    for (int i = 0; i < 3; ++i)
        QVERIFY(Importer(*m_store).run(tagOnly, u"wide.csv"_s, {}, false).written || i > 0);
    QCOMPARE(m_store->journal().count(p), before + 1);
    QVERIFY(Verifier::verify(m_store->database()).dataOk());
}

void TestImporter::tagsRoundTripAndArchivedTagsAreReused()
{
    const qint64 p = addParticipant(u"P-1"_s);
    const qint64 coffee = m_store->tags().create({.name = u"coffee"_s});
    const qint64 run = m_store->tags().create({.name = u"run"_s});
    JournalEntry e;
    e.participantId = p;
    e.date = QDate(2025, 1, 2);
    e.time = QTime(9, 0);
    e.values = {{u"mood"_s, 6}, {u"stress"_s, 3}};
    e.tagIds = {coffee, run};
    m_store->journal().add(e);
    const QByteArray tidy = exported(*m_store, ExportFormat::Tidy);
    QVERIFY2(tidy.startsWith("participant,date,time,measure,value,note,tags\n"), tidy.constData());
    QVERIFY2(tidy.contains("P-1,2025-01-02,09:00,mood,6,,coffee|run\n"), tidy.constData());
    const QByteArray wide = exported(*m_store, ExportFormat::Wide);
    QVERIFY2(wide.contains(",tags\n") && wide.contains(",coffee|run\n"), wide.constData());
    const QJsonObject json = QJsonDocument::fromJson(exported(*m_store, ExportFormat::Json)).object();
    QCOMPARE(json[u"entries"_s].toArray()[0].toObject()[u"tags"_s].toArray(), (QJsonArray{u"coffee"_s, u"run"_s}));

    auto other = newStore();
    const qint64 archived = other->tags().create({.name = u"COFFEE"_s, .archived = true});
    const ImportSummary s = Importer(*other).run(tidy, u"tidy.csv"_s, {}, false);
    QVERIFY(s.written);
    QCOMPARE(s.entries, 1);
    QCOMPARE(s.tagsCreated, QStringList{u"run"_s});
    QCOMPARE(other->tags().list().size(), 2);
    const JournalEntry back = other->journal().entries(other->participants().byCode(u"P-1"_s)->id).first();
    QVERIFY(back.tagIds.contains(archived));
    QCOMPARE(back.tagIds.size(), 2);
    // A tag name the tags cannot hold is refused, naming line and field.
    const QByteArray bad = "participant,date,measure,value,tags\nP-1,2025-01-05,mood,5,a;b\n";
    const ImportSummary refused = Importer(*other).run(bad, u"bad.csv"_s, {}, false);
    QVERIFY(!refused.written);
    QCOMPARE(refused.problems.shown().first().line, 2);
    QCOMPARE(refused.problems.shown().first().field, u"tags"_s);
}

// The reader keeps the tag cells it has read, up to a bound, and the writer the ids of the spellings it has met:
// past the bound, and with one tag in two spellings, every entry still gets its own tags, each tag is made once,
// and a cell that cannot be read is reported on every line it is on.
void TestImporter::tagCellsAndSpellingsAcrossAFile()
{
    QByteArray csv = "participant,date,measure,value,tags\n";
    const int distinct = 1100; // more than the reader keeps
    for (int i = 0; i < distinct; ++i)
        csv += QStringLiteral("P-1,%1,mood,5,t%2\n")
                   .arg(QDate(2000, 1, 1).addDays(i).toString(Qt::ISODate))
                   .arg(i)
                   .toUtf8();
    for (int i = 0; i < 300; ++i)
        csv += QStringLiteral("P-2,%1,mood,6,%2\n")
                   .arg(QDate(2000, 1, 1).addDays(i).toString(Qt::ISODate), i % 2 ? u"coffee|run"_s : u"Coffee|RUN"_s)
                   .toUtf8();
    const ImportSummary s = Importer(*m_store).run(csv, u"tags.csv"_s, {}, false);
    QVERIFY(s.written);
    QCOMPARE(s.entries, distinct + 300);
    QCOMPARE(s.tagsCreated.size(), distinct + 2);
    QCOMPARE(m_store->tags().list().size(), distinct + 2);
    const QList<JournalEntry> one = m_store->journal().entries(m_store->participants().byCode(u"P-1"_s)->id);
    QCOMPARE(one.size(), distinct);
    for (const JournalEntry& e : one) {
        QCOMPARE(e.tagIds.size(), 1);
        QCOMPARE(m_store->tags().byId(e.tagIds.first())->name, u"t%1"_s.arg(QDate(2000, 1, 1).daysTo(e.date)));
    }
    const QList<JournalEntry> two = m_store->journal().entries(m_store->participants().byCode(u"P-2"_s)->id);
    QCOMPARE(two.size(), 300);
    const qint64 coffee = m_store->tags().byName(u"coffee"_s)->id;
    const qint64 run = m_store->tags().byName(u"run"_s)->id;
    for (const JournalEntry& e : two)
        QCOMPARE(QSet<qint64>(e.tagIds.cbegin(), e.tagIds.cend()), (QSet<qint64>{coffee, run}));

    const QByteArray bad =
        "participant,date,measure,value,tags\nP-3,2025-01-05,mood,5,a;b\nP-3,2025-01-06,mood,5,a;b\n";
    const ImportSummary refused = Importer(*m_store).run(bad, u"bad.csv"_s, {}, true);
    QCOMPARE(refused.problems.shown().size(), 2);
    QCOMPARE(refused.problems.shown().at(1).line, 3);
}

void TestImporter::siteMergeCarriesTagsByName()
{
    // The site's tag ids mean nothing in the centre: entries arrive with the centre's tag of the same name.
    auto site = newStore();
    const qint64 sp = site->participants().add(Participant{.code = u"P-9"_s});
    site->tags().create({.name = u"filler"_s});
    const qint64 walk = site->tags().create({.name = u"walk"_s, .colour = u"#123456"_s});
    JournalEntry e;
    e.participantId = sp;
    e.date = QDate(2025, 1, 2);
    e.values = {{u"mood"_s, 6}};
    e.tagIds = {walk};
    site->journal().add(e);
    const qint64 centreWalk = m_store->tags().create({.name = u"Walk"_s});
    const QString sitePath = site->path();
    site.reset();
    SiteMergeOptions options;
    options.siteCode = u"S1"_s;
    SiteMerge::merge(*m_store, sitePath, options);
    const auto merged = m_store->participants().byCode(u"P-9"_s);
    QVERIFY(merged);
    QCOMPARE(m_store->journal().entries(merged->id).first().tagIds, QList<qint64>{centreWalk});
    QVERIFY(m_store->tags().byName(u"filler"_s)); // the site's vocabulary comes along
    QVERIFY(Verifier::verify(m_store->database()).dataOk());
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
