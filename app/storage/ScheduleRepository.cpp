// Reading and locking randomisation schedules.
#include "storage/ScheduleRepository.h"

#include "core/Clock.h"
#include "core/DateText.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/InterventionRepository.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

namespace mb {

namespace {

const QString selectColumns =
    QStringLiteral("SELECT id, intervention_id, design, days, min_phase, start_date, seed, assignment, statistic, "
                   "sha256, locked_utc, (SELECT name FROM intervention i WHERE i.id = intervention_id) "
                   "FROM randomisation_schedule ");

// A row that the table's CHECKs let through is not yet a schedule MoodBiome locked: an assignment that does not
// fit its design (BBAA for AB) was read as none at all, and every reader of the plan then indexed past its end.
// So a schedule is read only as a whole that its stored SHA-256 still covers; anything else is refused, named.
void requireLocked(const RandomisationSchedule& s, bool known, const Statement& st)
{
    if (known && s.start.isValid() && s.assignment.size() == std::size_t(s.spec.days) && scheduleHash(s) == s.sha256)
        return;
    throw StorageError(StorageError::Code::Corrupt,
                       StorageText::tr("The randomisation schedule of “%1” (intervention %2) is not one MoodBiome "
                                       "locked: its design, days, assignment or statistic do not fit together or no "
                                       "longer match its SHA-256, so the database was changed outside MoodBiome. "
                                       "Nothing was changed; run verify and restore a backup.")
                           .arg(st.text(11))
                           .arg(s.interventionId));
}

RandomisationSchedule read(const Statement& st)
{
    RandomisationSchedule s;
    s.id = st.int64(0);
    s.interventionId = st.int64(1);
    const auto design = designTypeFromString(st.text(2));
    s.spec.type = design.value_or(DesignType::AB);
    s.spec.days = int(st.int64(3));
    s.spec.minPhase = int(st.int64(4));
    s.start = st.date(5);
    s.seed = st.text(6).toULongLong();
    const auto assignment = assignmentFromLetters(st.text(7), s.spec.type);
    s.assignment = assignment.value_or(Assignment());
    const auto statistic = testStatisticFromString(st.text(8));
    s.statistic = statistic.value_or(defaultStatistic(s.spec.type, Improvement::Increase));
    s.sha256 = st.text(9);
    s.lockedUtc = QDateTime::fromString(st.text(10), Qt::ISODate);
    requireLocked(s, design && assignment && statistic, st);
    return s;
}

// The design, start, assignment and statistic of a schedule about to be locked fit together; else InvalidInput.
void requireValid(const RandomisationSchedule& schedule)
{
    using Code = StorageError::Code;
    if (const QString problem = designProblem(schedule.spec); !problem.isEmpty())
        throw StorageError(Code::InvalidInput, problem);
    if (!schedule.start.isValid())
        throw StorageError(Code::InvalidInput, StorageText::tr("The schedule needs a start date."));
    requireAcceptedDates({schedule.start});
    const auto parsed = assignmentFromLetters(schedule.letters(), schedule.spec.type);
    if (schedule.assignment.size() != std::size_t(schedule.spec.days) || !parsed)
        throw StorageError(Code::InvalidInput,
                           StorageText::tr("The drawn assignment does not fit the %1 design of %2 days.")
                               .arg(toString(schedule.spec.type))
                               .arg(schedule.spec.days));
    if (isPhaseStatistic(schedule.statistic) && !isPhaseDesign(schedule.spec.type))
        throw StorageError(Code::InvalidInput,
                           StorageText::tr("The statistic %1 needs a phase design.").arg(toString(schedule.statistic)));
}

// Every day of a schedule lies within its intervention (the planned A days too: they are days of the trial) and
// within the dates MoodBiome accepts; else InvalidInput naming the days, and nothing is locked.
void requireWithin(const RandomisationSchedule& schedule, const Intervention& intervention)
{
    const auto refuse = [](const QString& message) {
        throw StorageError(StorageError::Code::InvalidInput, message);
    };
    const QString days = isoDate(schedule.start) + u'…' + isoDate(schedule.lastDay());
    if (schedule.lastDay() > lastAcceptedDate())
        refuse(StorageText::tr("The schedule’s %1 days (%2) run past %3, the last date MoodBiome accepts. Nothing was "
                               "locked; choose an earlier start or fewer days.")
                   .arg(schedule.spec.days)
                   .arg(days, isoDate(lastAcceptedDate())));
    if (schedule.start < intervention.start)
        refuse(StorageText::tr("The schedule’s days (%1) begin before “%2” starts (%3): every planned day must lie "
                               "within the intervention. Nothing was locked; choose a start on or after %3.")
                   .arg(days, intervention.name, isoDate(intervention.start)));
    if (intervention.end.isValid() && schedule.lastDay() > intervention.end)
        refuse(StorageText::tr("The schedule’s days (%1) run past the end of “%2” (%3): every planned day must lie "
                               "within the intervention. Nothing was locked; choose fewer days or an earlier start.")
                   .arg(days, intervention.name, isoDate(intervention.end)));
}

} // namespace

QString lockedScheduleKeepsIntervention(const QString& name, const RandomisationSchedule& schedule)
{
    return StorageText::tr("“%1” has a locked randomisation schedule (%2, %3 days from %4, SHA-256 %5). A locked "
                           "schedule is a pre-registration, so its intervention cannot be deleted: the record of "
                           "it stays. Nothing was deleted; to stop the intervention, give it an end date.")
        .arg(name, toString(schedule.spec.type))
        .arg(schedule.spec.days)
        .arg(isoDate(schedule.start), schedule.sha256.left(12));
}

void ScheduleRepository::requireNoEarlierDraw(const RandomisationSchedule& schedule,
                                              const Intervention& intervention) const
{
    Statement st = m_db.prepare(QString(selectColumns + u"WHERE intervention_id IN (SELECT id FROM intervention "
                                                        u"WHERE participant_id = ?1 AND id <> ?2 AND "
                                                        u"trim(name) = ?3 COLLATE NOCASE)"));
    st.bind(1, intervention.participantId).bind(2, intervention.id).bind(3, intervention.name.trimmed());
    while (st.step()) {
        const RandomisationSchedule earlier = read(st);
        if (earlier.start > schedule.lastDay() || earlier.lastDay() < schedule.start)
            continue;
        throw StorageError(StorageError::Code::InvalidInput,
                           StorageText::tr("A randomisation schedule for “%1” was already locked for this "
                                           "participant on overlapping days (%2, %3 to %4, locked %5, SHA-256 %6), "
                                           "on an intervention of the same name (id %7). A locked schedule is a "
                                           "pre-registration and is never drawn again. Nothing was locked.")
                               .arg(intervention.name, toString(earlier.spec.type), isoDate(earlier.start),
                                    isoDate(earlier.lastDay()), earlier.lockedUtc.toString(Qt::ISODate),
                                    earlier.sha256.left(12))
                               .arg(earlier.interventionId));
    }
}

std::optional<RandomisationSchedule> ScheduleRepository::forIntervention(qint64 interventionId) const
{
    Statement st = m_db.prepare(QString(selectColumns + u"WHERE intervention_id = ?1"));
    st.bind(1, interventionId);
    if (!st.step())
        return std::nullopt;
    return read(st);
}

QList<RandomisationSchedule> ScheduleRepository::forParticipant(qint64 participantId) const
{
    Statement st =
        m_db.prepare(QString(selectColumns + u"WHERE intervention_id IN (SELECT id FROM intervention WHERE "
                                             u"participant_id = ?1 AND deleted = 0) ORDER BY intervention_id"));
    st.bind(1, participantId);
    QList<RandomisationSchedule> result;
    while (st.step())
        result.append(read(st));
    return result;
}

qint64 ScheduleRepository::lock(const RandomisationSchedule& schedule, const QString& reason)
{
    using Code = StorageError::Code;
    Transaction tx(m_db);
    const auto intervention = InterventionRepository(m_db).byId(schedule.interventionId);
    if (!intervention || intervention->deleted)
        throw StorageError(Code::NotFound, StorageText::tr("That intervention no longer exists."));
    const qint64 participantId = intervention->participantId;
    const QString name = intervention->name;
    if (const auto existing = forIntervention(schedule.interventionId))
        throw StorageError(
            Code::InvalidInput,
            StorageText::tr("“%1” already has a locked randomisation schedule (%2, from %3, SHA-256 "
                            "%4); a locked schedule is never replaced.")
                .arg(name, toString(existing->spec.type), isoDate(existing->start), existing->sha256.left(12)));
    requireValid(schedule);
    requireWithin(schedule, *intervention);
    requireNoEarlierDraw(schedule, *intervention);
    if (const auto first = firstValueInSchedule(m_db, schedule, participantId))
        throw StorageError(Code::InvalidInput,
                           StorageText::tr("There are already values within the schedule’s days (%1 to %2), the "
                                           "first on %3: a randomised schedule must be fixed before data collection "
                                           "begins, so it was not locked. Choose a later start, after the last "
                                           "recorded day.")
                               .arg(isoDate(schedule.start), isoDate(schedule.lastDay()), isoDate(first->day)));
    const qint64 id = insert(schedule, participantId, clock().nowUtc().toString(Qt::ISODate), reason);
    tx.commit();
    return id;
}

qint64 ScheduleRepository::adopt(const RandomisationSchedule& schedule, const QString& reason)
{
    using Code = StorageError::Code;
    Transaction tx(m_db);
    Statement owner = m_db.prepare(u"SELECT participant_id FROM intervention WHERE id = ?1");
    owner.bind(1, schedule.interventionId);
    if (!owner.step())
        throw StorageError(Code::NotFound, StorageText::tr("That intervention no longer exists."));
    requireValid(schedule);
    if (scheduleHash(schedule) != schedule.sha256 || !schedule.lockedUtc.isValid())
        throw StorageError(Code::InvalidInput, StorageText::tr("The randomisation schedule does not match its SHA-256 "
                                                               "or has no time it was locked."));
    const qint64 id = insert(schedule, owner.int64(0), schedule.lockedUtc.toString(Qt::ISODate), reason);
    tx.commit();
    return id;
}

qint64 ScheduleRepository::insert(const RandomisationSchedule& schedule, qint64 participantId, const QString& lockedUtc,
                                  const QString& reason)
{
    const QString hash = scheduleHash(schedule);
    Statement st = m_db.prepare(u"INSERT INTO randomisation_schedule (intervention_id, design, days, min_phase, "
                                u"start_date, seed, assignment, statistic, sha256, locked_utc) "
                                u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    st.bind(1, schedule.interventionId)
        .bind(2, toString(schedule.spec.type))
        .bind(3, schedule.spec.days)
        .bind(4, schedule.spec.minPhase)
        .bind(5, isoDate(schedule.start))
        .bind(6, QString::number(schedule.seed))
        .bind(7, schedule.letters())
        .bind(8, toString(schedule.statistic))
        .bind(9, hash)
        .bind(10, lockedUtc)
        .run();
    const qint64 id = m_db.lastInsertRowId();
    QJsonObject values = canonicalJson(schedule);
    values.insert(QStringLiteral("intervention_id"), schedule.interventionId);
    values.insert(QStringLiteral("sha256"), hash);
    values.insert(QStringLiteral("locked_utc"), lockedUtc);
    AuditLog(m_db).record({.action = AuditLog::Action::Insert,
                           .table = QStringLiteral("randomisation_schedule"),
                           .rowId = id,
                           .participantId = participantId,
                           .newValues = values,
                           .reason = reason});
    return id;
}

std::optional<FirstValue> firstValueInSchedule(Database& db, const RandomisationSchedule& schedule,
                                               qint64 participantId)
{
    Statement st = db.prepare(u"SELECT local_date, at_utc FROM entry e WHERE participant_id = ?1 AND deleted = 0 "
                              u"AND local_date BETWEEN ?2 AND ?3 "
                              u"AND EXISTS (SELECT 1 FROM observation o WHERE o.entry_id = e.id) "
                              u"ORDER BY at_utc LIMIT 1");
    st.bind(1, participantId).bind(2, isoDate(schedule.start)).bind(3, isoDate(schedule.lastDay()));
    if (!st.step())
        return std::nullopt;
    return FirstValue{st.date(0), QDateTime::fromString(st.text(1), Qt::ISODate)};
}

ScheduleTest testSchedule(Store& store, const RandomisationSchedule& schedule, qint64 participantId,
                          const QString& measureKey, std::optional<TestStatistic> requested,
                          std::optional<RandomisationOptions> options)
{
    ScheduleTest test;
    test.statistic = chooseStatistic(schedule, requested);
    test.preRegistered = schedule.statistic;
    test.firstValue = firstValueInSchedule(store.database(), schedule, participantId);
    test.lockedAfterData =
        lockedAfterData(schedule, test.firstValue ? std::optional<QDateTime>(test.firstValue->atUtc) : std::nullopt);
    RandomisationOptions chosen = options.value_or(RandomisationOptions());
    if (!options)
        chosen.seed = schedule.seed;
    test.result = randomisationTest(schedule.spec, schedule.assignment,
                                    scheduleValues(store, schedule, participantId, measureKey),
                                    test.statistic.statistic, chosen, &test.problem);
    return test;
}

DayValues scheduleValues(Store& store, const RandomisationSchedule& schedule, qint64 participantId,
                         const QString& measureKey)
{
    DayValues values(schedule.spec.days);
    for (const DailyPoint& p : dailyMeans(store.journal().observations(participantId, measureKey))) {
        const qint64 index = schedule.start.daysTo(p.date);
        if (index >= 0 && index < schedule.spec.days)
            values[index] = p.value;
    }
    return values;
}

} // namespace mb
