// One N-of-1 analysis as the app shows it: an intervention, a measure, the phases taken from the
// participant's observations, the effect sizes, and the other interventions that overlap.
#pragma once

#include "core/Measure.h"
#include "core/Phases.h"
#include "core/SingleCase.h"
#include "core/VisualAnalysis.h"

namespace mb {

struct InterventionAnalysis {
    Intervention intervention;
    Measure measure;
    int baselineDays = defaultBaselineDays;
    Phases phases;
    SingleCaseResult result;
    VisualAnalysisResult visual; // CDC, autocorrelation and piecewise regression of the same phases
    QStringList overlapping;     // names of the participant's other interventions active during a phase
    // The intervention has a locked randomisation schedule (set by loadAnalysis()): the effect sizes then compare the
    // baseline with every later day, the planned A days included, and the caveats say so.
    bool randomised = false;
};

// observations: the participant's values of measure (several a day allowed, any order);
// others: the participant's interventions (the analysed one may be among them).
InterventionAnalysis analyzeIntervention(const QList<Observation>& observations, const Intervention& intervention,
                                         const Measure& measure, int baselineDays, const QList<Intervention>& others);

} // namespace mb
