// Observations and interventions in, analyses and cohort members out.
#include "storage/AnalysisLoader.h"

#include "storage/Database.h"
#include "storage/Store.h"

#include <QHash>

namespace mb {

namespace {

// Whether the intervention has a stored randomisation schedule (whether it still reads as locked is for the test).
bool hasSchedule(Store& store, qint64 interventionId)
{
    Statement st = store.database().prepare(u"SELECT 1 FROM randomisation_schedule WHERE intervention_id = ?1");
    st.bind(1, interventionId);
    return st.step();
}

} // namespace

InterventionAnalysis loadAnalysis(Store& store, const Intervention& intervention, const QString& measureKey,
                                  int baselineDays)
{
    const Measure& measure = store.measures().require(measureKey);
    InterventionAnalysis analysis =
        analyzeIntervention(store.journal().observations(intervention.participantId, measure.key), intervention,
                            measure, baselineDays, store.interventions().list(intervention.participantId));
    analysis.randomised = hasSchedule(store, intervention.id);
    return analysis;
}

QList<InterventionAnalysis> loadParticipantAnalyses(Store& store, qint64 participantId, const QStringList& measureKeys,
                                                    int baselineDays)
{
    const QList<Intervention> interventions = store.interventions().list(participantId);
    QList<InterventionAnalysis> analyses;
    for (const QString& key : measureKeys) {
        const Measure& measure = store.measures().require(key);
        const QList<Observation> observations = store.journal().observations(participantId, key);
        for (const Intervention& intervention : interventions) {
            analyses.append(analyzeIntervention(observations, intervention, measure, baselineDays, interventions));
            analyses.last().randomised = hasSchedule(store, intervention.id);
        }
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
