// The randomisation test by enumeration or Monte Carlo, for one case or a multiple baseline.
#include "core/RandomisationTest.h"

#include "core/DateText.h"

#include <QLocale>

#include <cmath>

namespace mb {

namespace {

bool atLeast(double statistic, double observed)
{
    return statistic >= observed - statisticTolerance;
}

double finish(TestStatistic statistic, double a, double b)
{
    switch (statistic) {
    case TestStatistic::AMinusB:
    case TestStatistic::PAMinusPB:
        return a - b;
    case TestStatistic::BMinusA:
    case TestStatistic::PBMinusPA:
        return b - a;
    case TestStatistic::AbsAB:
    case TestStatistic::AbsPAPB:
        return std::abs(a - b);
    }
    return 0;
}

QString checkOptions(const RandomisationOptions& options)
{
    if (options.draws < 1 || options.draws > maximumDraws)
        return RandomisationText::tr("The number of draws must be between 1 and %1; it is %2.")
            .arg(maximumDraws)
            .arg(options.draws);
    return {};
}

std::optional<RandomisationResult> fail(QString* problem, const QString& text)
{
    if (problem)
        *problem = text;
    return std::nullopt;
}

// Why the value of day (0-based) cannot be tested: it is not a number, or it takes the sum of the values'
// magnitudes past largestMagnitudeSum.
QString valueProblem(const DayValues& values, qsizetype day)
{
    const double value = *values[day];
    if (!std::isfinite(value))
        return RandomisationText::tr("Day %1: the value %2 is not a number.").arg(day + 1).arg(value);
    return RandomisationText::tr("Day %1: the value %2 is too large; the values may add up to at most %3 "
                                 "(ignoring their signs) for the means and their differences to be numbers.")
        .arg(day + 1)
        .arg(value)
        .arg(largestMagnitudeSum, 0, 'g', 3);
}

} // namespace

QString toString(TestStatistic statistic)
{
    switch (statistic) {
    case TestStatistic::AMinusB:
        return QStringLiteral("A-B");
    case TestStatistic::BMinusA:
        return QStringLiteral("B-A");
    case TestStatistic::AbsAB:
        return QStringLiteral("|A-B|");
    case TestStatistic::PAMinusPB:
        return QStringLiteral("PA-PB");
    case TestStatistic::PBMinusPA:
        return QStringLiteral("PB-PA");
    case TestStatistic::AbsPAPB:
        return QStringLiteral("|PA-PB|");
    }
    return {};
}

std::optional<TestStatistic> testStatisticFromString(QStringView text)
{
    for (TestStatistic s : {TestStatistic::AMinusB, TestStatistic::BMinusA, TestStatistic::AbsAB,
                            TestStatistic::PAMinusPB, TestStatistic::PBMinusPA, TestStatistic::AbsPAPB})
        if (text.trimmed().compare(toString(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

bool isPhaseStatistic(TestStatistic statistic)
{
    return statistic == TestStatistic::PAMinusPB || statistic == TestStatistic::PBMinusPA ||
           statistic == TestStatistic::AbsPAPB;
}

TestStatistic defaultStatistic(DesignType type, Improvement improvement)
{
    const bool phases = isPhaseDesign(type);
    if (improvement == Improvement::Increase)
        return phases ? TestStatistic::PBMinusPA : TestStatistic::BMinusA;
    return phases ? TestStatistic::PAMinusPB : TestStatistic::AMinusB;
}

qsizetype addMagnitudes(const DayValues& values, double& sum)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        if (const auto& v = values[i]) {
            sum += std::abs(*v);
            if (!std::isfinite(*v) || !(sum <= largestMagnitudeSum))
                return i;
        }
    return -1;
}

std::optional<double> testStatistic(const Assignment& assignment, const DayValues& values, TestStatistic statistic)
{
    const std::size_t days = std::min(assignment.size(), std::size_t(values.size()));
    if (!isPhaseStatistic(statistic)) {
        double sum[2] = {0, 0};
        int n[2] = {0, 0};
        for (std::size_t i = 0; i < days; ++i)
            if (const auto& v = values[qsizetype(i)]) {
                const int c = isBCondition(assignment[i]) ? 1 : 0;
                sum[c] += *v;
                ++n[c];
            }
        if (n[0] == 0 || n[1] == 0)
            return std::nullopt;
        return finish(statistic, sum[0] / n[0], sum[1] / n[1]);
    }
    // Phase means, then the mean of the A phases' means and of the B phases'.
    double phaseSum[4] = {0, 0, 0, 0};
    int phaseN[4] = {0, 0, 0, 0};
    for (std::size_t i = 0; i < days; ++i)
        if (const auto& v = values[qsizetype(i)]) {
            const int p = std::min<int>(assignment[i], 3);
            phaseSum[p] += *v;
            ++phaseN[p];
        }
    double sum[2] = {0, 0};
    int n[2] = {0, 0};
    for (int p = 0; p < 4; ++p)
        if (phaseN[p] > 0) {
            sum[p % 2] += phaseSum[p] / phaseN[p];
            ++n[p % 2];
        }
    if (n[0] == 0 || n[1] == 0)
        return std::nullopt;
    return finish(statistic, sum[0] / n[0], sum[1] / n[1]);
}

std::optional<RandomisationResult> randomisationTest(const DesignSpec& spec, const Assignment& observed,
                                                     const DayValues& values, TestStatistic statistic,
                                                     const RandomisationOptions& options, QString* problem)
{
    if (const QString p = designProblem(spec); !p.isEmpty())
        return fail(problem, p);
    if (const QString p = checkOptions(options); !p.isEmpty())
        return fail(problem, p);
    if (isPhaseStatistic(statistic) && !isPhaseDesign(spec.type))
        return fail(problem, RandomisationText::tr("The statistic %1 needs a phase design (AB, ABA or ABAB); "
                                                   "use A-B, B-A or |A-B| for %2.")
                                 .arg(toString(statistic), toString(spec.type)));
    if (observed.size() != std::size_t(spec.days) || values.size() != spec.days)
        return fail(problem, RandomisationText::tr("The schedule has %1 days but there are %2 values; "
                                                   "both must have the planned %3 days.")
                                 .arg(observed.size())
                                 .arg(values.size())
                                 .arg(spec.days));
    double magnitudes = 0;
    if (const qsizetype day = addMagnitudes(values, magnitudes); day >= 0)
        return fail(problem, valueProblem(values, day));
    const auto observedValue = testStatistic(observed, values, statistic);
    if (!observedValue)
        return fail(problem, RandomisationText::tr("There are no measured A days or no measured B days, so "
                                                   "there is nothing to compare."));
    RandomisationResult result;
    result.spec = spec;
    result.statistic = statistic;
    result.observed = *observedValue;
    result.assignments = countAssignments(spec);
    for (std::size_t i = 0; i < observed.size(); ++i)
        if (values[qsizetype(i)])
            ++(isBCondition(observed[i]) ? result.measuredB : result.measuredA);

    if (result.assignments <= exactAssignmentLimit) {
        forEachAssignment(spec, [&](const Assignment& assignment) {
            ++result.denominator;
            const auto s = testStatistic(assignment, values, statistic);
            if (s && atLeast(*s, result.observed))
                ++result.atLeast;
            return true;
        });
        result.exact = true;
        result.numerator = result.atLeast;
        return result;
    }
    result.exact = false;
    result.draws = options.draws;
    result.seed = options.seed;
    SeededRandom random(options.seed);
    for (int i = 0; i < options.draws; ++i) {
        const auto s = testStatistic(drawAssignment(spec, random), values, statistic);
        if (s && atLeast(*s, result.observed))
            ++result.atLeast;
    }
    result.numerator = result.atLeast + 1;
    result.denominator = std::uint64_t(options.draws) + 1;
    return result;
}

namespace {

// Per participant, the A mean minus the B mean for every start in their window.
using StartDifferences = QList<QList<std::optional<double>>>;

// What is wrong with participant c's start window, or empty when it lies inside their days.
QString baselineWindowProblem(const MultipleBaselineCase& one, qsizetype c)
{
    const int days = int(one.values.size());
    if (one.earliestStart < 1 || one.latestStart > days - 1 || one.earliestStart > one.latestStart ||
        one.observedStart < one.earliestStart || one.observedStart > one.latestStart)
        return RandomisationText::tr("Participant %1: the start window %2–%3 and the start %4 "
                                     "must lie inside days 1–%5 with the start in the window.")
            .arg(c + 1)
            .arg(one.earliestStart)
            .arg(one.latestStart)
            .arg(one.observedStart)
            .arg(days - 1);
    return {};
}

// The A mean minus the B mean for every start in one participant's window.
QList<std::optional<double>> differencesPerStart(const MultipleBaselineCase& one)
{
    const int days = int(one.values.size());
    QList<std::optional<double>> perStart;
    for (int start = one.earliestStart; start <= one.latestStart; ++start) {
        Assignment assignment(std::size_t(days), 0);
        std::fill(assignment.begin() + start, assignment.end(), std::uint8_t(1));
        perStart.append(testStatistic(assignment, one.values, TestStatistic::AMinusB));
    }
    return perStart;
}

// The statistic of one combination of starts (indices into each window); nullopt when a case has none.
std::optional<double> combinedStatistic(const StartDifferences& differences, const std::vector<int>& starts,
                                        TestStatistic statistic)
{
    double sum = 0;
    for (qsizetype c = 0; c < differences.size(); ++c) {
        const auto d = differences[c][starts[std::size_t(c)]];
        if (!d)
            return std::nullopt;
        sum += *d;
    }
    const double meanDifference = sum / double(differences.size());
    return finish(statistic == TestStatistic::AMinusB   ? TestStatistic::AMinusB
                  : statistic == TestStatistic::BMinusA ? TestStatistic::BMinusA
                                                        : TestStatistic::AbsAB,
                  meanDifference, 0.0);
}

// The exact test: counts every combination of starts, like an odometer over the windows.
void countEveryStartCombination(const StartDifferences& differences, RandomisationResult& result)
{
    std::vector<int> starts(std::size_t(differences.size()), 0);
    while (true) {
        ++result.denominator;
        const auto s = combinedStatistic(differences, starts, result.statistic);
        if (s && atLeast(*s, result.observed))
            ++result.atLeast;
        qsizetype c = differences.size() - 1;
        while (c >= 0 && starts[std::size_t(c)] == int(differences[c].size()) - 1)
            starts[std::size_t(c--)] = 0;
        if (c < 0)
            break;
        ++starts[std::size_t(c)];
    }
    result.numerator = result.atLeast;
}

// The Monte Carlo test: counts options.draws random combinations of starts.
void countRandomStartCombinations(const StartDifferences& differences, const RandomisationOptions& options,
                                  RandomisationResult& result)
{
    result.exact = false;
    result.draws = options.draws;
    result.seed = options.seed;
    std::vector<int> starts(std::size_t(differences.size()));
    SeededRandom random(options.seed);
    for (int i = 0; i < options.draws; ++i) {
        for (qsizetype c = 0; c < differences.size(); ++c)
            starts[std::size_t(c)] = int(random.below(std::uint64_t(differences[c].size())));
        const auto s = combinedStatistic(differences, starts, result.statistic);
        if (s && atLeast(*s, result.observed))
            ++result.atLeast;
    }
    result.numerator = result.atLeast + 1;
    result.denominator = std::uint64_t(options.draws) + 1;
}

} // namespace

std::optional<RandomisationResult> multipleBaselineTest(const QList<MultipleBaselineCase>& cases,
                                                        TestStatistic statistic, const RandomisationOptions& options,
                                                        QString* problem)
{
    if (cases.isEmpty())
        return fail(problem, RandomisationText::tr("A multiple-baseline test needs at least one participant."));
    if (isPhaseStatistic(statistic))
        return fail(problem, RandomisationText::tr("A multiple baseline is tested with A-B, B-A or |A-B|."));
    if (const QString p = checkOptions(options); !p.isEmpty())
        return fail(problem, p);
    // Each participant's A mean minus B mean for every start in their window: the test then only adds.
    StartDifferences differences;
    std::uint64_t count = 1;
    double magnitudes = 0; // over all participants: the statistic adds their differences
    for (qsizetype c = 0; c < cases.size(); ++c) {
        const MultipleBaselineCase& one = cases[c];
        if (const QString p = baselineWindowProblem(one, c); !p.isEmpty())
            return fail(problem, p);
        if (const qsizetype day = addMagnitudes(one.values, magnitudes); day >= 0)
            return fail(problem,
                        RandomisationText::tr("Participant %1: %2").arg(c + 1).arg(valueProblem(one.values, day)));
        const QList<std::optional<double>> perStart = differencesPerStart(one);
        if (!perStart[one.observedStart - one.earliestStart])
            return fail(problem, RandomisationText::tr("Participant %1 has no measured A day or no measured B "
                                                       "day with the observed start.")
                                     .arg(c + 1));
        differences.append(perStart);
        count = std::numeric_limits<std::uint64_t>::max() / std::uint64_t(perStart.size()) < count
                    ? std::numeric_limits<std::uint64_t>::max()
                    : count * std::uint64_t(perStart.size());
    }
    std::vector<int> observedStarts(std::size_t(cases.size()));
    for (qsizetype c = 0; c < cases.size(); ++c)
        observedStarts[std::size_t(c)] = cases[c].observedStart - cases[c].earliestStart;
    RandomisationResult result;
    result.spec = {DesignType::AB, int(cases.first().values.size()), 1};
    result.statistic = statistic;
    result.assignments = count;
    result.observed = *combinedStatistic(differences, observedStarts, statistic);
    if (count <= exactAssignmentLimit)
        countEveryStartCombination(differences, result);
    else
        countRandomStartCombinations(differences, options, result);
    return result;
}

QString RandomisationText::statisticName(TestStatistic statistic)
{
    switch (statistic) {
    case TestStatistic::AMinusB:
        return tr("mean of A minus mean of B");
    case TestStatistic::BMinusA:
        return tr("mean of B minus mean of A");
    case TestStatistic::AbsAB:
        return tr("absolute difference of the A and B means");
    case TestStatistic::PAMinusPB:
        return tr("mean of the A phase means minus mean of the B phase means");
    case TestStatistic::PBMinusPA:
        return tr("mean of the B phase means minus mean of the A phase means");
    case TestStatistic::AbsPAPB:
        return tr("absolute difference of the A and B phase means");
    }
    return {};
}

QString RandomisationText::reading(const RandomisationResult& result, const QLocale& locale)
{
    const double p = result.p();
    const QString share = locale.toString(100.0 * (1.0 - p), 'f', 1);
    const QString pText = locale.toString(p, 'f', 4);
    QString text =
        result.exact
            ? tr("Randomisation test (%1, %2): observed %3; %4 of the %5 schedules that could have been drawn "
                 "give at least as large a value, p = %6. The change is larger than %7% of the possible "
                 "schedules.")
                  .arg(toString(result.statistic), statisticName(result.statistic),
                       locale.toString(result.observed, 'f', 3), locale.toString(qulonglong(result.numerator)),
                       locale.toString(qulonglong(result.denominator)), pText, share)
            : tr("Randomisation test (%1, %2): observed %3; %4 of %5 randomly drawn schedules (seed %6) give at "
                 "least as large a value, p = %7 (Monte Carlo, (1 + count)/(draws + 1)). The change is larger "
                 "than about %8% of the possible schedules.")
                  .arg(toString(result.statistic), statisticName(result.statistic),
                       locale.toString(result.observed, 'f', 3), locale.toString(qulonglong(result.atLeast)),
                       locale.toString(result.draws), QString::number(result.seed), pText, share);
    return text;
}

QString RandomisationText::limits()
{
    return tr("The test shows whether the difference is larger than chance under the schedule that was drawn; "
              "it does not show how large or how lasting the effect is, and it relies on the schedule having "
              "been fixed before the data were collected.");
}

namespace {
// A date as the locale writes it; the command line (the C locale) writes ISO dates.
QString dateIn(QDate date, const QLocale& locale)
{
    return locale == QLocale::c() ? isoDate(date) : locale.toString(date, QLocale::ShortFormat);
}
} // namespace

QString RandomisationText::lockedAfterData(const QDateTime& lockedUtc, const QDateTime& firstValueUtc,
                                           const QLocale& locale)
{
    return tr("Not valid as a randomisation test: this schedule was locked on %1, after data collection in its days "
              "had begun (first value on %2). The test assumes the schedule was fixed before any of its days were "
              "measured, so its p-value means nothing here.")
        .arg(dateIn(lockedUtc.toLocalTime().date(), locale), dateIn(firstValueUtc.toLocalTime().date(), locale));
}

QString RandomisationText::notPreRegistered(TestStatistic used, TestStatistic preRegistered)
{
    return tr("%1 is not the pre-registered statistic of this schedule (%2): an exploratory test, whose p-value "
              "does not carry the guarantee of the pre-registered one.")
        .arg(toString(used), toString(preRegistered));
}

} // namespace mb
