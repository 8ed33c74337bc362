// moodbiome-cli design and randtest: Onghena's ABAB example from an SCRT-style CSV as exact JSON, Monte Carlo,
// a schedule drawn, stored, locked (audited with its SHA-256, never replaced, refused by the table itself) and
// tested against logged days, and the refusals with their exit codes.
#include "CliRunner.h"
#include "DataSafetySupport.h"
#include "TestSupport.h"
#include "core/DateText.h"
#include "storage/ScheduleRepository.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mb;
using namespace Qt::StringLiterals;

namespace {

const QString p001 = QStringLiteral("P-001");

QStringList args(const char* text)
{
    return QString::fromUtf8(text).split(u' ');
}

// Onghena (1992): A1 B1 A2 B2, six days each.
QByteArray onghenaCsv(bool header, bool plainLetters = false)
{
    const QList<QList<int>> phases = {{6, 2, 5, 3, 4, 4}, {1, 2, 3, 1, 3, 2}, {2, 3, 4, 2, 4, 3}, {0, 1, 2, 0, 2, 1}};
    const char* labels[] = {"A1", "B1", "A2", "B2"};
    QByteArray csv = header ? "condition,value\n" : "";
    for (int p = 0; p < 4; ++p)
        for (int v : phases[p])
            csv += QByteArray(plainLetters ? QByteArray(labels[p]).left(1) : QByteArray(labels[p])) + ',' +
                   QByteArray::number(v) + '\n';
    return csv;
}

} // namespace

class TestCliRandomisation : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("rand.sqlite"));
    }

    void onghenaFromCsv_data()
    {
        QTest::addColumn<QString>("statistic");
        QTest::addColumn<bool>("header");
        QTest::addColumn<bool>("letters");
        QTest::addColumn<QString>("expected");
        QTest::newRow("PA-PB") << QStringLiteral("PA-PB") << true << false
                               << QStringLiteral(R"({"design":"ABAB","days":24,"min_phase":4,"assignments":165,)"
                                                 R"("method":"exact","statistic":"PA-PB","observed":2,)"
                                                 R"("p":0.024242424242424242,"at_least":4,"of":165,)");
        QTest::newRow("A-B, no header, A/B letters")
            << QStringLiteral("A-B") << false << true
            << QStringLiteral(R"({"design":"ABAB","days":24,"min_phase":4,"assignments":165,"method":"exact",)"
                              R"("statistic":"A-B","observed":2,"p":0.030303030303030304,"at_least":5,"of":165,)");
    }
    void onghenaFromCsv()
    {
        QFETCH(QString, statistic);
        QFETCH(bool, header);
        QFETCH(bool, letters);
        QFETCH(QString, expected);
        const QString file = m_dir->filePath(QStringLiteral("abab.csv"));
        test::writeFile(file, onghenaCsv(header, letters));
        const auto r = cli(QStringList{QStringLiteral("--json"), QStringLiteral("randtest"), QStringLiteral("--design"),
                                       QStringLiteral("abab"), QStringLiteral("--min-phase"), QStringLiteral("4"),
                                       QStringLiteral("--statistic"), statistic, QStringLiteral("--data"), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.out).startsWith(expected), r.out.constData());
        QVERIFY(!QFile::exists(m_db)); // no database needed, none made
        const auto text = cli(QStringList{QStringLiteral("randtest"), QStringLiteral("--design"),
                                          QStringLiteral("ABAB"), QStringLiteral("--min-phase"), QStringLiteral("4"),
                                          QStringLiteral("--statistic"), statistic, QStringLiteral("--data"), file});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("165 admissible schedules"), text.out.constData());
    }

    void monteCarloFromCsv()
    {
        // CRD of 20 days: 184,756 schedules, more than are enumerated.
        QByteArray csv;
        for (int i = 0; i < 20; ++i)
            csv += (i % 2 ? "B," : "A,") + QByteArray::number(i % 2 ? 5 + i % 3 : 2 + i % 4) + '\n';
        const QString file = m_dir->filePath(QStringLiteral("crd.csv"));
        test::writeFile(file, csv);
        const QStringList base = {QStringLiteral("--json"),      QStringLiteral("randtest"),
                                  QStringLiteral("--design"),    QStringLiteral("crd"),
                                  QStringLiteral("--min-phase"), QStringLiteral("1"),
                                  QStringLiteral("--statistic"), QStringLiteral("B-A"),
                                  QStringLiteral("--data"),      file,
                                  QStringLiteral("--draws"),     QStringLiteral("2000"),
                                  QStringLiteral("--seed"),      QStringLiteral("9")};
        const auto r = cli(base);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc[QStringLiteral("method")].toString(), QStringLiteral("monte-carlo"));
        QCOMPARE(doc[QStringLiteral("assignments")].toInteger(), 184756);
        QCOMPARE(doc[QStringLiteral("of")].toInteger(), 2001);
        QCOMPARE(doc[QStringLiteral("draws")].toInt(), 2000);
        QCOMPARE(doc[QStringLiteral("seed")].toString(), QStringLiteral("9"));
        const qint64 atLeast = doc[QStringLiteral("at_least")].toInteger();
        QVERIFY(atLeast >= 1);
        QCOMPARE(doc[QStringLiteral("p")].toDouble(), double(atLeast) / 2001.0);
        QCOMPARE(cli(base).out, r.out); // the seed reproduces it
    }

    void designStoresLocksAndAudits()
    {
        setUpParticipant();
        const auto r = cli(args("--json design P-001 --intervention lgg --type abab --days 24 --min-phase 4 "
                                "--seed 42 --start 2025-02-01 --measure stress"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc[QStringLiteral("design")].toString(), QStringLiteral("ABAB"));
        QCOMPARE(doc[QStringLiteral("assignments")].toInt(), 165);
        QCOMPARE(doc[QStringLiteral("seed")].toString(), QStringLiteral("42"));
        QCOMPARE(doc[QStringLiteral("statistic")].toString(), QStringLiteral("PA-PB")); // stress: lower is better
        QCOMPARE(doc[QStringLiteral("schedule")].toArray().size(), 24);
        const QString sha = doc[QStringLiteral("sha256")].toString();
        QCOMPARE(sha.size(), 64);

        // The same seed draws the same schedule, in another database too.
        SeededRandom random(42);
        const Assignment expected = drawAssignment({DesignType::ABAB, 24, 4}, random);
        const QJsonArray schedule = doc[QStringLiteral("schedule")].toArray();
        for (int day = 0; day < 24; ++day)
            QCOMPARE(schedule[day].toString(), conditionLabel(expected[std::size_t(day)], DesignType::ABAB));

        auto store = Store::open(m_db);
        const auto stored =
            ScheduleRepository(store->database())
                .forIntervention(store->interventions().list(store->participants().byCode(p001)->id).first().id);
        QVERIFY(stored);
        QCOMPARE(stored->sha256, sha);
        QCOMPARE(scheduleHash(*stored), sha); // what was read back hashes to what was locked
        QCOMPARE(stored->start, QDate(2025, 2, 1));
        QCOMPARE(stored->seed, std::uint64_t(42));
        const auto rows = store->audit().rows();
        QCOMPARE(rows.first().table, QStringLiteral("randomisation_schedule"));
        QVERIFY(rows.first().newValues.contains(sha));

        // Never replaced: refused with exit 2, nothing written.
        const qsizetype auditRows = rows.size();
        store.reset(); // the command line waits for no one: it refuses a database in use
        const auto again = cli(args("design P-001 --intervention LGG --type crd --days 10 --min-phase 1 --seed 1"));
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("already has a locked randomisation schedule"), again.err.constData());
        store = Store::open(m_db);
        QCOMPARE(store->audit().rows().size(), auditRows);
        QCOMPARE(ScheduleRepository(store->database()).forIntervention(stored->interventionId)->sha256, sha);
        // The table itself refuses changes.
        for (const char16_t* sql :
             {u"UPDATE randomisation_schedule SET seed = '43'", u"DELETE FROM randomisation_schedule"}) {
            bool refused = false;
            try {
                store->database().exec(QString::fromUtf16(sql));
            } catch (const StorageError& e) {
                refused = QString(e.message()).contains(QStringLiteral("locked"));
            }
            QVERIFY(refused);
        }
        QCOMPARE(ScheduleRepository(store->database()).forIntervention(stored->interventionId)->seed,
                 std::uint64_t(42));
    }

    // verify replays the schedule's audit row: a schedule changed behind MoodBiome's back (its lock trigger
    // dropped and put back) is found.
    void verifyFindsATamperedSchedule()
    {
        setUpParticipant();
        QCOMPARE(cli(args("design P-001 --intervention LGG --type ab --days 20 --min-phase 5 --seed 3")).exitCode, 0);
        const auto clean = cli(args("verify"));
        QVERIFY2(clean.exitCode == 0, QByteArray(clean.out + clean.err).constData());
        test::rawExec(m_db,
                      "DROP TRIGGER randomisation_schedule_locked_update;"
                      "UPDATE randomisation_schedule SET seed = '4';"
                      "CREATE TRIGGER randomisation_schedule_locked_update BEFORE UPDATE ON randomisation_schedule "
                      "BEGIN SELECT RAISE(ABORT, 'a randomisation schedule is locked'); END;");
        const auto tampered = cli(args("verify"));
        QCOMPARE(tampered.exitCode, 4);
        const QByteArray said = tampered.out + tampered.err;
        QVERIFY2(said.contains("randomisation_schedule row 1 differs"), said.constData());
    }

    // A schedule row MoodBiome never locked (the sqlite3 tool; the table's CHECKs let BBBBBAAAAA through for an AB
    // design) was read as an empty assignment of 10 days: refused now, naming the intervention.
    void scheduleNotLockedByMoodBiomeIsRefused()
    {
        setUpParticipant();
        test::rawExec(m_db, "INSERT INTO randomisation_schedule (intervention_id, design, days, min_phase, start_date, "
                            "seed, assignment, statistic, sha256, locked_utc) VALUES (1, 'AB', 10, 1, '2025-02-01', "
                            "'1', 'BBBBBAAAAA', 'B-A', printf('%064d', 0), '2025-01-01T00:00:00Z')");
        const auto r = cli(args("randtest P-001 --intervention LGG --measure mood"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("“LGG” (intervention 1) is not one MoodBiome locked"), r.err.constData());
    }

    // The stored schedule against the journal: B days logged higher, missing days left out.
    void randtestOfStoredSchedule()
    {
        setUpParticipant();
        const auto design = cli(args("--json design P-001 --intervention LGG --type abab --days 20 --min-phase 3 "
                                     "--seed 7 --start 2025-02-01"));
        QVERIFY2(design.exitCode == 0, design.err.constData());
        const QJsonArray schedule = QJsonDocument::fromJson(design.out).object()[QStringLiteral("schedule")].toArray();
        DayValues values(20);
        Assignment labels(20);
        for (int day = 0; day < 20; ++day) {
            const QString label = schedule[day].toString();
            labels[std::size_t(day)] = std::uint8_t((label[1].digitValue() - 1) * 2 + (label[0] == u'B' ? 1 : 0));
            if (day == 5)
                continue; // a day without an entry
            const double value = (label[0] == u'B' ? 7.0 : 4.0) + 0.5 * (day % 3);
            values[day] = value;
            const auto log = cli(QStringList{QStringLiteral("log"), p001, QStringLiteral("--date"),
                                             QDate(2025, 2, 1).addDays(day).toString(Qt::ISODate),
                                             QStringLiteral("mood=%1").arg(value, 0, 'f', 1)});
            QVERIFY2(log.exitCode == 0, log.err.constData());
        }
        const auto r = cli(args("--json randtest P-001 --intervention LGG --measure mood"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        const auto expected =
            randomisationTest({DesignType::ABAB, 20, 3}, labels, values, TestStatistic::PBMinusPA, {}, nullptr);
        QVERIFY(expected);
        QCOMPARE(doc[QStringLiteral("statistic")].toString(), QStringLiteral("PB-PA"));
        QCOMPARE(doc[QStringLiteral("method")].toString(), QStringLiteral("exact"));
        QCOMPARE(doc[QStringLiteral("of")].toInteger(), qint64(expected->denominator));
        QCOMPARE(doc[QStringLiteral("at_least")].toInteger(), qint64(expected->numerator));
        QCOMPARE(doc[QStringLiteral("measured_a")].toInt() + doc[QStringLiteral("measured_b")].toInt(), 19);
        QVERIFY(doc[QStringLiteral("p")].toDouble() < 0.05);
        const auto b = cli(args("--json randtest P-001 --intervention LGG --measure mood --statistic |A-B|"));
        QCOMPARE(QJsonDocument::fromJson(b.out).object()[QStringLiteral("statistic")].toString(),
                 QStringLiteral("|A-B|"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown design") << "design P-001 --intervention LGG --type xyz --days 10 --min-phase 2" << 2
                                        << "not a design";
        QTest::newRow("phases do not fit")
            << "design P-001 --intervention LGG --type abab --days 10 --min-phase 3" << 2 << "do not fit";
        QTest::newRow("odd CRD") << "design P-001 --intervention LGG --type crd --days 11 --min-phase 1" << 2
                                 << "even number";
        QTest::newRow("phase statistic for CRD")
            << "design P-001 --intervention LGG --type crd --days 10 --min-phase 1 --statistic PA-PB" << 2
            << "phase design";
        QTest::newRow("bad seed") << "design P-001 --intervention LGG --type ab --days 10 --min-phase 2 --seed -3" << 2
                                  << "--seed";
        QTest::newRow("no such intervention")
            << "design P-001 --intervention Kefir --type ab --days 10 --min-phase 2" << 2 << "no intervention named";
        QTest::newRow("missing --days") << "design P-001 --intervention LGG --type ab --min-phase 2" << 1 << "--days";
        QTest::newRow("no schedule yet") << "randtest P-001 --intervention LGG --measure mood" << 2
                                         << "has no randomisation schedule";
        QTest::newRow("unknown statistic")
            << "randtest --design ab --min-phase 2 --statistic mean --data missing.csv" << 2 << "not a statistic";
        QTest::newRow("no data file") << "randtest --design ab --min-phase 2 --statistic A-B --data missing.csv" << 2
                                      << "missing.csv";
        QTest::newRow("data without --statistic")
            << "randtest --design ab --min-phase 2 --data missing.csv" << 1 << "--statistic";
    }
    void refusals()
    {
        QFETCH(QString, command);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        setUpParticipant();
        const QByteArray before = test::fileBytes(m_db);
        const auto r = cli(command.split(u' '));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(test::fileBytes(m_db), before);
    }

    void badCsvRows()
    {
        const QString file = m_dir->filePath(QStringLiteral("bad.csv"));
        test::writeFile(file, "A,1\nA,2\nB,x\nB,4\n");
        auto r = cli(args("randtest --design ab --min-phase 1 --statistic B-A --data") << file);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("line 3") && r.err.contains("not a number"), r.err.constData());
        test::writeFile(file, "A,1\nB,2\nA,2\nB,4\n");
        r = cli(args("randtest --design ab --min-phase 1 --statistic B-A --data") << file);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("phases of an AB design"), r.err.constData());
        test::writeFile(file, "A,1\nB,2\nA,2\n");
        r = cli(args("randtest --design crd --min-phase 1 --statistic B-A --data") << file);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("even number"), r.err.constData());
    }

    // 1.7e308 is a number, but the mean of two overflowed: the observed statistic was inf, yet a p-value and
    // "larger than 80% of schedules" were shown (with --json "observed": null). Refused, naming the line.
    void valuesTooLargeRefused_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QByteArray>("line");
        const QByteArray huge = "condition,value\nA,1.7e308\nA,1.7e308\nB,-1.7e308\nB,-1.7e308\nA,1\nB,2\n";
        QTest::newRow("A-B") << u"randtest --design crd --min-phase 1 --statistic A-B"_s << huge
                             << QByteArray("line 2");
        QTest::newRow("|A-B|, --json") << u"--json randtest --design crd --min-phase 1 --statistic |A-B|"_s << huge
                                       << QByteArray("line 2");
        // No sum of the observed schedule overflows, but one of another schedule would (A: 9e307 and 9e307).
        QTest::newRow("another schedule's sum") << u"randtest --design crd --min-phase 1 --statistic B-A"_s
                                                << QByteArray("A,9e307\nB,9e307\nA,1\nB,2\n") << QByteArray("line 1");
        QTest::newRow("PA-PB") << u"randtest --design ab --min-phase 1 --statistic PA-PB"_s
                               << QByteArray("A,6e307\nA,6e307\nB,1\nB,2\n") << QByteArray("line 2");
        QTest::newRow("multiple baseline")
            << u"randtest --design mbd --min-phase 1 --statistic B-A"_s
            << QByteArray("P1,A,1\nP1,B,2\nP2,A,1.7e308\nP2,B,-1.7e308\n") << QByteArray("line 3");
    }

    void valuesTooLargeRefused()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, csv);
        QFETCH(QByteArray, line);
        const QString file = m_dir->filePath(QStringLiteral("huge.csv"));
        test::writeFile(file, csv);
        const auto r = cli(command.split(u' ') << QStringLiteral("--data") << file);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QByteArray(QByteArray("huge.csv, ") + line)) && r.err.contains("is too large"),
                 r.err.constData());
        QVERIFY2(!r.out.contains("p ="), r.out.constData());
    }

    // A multiple baseline across two participants of four days each, starts free from day 1 to 3: 3 × 3 = 9
    // combinations. Observed B-A is 4 for both (mean 4); every other combination gives less (worked out by hand
    // in docs/STATISTICS.md "Multiple baseline"), so p = 1/9.
    void multipleBaselineFromCsv()
    {
        const QString file = m_dir->filePath(QStringLiteral("mbd.csv"));
        test::writeFile(file, "participant,condition,value\nP1,A,1\nP1,B,5\nP1,B,5\nP1,B,5\n"
                              "P2,A,1\nP2,A,1\nP2,B,5\nP2,B,5\n");
        const auto r = cli(args("--json randtest --design mbd --min-phase 1 --statistic B-A --data") << file);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc[QStringLiteral("design")].toString(), QStringLiteral("MBD"));
        QCOMPARE(doc[QStringLiteral("participants")].toInt(), 2);
        QCOMPARE(doc[QStringLiteral("assignments")].toInteger(), 9);
        QCOMPARE(doc[QStringLiteral("observed")].toDouble(), 4.0);
        QCOMPARE(doc[QStringLiteral("at_least")].toInteger(), 1);
        QVERIFY(qAbs(doc[QStringLiteral("p")].toDouble() - 1.0 / 9) < 1e-12);
        // Each participant needs min-phase days in A and in B, and A days before B days.
        auto bad = cli(args("randtest --design mbd --min-phase 2 --statistic B-A --data") << file);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("P1") && bad.err.contains("fewer than 2 days"), bad.err.constData());
        test::writeFile(file, "P1,A,1\nP1,B,5\nP1,A,5\n");
        bad = cli(args("randtest --design mbd --min-phase 1 --statistic B-A --data") << file);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("A days, then B days"), bad.err.constData());
        bad = cli(args("randtest --design mbd --min-phase 1 --statistic PA-PB --data") << file);
        QCOMPARE(bad.exitCode, 2);
    }

    // A schedule is fixed before data collection: design refuses one whose days already have a value (rtj.py: a
    // month imported, then a schedule over it), and says so with exit 2; days before or after it do not count.
    void designRefusedWhenItsDaysHaveValues_data()
    {
        QTest::addColumn<QString>("logged");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("value on the start day") << u"2025-02-01"_s << 2;
        QTest::newRow("value on the last day") << u"2025-02-10"_s << 2;
        QTest::newRow("value the day before") << u"2025-01-31"_s << 0;
        QTest::newRow("value the day after") << u"2025-02-11"_s << 0;
    }
    void designRefusedWhenItsDaysHaveValues()
    {
        QFETCH(QString, logged);
        QFETCH(int, exitCode);
        setUpParticipant();
        const QString now = u"2025-02-20T08:00:00Z"_s;
        QCOMPARE(cliAt(now, {u"log"_s, p001, u"--date"_s, logged, u"mood=5"_s}).exitCode, 0);
        const auto r = cliAt(now, args("design P-001 --intervention LGG --type ab --days 10 --min-phase 2 --seed 4 "
                                       "--start 2025-02-01"));
        QCOMPARE(r.exitCode, exitCode);
        auto store = Store::open(m_db);
        const auto stored =
            ScheduleRepository(store->database())
                .forIntervention(store->interventions().list(store->participants().byCode(p001)->id).first().id);
        QCOMPARE(bool(stored), exitCode == 0);
        if (exitCode != 0)
            QVERIFY2(r.err.contains("already values within the schedule") &&
                         r.err.contains(QString(u"first on " + logged).toUtf8()),
                     r.err.constData());
    }

    // A locked schedule is a pre-registration: its intervention cannot be deleted (storage refuses, naming the
    // schedule), and a schedule drawn again for an intervention of the same name on overlapping days is refused,
    // also when the first one belongs to an intervention deleted before this rule (the tester's re-draw).
    void lockedScheduleCannotBeReplacedThroughDeletion()
    {
        setUpParticipant();
        const QString now = u"2025-01-20T08:00:00Z"_s;
        const QStringList design = args("design P-001 --intervention LGG --type ab --days 10 --min-phase 3 "
                                        "--start 2025-02-10 --seed 1");
        QCOMPARE(cliAt(now, design).exitCode, 0);
        qint64 first = 0;
        {
            auto store = Store::open(m_db);
            first = store->interventions().list(store->participants().byCode(p001)->id).first().id;
            try {
                store->interventions().setDeleted(first, true);
                QFAIL("deleting an intervention with a locked schedule was not refused");
            } catch (const StorageError& e) {
                QCOMPARE(e.code(), StorageError::Code::InvalidInput);
                QVERIFY2(e.message().contains(u"locked randomisation schedule"), qPrintable(e.message()));
            }
            QVERIFY(!store->interventions().byId(first)->deleted);
        }
        // As an older version could: the intervention deleted behind its schedule.
        test::rawExec(m_db, "UPDATE intervention SET deleted = 1");
        QCOMPARE(cli(args("intervention add P-001 --kind probiotic --name lgg --start 2025-02-01")).exitCode, 0);
        QStringList again = design;
        again.last() = u"77"_s;
        const auto r = cliAt(now, again);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("already locked for this participant on overlapping days"), r.err.constData());
        QCOMPARE(test::scalar(Store::open(m_db)->database(), u"SELECT count(*) FROM randomisation_schedule"), 1);
        // Days that do not overlap are another trial of the same treatment, visible as a schedule of its own.
        const auto later =
            cliAt(now, args("design P-001 --intervention LGG --type ab --days 10 --min-phase 3 --start 2025-02-20 "
                            "--seed 77"));
        QVERIFY2(later.exitCode == 0, later.err.constData());
    }

    // analyze of a randomised intervention says what its effect sizes compare (planned A days in the "intervention"
    // phase), not "without randomisation", and gives the locked schedule's test as randtest does (text and JSON).
    void analyzeOfRandomisedInterventionPointsToItsTest()
    {
        setUpParticipant();
        for (int day = 1; day <= 9; ++day)
            QCOMPARE(cli({u"log"_s, p001, u"--date"_s, isoDate(QDate(2025, 1, 20 + day)), u"mood=5"_s}).exitCode, 0);
        const auto designed = cliAt(u"2025-01-31T08:00:00Z"_s,
                                    args("--json design P-001 --intervention LGG --type abab --days 20 --min-phase 3 "
                                         "--start 2025-02-01 --seed 42 --measure mood"));
        QCOMPARE(designed.exitCode, 0);
        const QJsonArray plan = QJsonDocument::fromJson(designed.out).object().value(u"schedule").toArray();
        for (int day = 0; day < 20; ++day)
            QCOMPARE(
                cliAt(u"2025-03-01T08:00:00Z"_s, {u"log"_s, p001, u"--date"_s, isoDate(QDate(2025, 2, 1).addDays(day)),
                                                  plan[day].toString().startsWith(u'B') ? u"mood=8"_s : u"mood=4"_s})
                    .exitCode,
                0);
        const QString randtest = QString::fromUtf8(cli(args("randtest P-001 --intervention LGG --measure mood")).out);
        const auto r = cli(args("analyze P-001 --intervention LGG --measure mood"));
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(!text.contains(u"without randomisation") && text.contains(u"the planned A (no-treatment) days"),
                 qPrintable(text));
        const qsizetype p = randtest.indexOf(u"p = ");
        QVERIFY(p > 0);
        QVERIFY2(text.contains(u"The locked schedule’s test") && text.contains(randtest.mid(p, 10)),
                 qPrintable(text + randtest));
        const QJsonObject json =
            QJsonDocument::fromJson(cli(args("--json analyze P-001 --intervention LGG --measure mood")).out).object();
        QCOMPARE(json.value(u"randomised").toBool(), true);
        QVERIFY(json.value(u"randomisation_test").toObject().value(u"p").toDouble() < 0.05);
    }

    // Every day of a schedule lies within its intervention and within 1900-01-01…2200-12-31; else nothing is
    // locked and the message says which days and why.
    void scheduleOutsideItsInterventionRefused_data()
    {
        QTest::addColumn<QString>("intervention");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("message");
        QTest::newRow("after the end") << u"--start 2026-11-01 --end 2026-11-10"_s << u"2026-11-26"_s
                                       << u"run past the end of “LGG” (2026-11-10)"_s;
        QTest::newRow("last day after the end") << u"--start 2026-11-01 --end 2026-11-30"_s << u"2026-11-26"_s
                                                << u"run past the end of “LGG” (2026-11-30)"_s;
        QTest::newRow("before the start")
            << u"--start 2027-06-01"_s << u"2026-11-26"_s << u"begin before “LGG” starts (2027-06-01)"_s;
        QTest::newRow("past 2200-12-31") << u"--start 2200-12-01"_s << u"2200-12-20"_s
                                         << u"run past 2200-12-31, the last date MoodBiome accepts"_s;
    }
    void scheduleOutsideItsInterventionRefused()
    {
        QFETCH(QString, intervention);
        QFETCH(QString, start);
        QFETCH(QString, message);
        QCOMPARE(cli(args("participant add P-001")).exitCode, 0);
        QCOMPARE(cli(args("intervention add P-001 --kind probiotic --name LGG") + intervention.split(u' ')).exitCode,
                 0);
        const auto r = cliAt(u"2026-11-25T12:00:00Z"_s,
                             args("design P-001 --intervention LGG --type ab --days 40 --min-phase 3 --start") +
                                 QStringList{start});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        auto store = Store::open(m_db);
        QCOMPARE(test::scalar(store->database(), u"SELECT count(*) FROM randomisation_schedule"), 0);
    }

    // A schedule locked after its first day had been measured (before this version, or started in the past and
    // filled in afterwards) still gets its p-value, but the text and the JSON say the test is not valid.
    void lockedAfterDataIsSaid_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<bool>("after");
        QTest::newRow("locked on 2025-01-05, first day 2025-01-01") << u"2025-01-01"_s << true;
        QTest::newRow("locked on 2025-01-05, first day 2025-01-06") << u"2025-01-06"_s << false;
    }
    void lockedAfterDataIsSaid()
    {
        QFETCH(QString, start);
        QFETCH(bool, after);
        QCOMPARE(cli(args("participant add P-001")).exitCode, 0);
        QCOMPARE(cli(args("intervention add P-001 --kind probiotic --name LGG --start 2025-01-01")).exitCode, 0);
        const auto design = cli(QStringList{u"design"_s, p001, u"--intervention"_s, u"LGG"_s, u"--type"_s, u"abab"_s,
                                            u"--days"_s, u"20"_s, u"--min-phase"_s, u"3"_s, u"--seed"_s, u"7"_s,
                                            u"--start"_s, start}); // at 2025-01-05T08:30Z
        QVERIFY2(design.exitCode == 0, design.err.constData());
        const QDate first = QDate::fromString(start, Qt::ISODate);
        for (int day = 0; day < 20; ++day) {
            const auto log =
                cliAt(u"2025-02-01T08:00:00Z"_s, {u"log"_s, p001, u"--date"_s, first.addDays(day).toString(Qt::ISODate),
                                                  u"mood=%1"_s.arg(4 + day % 3)});
            QVERIFY2(log.exitCode == 0, log.err.constData());
        }
        const auto json = cli(args("--json randtest P-001 --intervention LGG --measure mood"));
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QCOMPARE(QJsonDocument::fromJson(json.out).object()[u"locked_after_data"_s].toBool(), after);
        const auto text = cli(args("randtest P-001 --intervention LGG --measure mood"));
        QCOMPARE(text.out.contains("Not valid as a randomisation test"), after);
        if (after)
            QVERIFY2(text.out.contains(QString(u"locked on 2025-01-05, after data collection in its days had begun "
                                               u"(first value on 2025-01-01)"_s)
                                           .toUtf8()),
                     text.out.constData());
    }

    // randtest --statistic may test another statistic than the locked one (exploration), but says so: in the text
    // and in the JSON. The stored schedule's own statistic is the default and is not flagged.
    void otherThanThePreRegisteredStatisticIsSaid_data()
    {
        QTest::addColumn<QString>("statistic");
        QTest::addColumn<bool>("preRegistered");
        QTest::newRow("none given") << QString() << true;
        QTest::newRow("the locked PB-PA") << u"PB-PA"_s << true;
        QTest::newRow("A-B") << u"A-B"_s << false;
        QTest::newRow("|PA-PB|") << u"|PA-PB|"_s << false;
    }
    void otherThanThePreRegisteredStatisticIsSaid()
    {
        QFETCH(QString, statistic);
        QFETCH(bool, preRegistered);
        setUpParticipant();
        QCOMPARE(cli(args("design P-001 --intervention LGG --type abab --days 20 --min-phase 3 --seed 7 "
                          "--start 2025-02-01 --measure mood"))
                     .exitCode,
                 0);
        for (int day = 0; day < 20; ++day)
            QCOMPARE(cliAt(u"2025-03-01T08:00:00Z"_s,
                           {u"log"_s, p001, u"--date"_s, QDate(2025, 2, 1).addDays(day).toString(Qt::ISODate),
                            u"mood=%1"_s.arg(4 + day % 3)})
                         .exitCode,
                     0);
        QStringList test = args("randtest P-001 --intervention LGG --measure mood");
        if (!statistic.isEmpty())
            test << u"--statistic"_s << statistic;
        const auto json = cli(QStringList{u"--json"_s} + test);
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(doc[u"statistic"_s].toString(), statistic.isEmpty() ? u"PB-PA"_s : statistic);
        QCOMPARE(doc[u"pre_registered_statistic"_s].toString(), u"PB-PA"_s);
        QCOMPARE(doc[u"statistic_pre_registered"_s].toBool(!preRegistered), preRegistered);
        const auto text = cli(test);
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.contains("is not the pre-registered statistic of this schedule (PB-PA)"), !preRegistered);
    }

private:
    test::CliRun cli(const QStringList& arguments) const
    {
        return test::runCli(QStringList{QStringLiteral("--database"), m_db} + arguments, m_dir->path());
    }
    test::CliRun cliAt(const QString& now, const QStringList& arguments) const
    {
        return test::runCli(QStringList{QStringLiteral("--database"), m_db} + arguments, m_dir->path(), now);
    }
    void setUpParticipant()
    {
        QCOMPARE(cli(args("participant add P-001")).exitCode, 0);
        QCOMPARE(cli(args("intervention add P-001 --kind probiotic --name LGG --start 2025-02-01")).exitCode, 0);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliRandomisation)
#include "tst_cli_randomisation.moc"
