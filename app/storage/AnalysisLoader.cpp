// Observations and interventions in, analyses and cohort members out.
#include "storage/AnalysisLoader.h"

#include "storage/Store.h"

#include <QHash>

namespace mb {

InterventionAnalysis loadAnalysis(Store& store, const Intervention& intervention, const QString& measureKey,
                                  int baselineDays)
{
    const Measure& measure = store.measures().require(measureKey);
    return analyzeIntervention(store.journal().observations(intervention.participantId, measure.key), intervention,
                               measure, baselineDays, store.interventions().list(intervention.participantId));
}

QList<InterventionAnalysis> loadParticipantAnalyses(Store& store, qint64 participantId, const QStringList& measureKeys,
                                                    int baselineDays)
{
    const QList<Intervention> interventions = store.interventions().list(participantId);
    QList<InterventionAnalysis> analyses;
    for (const QString& key : measureKeys) {
        const Measure& measure = store.measures().require(key);
        const QList<Observation> observations = store.journal().observations(participantId, key);
        for (const Intervention& intervention : interventions)
            analyses.append(analyzeIntervention(observations, intervention, measure, baselineDays, interventions));
    }
    std::stable_sort(analyses.begin(), analyses.end(),
                     [](const InterventionAnalysis& a, const InterventionAnalysis& b) {
                         return a.intervention.start < b.intervention.start;
                     });
    return analyses;
}

QList<CohortMember> loadCohort(Store& store, const CohortSelection& selection, const QString& measureKey)
{
    const QString key = store.measures().require(measureKey).key;
    const QList<Intervention> matches =
        selection.kind ? store.interventions().byKind(*selection.kind) : store.interventions().byName(selection.name);
    QHash<qint64, QString> codes;
    for (const Participant& p : store.participants().list())
        codes.insert(p.id, p.code);
    QList<CohortMember> members;
    QHash<qint64, bool> seen;
    for (const Intervention& i : matches) { // by participant, then start: the first one counts
        if (seen.contains(i.participantId) || !codes.contains(i.participantId))
            continue;
        seen.insert(i.participantId, true);
        members.append({i.participantId, codes.value(i.participantId), i.start,
                        dailyMeans(store.journal().observations(i.participantId, key))});
    }
    std::sort(members.begin(), members.end(),
              [](const CohortMember& a, const CohortMember& b) { return a.code < b.code; });
    return members;
}

} // namespace mb
