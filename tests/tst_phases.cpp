// Phases from stored journal entries: daily means of several entries, missing days, deleted entries,
// ongoing and ended interventions, a baseline clipped at the first data day, one-day events.
#include "TestSupport.h"
#include "core/AnalysisText.h"
#include "core/Phases.h"
#include "storage/AnalysisLoader.h"
#include "storage/StorageError.h"

using namespace mb;

class TestPhases : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void severalEntriesADayAreAveraged();
    void missingAndDeletedDaysAreSkipped();
    void ongoingRunsToTheLastDataDay();
    void endedInterventionStopsAtItsEnd();
    void baselineClippedAtFirstDataDay();
    void oneDayEventIsFollowedForBaselineDays();
    void baselineLengthIsAdjustable();
    void otherMeasuresAndParticipantsStayOut();
    void participantAnalysesForTheReport();
    void windowsWithoutData();

private:
    void log(QDate day, double mood, std::optional<double> stress = std::nullopt, qint64 participant = 0);
    qint64 addIntervention(const QString& name, QDate start, QDate end = {},
                           InterventionKind kind = InterventionKind::Probiotic);
    InterventionAnalysis analyze(qint64 interventionId, int baselineDays = defaultBaselineDays,
                                 const QString& key = QStringLiteral("mood"));

    test::ScopedClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_participant = 0;
    const QDate m_start{2024, 6, 1};
};

void TestPhases::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = Store::open(m_dir->filePath(QStringLiteral("phases.sqlite")));
    Participant p;
    p.code = QStringLiteral("P-001");
    m_participant = m_store->participants().add(p);
}

void TestPhases::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestPhases::log(QDate day, double mood, std::optional<double> stress, qint64 participant)
{
    JournalEntry e;
    e.participantId = participant ? participant : m_participant;
    e.date = day;
    e.values.insert(QStringLiteral("mood"), mood);
    if (stress)
        e.values.insert(QStringLiteral("stress"), *stress);
    m_store->journal().add(e);
}

qint64 TestPhases::addIntervention(const QString& name, QDate start, QDate end, InterventionKind kind)
{
    Intervention i;
    i.participantId = m_participant;
    i.kind = kind;
    i.name = name;
    i.start = start;
    i.end = end;
    return m_store->interventions().add(i);
}

InterventionAnalysis TestPhases::analyze(qint64 interventionId, int baselineDays, const QString& key)
{
    return loadAnalysis(*m_store, *m_store->interventions().byId(interventionId), key, baselineDays);
}

void TestPhases::severalEntriesADayAreAveraged()
{
    for (int d = 1; d <= 5; ++d) {
        log(m_start.addDays(-d), 4);
        log(m_start.addDays(d - 1), 7);
    }
    log(m_start.addDays(-2), 6); // that day: (4 + 6) / 2
    log(m_start.addDays(-2), 8); // now (4 + 6 + 8) / 3 = 6
    log(m_start.addDays(1), 4);  // (7 + 4) / 2
    const InterventionAnalysis a = analyze(addIntervention(QStringLiteral("LGG"), m_start, m_start.addDays(9)));
    QCOMPARE(a.phases.baseline.size(), 5);
    QCOMPARE(a.phases.baseline[3], (DailyPoint{m_start.addDays(-2), 6.0}));
    QCOMPARE(a.phases.treatment.size(), 5);
    QCOMPARE(a.phases.treatment[1], (DailyPoint{m_start.addDays(1), 5.5}));
    QCOMPARE(a.result.baseline.n, 5); // days, not entries
    QCOMPARE(*a.result.baseline.mean, (4 * 4 + 6) / 5.0);
}

void TestPhases::missingAndDeletedDaysAreSkipped()
{
    for (int d = 1; d <= 28; ++d)
        if (d % 3 != 0)
            log(m_start.addDays(-d), 5 + d % 2);
    for (int d = 0; d < 10; ++d)
        log(m_start.addDays(d), 7);
    JournalEntry extra;
    extra.participantId = m_participant;
    extra.date = m_start.addDays(-3); // a day that had no value
    extra.values.insert(QStringLiteral("mood"), 1);
    m_store->journal().setDeleted(m_store->journal().add(extra), true);
    const InterventionAnalysis a = analyze(addIntervention(QStringLiteral("LGG"), m_start));
    QCOMPARE(a.result.baseline.n, 28 - 9);
    for (const DailyPoint& p : a.phases.baseline)
        QVERIFY(p.date.daysTo(m_start) % 3 != 0);
    QCOMPARE(a.phases.windows.baseline, (DateSpan{m_start.addDays(-28), m_start.addDays(-1)}));
    QCOMPARE(a.result.baseline.first, m_start.addDays(-28));
    QCOMPARE(a.result.baseline.last, m_start.addDays(-1));
}

void TestPhases::ongoingRunsToTheLastDataDay()
{
    for (int d = 1; d <= 10; ++d)
        log(m_start.addDays(-d), 4);
    for (int d = 0; d < 40; d += 2)
        log(m_start.addDays(d), 6);
    const InterventionAnalysis a = analyze(addIntervention(QStringLiteral("LGG"), m_start));
    QVERIFY(a.intervention.isOngoing());
    QCOMPARE(a.phases.windows.treatment, (DateSpan{m_start, m_start.addDays(38)}));
    QCOMPARE(a.result.treatment.n, 20);
    QCOMPARE(a.result.treatment.last, m_start.addDays(38));
    QCOMPARE(*a.result.nap.estimate, 1.0);
}

void TestPhases::endedInterventionStopsAtItsEnd()
{
    for (int d = -10; d < 30; ++d)
        log(m_start.addDays(d), d < 0 ? 4 : d < 15 ? 6 : 9);
    const InterventionAnalysis a =
        analyze(addIntervention(QStringLiteral("Diet"), m_start, m_start.addDays(14), InterventionKind::Diet));
    QCOMPARE(a.phases.windows.treatment, (DateSpan{m_start, m_start.addDays(14)}));
    QCOMPARE(a.result.treatment.n, 15);
    QCOMPARE(*a.result.treatment.mean, 6.0); // the 9s after the end stay out
}

void TestPhases::baselineClippedAtFirstDataDay()
{
    for (int d = -10; d < 20; ++d)
        log(m_start.addDays(d), d < 0 ? 3 + (d % 2) : 6);
    const InterventionAnalysis a = analyze(addIntervention(QStringLiteral("LGG"), m_start));
    QCOMPARE(a.phases.windows.baseline.first, m_start.addDays(-28)); // the window asked for
    QCOMPARE(a.result.baseline.first, m_start.addDays(-10));         // what the data give
    QCOMPARE(a.result.baseline.n, 10);
    QVERIFY(a.result.computed());
}

void TestPhases::oneDayEventIsFollowedForBaselineDays()
{
    for (int d = -30; d < 60; ++d)
        log(m_start.addDays(d), d < 0 ? 4 : 7);
    const qint64 fmt = addIntervention(QStringLiteral("FMT"), m_start, m_start, InterventionKind::Fmt);
    const InterventionAnalysis a = analyze(fmt);
    QVERIFY(a.intervention.isEvent());
    QCOMPARE(a.phases.windows.treatment, (DateSpan{m_start, m_start.addDays(27)}));
    QCOMPARE(a.result.treatment.n, 28);
    const InterventionAnalysis week = analyze(fmt, 7);
    QCOMPARE(week.phases.windows.treatment, (DateSpan{m_start, m_start.addDays(6)}));
    QCOMPARE(week.result.baseline.n, 7);
    QCOMPARE(week.result.treatment.n, 7);
}

void TestPhases::baselineLengthIsAdjustable()
{
    for (int d = -60; d < 10; ++d)
        log(m_start.addDays(d), 5 + (d % 3));
    const qint64 id = addIntervention(QStringLiteral("LGG"), m_start);
    QCOMPARE(analyze(id, 14).result.baseline.n, 14);
    QCOMPARE(analyze(id, 60).result.baseline.n, 60);
    QCOMPARE(analyze(id, 60).result.baseline.first, m_start.addDays(-60));
}

void TestPhases::otherMeasuresAndParticipantsStayOut()
{
    Participant other;
    other.code = QStringLiteral("P-002");
    const qint64 otherId = m_store->participants().add(other);
    for (int d = -5; d < 5; ++d) {
        log(m_start.addDays(d), 5, 8 - (d >= 0 ? 3 : 0));
        log(m_start.addDays(d), 10, 10, otherId);
    }
    const qint64 id = addIntervention(QStringLiteral("LGG"), m_start);
    const InterventionAnalysis stress = analyze(id, 28, QStringLiteral("stress"));
    QVERIFY(stress.result.improvement == Improvement::Decrease);
    QCOMPARE(*stress.result.baseline.mean, 8.0);
    QCOMPARE(*stress.result.treatment.mean, 5.0);
    QCOMPARE(*stress.result.nap.estimate, 1.0); // lower stress: the best possible
    QCOMPARE(*analyze(id).result.treatment.mean, 5.0);
    QVERIFY_THROWS_EXCEPTION(StorageError, analyze(id, 28, QStringLiteral("no_such_measure")));
}

void TestPhases::participantAnalysesForTheReport()
{
    for (int d = -40; d < 40; ++d)
        log(m_start.addDays(d), 5 + (d > 0), 5 - (d > 0));
    addIntervention(QStringLiteral("Later"), m_start.addDays(10), m_start.addDays(30));
    addIntervention(QStringLiteral("LGG"), m_start);
    const QList<InterventionAnalysis> all = loadParticipantAnalyses(*m_store, m_participant);
    QCOMPARE(all.size(), 4); // two interventions × mood and stress
    QCOMPARE(all[0].intervention.name, QStringLiteral("LGG"));
    QCOMPARE(all[0].measure.key, QStringLiteral("mood"));
    QCOMPARE(all[1].measure.key, QStringLiteral("stress"));
    QCOMPARE(all[2].intervention.name, QStringLiteral("Later"));
    QCOMPARE(all[2].overlapping, QStringList{QStringLiteral("LGG")});
    const auto rows = summarizeForReport(all, QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(rows.size(), 4);
    QVERIFY(rows[1].measure.contains(QStringLiteral("lower is better")));
}

void TestPhases::windowsWithoutData()
{
    const qint64 id = addIntervention(QStringLiteral("LGG"), m_start);
    const InterventionAnalysis a = analyze(id);
    QCOMPARE(a.phases.windows.treatment, (DateSpan{m_start, m_start})); // ongoing, no data: the start day
    QVERIFY(!a.result.computed());
    QCOMPARE(a.result.baseline.n, 0);
    QVERIFY(!a.result.baseline.first.isValid());
    // Data only before the start: an ongoing intervention still begins at its start.
    log(m_start.addDays(-3), 5);
    QCOMPARE(analyze(id).phases.windows.treatment, (DateSpan{m_start, m_start}));
}

QTEST_GUILESS_MAIN(TestPhases)
#include "tst_phases.moc"
