// Daily means, phases and indices for one intervention and measure.
#include "core/InterventionAnalysis.h"

namespace mb {

namespace {
bool overlaps(const Intervention& other, const DateSpan& span)
{
    const QDate otherLast = other.isOngoing() ? span.last : other.end;
    return other.start <= span.last && otherLast >= span.first;
}
} // namespace

InterventionAnalysis analyzeIntervention(const QList<Observation>& observations, const Intervention& intervention,
                                         const Measure& measure, int baselineDays, const QList<Intervention>& others)
{
    InterventionAnalysis analysis;
    analysis.intervention = intervention;
    analysis.measure = measure;
    analysis.baselineDays = baselineDays;
    analysis.phases = splitPhases(dailyMeans(observations), intervention, baselineDays);
    analysis.result =
        analyzeSingleCase(analysis.phases.baseline, analysis.phases.treatment, improvementFor(measure.direction));
    analysis.visual = visualAnalysis(analysis.phases.baseline, analysis.phases.treatment, intervention.start,
                                     improvementFor(measure.direction));
    for (const Intervention& other : others) {
        if (other.id == intervention.id || other.deleted || analysis.overlapping.contains(other.name))
            continue;
        if (overlaps(other, analysis.phases.windows.baseline) || overlaps(other, analysis.phases.windows.treatment))
            analysis.overlapping.append(other.name);
    }
    return analysis;
}

} // namespace mb
