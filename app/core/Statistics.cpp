// Brent's root finder, the incomplete beta function behind Student's t, and sample statistics.
#include "core/Statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mb {

namespace {

constexpr double epsilon = std::numeric_limits<double>::epsilon();

bool sameSign(double x, double y)
{
    return (x > 0 && y > 0) || (x < 0 && y < 0);
}

// The step Brent's method takes from best towards contra: interpolation through the last points
// (secant with two, inverse quadratic with three) when that stays well inside the bracket and
// shrinks fast enough, else bisection.
double brentStep(double previous, double best, double fBest, double last, double fLast, double contra, double fContra,
                 double tolerance)
{
    const double bisection = (contra - best) / 2;
    if (std::abs(previous) < tolerance || std::abs(fLast) <= std::abs(fBest))
        return bisection;
    const double span = contra - best;
    double p = 0;
    double q = 0;
    if (last == contra) {
        const double s = fBest / fLast;
        p = span * s;
        q = 1 - s;
    } else {
        const double r1 = fLast / fContra;
        const double r2 = fBest / fContra;
        const double r3 = fBest / fLast;
        p = r3 * (span * r1 * (r1 - r2) - (best - last) * (r2 - 1));
        q = (r1 - 1) * (r2 - 1) * (r3 - 1);
    }
    if (p > 0)
        q = -q;
    else
        p = -p;
    const bool staysInside = p < 0.75 * span * q - std::abs(tolerance * q) / 2;
    const bool shrinksFast = p < std::abs(previous * q / 2);
    return staysInside && shrinksFast ? p / q : bisection;
}

// The continued fraction of the incomplete beta function (DLMF 8.17.22), evaluated with the
// modified Lentz method; converges quickly for x < (a + 1) / (a + b + 2).
double betaContinuedFraction(double a, double b, double x)
{
    constexpr double tiny = 1e-300;
    auto guard = [](double v) {
        return std::abs(v) < tiny ? tiny : v;
    };
    double c = 1;
    double d = 1 / guard(1 - (a + b) * x / (a + 1));
    double result = d;
    for (int m = 1; m <= 10000; ++m) {
        const double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
        d = 1 / guard(1 + even * d);
        c = guard(1 + even / c);
        result *= d * c;
        const double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
        d = 1 / guard(1 + odd * d);
        c = guard(1 + odd / c);
        const double factor = d * c;
        result *= factor;
        if (std::abs(factor - 1) < 1e-16)
            break;
    }
    return result;
}

// I_x(a, b) with y = 1 - x given separately, so that x close to 1 loses no precision.
double incompleteBeta(double a, double b, double x, double y)
{
    if (x <= 0)
        return 0;
    if (y <= 0)
        return 1;
    const double logFront = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log(y);
    if (x < (a + 1) / (a + b + 2))
        return std::exp(logFront) * betaContinuedFraction(a, b, x) / a;
    return 1 - std::exp(logFront) * betaContinuedFraction(b, a, y) / b;
}

// P(T > t) for t >= 0, computed directly rather than as 1 - cdf so that far tails keep their digits.
double studentTUpperTail(double t, double df)
{
    const double t2 = t * t;
    return 0.5 * incompleteBeta(df / 2, 0.5, df / (df + t2), t2 / (df + t2));
}

} // namespace

std::optional<double> brentRoot(const std::function<double(double)>& f, double lower, double upper, double tolerance,
                                int maxIterations)
{
    // best: the best estimate so far; last: the previous one; contra: brackets the root with best.
    double last = lower;
    double best = upper;
    double fLast = f(last);
    double fBest = f(best);
    if (!std::isfinite(fLast) || !std::isfinite(fBest))
        return std::nullopt;
    if (fLast == 0)
        return last;
    if (fBest == 0)
        return best;
    if (sameSign(fLast, fBest))
        return std::nullopt;
    double contra = last;
    double fContra = fLast;
    for (int iteration = 0; iteration <= maxIterations; ++iteration) {
        const double previous = best - last;
        if (std::abs(fContra) < std::abs(fBest)) {
            last = best;
            best = contra;
            contra = last;
            fLast = fBest;
            fBest = fContra;
            fContra = fLast;
        }
        const double tol = 2 * epsilon * std::abs(best) + tolerance / 2;
        if (std::abs((contra - best) / 2) <= tol || fBest == 0)
            return best;
        double step = brentStep(previous, best, fBest, last, fLast, contra, fContra, tol);
        if (std::abs(step) < tol)
            step = step > 0 ? tol : -tol;
        last = best;
        fLast = fBest;
        best += step;
        fBest = f(best);
        if (!std::isfinite(fBest))
            return std::nullopt;
        if (sameSign(fBest, fContra)) {
            contra = last;
            fContra = fLast;
        }
    }
    return std::nullopt;
}

double rUnirootDefaultTolerance()
{
    return std::pow(epsilon, 0.25);
}

double studentTCdf(double t, double df)
{
    const double tail = studentTUpperTail(std::abs(t), df);
    return t >= 0 ? 1 - tail : tail;
}

double studentTQuantile(double p, double df)
{
    if (!(p > 0 && p < 1) || !(df > 0))
        return std::numeric_limits<double>::quiet_NaN();
    if (p < 0.5)
        return -studentTQuantile(1 - p, df);
    const double tail = 1 - p;
    if (tail == 0.5)
        return 0;
    double upper = 1;
    while (studentTUpperTail(upper, df) > tail && upper < 1e300)
        upper *= 2;
    const auto root =
        brentRoot([&](double t) { return studentTUpperTail(t, df) - tail; }, 0, upper, 1e-13 * std::max(1.0, upper));
    return root.value_or(std::numeric_limits<double>::quiet_NaN());
}

std::optional<double> mean(const QList<double>& values)
{
    if (values.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

std::optional<double> sampleSd(const QList<double>& values)
{
    if (values.size() < 2)
        return std::nullopt;
    const double centre = *mean(values);
    double squares = 0;
    for (double v : values)
        squares += (v - centre) * (v - centre);
    return std::sqrt(squares / double(values.size() - 1));
}

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    // The other middle value is the largest of the lower half, which nth_element left before middle.
    const double below = *std::max_element(values.begin(), middle);
    return (below + *middle) / 2;
}

} // namespace mb
