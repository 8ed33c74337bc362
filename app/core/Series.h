// Building the chart's daily series as pure functions: daily means, rolling means, gaps, spans.
#pragma once

#include <QDate>
#include <QList>

#include <optional>

namespace mb {

struct Observation {
    QDate date; // the participant's local calendar date
    double value = 0;
};

struct DailyPoint {
    QDate date;
    double value = 0;
    bool operator==(const DailyPoint&) const = default;
};

// The values of a series, in its order, without their dates.
QList<double> valuesOf(const QList<DailyPoint>& points);

// One point per local date that has values: their mean. Input in any order; output by date.
QList<DailyPoint> dailyMeans(const QList<Observation>& observations);

// For each day with data, the mean of the daily values in the window of `days` calendar days
// ending that day (days without data are skipped, not filled). Input sorted by date.
QList<DailyPoint> rollingMean(const QList<DailyPoint>& daily, int days);

// Splits a date-sorted series where more than maxGapDays days pass without data
// (dates 1 and 4 are a gap of 2 missing days: still joined when maxGapDays is 2).
QList<QList<DailyPoint>> splitAtGaps(const QList<DailyPoint>& daily, int maxGapDays = 2);

struct DateSpan {
    QDate first;
    QDate last;
    bool operator==(const DateSpan&) const = default;
};

// The part of [first, last] inside the visible range, or nothing when they do not overlap.
std::optional<DateSpan> clipSpan(DateSpan span, DateSpan visible);

// The chart's x coordinate of a local date: whole days, so daylight saving never shifts it.
double dayCoordinate(QDate date);
QDate dateFromCoordinate(double x); // rounds to the nearest day

} // namespace mb
