// The randomisation schedules stored with interventions: written once, locked (the table refuses updates and
// deletes), audited with the schedule's SHA-256; and the test of a stored schedule against the journal.
#pragma once

#include "core/Intervention.h"
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
    // the design is not valid, the assignment does not fit it, or the participant already has values within the
    // schedule's days (a schedule is fixed before data collection); NotFound when the intervention is gone.
    // Also InvalidInput when a day of the schedule lies outside its intervention or past lastAcceptedDate(), or
    // when another intervention of the participant with the same name (live or deleted) has a schedule on
    // overlapping days (a second draw of one pre-registration).
    // Returns the new row id.
    qint64 lock(const RandomisationSchedule& schedule, const QString& reason = {});
    // Stores a schedule locked in another database (a merged site's) as it was: its SHA-256 (checked against the
    // schedule) and its lock time, audited. Unlike lock(), values already in its days are no reason to refuse.
    qint64 adopt(const RandomisationSchedule& schedule, const QString& reason = {});

private:
    qint64 insert(const RandomisationSchedule& schedule, qint64 participantId, const QString& lockedUtc,
                  const QString& reason);
    void requireNoEarlierDraw(const RandomisationSchedule& schedule, const Intervention& intervention) const;
    Database& m_db;
};

// Why the intervention name, which has schedule, cannot be deleted (InterventionRepository::setDeleted() refuses it,
// the Interventions tab says so instead of asking).
QString lockedScheduleKeepsIntervention(const QString& name, const RandomisationSchedule& schedule);

// The participant's first value (of any measure, on a live entry) within schedule's days: its local date and
// its instant; nullopt when there is none.
struct FirstValue {
    QDate day;
    QDateTime atUtc;
};
std::optional<FirstValue> firstValueInSchedule(Database& db, const RandomisationSchedule& schedule,
                                               qint64 participantId);

// The test of a stored schedule on one measure, as the CLI, the Analysis tab and the report show it: the statistic
// chosen by chooseStatistic(), and whether the schedule was locked after data collection in its days had begun.
struct ScheduleTest {
    std::optional<RandomisationResult> result;
    QString problem; // why there is no result
    ChosenStatistic statistic;
    TestStatistic preRegistered = TestStatistic::BMinusA;
    std::optional<FirstValue> firstValue;
    bool lockedAfterData = false;
};
ScheduleTest testSchedule(Store& store, const RandomisationSchedule& schedule, qint64 participantId,
                          const QString& measureKey, std::optional<TestStatistic> requested = std::nullopt,
                          std::optional<RandomisationOptions> options = std::nullopt);

// The daily means of measureKey on each planned day of schedule (nullopt where nothing was recorded).
DayValues scheduleValues(Store& store, const RandomisationSchedule& schedule, qint64 participantId,
                         const QString& measureKey);

} // namespace mb
