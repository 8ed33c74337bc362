// NAP, Tau, Tau-U, Tau-BC and Hedges' g by counting over sorted values instead of all pairs.
#include "core/SingleCase.h"

#include "core/Statistics.h"

#include <algorithm>
#include <cmath>

namespace mb {

namespace {

// How the values of b compare with those of a, pair by pair, and per value of each phase.
struct PairCounts {
    qint64 greater = 0; // pairs with b > a
    qint64 ties = 0;
    qint64 less = 0;
    QList<double> rowScores;    // per a: Σ_b [b > a] + ½[b = a]
    QList<double> columnScores; // per b: Σ_a [b > a] + ½[b = a]
};

// Numbers of values in sorted that are below and equal to x.
std::pair<qint64, qint64> belowAndEqual(const QList<double>& sorted, double x)
{
    const auto lower = std::lower_bound(sorted.cbegin(), sorted.cend(), x);
    const auto upper = std::upper_bound(lower, sorted.cend(), x);
    return {lower - sorted.cbegin(), upper - lower};
}

PairCounts countPairs(const QList<double>& a, const QList<double>& b)
{
    QList<double> sortedA = a;
    QList<double> sortedB = b;
    std::sort(sortedA.begin(), sortedA.end());
    std::sort(sortedB.begin(), sortedB.end());
    PairCounts counts;
    counts.rowScores.reserve(a.size());
    for (double x : a) {
        const auto [below, equal] = belowAndEqual(sortedB, x);
        const qint64 above = b.size() - below - equal;
        counts.greater += above;
        counts.ties += equal;
        counts.less += below;
        counts.rowScores.append(double(above) + 0.5 * double(equal));
    }
    counts.columnScores.reserve(b.size());
    for (double y : b) {
        const auto [below, equal] = belowAndEqual(sortedA, y);
        counts.columnScores.append(double(below) + 0.5 * double(equal));
    }
    return counts;
}

double sumOfSquaredDeviations(const QList<double>& values, double centre)
{
    double sum = 0;
    for (double v : values)
        sum += (v - centre) * (v - centre);
    return sum;
}

// The "unbiased" variance of NAP (Sen 1967, Mee 1990) in SingleCaseES's centred form, with NAP
// truncated to [½/(mn), 1 − ½/(mn)] in the first term so that complete non-overlap keeps a positive SE.
std::optional<double> napStandardError(const PairCounts& counts, double nap, qint64 m, qint64 n)
{
    if (m < 2 || n < 2)
        return std::nullopt;
    const double mn = double(m) * double(n);
    const double q1 = sumOfSquaredDeviations(counts.rowScores, double(n) * nap) / (double(m) * double(n) * double(n));
    const double q2 =
        sumOfSquaredDeviations(counts.columnScores, double(m) * nap) / (double(m) * double(m) * double(n));
    // Σ(Q − NAP)² from the three kinds of pair, which avoids the cancellation of ΣQ² − mn·NAP².
    const double x = (double(counts.greater) * (1 - nap) * (1 - nap) + double(counts.ties) * (0.5 - nap) * (0.5 - nap) +
                      double(counts.less) * nap * nap) /
                     mn;
    const double truncation = 0.5 / mn;
    const double napT = std::clamp(nap, truncation, 1 - truncation);
    const double variance =
        (napT * (1 - napT) + double(n) * q1 + double(m) * q2 - 2 * x) / (double(m - 1) * double(n - 1));
    if (!(variance >= 0) || !std::isfinite(variance))
        return std::nullopt;
    return std::sqrt(variance);
}

// Newcombe's (2006) method 5 score function; its roots around NAP are the 95% confidence limits.
double newcombeScore(double x, double nap, double m, double n)
{
    const double h = (m + n) / 2 - 1;
    const double z2 = normalQuantile975 * normalQuantile975;
    return m * n * (nap - x) * (nap - x) * (2 - x) * (1 + x) - z2 * x * (1 - x) * (2 + h + (1 + 2 * h) * x * (1 - x));
}

// At NAP = 1 the score function also vanishes at x = 1 (and at NAP = 0 at x = 0); those trivial
// roots would make the interval a point. Dividing out the factor (1 − x), or x, leaves the limit
// Newcombe's method gives, found inside the open interval.
std::pair<std::optional<double>, std::optional<double>> newcombeInterval(double nap, double m, double n,
                                                                         double tolerance)
{
    auto score = [&](double x) {
        return newcombeScore(x, nap, m, n);
    };
    std::optional<double> lower = 0.0;
    std::optional<double> upper = 1.0;
    if (nap >= 1)
        lower = brentRoot([&](double x) { return x < 1 ? score(x) / (1 - x) : -1.0; }, 0, 1, tolerance);
    else if (nap > 0)
        lower = brentRoot(score, 0, nap, tolerance);
    if (nap <= 0)
        upper = brentRoot([&](double x) { return x > 0 ? score(x) / x : -1.0; }, 0, 1, tolerance);
    else if (nap < 1)
        upper = brentRoot(score, nap, 1, tolerance);
    return {lower, upper};
}

// Kendall's S of values against their order: Σ_{i<j} sign(v_j − v_i), with a Fenwick tree over ranks.
qint64 kendallSAgainstTime(const QList<double>& values)
{
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QList<qint64> tree(sorted.size() + 1, 0);
    auto countUpTo = [&](qsizetype rank) { // values seen so far with rank <= rank (1-based)
        qint64 total = 0;
        for (qsizetype i = rank; i > 0; i -= i & -i)
            total += tree[i];
        return total;
    };
    qint64 s = 0;
    for (qsizetype j = 0; j < values.size(); ++j) {
        const qsizetype rank = std::lower_bound(sorted.cbegin(), sorted.cend(), values[j]) - sorted.cbegin() + 1;
        const qint64 below = countUpTo(rank - 1);
        const qint64 above = j - countUpTo(rank);
        s += below - above;
        for (qsizetype i = rank; i < tree.size(); i += i & -i)
            ++tree[i];
    }
    return s;
}

bool allFinite(const IndexValue& index)
{
    for (const auto& v : {index.estimate, index.se, index.ciLower, index.ciUpper})
        if (v && !std::isfinite(*v))
            return false;
    return true;
}

IndexValue napIndex(const NapEstimate& nap)
{
    IndexValue index{nap.estimate, nap.se, nap.ciLower, nap.ciUpper, QString()};
    if (!nap.se)
        index.reason = SingleCaseReasons::noStandardError();
    else if (!nap.ciLower || !nap.ciUpper)
        index.reason = SingleCaseReasons::noInterval();
    return index;
}

// Tau on the scale of NAP: 2·NAP − 1, with the SE and interval rescaled the same way.
IndexValue tauFromNap(const NapEstimate& nap)
{
    IndexValue tau = napIndex(nap);
    auto rescale = [](std::optional<double>& v) {
        if (v)
            *v = 2 * *v - 1;
    };
    rescale(tau.estimate);
    rescale(tau.ciLower);
    rescale(tau.ciUpper);
    if (tau.se)
        *tau.se *= 2;
    return tau;
}

IndexValue hedgesG(const QList<double>& a, const QList<double>& b, Improvement improvement)
{
    IndexValue g;
    const double m = double(a.size());
    const double n = double(b.size());
    const double sdA = *sampleSd(a);
    const double sdB = *sampleSd(b);
    if (!(sdA > 0)) {
        g.reason = SingleCaseReasons::noBaselineVariation();
        return g;
    }
    const double df = m - 1;
    const double j = 1 - 3 / (4 * df - 1);
    double estimate = j * (*mean(b) - *mean(a)) / sdA;
    if (improvement == Improvement::Decrease)
        estimate = -estimate;
    g.estimate = estimate;
    g.se = j * std::sqrt(1 / m + (sdB * sdB) / (n * sdA * sdA) + estimate * estimate / (2 * df));
    return g;
}

// What cannot be a number for the user becomes a reason.
void guardFinite(IndexValue& index)
{
    if (allFinite(index))
        return;
    index = IndexValue{};
    index.reason = SingleCaseReasons::notFinite();
}

} // namespace

Improvement improvementFor(Direction direction)
{
    return direction == Direction::Lower ? Improvement::Decrease : Improvement::Increase;
}

QString toString(Improvement improvement)
{
    return improvement == Improvement::Decrease ? QStringLiteral("decrease") : QStringLiteral("increase");
}

NapEstimate nonOverlapOfAllPairs(const QList<double>& a, const QList<double>& b, double rootTolerance)
{
    NapEstimate result;
    if (a.isEmpty() || b.isEmpty())
        return result;
    const PairCounts counts = countPairs(a, b);
    const double mn = double(a.size()) * double(b.size());
    result.estimate = (double(counts.greater) + 0.5 * double(counts.ties)) / mn;
    result.se = napStandardError(counts, result.estimate, a.size(), b.size());
    const auto [lower, upper] = newcombeInterval(result.estimate, double(a.size()), double(b.size()), rootTolerance);
    result.ciLower = lower;
    result.ciUpper = upper;
    return result;
}

double tauU(const QList<double>& a, const QList<double>& b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const PairCounts counts = countPairs(a, b);
    const double betweenPhases = double(counts.greater - counts.less);
    return (betweenPhases - double(kendallSAgainstTime(a))) / (double(a.size()) * double(b.size()));
}

TrendLine theilSen(const QList<double>& a)
{
    QList<double> slopes;
    slopes.reserve(a.size() * (a.size() - 1) / 2);
    for (qsizetype i = 0; i < a.size(); ++i)
        for (qsizetype j = i + 1; j < a.size(); ++j)
            slopes.append((a[j] - a[i]) / double(j - i));
    TrendLine line;
    line.slope = median(std::move(slopes)).value_or(0);
    QList<double> intercepts;
    intercepts.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        intercepts.append(a[i] - double(i + 1) * line.slope);
    line.intercept = median(std::move(intercepts)).value_or(0);
    return line;
}

QList<double> detrended(const QList<double>& values, const TrendLine& trend, int firstSession)
{
    QList<double> result;
    result.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        result.append(values[i] - trend.intercept - trend.slope * double(firstSession + i));
    return result;
}

QList<double> oriented(const QList<double>& values, Improvement improvement)
{
    if (improvement == Improvement::Increase)
        return values;
    QList<double> result;
    result.reserve(values.size());
    for (double v : values)
        result.append(-v);
    return result;
}

PhaseSummary summarizePhase(const QList<DailyPoint>& phase)
{
    PhaseSummary summary;
    summary.n = int(phase.size());
    if (phase.isEmpty())
        return summary;
    summary.first = phase.first().date;
    summary.last = phase.last().date;
    const QList<double> values = valuesOf(phase);
    summary.mean = mean(values);
    summary.sd = sampleSd(values);
    summary.median = median(values);
    return summary;
}

SingleCaseResult analyzeSingleCase(const QList<DailyPoint>& baseline, const QList<DailyPoint>& treatment,
                                   Improvement improvement)
{
    SingleCaseResult result;
    result.improvement = improvement;
    result.baseline = summarizePhase(baseline);
    result.treatment = summarizePhase(treatment);
    if (baseline.size() < minimumPhaseValues || treatment.size() < minimumPhaseValues) {
        result.refusal = SingleCaseReasons::tooFew(int(baseline.size()), int(treatment.size()));
        for (IndexValue* index : {&result.nap, &result.tau, &result.tauU, &result.tauBc, &result.smd})
            index->reason = result.refusal;
        return result;
    }
    const QList<double> a = valuesOf(baseline);
    const QList<double> b = valuesOf(treatment);
    const QList<double> aUp = oriented(a, improvement);
    const QList<double> bUp = oriented(b, improvement);

    const NapEstimate nap = nonOverlapOfAllPairs(aUp, bUp);
    result.nap = napIndex(nap);
    result.tau = tauFromNap(nap);
    result.tauU.estimate = tauU(aUp, bUp);

    // Tau-BC: the trend is fitted to the raw values; only the comparison takes the direction.
    const TrendLine trend = theilSen(a);
    result.baselineTrend = trend;
    const int m = int(a.size());
    const NapEstimate corrected = nonOverlapOfAllPairs(oriented(detrended(a, trend, 1), improvement),
                                                       oriented(detrended(b, trend, m + 1), improvement));
    result.tauBc = tauFromNap(corrected);

    result.smd = hedgesG(a, b, improvement);
    for (IndexValue* index : {&result.nap, &result.tau, &result.tauU, &result.tauBc, &result.smd})
        guardFinite(*index);
    if (!std::isfinite(trend.slope) || !std::isfinite(trend.intercept))
        result.baselineTrend.reset();
    return result;
}

QString SingleCaseReasons::tooFew(int baseline, int treatment)
{
    return tr("Not computed: each phase needs at least %1 days with a value; the baseline has %2 and the "
              "intervention phase %3.")
        .arg(minimumPhaseValues)
        .arg(baseline)
        .arg(treatment);
}

QString SingleCaseReasons::noBaselineVariation()
{
    return tr("Not computed: every baseline value is the same, so there is no baseline spread to standardise by.");
}

QString SingleCaseReasons::noStandardError()
{
    return tr("No standard error: the variance estimate is not positive for these data.");
}

QString SingleCaseReasons::noInterval()
{
    return tr("No confidence interval: its limits could not be found for these data.");
}

QString SingleCaseReasons::notFinite()
{
    return tr("Not computed: the values are too extreme for a finite result.");
}

} // namespace mb
