// Daily reminder instants across daylight-saving changes (docs/ARCHITECTURE.md "Reminders").
#include "core/ReminderSchedule.h"

#include <algorithm>

namespace mb {

namespace {
QTime wholeMinute(QTime t)
{
    return QTime(t.hour(), t.minute());
}
} // namespace

ReminderSchedule::ReminderSchedule(QList<QTime> times, QTimeZone zone)
    : m_zone(std::move(zone))
{
    for (const QTime& t : times)
        if (t.isValid())
            m_times.append(wholeMinute(t));
    std::sort(m_times.begin(), m_times.end());
    m_times.erase(std::unique(m_times.begin(), m_times.end()), m_times.end());
}

QDateTime ReminderSchedule::occurrence(QDate date, QTime time, const QTimeZone& zone)
{
    // The local wall-clock time read as if it were UTC; each offset in force around it gives a candidate
    // instant, which is real when the zone shows that offset at that instant.
    const QDateTime naive(date, time, QTimeZone::utc());
    QList<int> offsets;
    for (int days : {-1, 0, 1})
        offsets.append(zone.offsetFromUtc(naive.addDays(days)));
    QDateTime first;
    for (int offset : offsets) {
        const QDateTime candidate = naive.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && (!first.isValid() || candidate < first))
            first = candidate;
    }
    if (first.isValid())
        return first;
    // In a gap (spring forward): the transition that skipped it is the first valid minute after it.
    const QDateTime before = naive.addSecs(-offsets.first());
    const QTimeZone::OffsetData transition = zone.previousTransition(before.addSecs(1)); // at or before
    return transition.atUtc.isValid() ? transition.atUtc.toUTC() : before;
}

QDateTime ReminderSchedule::next(const QDateTime& after, const QDateTime& snoozedUntil, QDate skipDay) const
{
    const QDateTime from = after.toUTC();
    const auto allowed = [&](const QDateTime& at) {
        return at > from && (!skipDay.isValid() || at.toTimeZone(m_zone).date() != skipDay);
    };
    QDateTime best;
    if (snoozedUntil.isValid() && allowed(snoozedUntil.toUTC()))
        best = snoozedUntil.toUTC();
    // Two days back covers a local date behind UTC; three ahead gets past a skipped day.
    const QDate today = from.toTimeZone(m_zone).date();
    for (int day = -1; day <= 3; ++day) {
        for (const QTime& t : m_times) {
            const QDateTime at = occurrence(today.addDays(day), t, m_zone);
            if (allowed(at) && (!best.isValid() || at < best))
                best = at;
        }
    }
    return best;
}

QStringList ReminderSchedule::toStrings(const QList<QTime>& times)
{
    QStringList texts;
    const ReminderSchedule sorted(times, QTimeZone::utc()); // kept alive through the loop
    for (const QTime& t : sorted.times())
        texts.append(t.toString(QStringLiteral("HH:mm")));
    return texts;
}

QList<QTime> ReminderSchedule::fromStrings(const QStringList& texts)
{
    QList<QTime> times;
    for (const QString& text : texts) {
        const QTime t = QTime::fromString(text.trimmed(), QStringLiteral("H:mm"));
        if (t.isValid())
            times.append(t);
    }
    return ReminderSchedule(times, QTimeZone::utc()).times();
}

} // namespace mb
