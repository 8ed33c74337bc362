// Interpretation and caveats of an N-of-1 analysis, in the user's language and number format.
#include "core/AnalysisText.h"

#include "core/DateText.h"

#include <cmath>

namespace mb {

namespace {
QString bandSentence(AnalysisText::Band band)
{
    switch (band) {
    case AnalysisText::Band::Weak:
        return AnalysisText::tr("By Parker and Vannest’s bands that is a weak effect.");
    case AnalysisText::Band::Medium:
        return AnalysisText::tr("By Parker and Vannest’s bands that is a medium effect.");
    case AnalysisText::Band::Strong:
        break;
    }
    return AnalysisText::tr("By Parker and Vannest’s bands that is a strong effect.");
}

QString intervalSentence(const IndexValue& nap, const QLocale& locale)
{
    if (!nap.ciLower || !nap.ciUpper)
        return {};
    const QString lower = AnalysisText::number(nap.ciLower, locale);
    const QString upper = AnalysisText::number(nap.ciUpper, locale);
    if (*nap.ciLower <= 0.5 && *nap.ciUpper >= 0.5)
        return AnalysisText::tr("Its 95% confidence interval, %1 to %2, includes %3: the data are also compatible "
                                "with no difference at all.")
            .arg(lower, upper, AnalysisText::number(0.5, locale, 1));
    return AnalysisText::tr("Its 95% confidence interval runs from %1 to %2.").arg(lower, upper);
}

QString shortPhaseCaveat(const PhaseSummary& phase, bool baseline)
{
    return baseline ? AnalysisText::tr("Short baseline: only %n day(s) with a value, so a few unusual days can move "
                                       "these numbers a lot.",
                                       "", phase.n)
                    : AnalysisText::tr("Short intervention phase: only %n day(s) with a value, so a few unusual days "
                                       "can move these numbers a lot.",
                                       "", phase.n);
}
} // namespace

AnalysisText::Band AnalysisText::napBand(double nap)
{
    // On the value as it is shown, with two decimals (number() rounds the same way): 0.9297 reads 0.93, strong.
    const double shown = QString::number(nap, 'f', 2).toDouble();
    if (shown >= 0.93)
        return Band::Strong;
    return shown >= 0.66 ? Band::Medium : Band::Weak;
}

QString AnalysisText::bandName(Band band)
{
    switch (band) {
    case Band::Weak:
        return tr("weak");
    case Band::Medium:
        return tr("medium");
    case Band::Strong:
        break;
    }
    return tr("strong");
}

QString AnalysisText::interpretation(const InterventionAnalysis& analysis, const QLocale& locale)
{
    const SingleCaseResult& r = analysis.result;
    if (!r.computed())
        return r.refusal;
    const double nap = *r.nap.estimate;
    if (analysis.measure.direction == Direction::Neutral)
        return neutralInterpretation(analysis, locale);
    QStringList sentences;
    sentences << tr("NAP %1 for %2: in %3% of all pairs of a baseline day and an intervention day, the intervention "
                    "day was better (%4; ties count half).")
                     .arg(number(nap, locale), measureLabel(analysis.measure, locale),
                          locale.toString(std::lround(nap * 100)), directionText(analysis.measure.direction));
    sentences << bandSentence(napBand(nap));
    if (nap < 0.5)
        sentences << tr("Values were more often worse than better during the intervention.");
    const QString interval = intervalSentence(r.nap, locale);
    if (!interval.isEmpty())
        sentences << interval;
    return sentences.join(u' ');
}

QString AnalysisText::neutralInterpretation(const InterventionAnalysis& analysis, const QLocale& locale)
{
    const double nap = *analysis.result.nap.estimate;
    QStringList sentences;
    sentences << tr("NAP %1 for %2: in %3% of all pairs of a baseline day and an intervention day, the intervention "
                    "day had the higher value (ties count half). For this measure a higher value is neither good nor "
                    "bad.")
                     .arg(number(nap, locale), measureLabel(analysis.measure, locale),
                          locale.toString(std::lround(nap * 100)));
    // The bands measure the size of a change; a NAP below 0.5 is a decrease of the size of 1 − NAP.
    const QString band = bandName(napBand(nap >= 0.5 ? nap : 1 - nap));
    sentences << (nap >= 0.5 ? tr("By Parker and Vannest’s bands the increase is %1.").arg(band)
                             : tr("By Parker and Vannest’s bands the decrease is %1.").arg(band));
    const QString interval = intervalSentence(analysis.result.nap, locale);
    if (!interval.isEmpty())
        sentences << interval;
    return sentences.join(u' ');
}

QStringList AnalysisText::caveats(const InterventionAnalysis& analysis, const QLocale& locale)
{
    const SingleCaseResult& r = analysis.result;
    QStringList caveats;
    if (r.baseline.n < shortPhase)
        caveats << shortPhaseCaveat(r.baseline, true);
    if (r.treatment.n < shortPhase)
        caveats << shortPhaseCaveat(r.treatment, false);
    if (r.tau.estimate && r.tauBc.estimate && r.baselineTrend &&
        std::abs(*r.tauBc.estimate - *r.tau.estimate) > trendDifference)
        caveats << tr("The baseline was already changing (%1 per recorded day). Corrected for that trend, Tau is %2 "
                      "instead of %3. Either part of the change began before the intervention, or the trend, carried "
                      "on over the whole intervention phase, overstates what would have happened: read both with "
                      "care.")

                       .arg(number(r.baselineTrend->slope, locale, 3), number(r.tauBc.estimate, locale),
                            number(r.tau.estimate, locale));
    if (!analysis.overlapping.isEmpty())
        caveats << tr("Also active during these weeks: %1. Their effects cannot be told apart from this one.")
                       .arg(analysis.overlapping.join(QStringLiteral(", ")));
    if (analysis.randomised)
        caveats << tr("One person, without blinding. The intervention has a locked randomised schedule, but these "
                      "effect sizes do not use it: they compare the baseline before the start with every day after "
                      "it, the planned A (no-treatment) days included, and show an association in time. The "
                      "randomisation test of the schedule compares the planned A days with the planned B days.");
    else
        caveats << tr("One person, without randomisation or blinding: these numbers show an association in time, not "
                      "proof that the intervention caused the change.");
    return caveats;
}

QString AnalysisText::directionText(Direction direction)
{
    switch (direction) {
    case Direction::Lower:
        return tr("lower is better");
    case Direction::Neutral:
        return tr("neutral: analysed as an increase, neither good nor bad");
    case Direction::Higher:
        break;
    }
    return tr("higher is better");
}

QString AnalysisText::number(std::optional<double> value, const QLocale& locale, int decimals)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("—");
    // Rounding can leave "-0.00"; a sign on zero only confuses.
    const double shown = std::abs(*value) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : *value;
    return locale.toString(shown, 'f', decimals);
}

QString AnalysisText::indexText(const IndexValue& index, const QLocale& locale, int decimals)
{
    if (!index.estimate)
        return index.reason;
    const QString estimate = number(index.estimate, locale, decimals);
    if (index.ciLower && index.ciUpper)
        return tr("%1 (95% CI %2 to %3)")
            .arg(estimate, number(index.ciLower, locale, decimals), number(index.ciUpper, locale, decimals));
    if (index.se)
        return tr("%1 (SE %2)").arg(estimate, number(index.se, locale, decimals));
    return estimate;
}

QString AnalysisText::phaseText(const PhaseSummary& phase, const QLocale& locale)
{
    if (phase.n == 0)
        return tr("no days with a value");
    return tr("%1 to %2, n = %3")
        .arg(locale.toString(phase.first, QLocale::ShortFormat), locale.toString(phase.last, QLocale::ShortFormat))
        .arg(phase.n);
}

QString AnalysisText::measureLabel(const Measure& measure, const QLocale& locale)
{
    return measure.label(locale.language() == QLocale::Dutch ? u"nl" : u"en");
}

QList<AnalysisSummaryRow> summarizeForReport(const QList<InterventionAnalysis>& analyses, const QLocale& locale)
{
    QList<AnalysisSummaryRow> rows;
    for (const InterventionAnalysis& a : analyses) {
        const SingleCaseResult& r = a.result;
        AnalysisSummaryRow row;
        row.intervention = a.intervention.name;
        row.measure = AnalysisText::tr("%1 (%2)").arg(AnalysisText::measureLabel(a.measure, locale),
                                                      AnalysisText::directionText(a.measure.direction));
        row.baseline = AnalysisText::phaseText(r.baseline, locale);
        row.treatment = AnalysisText::phaseText(r.treatment, locale);
        row.means = AnalysisText::tr("mean %1 → %2")
                        .arg(AnalysisText::number(r.baseline.mean, locale, 1),
                             AnalysisText::number(r.treatment.mean, locale, 1));
        row.nap = AnalysisText::indexText(r.nap, locale);
        if (r.nap.estimate)
            row.nap =
                AnalysisText::tr("%1, %2").arg(row.nap, AnalysisText::bandName(AnalysisText::napBand(*r.nap.estimate)));
        row.tau = AnalysisText::indexText(r.tau, locale);
        row.tauU = AnalysisText::indexText(r.tauU, locale);
        row.tauBc = AnalysisText::indexText(r.tauBc, locale);
        row.smd = AnalysisText::indexText(r.smd, locale);
        row.interpretation = AnalysisText::interpretation(a, locale);
        row.caveats = AnalysisText::caveats(a, locale);
        rows.append(row);
    }
    return rows;
}

} // namespace mb
