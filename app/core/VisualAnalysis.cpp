// CDC, lag-1 autocorrelation and piecewise regression.
#include "core/VisualAnalysis.h"

#include "core/Statistics.h"

#include <QLocale>

#include <array>
#include <cmath>

namespace mb {

namespace {

struct Line {
    double slope = 0;
    double intercept = 0; // at t = 0
};

std::optional<Line> ols(const QList<TimedValue>& points)
{
    if (points.size() < 2)
        return std::nullopt;
    double tMean = 0, yMean = 0;
    for (const TimedValue& p : points) {
        tMean += p.t;
        yMean += p.value;
    }
    tMean /= double(points.size());
    yMean /= double(points.size());
    double sxy = 0, sxx = 0;
    for (const TimedValue& p : points) {
        sxy += (p.t - tMean) * (p.value - yMean);
        sxx += (p.t - tMean) * (p.t - tMean);
    }
    if (sxx <= 0)
        return std::nullopt;
    const double slope = sxy / sxx;
    return Line{slope, yMean - slope * tMean};
}

// Solves the 4×4 symmetric positive definite system by Gauss–Jordan with partial pivoting and returns the
// inverse, or nullopt when it is singular.
std::optional<std::array<std::array<double, 4>, 4>> invert(std::array<std::array<double, 4>, 4> m)
{
    std::array<std::array<double, 4>, 4> inv{};
    for (int i = 0; i < 4; ++i)
        inv[i][i] = 1;
    for (int col = 0; col < 4; ++col) {
        int pivot = col;
        for (int r = col + 1; r < 4; ++r)
            if (std::abs(m[r][col]) > std::abs(m[pivot][col]))
                pivot = r;
        if (std::abs(m[pivot][col]) < 1e-12)
            return std::nullopt;
        std::swap(m[col], m[pivot]);
        std::swap(inv[col], inv[pivot]);
        const double d = m[col][col];
        for (int c = 0; c < 4; ++c) {
            m[col][c] /= d;
            inv[col][c] /= d;
        }
        for (int r = 0; r < 4; ++r) {
            if (r == col)
                continue;
            const double f = m[r][col];
            for (int c = 0; c < 4; ++c) {
                m[r][c] -= f * m[col][c];
                inv[r][c] -= f * inv[col][c];
            }
        }
    }
    return inv;
}

QList<TimedValue> timed(const QList<DailyPoint>& points, QDate start)
{
    QList<TimedValue> result;
    result.reserve(points.size());
    for (const DailyPoint& p : points)
        result.append({double(start.daysTo(p.date)), p.value});
    return result;
}

} // namespace

double binomialUpperTail(int k, int n)
{
    if (k <= 0)
        return 1;
    if (k > n)
        return 0;
    double sum = 0;
    for (int i = k; i <= n; ++i)
        sum += std::exp(std::lgamma(n + 1.0) - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0) - n * std::log(2.0));
    return std::min(1.0, sum);
}

std::optional<CdcResult> conservativeDualCriterion(const QList<TimedValue>& a, const QList<TimedValue>& b,
                                                   Improvement improvement)
{
    if (a.size() < 3 || b.isEmpty())
        return std::nullopt;
    const auto line = ols(a);
    if (!line)
        return std::nullopt;
    QList<double> values;
    for (const TimedValue& p : a)
        values.append(p.value);
    const double sign = improvement == Improvement::Increase ? 1.0 : -1.0;
    CdcResult result;
    result.slope = line->slope;
    result.intercept = line->intercept;
    result.shift = sign * 0.25 * sampleSd(values).value_or(0);
    result.meanLine = *mean(values) + result.shift;
    result.n = int(b.size());
    for (const TimedValue& p : b) {
        const double trend = line->intercept + line->slope * p.t + result.shift;
        if (sign * (p.value - trend) > 0 && sign * (p.value - result.meanLine) > 0)
            ++result.exceeding;
    }
    result.p = binomialUpperTail(result.exceeding, result.n);
    return result;
}

std::optional<double> lag1Autocorrelation(const QList<double>& values)
{
    if (values.size() < 3)
        return std::nullopt;
    const double m = *mean(values);
    double numerator = 0, denominator = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        denominator += (values[i] - m) * (values[i] - m);
        if (i + 1 < values.size())
            numerator += (values[i] - m) * (values[i + 1] - m);
    }
    if (denominator <= 0)
        return std::nullopt;
    return numerator / denominator;
}

std::optional<PiecewiseResult> piecewiseRegression(const QList<TimedValue>& a, const QList<TimedValue>& b)
{
    if (!ols(a) || !ols(b))
        return std::nullopt;
    const int n = int(a.size() + b.size());
    if (n <= 4)
        return std::nullopt;
    std::array<std::array<double, 4>, 4> xtx{};
    std::array<double, 4> xty{};
    auto add = [&](const TimedValue& p, double d) {
        const std::array<double, 4> x = {1.0, p.t, d, p.t * d};
        for (int i = 0; i < 4; ++i) {
            xty[i] += x[i] * p.value;
            for (int j = 0; j < 4; ++j)
                xtx[i][j] += x[i] * x[j];
        }
    };
    for (const TimedValue& p : a)
        add(p, 0);
    for (const TimedValue& p : b)
        add(p, 1);
    const auto inverse = invert(xtx);
    if (!inverse)
        return std::nullopt;
    // The coefficients from the two phase lines, which is exactly the OLS solution of this model.
    const Line la = *ols(a), lb = *ols(b);
    const std::array<double, 4> beta = {la.intercept, la.slope, lb.intercept - la.intercept, lb.slope - la.slope};
    double rss = 0;
    for (const TimedValue& p : a) {
        const double r = p.value - (la.intercept + la.slope * p.t);
        rss += r * r;
    }
    for (const TimedValue& p : b) {
        const double r = p.value - (lb.intercept + lb.slope * p.t);
        rss += r * r;
    }
    const double sigma2 = rss / double(n - 4);
    PiecewiseResult result;
    result.intercept = beta[0];
    result.trend = beta[1];
    result.levelChange = beta[2];
    result.slopeChange = beta[3];
    result.levelChangeSe = std::sqrt(sigma2 * (*inverse)[2][2]);
    result.slopeChangeSe = std::sqrt(sigma2 * (*inverse)[3][3]);
    result.residualDf = n - 4;
    return result;
}

VisualAnalysisResult visualAnalysis(const QList<DailyPoint>& baseline, const QList<DailyPoint>& treatment, QDate start,
                                    Improvement improvement)
{
    VisualAnalysisResult result;
    const QList<TimedValue> a = timed(baseline, start), b = timed(treatment, start);
    result.cdc = conservativeDualCriterion(a, b, improvement);
    result.baselineAutocorrelation = lag1Autocorrelation(valuesOf(baseline));
    result.treatmentAutocorrelation = lag1Autocorrelation(valuesOf(treatment));
    result.piecewise = piecewiseRegression(a, b);
    return result;
}

QStringList VisualAnalysisText::reading(const VisualAnalysisResult& result, const QLocale& locale)
{
    QStringList lines;
    if (result.cdc)
        lines << tr("Conservative dual criterion: %1 of %2 intervention days lie beyond both the shifted baseline "
                    "trend and the shifted baseline mean (p = %3, one-sided binomial test). It shows whether the "
                    "change is more than the baseline's own trend would give; not why.")
                     .arg(result.cdc->exceeding)
                     .arg(result.cdc->n)
                     .arg(locale.toString(result.cdc->p, 'f', 3));
    else
        lines << tr("Conservative dual criterion: needs at least 3 baseline days and 1 intervention day.");
    auto acf = [&](std::optional<double> r) {
        return r ? locale.toString(*r, 'f', 2) : QStringLiteral("—");
    };
    QString autocorrelation = tr("Lag-1 autocorrelation: baseline %1, intervention %2.")
                                  .arg(acf(result.baselineAutocorrelation), acf(result.treatmentAutocorrelation));
    const bool large =
        (result.baselineAutocorrelation && std::abs(*result.baselineAutocorrelation) > largeAutocorrelation) ||
        (result.treatmentAutocorrelation && std::abs(*result.treatmentAutocorrelation) > largeAutocorrelation);
    if (large)
        autocorrelation += u' ' + tr("This is large: consecutive days depend on each other, which NAP and Tau "
                                     "assume they do not, so their confidence intervals are too narrow.");
    lines << autocorrelation;
    if (result.piecewise)
        lines << tr("Piecewise regression: baseline trend %1 per day; at the start the level changes by %2 (SE %3) "
                    "and the trend by %4 per day (SE %5). A level change about twice its SE or more is unlikely "
                    "to be noise; the model assumes straight lines and independent days.")
                     .arg(locale.toString(result.piecewise->trend, 'f', 3),
                          locale.toString(result.piecewise->levelChange, 'f', 2),
                          locale.toString(result.piecewise->levelChangeSe, 'f', 2),
                          locale.toString(result.piecewise->slopeChange, 'f', 3),
                          locale.toString(result.piecewise->slopeChangeSe, 'f', 3));
    else
        lines << tr("Piecewise regression: needs at least 2 days in each phase and 5 in all.");
    return lines;
}

} // namespace mb
