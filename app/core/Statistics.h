// Numerical building blocks of the N-of-1 and cohort statistics: a bracketing root finder,
// Student's t quantile and the summary statistics of a sample.
#pragma once

#include <QList>

#include <functional>
#include <optional>

namespace mb {

// Brent's method (Brent 1973, "Algorithms for minimization without derivatives", ch. 4): a root of f
// in [lower, upper], where f(lower) and f(upper) do not have the same sign. Stops when the bracket
// around the root is within tolerance (plus a few ulps of the root), so the root is that accurate.
// Returns nullopt when the ends do not bracket a root or a value is not finite.
std::optional<double> brentRoot(const std::function<double(double)>& f, double lower, double upper, double tolerance,
                                int maxIterations = 1000);

// The tolerance R's uniroot() uses by default (.Machine$double.eps^0.25); only for reproducing
// numbers that were computed with it. Our own results use a far tighter tolerance.
double rUnirootDefaultTolerance();

// P(T <= t) for Student's t with df > 0 degrees of freedom.
double studentTCdf(double t, double df);
// The p-quantile of Student's t with df > 0 degrees of freedom, for 0 < p < 1; accurate to about 1e-12.
double studentTQuantile(double p, double df);

// The two-sided 97.5% point of the standard normal, as R's qnorm(0.975).
constexpr double normalQuantile975 = 1.959963984540054;

// Sample statistics; nullopt where the sample is too small (mean: empty; sd: fewer than 2).
std::optional<double> mean(const QList<double>& values);
std::optional<double> sampleSd(const QList<double>& values); // n - 1 in the denominator
// The middle value; of an even count, the mean of the middle two. Takes a copy: it reorders.
std::optional<double> median(QList<double> values);

} // namespace mb
