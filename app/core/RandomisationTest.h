// The randomisation test of docs/STATISTICS.md "Randomisation test": how often an admissible schedule gives a
// statistic at least as large as the one observed, enumerated exactly or by Monte Carlo; and the same for a
// multiple-baseline design across participants (Marascuilo & Busk 1988). Pure functions, Qt Core only.
#pragma once

#include "core/RandomisationDesign.h"
#include "core/SingleCase.h"

#include <QDateTime>
#include <QList>

#include <limits>

namespace mb {

enum class TestStatistic { AMinusB, BMinusA, AbsAB, PAMinusPB, PBMinusPA, AbsPAPB };

QString toString(TestStatistic statistic);                              // "A-B", "B-A", "|A-B|", "PA-PB", ...
std::optional<TestStatistic> testStatisticFromString(QStringView text); // case-insensitive
bool isPhaseStatistic(TestStatistic statistic);                         // PA-PB, PB-PA, |PA-PB|
// The statistic that grows with improvement: B-A (PB-PA for phase designs) for "increase", A-B (PA-PB) for
// "decrease".
TestStatistic defaultStatistic(DesignType type, Improvement improvement);

// At most this many admissible assignments are enumerated; above it the test draws.
constexpr std::uint64_t exactAssignmentLimit = 100000;
constexpr int defaultDraws = 10000;
constexpr int maximumDraws = 10000000;
// Statistics within this distance of the observed one count as ties (so as "at least as large").
constexpr double statisticTolerance = 1e-9;

// One value per planned day (the day's mean), nullopt where nothing was measured.
using DayValues = QList<std::optional<double>>;

// The largest sum of the values' magnitudes a test takes. Every sum, mean and mean of means of the values is at
// most that sum in magnitude, and a difference of two such means at most twice it: below this no statistic
// overflows to infinity, whatever the assignment.
constexpr double largestMagnitudeSum = std::numeric_limits<double>::max() / 2;

// Adds the magnitudes of values to sum; the index of the first value that is not finite or takes sum past
// largestMagnitudeSum, or -1 when there is none.
qsizetype addMagnitudes(const DayValues& values, double& sum);

// The statistic of values under assignment: A-B is the mean of the A days minus the mean of the B days;
// PA-PB the mean of the A phases' means minus the mean of the B phases' means (SCRT's definitions).
// Days without a value are left out, as is a phase without any. nullopt when A or B has no value.
std::optional<double> testStatistic(const Assignment& assignment, const DayValues& values, TestStatistic statistic);

struct RandomisationResult {
    DesignSpec spec;
    TestStatistic statistic = TestStatistic::AMinusB;
    std::uint64_t assignments = 0; // the admissible set's size (UINT64_MAX: more than 64 bits can count)
    bool exact = true;             // false: Monte Carlo
    int draws = 0;                 // Monte Carlo draws
    std::uint64_t seed = 0;        // Monte Carlo seed
    double observed = 0;
    std::uint64_t atLeast = 0;     // assignments (or draws) whose statistic is ≥ observed − tolerance
    std::uint64_t denominator = 0; // exact: the assignments counted; Monte Carlo: draws + 1
    std::uint64_t numerator = 0;   // exact: atLeast; Monte Carlo: atLeast + 1
    int measuredA = 0;             // days with a value under the observed assignment
    int measuredB = 0;

    double p() const { return denominator == 0 ? 1.0 : double(numerator) / double(denominator); }
};

struct RandomisationOptions {
    int draws = defaultDraws;
    std::uint64_t seed = 0;
};

// Tests values (one per day of spec) under the observed assignment. Assignments under which the statistic
// cannot be computed (A or B without a value) count in the denominator but never as "at least as large".
// Returns nullopt with *problem set when spec, the assignment or the values do not fit (a value that is not
// finite, or values so large that a statistic could overflow: addMagnitudes), or the observed statistic cannot
// be computed.
std::optional<RandomisationResult> randomisationTest(const DesignSpec& spec, const Assignment& observed,
                                                     const DayValues& values, TestStatistic statistic,
                                                     const RandomisationOptions& options, QString* problem);

// --- Multiple baseline across participants, Marascuilo & Busk (1988) with independent start points: each
// participant's intervention start was drawn on its own from its window; the admissible set is every
// combination of start days (the product of the window sizes); the statistic is the mean over participants
// of each one's A-B (or B-A, |mean of A-B|) with their own start.
struct MultipleBaselineCase {
    DayValues values;      // day 0 .. MT−1 of this participant
    int earliestStart = 1; // the first B day may be any of earliestStart..latestStart (A before it)
    int latestStart = 1;
    int observedStart = 1;
};

std::optional<RandomisationResult> multipleBaselineTest(const QList<MultipleBaselineCase>& cases,
                                                        TestStatistic statistic, const RandomisationOptions& options,
                                                        QString* problem);

// The plain-language reading of a result, in the user's language.
class RandomisationText {
    Q_DECLARE_TR_FUNCTIONS(RandomisationText)
public:
    static QString statisticName(TestStatistic statistic);
    static QString reading(const RandomisationResult& result, const QLocale& locale);
    static QString limits();
    // Said with every test of a stored schedule locked after data collection in its days had begun.
    static QString lockedAfterData(const QDateTime& lockedUtc, const QDateTime& firstValueUtc, const QLocale& locale);
    // Said with every test of a stored schedule that uses another statistic than the pre-registered one.
    static QString notPreRegistered(TestStatistic used, TestStatistic preRegistered);
};

} // namespace mb
