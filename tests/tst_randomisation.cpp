// The randomised designs and the randomisation test: SCRT's counts and Onghena's (1992) ABAB example as exact
// fractions, every enumerated assignment admissible and distinct, reproducible draws from a specified PRNG,
// Monte Carlo, the multiple baseline across participants and the refusals.
#include "core/RandomisationTest.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace mb;

Q_DECLARE_METATYPE(mb::DesignType)
Q_DECLARE_METATYPE(mb::TestStatistic)

namespace {

// Onghena (1992), SCRT's ABAB example: A1 B1 A2 B2, six days each.
const QList<double> onghena = {6, 2, 5, 3, 4, 4, 1, 2, 3, 1, 3, 2, 2, 3, 4, 2, 4, 3, 0, 1, 2, 0, 2, 1};

DayValues dayValues(const QList<double>& values)
{
    DayValues result;
    for (double v : values)
        result.append(v);
    return result;
}

Assignment onghenaAssignment()
{
    Assignment labels(24);
    for (std::size_t i = 0; i < 24; ++i)
        labels[i] = std::uint8_t(i / 6);
    return labels;
}

// Whether labels is admissible under spec, checked from the definitions.
bool admissible(const DesignSpec& spec, const Assignment& labels)
{
    if (labels.size() != std::size_t(spec.days))
        return false;
    if (isPhaseDesign(spec.type)) {
        int phase = 0, run = 0;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            if (labels[i] != phase) {
                if (labels[i] != phase + 1 || run < spec.minPhase)
                    return false;
                ++phase;
                run = 0;
            }
            ++run;
        }
        return phase == phaseCount(spec.type) - 1 && run >= spec.minPhase;
    }
    int b = 0;
    for (std::uint8_t l : labels)
        b += l;
    if (b != spec.days / 2)
        return false;
    if (spec.type == DesignType::RBD)
        for (std::size_t i = 0; i < labels.size(); i += 2)
            if (labels[i] == labels[i + 1])
                return false;
    if (spec.type == DesignType::ATD) {
        int run = 1;
        for (std::size_t i = 1; i < labels.size(); ++i) {
            run = labels[i] == labels[i - 1] ? run + 1 : 1;
            if (run > spec.minPhase)
                return false;
        }
    }
    return true;
}

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(u' ');
}

QByteArray key(const Assignment& labels)
{
    return QByteArray(reinterpret_cast<const char*>(labels.data()), qsizetype(labels.size()));
}

} // namespace

class TestRandomisation : public QObject {
    Q_OBJECT
private slots:
    void counts_data()
    {
        QTest::addColumn<DesignType>("type");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("limit");
        QTest::addColumn<qulonglong>("expected");
        // The counts of the issue (SCRT's), then a few more from the formulas.
        QTest::newRow("AB(12,3)") << DesignType::AB << 12 << 3 << 7ULL;
        QTest::newRow("ABA(24,4)") << DesignType::ABA << 24 << 4 << 91ULL;
        QTest::newRow("ABAB(24,4)") << DesignType::ABAB << 24 << 4 << 165ULL;
        QTest::newRow("CRD(12)") << DesignType::CRD << 12 << 1 << 924ULL;
        QTest::newRow("RBD(12)") << DesignType::RBD << 12 << 1 << 64ULL;
        QTest::newRow("ATD(12,2)") << DesignType::ATD << 12 << 2 << 208ULL;
        QTest::newRow("ABAB(40,5)") << DesignType::ABAB << 40 << 5 << 1771ULL; // C(23, 3)
        QTest::newRow("AB(2,1)") << DesignType::AB << 2 << 1 << 1ULL;
        QTest::newRow("ATD(10,1)") << DesignType::ATD << 10 << 1 << 2ULL; // ABAB… and BABA…
        QTest::newRow("CRD(2)") << DesignType::CRD << 2 << 1 << 2ULL;
    }
    void counts()
    {
        QFETCH(DesignType, type);
        QFETCH(int, days);
        QFETCH(int, limit);
        QFETCH(qulonglong, expected);
        const DesignSpec spec{type, days, limit};
        QVERIFY(designProblem(spec).isEmpty());
        QCOMPARE(countAssignments(spec), std::uint64_t(expected));
        // Streaming visits exactly that many, all admissible and all different.
        QSet<QByteArray> seen;
        forEachAssignment(spec, [&](const Assignment& labels) {
            if (!admissible(spec, labels))
                qWarning("not admissible: %s", qPrintable(assignmentLetters(labels, type)));
            seen.insert(key(labels));
            return admissible(spec, labels);
        });
        QCOMPARE(qulonglong(seen.size()), expected);
    }

    void hugeCountsSaturate()
    {
        QCOMPARE(countAssignments({DesignType::CRD, 60, 1}), std::uint64_t(118264581564861424ULL)); // C(60, 30)
        QCOMPARE(countAssignments({DesignType::CRD, 120, 1}), std::numeric_limits<std::uint64_t>::max());
        QCOMPARE(countAssignments({DesignType::RBD, 128, 1}), std::numeric_limits<std::uint64_t>::max());
        QCOMPARE(countAssignments({DesignType::RBD, 126, 1}), std::uint64_t(1) << 63);
    }

    void visitorStopsEarly()
    {
        int visits = 0;
        const bool finished =
            forEachAssignment({DesignType::CRD, 120, 1}, [&](const Assignment&) { return ++visits < 10; });
        QVERIFY(!finished);
        QCOMPARE(visits, 10);
    }

    void refusals()
    {
        QVERIFY(!designProblem({DesignType::ABAB, 15, 4}).isEmpty()); // 4 phases of 4 days need 16
        QVERIFY(!designProblem({DesignType::CRD, 11, 1}).isEmpty());  // odd
        QVERIFY(!designProblem({DesignType::AB, 1, 1}).isEmpty());
        QVERIFY(!designProblem({DesignType::AB, 10, 0}).isEmpty());
        QVERIFY(!designProblem({DesignType::ATD, 20, maximumAtdRun + 1}).isEmpty());
        QVERIFY(designProblem({DesignType::ABAB, 16, 4}).isEmpty());
    }

    // The engine is the standard's mt19937_64: its 10000th output from the default seed is fixed by
    // [rand.predef]. below() and unit() are the documented mappings.
    void specifiedGenerator()
    {
        SeededRandom random(5489);
        std::uint64_t value = 0;
        for (int i = 0; i < 10000; ++i)
            value = random.next();
        QCOMPARE(value, std::uint64_t(9981545732273789042ULL));
        SeededRandom a(42), b(42);
        const std::uint64_t r = a.next();
        QCOMPARE(b.below(1000), r % 1000); // the first draw is never rejected for a small bound
        SeededRandom c(42);
        QCOMPARE(c.unit(), double(r >> 11) * 0x1.0p-53);
    }

    void belowIsUnbiased()
    {
        // A bound just over 2^63: r mod bound would make the small values twice as likely.
        const std::uint64_t bound = (std::uint64_t(1) << 63) + (std::uint64_t(1) << 62);
        SeededRandom random(7);
        int low = 0;
        for (int i = 0; i < 20000; ++i)
            low += random.below(bound) < bound / 2 ? 1 : 0;
        QVERIFY2(std::abs(low - 10000) < 500, qPrintable(QString::number(low)));
    }

    void drawsAreAdmissibleUniformAndReproducible_data()
    {
        QTest::addColumn<DesignType>("type");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("limit");
        QTest::newRow("AB") << DesignType::AB << 12 << 3;
        QTest::newRow("ABAB") << DesignType::ABAB << 12 << 2;
        QTest::newRow("CRD") << DesignType::CRD << 8 << 1;
        QTest::newRow("RBD") << DesignType::RBD << 8 << 1;
        QTest::newRow("ATD") << DesignType::ATD << 10 << 2;
    }
    void drawsAreAdmissibleUniformAndReproducible()
    {
        QFETCH(DesignType, type);
        QFETCH(int, days);
        QFETCH(int, limit);
        const DesignSpec spec{type, days, limit};
        const auto count = int(countAssignments(spec));
        const int draws = 300 * count;
        QHash<QByteArray, int> frequency;
        SeededRandom random(20261204);
        for (int i = 0; i < draws; ++i) {
            const Assignment labels = drawAssignment(spec, random);
            QVERIFY(admissible(spec, labels));
            ++frequency[key(labels)];
        }
        QCOMPARE(frequency.size(), count);
        // Chi-square against the uniform distribution, df = count − 1: far below the 0.1% point.
        double chi = 0;
        for (int f : std::as_const(frequency))
            chi += (f - 300.0) * (f - 300.0) / 300.0;
        const double df = count - 1;
        QVERIFY2(chi < df + 5 * std::sqrt(2 * df) + 10, qPrintable(QString::number(chi)));
        // The same seed, the same schedule.
        SeededRandom x(99), y(99);
        QCOMPARE(key(drawAssignment(spec, x)), key(drawAssignment(spec, y)));
    }

    // A schedule of a fixed seed never changes (any platform): the seed recorded in a report must keep
    // reproducing it.
    void goldenDraw()
    {
        SeededRandom random(12345);
        const Assignment abab = drawAssignment({DesignType::ABAB, 24, 4}, random);
        SeededRandom again(12345);
        std::uint64_t index = again.below(165);
        std::uint64_t position = 0;
        QByteArray found;
        forEachAssignment({DesignType::ABAB, 24, 4}, [&](const Assignment& labels) {
            if (position++ != index)
                return true;
            found = key(labels);
            return false;
        });
        QCOMPARE(found, key(abab)); // the draw is the index-th assignment of the enumeration order
    }

    void onghenaExample_data()
    {
        QTest::addColumn<TestStatistic>("statistic");
        QTest::addColumn<double>("observed");
        QTest::addColumn<qulonglong>("numerator");
        QTest::newRow("PA-PB") << TestStatistic::PAMinusPB << 2.0 << 4ULL; // p = 0.02424242
        QTest::newRow("A-B") << TestStatistic::AMinusB << 2.0 << 5ULL;     // p = 0.03030303
    }
    void onghenaExample()
    {
        QFETCH(TestStatistic, statistic);
        QFETCH(double, observed);
        QFETCH(qulonglong, numerator);
        QString problem;
        const auto r = randomisationTest({DesignType::ABAB, 24, 4}, onghenaAssignment(), dayValues(onghena), statistic,
                                         {}, &problem);
        QVERIFY2(r, qPrintable(problem));
        QVERIFY(r->exact);
        QCOMPARE(r->assignments, std::uint64_t(165));
        QCOMPARE(r->denominator, std::uint64_t(165));
        QCOMPARE(r->numerator, std::uint64_t(numerator));
        QVERIFY(std::abs(r->observed - observed) < 1e-9);
        QVERIFY(std::abs(r->p() - double(numerator) / 165.0) < 1e-12);
        QCOMPARE(r->measuredA, 12);
        QCOMPARE(r->measuredB, 12);
    }

    void statisticsDefinitions()
    {
        const Assignment labels = onghenaAssignment();
        const DayValues values = dayValues(onghena);
        QVERIFY(std::abs(*testStatistic(labels, values, TestStatistic::BMinusA) + 2.0) < 1e-12);
        QVERIFY(std::abs(*testStatistic(labels, values, TestStatistic::AbsAB) - 2.0) < 1e-12);
        QVERIFY(std::abs(*testStatistic(labels, values, TestStatistic::PBMinusPA) + 2.0) < 1e-12);
        QVERIFY(std::abs(*testStatistic(labels, values, TestStatistic::AbsPAPB) - 2.0) < 1e-12);
        // Unequal phases: A-B weighs days, PA-PB weighs phases. A1 = {10}, B1 = {0, 0, 0}, A2 = {2, 2, 2}, B2 = {0}.
        const Assignment uneven = {0, 1, 1, 1, 2, 2, 2, 3};
        const DayValues v = dayValues({10, 0, 0, 0, 2, 2, 2, 0});
        QVERIFY(std::abs(*testStatistic(uneven, v, TestStatistic::AMinusB) - 4.0) < 1e-12);   // 16/4 − 0
        QVERIFY(std::abs(*testStatistic(uneven, v, TestStatistic::PAMinusPB) - 6.0) < 1e-12); // (10+2)/2 − 0
        // A missing day is left out, not counted as zero.
        DayValues gap = v;
        gap[0] = std::nullopt;
        QVERIFY(std::abs(*testStatistic(uneven, gap, TestStatistic::AMinusB) - 2.0) < 1e-12);
        QVERIFY(std::abs(*testStatistic(uneven, gap, TestStatistic::PAMinusPB) - 2.0) < 1e-12);
        QVERIFY(!testStatistic(uneven, DayValues(8), TestStatistic::AMinusB));
    }

    // Floating-point ties count as ties: 0.1 + 0.2 against 0.3.
    void tiesWithinTolerance()
    {
        const DayValues values = dayValues({0.1, 0.2, 0.3, 0.0});
        // CRD(4): observed A = {0.1, 0.2}, B = {0.3, 0}. A-B = 0; {0.3, 0} as A gives 0 too, within rounding.
        const auto r =
            randomisationTest({DesignType::CRD, 4, 1}, {0, 0, 1, 1}, values, TestStatistic::AMinusB, {}, nullptr);
        QVERIFY(r);
        int atLeast = 0;
        forEachAssignment({DesignType::CRD, 4, 1}, [&](const Assignment& labels) {
            atLeast += *testStatistic(labels, values, TestStatistic::AMinusB) >= r->observed - 1e-9 ? 1 : 0;
            return true;
        });
        QCOMPARE(r->numerator, std::uint64_t(atLeast));
        QCOMPARE(r->numerator, std::uint64_t(4)); // 0, 0 (tie) and the two positive splits of 6
    }

    void monteCarlo()
    {
        // CRD(20) has 184,756 assignments: above the exact limit, so the test draws.
        QList<double> raw;
        for (int i = 0; i < 20; ++i)
            raw << (i % 2 ? 3.0 : 1.0) + 0.1 * i;
        Assignment observed(20);
        for (std::size_t i = 0; i < 20; ++i)
            observed[i] = std::uint8_t(i % 2);
        const DesignSpec spec{DesignType::CRD, 20, 1};
        QString problem;
        const auto r = randomisationTest(spec, observed, dayValues(raw), TestStatistic::BMinusA, {5000, 77}, &problem);
        QVERIFY2(r, qPrintable(problem));
        QVERIFY(!r->exact);
        QCOMPARE(r->draws, 5000);
        QCOMPARE(r->seed, std::uint64_t(77));
        QCOMPARE(r->denominator, std::uint64_t(5001));
        QCOMPARE(r->numerator, r->atLeast + 1);
        // The exact p by a full enumeration here, to compare.
        std::uint64_t atLeast = 0, all = 0;
        forEachAssignment(spec, [&](const Assignment& labels) {
            ++all;
            atLeast += *testStatistic(labels, dayValues(raw), TestStatistic::BMinusA) >= r->observed - 1e-9;
            return true;
        });
        QCOMPARE(all, std::uint64_t(184756));
        const double exact = double(atLeast) / double(all);
        QVERIFY2(std::abs(r->p() - exact) < 4 * std::sqrt(exact * (1 - exact) / 5000) + 1.0 / 5001,
                 qPrintable(QStringLiteral("%1 vs %2").arg(r->p()).arg(exact)));
        // Reproducible from the seed.
        const auto again =
            randomisationTest(spec, observed, dayValues(raw), TestStatistic::BMinusA, {5000, 77}, nullptr);
        QCOMPARE(again->atLeast, r->atLeast);
    }

    void testRefusals()
    {
        QString problem;
        QVERIFY(!randomisationTest({DesignType::CRD, 4, 1}, {0, 0, 1, 1}, dayValues({1, 2, 3, 4}),
                                   TestStatistic::PAMinusPB, {}, &problem));
        QVERIFY(problem.contains(u"PA-PB"));
        QVERIFY(!randomisationTest({DesignType::CRD, 4, 1}, {0, 0, 1}, dayValues({1, 2, 3, 4}), TestStatistic::AMinusB,
                                   {}, &problem));
        QVERIFY(!randomisationTest({DesignType::CRD, 4, 1}, {0, 0, 1, 1}, DayValues(4), TestStatistic::AMinusB, {},
                                   &problem));
        QVERIFY(!randomisationTest({DesignType::CRD, 4, 1}, {0, 0, 1, 1}, dayValues({1, 2, 3, 4}),
                                   TestStatistic::AMinusB, {0, 1}, &problem));
    }

    // Values so large that a sum of them overflows gave an observed statistic of inf (or a schedule's statistic
    // of ±inf, nan), and still a p-value. Refused, naming the day, whichever statistic.
    void valuesThatOverflowRefused_data()
    {
        QTest::addColumn<DesignType>("design");
        QTest::addColumn<TestStatistic>("statistic");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("day");
        const QList<double> huge = {1.7e308, 1.7e308, -1.7e308, -1.7e308, 1, 2};
        QTest::newRow("A-B") << DesignType::CRD << TestStatistic::AMinusB << huge << 1;
        QTest::newRow("B-A") << DesignType::CRD << TestStatistic::BMinusA << huge << 1;
        QTest::newRow("|A-B|") << DesignType::CRD << TestStatistic::AbsAB << huge << 1;
        // The observed schedule's sums fit (A = {1e308, 1}, B = {1e308, 2}); A = {1e308, 1e308} overflows.
        const QList<double> another = {1e308, 1e308, 1, 2, 3, 4};
        QTest::newRow("another schedule's sum") << DesignType::CRD << TestStatistic::AMinusB << another << 1;
        QTest::newRow("sums that fit, past half the largest double")
            << DesignType::CRD << TestStatistic::AMinusB << QList<double>{6e307, 1, -6e307, 2, 3, 4} << 3;
        QTest::newRow("PA-PB") << DesignType::AB << TestStatistic::PAMinusPB << QList<double>{1, 6e307, 1, -6e307, 3, 4}
                               << 4;
        QTest::newRow("|PA-PB|") << DesignType::AB << TestStatistic::AbsPAPB << huge << 1;
    }

    void valuesThatOverflowRefused()
    {
        QFETCH(DesignType, design);
        QFETCH(TestStatistic, statistic);
        QFETCH(QList<double>, values);
        QFETCH(int, day);
        const int days = int(values.size());
        Assignment observed(std::size_t(days), 0);
        for (int i = 0; i < days; ++i)
            observed[std::size_t(i)] = std::uint8_t(design == DesignType::AB ? (i >= days / 2 ? 1 : 0) : i % 2);
        QString problem;
        const auto r = randomisationTest({design, days, 1}, observed, dayValues(values), statistic, {}, &problem);
        QVERIFY2(!r, r ? qPrintable(QStringLiteral("observed %1, p %2").arg(r->observed).arg(r->p())) : "");
        QVERIFY2(problem.startsWith(QStringLiteral("Day %1: ").arg(day)) && problem.contains(u"too large"),
                 qPrintable(problem));
        // The same design with ordinary values is tested.
        const auto small =
            randomisationTest({design, days, 1}, observed, dayValues(QList<double>{1, 2, 3, 4, 5, 6}.first(days)),
                              statistic, {}, &problem);
        QVERIFY2(small && std::isfinite(small->observed), qPrintable(problem));
    }

    void multipleBaselineValuesThatOverflowRefused()
    {
        QList<MultipleBaselineCase> cases;
        cases.append({dayValues({1, 1, 5, 5}), 1, 3, 2});
        cases.append({dayValues({6e307, 6e307, -6e307, -6e307}), 1, 3, 2});
        QString problem;
        QVERIFY(!multipleBaselineTest(cases, TestStatistic::BMinusA, {}, &problem));
        QVERIFY2(problem.startsWith(u"Participant 2: Day 2: ") && problem.contains(u"too large"), qPrintable(problem));
    }

    // Marascuilo & Busk: the mean over participants of B − A, every combination of start days.
    void multipleBaseline()
    {
        QList<MultipleBaselineCase> cases;
        cases.append({dayValues({1, 1, 1, 5, 5, 5}), 2, 4, 3});
        cases.append({dayValues({2, 2, 2, 2, 6, 6}), 2, 4, 4});
        QString problem;
        const auto r = multipleBaselineTest(cases, TestStatistic::BMinusA, {}, &problem);
        QVERIFY2(r, qPrintable(problem));
        QVERIFY(r->exact);
        QCOMPARE(r->assignments, std::uint64_t(9));
        QVERIFY(std::abs(r->observed - 4.0) < 1e-12);
        QCOMPARE(r->numerator, std::uint64_t(1));
        QCOMPARE(r->denominator, std::uint64_t(9));
        // A start outside its window is refused.
        cases[0].observedStart = 5;
        QVERIFY(!multipleBaselineTest(cases, TestStatistic::BMinusA, {}, &problem));
        QVERIFY(!multipleBaselineTest(cases, TestStatistic::PBMinusPA, {}, &problem));
    }

    void multipleBaselineMonteCarlo()
    {
        // Five participants with windows of 11 days: 161,051 combinations, so drawn.
        QList<MultipleBaselineCase> cases;
        for (int c = 0; c < 5; ++c) {
            QList<double> v;
            for (int d = 0; d < 40; ++d)
                v << (d >= 15 + c ? 4.0 : 1.0) + 0.01 * ((d * 7 + c) % 5);
            cases.append({dayValues(v), 10, 20, 15 + c});
        }
        const auto r = multipleBaselineTest(cases, TestStatistic::BMinusA, {2000, 5}, nullptr);
        QVERIFY(r);
        QVERIFY(!r->exact);
        QCOMPARE(r->assignments, std::uint64_t(161051));
        QCOMPARE(r->denominator, std::uint64_t(2001));
        QVERIFY(r->p() < 0.01);
    }

    void parseLabels()
    {
        const auto abab = assignmentFromLabels(words("A1 A1 B1 A2 B2 B2"), DesignType::ABAB);
        QVERIFY(abab);
        QCOMPARE(key(*abab), key({0, 0, 1, 2, 3, 3}));
        QVERIFY(assignmentFromLabels(words("A B A B"), DesignType::ABAB));
        QVERIFY(!assignmentFromLabels(words("A B A"), DesignType::ABAB)); // three phases
        QVERIFY(!assignmentFromLabels(words("B A"), DesignType::AB));
        QVERIFY(!assignmentFromLabels(words("A1 B2"), DesignType::AB));
        QVERIFY(!assignmentFromLabels(words("A C"), DesignType::CRD));
        QCOMPARE(assignmentLetters({0, 0, 1, 1, 1}, DesignType::AB), QStringLiteral("A1 2 · B1 3"));
        QCOMPARE(assignmentLetters({0, 1, 1, 0}, DesignType::CRD), QStringLiteral("ABBA"));
    }
};

QTEST_GUILESS_MAIN(TestRandomisation)
#include "tst_randomisation.moc"
