// The single-case effect sizes of docs/STATISTICS.md (NAP, Tau, Tau-U, Tau-BC, Hedges' g) for one baseline
// phase A against one treatment phase B, as SingleCaseES computes them; pure functions.
#pragma once

#include "core/Measure.h"
#include "core/Series.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace mb {

// Which way is better. "Decrease" analyses negated values, so every index reads "higher = improvement".
enum class Improvement { Increase, Decrease };

Improvement improvementFor(Direction direction); // a neutral measure is analysed as "increase"
QString toString(Improvement improvement);       // "increase", "decrease"

// The smallest phase the indices are computed for (docs/STATISTICS.md "Minimum phase length").
constexpr int minimumPhaseValues = 3;

// The tolerance of the NAP confidence limits (docs/STATISTICS.md "NAP confidence interval": Brent to 1e-12).
constexpr double napRootTolerance = 1e-12;

// --- The indices on plain numbers, in the improving direction already (see oriented()). ---

struct NapEstimate {
    double estimate = 0;
    std::optional<double> se; // the "unbiased" SE; nullopt when a phase has one value or V < 0
    std::optional<double> ciLower;
    std::optional<double> ciUpper; // Newcombe (2006) method 5
};

// NAP over all m·n pairs with ties as half, by sorting and counting: O((m + n) log(m + n)).
// a and b must not be empty. rootTolerance exists so tests can show where published digits come from.
NapEstimate nonOverlapOfAllPairs(const QList<double>& a, const QList<double>& b,
                                 double rootTolerance = napRootTolerance);

// (Σ sign(b − a) − Kendall's S of A against time) / (m·n), in O((m + n) log(m + n)).
double tauU(const QList<double>& a, const QList<double>& b);

// The Theil–Sen line of A against sessions 1..m: the median of all pairwise slopes and the median
// intercept. Selects the medians with nth_element over all m(m − 1)/2 slopes: O(m²) time and memory,
// about a millisecond for a year of baseline days. m must be at least 2.
struct TrendLine {
    double slope = 0;
    double intercept = 0;
    double at(double session) const { return intercept + slope * session; }
};
TrendLine theilSen(const QList<double>& a);

// Values with the trend at sessions firstSession, firstSession + 1, ... removed, in R's order of
// operations (value − intercept − slope·session), so exact ties come out as SingleCaseES finds them.
QList<double> detrended(const QList<double>& values, const TrendLine& trend, int firstSession);

// x, or −x for "decrease".
QList<double> oriented(const QList<double>& values, Improvement improvement);

// --- The whole analysis of two phases. ---

struct PhaseSummary {
    int n = 0;
    QDate first; // the first date with a value; invalid when the phase is empty
    QDate last;
    std::optional<double> mean;
    std::optional<double> sd; // sample SD, n − 1
    std::optional<double> median;
};
PhaseSummary summarizePhase(const QList<DailyPoint>& phase);

// One index: its estimate with an SE or confidence interval where it has one, or the reason why not.
struct IndexValue {
    std::optional<double> estimate;
    std::optional<double> se;
    std::optional<double> ciLower;
    std::optional<double> ciUpper;
    QString reason; // why the estimate (or its SE) is missing, in the user's language

    bool available() const { return estimate.has_value(); }
};

struct SingleCaseResult {
    Improvement improvement = Improvement::Increase;
    PhaseSummary baseline;
    PhaseSummary treatment;
    QString refusal; // why nothing could be computed (a phase too short); empty when computed
    IndexValue nap;
    IndexValue tau;                         // with the CI of NAP, rescaled
    IndexValue tauU;                        // estimate only
    IndexValue tauBc;                       // with the CI of NAP on the corrected values, rescaled
    IndexValue smd;                         // Hedges' g with its SE
    std::optional<TrendLine> baselineTrend; // of the raw values against sessions 1..m

    bool computed() const { return refusal.isEmpty(); }
};

// Every index of docs/STATISTICS.md for baseline A against treatment B (each in date order). Never yields
// NaN or infinity: what cannot be computed carries a reason instead.
SingleCaseResult analyzeSingleCase(const QList<DailyPoint>& baseline, const QList<DailyPoint>& treatment,
                                   Improvement improvement);

// The texts of the reasons, translatable.
class SingleCaseReasons {
    Q_DECLARE_TR_FUNCTIONS(SingleCaseReasons)
public:
    static QString tooFew(int baseline, int treatment);
    static QString noBaselineVariation();
    static QString noStandardError();
    static QString noInterval();
    static QString notFinite();
};

} // namespace mb
