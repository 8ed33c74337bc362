// When the next daily reminder is due: local times of day in a time zone, a snooze, and "not when today already
// has an entry". Pure (the caller passes "now"), daylight-saving aware: see docs/ARCHITECTURE.md "Reminders".
#pragma once

#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace mb {

class ReminderSchedule {
public:
    ReminderSchedule(QList<QTime> times, QTimeZone zone);

    // The instant (UTC) at which local time `time` happens on `date`: the first of the two when the hour is
    // repeated (autumn), the first valid minute after it when the time does not exist that day (spring).
    static QDateTime occurrence(QDate date, QTime time, const QTimeZone& zone);

    // The next reminder strictly after `after` (UTC), or an invalid QDateTime when no time is set and nothing is
    // snoozed. snoozedUntil (invalid: none) adds a one-off reminder. skipDay (invalid: none) is a local date that
    // already has an entry: no reminder, scheduled or snoozed, falls on it.
    QDateTime next(const QDateTime& after, const QDateTime& snoozedUntil = {}, QDate skipDay = {}) const;

    const QList<QTime>& times() const { return m_times; }

    // "08:30" <-> QTime; the settings' form of a list of times, sorted, without duplicates or seconds.
    static QStringList toStrings(const QList<QTime>& times);
    static QList<QTime> fromStrings(const QStringList& texts);

private:
    QList<QTime> m_times; // sorted, whole minutes, no duplicates
    QTimeZone m_zone;
};

} // namespace mb
