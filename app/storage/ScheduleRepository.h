// The randomisation schedules stored with interventions: written once, locked (the table refuses updates and
// deletes), audited with the schedule's SHA-256; and the test of a stored schedule against the journal.
#pragma once

#include "core/RandomisationSchedule.h"

#include <optional>

namespace mb {

class Database;
class Store;

class ScheduleRepository {
public:
    explicit ScheduleRepository(Database& db)
        : m_db(db)
    {
    }

    std::optional<RandomisationSchedule> forIntervention(qint64 interventionId) const;
    // The schedules of a participant's live interventions, by intervention id.
    QList<RandomisationSchedule> forParticipant(qint64 participantId) const;

    // Stores schedule for its intervention and records it in the audit trail with its SHA-256 (recomputed
    // here). Throws StorageError: InvalidInput when the intervention already has a schedule (it is locked),
    // the design is not valid or the assignment does not fit it; NotFound when the intervention is gone.
    // Returns the new row id.
    qint64 lock(const RandomisationSchedule& schedule, const QString& reason = {});

private:
    Database& m_db;
};

// The daily means of measureKey on each planned day of schedule (nullopt where nothing was recorded).
DayValues scheduleValues(Store& store, const RandomisationSchedule& schedule, qint64 participantId,
                         const QString& measureKey);

} // namespace mb
