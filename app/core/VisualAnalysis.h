// The visual-analysis aids of docs/STATISTICS.md "Visual-analysis aids": the conservative dual criterion
// (Fisher, Kelley & Lomas 2003), the lag-1 autocorrelation of each phase (as R's acf) and piecewise
// regression (Huitema & McKean 2000). Time t is the day relative to the intervention start (A negative,
// B from 0). Pure functions, Qt Core only.
#pragma once

#include "core/Series.h"
#include "core/SingleCase.h"

#include <QList>

#include <optional>

namespace mb {

struct TimedValue {
    double t = 0;
    double value = 0;
};

// P(X ≥ k) for X ~ Binomial(n, 1/2).
double binomialUpperTail(int k, int n);

struct CdcResult {
    int exceeding = 0;    // B points beyond both shifted lines in the direction of improvement
    int n = 0;            // B points
    double p = 1;         // one-sided binomial P(X ≥ exceeding | n, 1/2)
    double shift = 0;     // 0.25 · SD(A), signed in the direction of improvement
    double meanLine = 0;  // mean(A) + shift
    double slope = 0;     // OLS trend of A on t
    double intercept = 0; // at t = 0, before the shift
};
// nullopt when A has fewer than 3 values or fewer than 2 distinct times, or B is empty.
std::optional<CdcResult> conservativeDualCriterion(const QList<TimedValue>& a, const QList<TimedValue>& b,
                                                   Improvement improvement);

// Σ (x_i − x̄)(x_{i+1} − x̄) / Σ (x_i − x̄)² over the values in time order (R's acf, lag 1); nullopt with fewer
// than 3 values or no variation.
std::optional<double> lag1Autocorrelation(const QList<double>& values);

// Above this |r| the autocorrelation is called large (NAP and Tau assume independent days).
constexpr double largeAutocorrelation = 0.3;

struct PiecewiseResult {
    double intercept = 0;   // the baseline line at t = 0
    double trend = 0;       // the baseline slope per day
    double levelChange = 0; // the jump at t = 0
    double levelChangeSe = 0;
    double slopeChange = 0;
    double slopeChangeSe = 0;
    int residualDf = 0;
};
// OLS of y on 1, t, D, t·D (D = 1 in B); nullopt when either phase has fewer than 2 distinct times or there
// are no residual degrees of freedom.
std::optional<PiecewiseResult> piecewiseRegression(const QList<TimedValue>& a, const QList<TimedValue>& b);

struct VisualAnalysisResult {
    std::optional<CdcResult> cdc;
    std::optional<double> baselineAutocorrelation;
    std::optional<double> treatmentAutocorrelation;
    std::optional<PiecewiseResult> piecewise;
};
// All of them for the two phases of an N-of-1 analysis, t counted in days from start.
VisualAnalysisResult visualAnalysis(const QList<DailyPoint>& baseline, const QList<DailyPoint>& treatment, QDate start,
                                    Improvement improvement);

// The plain-language reading, in the user's language.
class VisualAnalysisText {
    Q_DECLARE_TR_FUNCTIONS(VisualAnalysisText)
public:
    static QStringList reading(const VisualAnalysisResult& result, const QLocale& locale);
};

} // namespace mb
