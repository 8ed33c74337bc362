// The cohort: alignment at day 0, the mean and t-based 95% interval per day, who belongs to it, and
// the cost for 500 participants over a year.
#include "TestSupport.h"
#include "core/Cohort.h"
#include "core/Statistics.h"
#include "storage/AnalysisLoader.h"
#include "storage/StorageError.h"

#include <cmath>

using namespace mb;

namespace {
CohortMember member(const QString& code, QDate start, const QList<std::pair<int, double>>& dayValues)
{
    CohortMember m{0, code, start, {}};
    for (const auto& [day, value] : dayValues)
        m.daily.append({start.addDays(day), value});
    return m;
}
} // namespace

class TestCohort : public QObject {
    Q_OBJECT
private slots:
    void alignsAtDayZero();
    void meanAndIntervalPerDay();
    void emptyAndBadRanges();
    void fiveHundredParticipantsForAYear();
    void membersFromTheStore();

private:
    test::ScopedClock m_clock;
};

void TestCohort::alignsAtDayZero()
{
    // Different calendar starts, the same days since the start.
    const QList<CohortMember> members{member(QStringLiteral("P-001"), QDate(2024, 1, 10), {{-1, 3}, {0, 5}, {2, 6}}),
                                      member(QStringLiteral("P-002"), QDate(2024, 5, 3), {{-3, 9}, {0, 7}, {1, 8}})};
    const QList<CohortDay> days = alignCohort(members, 2, 2);
    QCOMPARE(days.size(), 5);
    QCOMPARE(days.first().day, -2);
    QCOMPARE(days.last().day, 2);
    QCOMPARE(days[1].values, (QList<std::optional<double>>{3.0, std::nullopt})); // day −1
    QCOMPARE(days[2].values, (QList<std::optional<double>>{5.0, 7.0}));          // day 0
    QCOMPARE(days[3].values, (QList<std::optional<double>>{std::nullopt, 8.0})); // day 1
    QCOMPARE(days[0].count, 0);                                                  // P-002's day −3 is outside
    QVERIFY(!days[0].mean);
}

void TestCohort::meanAndIntervalPerDay()
{
    const QList<CohortMember> members{member(QStringLiteral("A"), QDate(2024, 1, 1), {{0, 4}, {1, 5}, {2, 2}}),
                                      member(QStringLiteral("B"), QDate(2024, 2, 1), {{0, 6}, {2, 4}}),
                                      member(QStringLiteral("C"), QDate(2024, 3, 1), {{2, 9}})};
    const QList<CohortDay> days = alignCohort(members, 0, 2);
    // Day 0: k = 2, mean 5, sd √2: mean ± t(0.975, 1)·√2/√2 = 5 ± tan(0.475π).
    QCOMPARE(days[0].count, 2);
    QCOMPARE(*days[0].mean, 5.0);
    const double t1 = std::tan(0.475 * M_PI);
    QVERIFY(qAbs(*days[0].ciLower - (5 - t1)) < 1e-9);
    QVERIFY(qAbs(*days[0].ciUpper - (5 + t1)) < 1e-9);
    // Day 1: k = 1, a mean but no interval.
    QCOMPARE(days[1].count, 1);
    QCOMPARE(*days[1].mean, 5.0);
    QVERIFY(!days[1].ciLower && !days[1].ciUpper);
    // Day 2: k = 3 {2, 4, 9}: mean 5, sd √13, t(0.975, 2) = 4.302652729749464.
    QCOMPARE(days[2].count, 3);
    const double half = 4.302652729749464 * std::sqrt(13.0) / std::sqrt(3.0);
    QVERIFY(qAbs(*days[2].ciLower - (5 - half)) < 1e-9);
    QVERIFY(qAbs(*days[2].ciUpper - (5 + half)) < 1e-9);
}

void TestCohort::emptyAndBadRanges()
{
    QVERIFY(alignCohort({}, -1, 3).isEmpty());
    const QList<CohortDay> nobody = alignCohort({}, 1, 1);
    QCOMPARE(nobody.size(), 3);
    QVERIFY(std::all_of(nobody.cbegin(), nobody.cend(), [](const CohortDay& d) { return d.count == 0 && !d.mean; }));
}

void TestCohort::fiveHundredParticipantsForAYear()
{
    QList<CohortMember> members;
    for (int p = 0; p < 500; ++p) {
        CohortMember m{
            p + 1, QStringLiteral("P-%1").arg(p + 1, 3, 10, QLatin1Char('0')), QDate(2024, 1, 1).addDays(p % 60), {}};
        for (int d = -60; d < 305; ++d)
            if ((d + p) % 11 != 0)
                m.daily.append({m.start.addDays(d), 5 + std::sin(d * 0.1 + p)});
        members.append(m);
    }
    const QList<CohortDay> days = alignCohort(members, 60, 304); // its speed: moodbiome-bench
    QCOMPARE(days.size(), 365);
    for (const CohortDay& day : days) {
        QVERIFY(day.count > 400 && day.count <= 500);
        QVERIFY(*day.ciLower < *day.mean && *day.mean < *day.ciUpper);
    }
}

void TestCohort::membersFromTheStore()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("cohort.sqlite")));
    auto addParticipant = [&](const QString& code) {
        Participant p;
        p.code = code;
        return store->participants().add(p);
    };
    auto addIntervention = [&](qint64 participant, const QString& name, InterventionKind kind, QDate start) {
        Intervention i;
        i.participantId = participant;
        i.name = name;
        i.kind = kind;
        i.start = start;
        return store->interventions().add(i);
    };
    const qint64 b = addParticipant(QStringLiteral("P-002"));
    const qint64 a = addParticipant(QStringLiteral("P-001"));
    const qint64 c = addParticipant(QStringLiteral("P-003"));
    const qint64 gone = addParticipant(QStringLiteral("P-004"));
    addIntervention(a, QStringLiteral("LGG"), InterventionKind::Probiotic, QDate(2024, 3, 1));
    addIntervention(a, QStringLiteral("lgg"), InterventionKind::Probiotic, QDate(2024, 9, 1)); // a second period
    addIntervention(b, QStringLiteral("Lgg"), InterventionKind::Probiotic, QDate(2024, 4, 1));
    addIntervention(c, QStringLiteral("Mediterranean diet"), InterventionKind::Diet, QDate(2024, 4, 1));
    addIntervention(c, QStringLiteral("Bifidobacterium"), InterventionKind::Probiotic, QDate(2024, 5, 1));
    addIntervention(gone, QStringLiteral("LGG"), InterventionKind::Probiotic, QDate(2024, 4, 1));
    store->participants().setDeleted(gone, true);
    for (const auto& [participant, start] : {std::pair{a, QDate(2024, 3, 1)}, {b, QDate(2024, 4, 1)}})
        for (int d = -3; d <= 3; ++d) {
            JournalEntry e;
            e.participantId = participant;
            e.date = start.addDays(d);
            e.values.insert(QStringLiteral("mood"), 5 + d);
            store->journal().add(e);
        }

    const QList<CohortMember> byName =
        loadCohort(*store, {QStringLiteral("lGg"), std::nullopt}, QStringLiteral("mood"));
    QCOMPARE(byName.size(), 2);
    QCOMPARE(byName[0].code, QStringLiteral("P-001"));
    QCOMPARE(byName[0].start, QDate(2024, 3, 1)); // the first period
    QCOMPARE(byName[0].daily.size(), 7);
    QCOMPARE(byName[1].code, QStringLiteral("P-002"));
    const QList<CohortDay> days = alignCohort(byName, 3, 3);
    QCOMPARE(days[3].count, 2);
    QCOMPARE(*days[3].mean, 5.0);
    QCOMPARE(*days[6].mean, 8.0);

    const QList<CohortMember> probiotics =
        loadCohort(*store, {QString(), InterventionKind::Probiotic}, QStringLiteral("mood"));
    QCOMPARE(probiotics.size(), 3);
    QCOMPARE(probiotics[2].code, QStringLiteral("P-003"));
    QCOMPARE(probiotics[2].start, QDate(2024, 5, 1));
    QVERIFY(probiotics[2].daily.isEmpty());
    QVERIFY(loadCohort(*store, {QStringLiteral("nothing"), std::nullopt}, QStringLiteral("mood")).isEmpty());
    QVERIFY_THROWS_EXCEPTION(
        StorageError, loadCohort(*store, {QStringLiteral("LGG"), std::nullopt}, QStringLiteral("no_such_measure")));
    // Most participants first (LGG: two), then by name.
    QCOMPARE(store->interventions().names(), (QStringList{QStringLiteral("LGG"), QStringLiteral("Bifidobacterium"),
                                                          QStringLiteral("Mediterranean diet")}));
}

QTEST_GUILESS_MAIN(TestCohort)
#include "tst_cohort.moc"
