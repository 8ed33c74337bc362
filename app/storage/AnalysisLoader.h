// Reading what the N-of-1 analyses and the cohort view need from a store: the shared path of the
// command line, the analysis panel, the cohort view and the participant report.
#pragma once

#include "core/Cohort.h"
#include "core/InterventionAnalysis.h"

#include <optional>

namespace mb {

class Store;

// One intervention of one participant against one measure (a key the store knows; else StorageError).
InterventionAnalysis loadAnalysis(Store& store, const Intervention& intervention, const QString& measureKey,
                                  int baselineDays = defaultBaselineDays);

// Every live intervention of a participant against each of measureKeys, in start order: the report's section.
QList<InterventionAnalysis> loadParticipantAnalyses(Store& store, qint64 participantId,
                                                    const QStringList& measureKeys = {QStringLiteral("mood"),
                                                                                      QStringLiteral("stress")},
                                                    int baselineDays = defaultBaselineDays);

// Who belongs to a cohort: an intervention name (case-insensitive) or a kind.
struct CohortSelection {
    QString name;
    std::optional<InterventionKind> kind; // used when set, instead of the name
};

// Each live participant with a matching intervention, aligned at the start of their first one,
// with their daily means of measureKey; by participant code.
QList<CohortMember> loadCohort(Store& store, const CohortSelection& selection, const QString& measureKey);

} // namespace mb
