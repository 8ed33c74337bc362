// Strict parsing and canonical formatting of the dates and times in files and on the command line.
#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace mb {

// The calendar dates MoodBiome stores, from the command line, imports and the dialogs alike: 1900-01-01 to
// 2200-12-31. Beyond them a local time may have no UTC instant a file can hold (year 10000).
QDate firstAcceptedDate();
QDate lastAcceptedDate();
// What is wrong with a date outside that range (for a message), or nullopt when it is accepted.
std::optional<QString> dateRangeProblem(QDate date);

// "YYYY-MM-DD" only; impossible dates such as 2025-02-30 give nullopt.
std::optional<QDate> parseIsoDate(QStringView text);
// "HH:MM" (24-hour) only.
std::optional<QTime> parseHourMinute(QStringView text);

QString isoDate(QDate date);      // 2025-01-05
QString hourMinute(QTime time);   // 08:30
QString isoUtc(const QDateTime&); // 2025-01-05T07:30:00Z
// A stored UTC instant as the clock on the wall reads it in the clock's zone (core/Clock.h), in the same notation:
// 2025-01-05 08:30. For messages; files and the audit trail keep isoUtc. Empty for an invalid time.
QString localDateTimeText(const QDateTime& utc);

// The same texts written into a caller's buffer, for bulk writes that must not allocate per row. They return
// false (and write nothing) when the year is outside 0–9999 or the value is invalid; the QString forms above
// then fall back to Qt's own text.
bool writeIsoDate(QDate date, char (&out)[10]);
bool writeHourMinute(QTime time, char (&out)[5]);
bool writeIsoUtc(const QDateTime& dt, char (&out)[20]);

// The UTC instant of a local date and optional time in a zone; without a time, local noon.
QDateTime localToUtc(QDate date, std::optional<QTime> time, const QTimeZone& zone);

// localToUtc for many entries (imports): QDateTime's zone arithmetic per call is slow, so the zone's
// offset is looked up once per local date. Dates near a transition go through localToUtc itself.
class LocalToUtc {
public:
    explicit LocalToUtc(QTimeZone zone)
        : m_zone(std::move(zone))
    {
    }
    QDateTime operator()(QDate date, std::optional<QTime> time);

private:
    QTimeZone m_zone;
    QHash<qint64, std::optional<int>> m_offsets; // by Julian day: the offset when it holds all day
};

} // namespace mb
