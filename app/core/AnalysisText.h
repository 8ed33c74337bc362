// The words around the numbers of an N-of-1 analysis: NAP bands, plain-language interpretation,
// honest caveats, and the rows the participant report prints. Shared by the GUI, CLI and report.
#pragma once

#include "core/InterventionAnalysis.h"

#include <QCoreApplication>
#include <QLocale>

namespace mb {

class AnalysisText {
    Q_DECLARE_TR_FUNCTIONS(AnalysisText)
public:
    // Parker & Vannest (2009): below 0.66 weak, 0.66 to 0.92 medium, 0.93 and above strong, on NAP rounded to two
    // decimals as it is shown (0.9297 reads 0.93, so strong).
    enum class Band { Weak, Medium, Strong };
    static Band napBand(double nap);
    static QString bandName(Band band);

    // A phase with fewer days than this is called short (What Works Clearinghouse: five points per
    // phase for a design without reservations).
    static constexpr int shortPhase = 5;
    // Tau-BC this far from Tau means the baseline trend matters for the conclusion.
    static constexpr double trendDifference = 0.2;

    // Two or three sentences for someone without statistics, or the reason nothing was computed.
    static QString interpretation(const InterventionAnalysis& analysis, const QLocale& locale);
    // Short phases, a trending baseline, overlapping interventions, and always: no randomisation.
    static QStringList caveats(const InterventionAnalysis& analysis, const QLocale& locale);

    // "higher is better" / "lower is better"; for a neutral measure, that it is analysed as an increase, neither
    // good nor bad.
    static QString directionText(Direction direction);
    // A number with decimals in the locale, or an em dash for none.
    static QString number(std::optional<double> value, const QLocale& locale, int decimals = 2);
    // "0.81 (95% CI 0.70 to 0.89)", "1.65 (SE 0.63)", "0.74", or the reason it is missing.
    static QString indexText(const IndexValue& index, const QLocale& locale, int decimals = 2);
    // "01/03/2024 to 28/03/2024, n = 26" (dates in the locale's short format)
    static QString phaseText(const PhaseSummary& phase, const QLocale& locale);
    // "Mood" or "Stemming", following the locale.
    static QString measureLabel(const Measure& measure, const QLocale& locale);

private:
    // interpretation() of a neutral measure: "higher" and "an increase" (or "a decrease"), never "better".
    static QString neutralInterpretation(const InterventionAnalysis& analysis, const QLocale& locale);
};

// One analysis as the participant report prints it: every cell already text in the report's language.
struct AnalysisSummaryRow {
    QString intervention;   // "Lactobacillus rhamnosus GG"
    QString measure;        // "Mood (higher is better)"
    QString baseline;       // phaseText() of the baseline
    QString treatment;      // phaseText() of the intervention phase
    QString means;          // "mean 5.1 → 6.3"
    QString nap;            // indexText() with the band: "0.81 (95% CI 0.70 to 0.89), medium"
    QString tau;            // indexText()
    QString tauU;           // indexText()
    QString tauBc;          // indexText()
    QString smd;            // indexText() of Hedges' g
    QString interpretation; // AnalysisText::interpretation()
    QStringList caveats;    // AnalysisText::caveats()
};

QList<AnalysisSummaryRow> summarizeForReport(const QList<InterventionAnalysis>& analyses, const QLocale& locale);

} // namespace mb
