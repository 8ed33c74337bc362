// A drawn randomisation schedule as it is stored with an intervention and locked: the design, the start date,
// the seed and the drawn assignment, with the SHA-256 of its canonical form (docs/STATISTICS.md
// "Pre-registered schedules").
#pragma once

#include "core/RandomisationTest.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

namespace mb {

struct RandomisationSchedule {
    qint64 id = 0;
    qint64 interventionId = 0;
    DesignSpec spec;
    QDate start; // day 0 of the design
    std::uint64_t seed = 0;
    Assignment assignment;
    TestStatistic statistic = TestStatistic::BMinusA; // the default statistic of the test
    QString sha256;                                   // of canonicalJson(), lowercase hex
    QDateTime lockedUtc;

    QDate lastDay() const { return start.addDays(spec.days - 1); }
    // The planned label of a day, nullopt outside the schedule.
    std::optional<std::uint8_t> labelOn(QDate day) const;
    // "A"/"B" per day (phase designs: phases are the runs), as stored.
    QString letters() const;
};

// Draws a schedule of spec from seed (drawAssignment), with the given start and statistic.
RandomisationSchedule drawSchedule(const DesignSpec& spec, QDate start, std::uint64_t seed, TestStatistic statistic);

// The canonical JSON of everything that was fixed in advance (design, days, min phase, start, seed,
// assignment, statistic; compact, keys sorted), and its SHA-256.
QJsonObject canonicalJson(const RandomisationSchedule& schedule);
QString scheduleHash(const RandomisationSchedule& schedule);

// The statistic a test of schedule uses (docs/STATISTICS.md "Pre-registered schedules"): the stored, pre-registered
// one, unless requested names another; then that one, and preRegistered says it is not the pre-registered one (an
// exploratory test, which every view labels as such). The CLI, the Analysis tab and the report all choose here.
struct ChosenStatistic {
    TestStatistic statistic = TestStatistic::BMinusA;
    bool preRegistered = true;
};
ChosenStatistic chooseStatistic(const RandomisationSchedule& schedule,
                                std::optional<TestStatistic> requested = std::nullopt);

// Whether schedule was locked after its first value within its days (firstValueUtc, the instant of that value):
// it was not fixed before data collection began, so its randomisation test is not valid.
bool lockedAfterData(const RandomisationSchedule& schedule, const std::optional<QDateTime>& firstValueUtc);

// Parses the stored per-day letters back; nullopt when they do not fit the design.
std::optional<Assignment> assignmentFromLetters(const QString& letters, DesignType type);

} // namespace mb
