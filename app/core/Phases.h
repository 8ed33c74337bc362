// Splitting a daily series into the baseline and intervention phases of docs/STATISTICS.md "Phases".
#pragma once

#include "core/Intervention.h"
#include "core/Series.h"

namespace mb {

// The default number of days before the start that make up the baseline, and the range offered.
// Two years at most: Tau-BC's Theil–Sen line looks at every pair of baseline days.
constexpr int defaultBaselineDays = 28;
constexpr int minimumBaselineDays = 3;
constexpr int maximumBaselineDays = 730;

struct PhaseWindows {
    DateSpan baseline;  // [start − baselineDays, start − 1]
    DateSpan treatment; // [start, end]; see phaseWindows()
};

// The calendar windows of the two phases. The treatment ends at the intervention's end date, or at
// lastDataDay while it is ongoing (never before its start); a one-day event is followed for
// baselineDays days from the event day.
PhaseWindows phaseWindows(const Intervention& intervention, int baselineDays, QDate lastDataDay);

struct Phases {
    PhaseWindows windows;
    QList<DailyPoint> baseline; // the days with a value inside each window, in date order
    QList<DailyPoint> treatment;
};

// daily: one value per date, sorted (dailyMeans()). Days without a value are skipped, not filled.
Phases splitPhases(const QList<DailyPoint>& daily, const Intervention& intervention, int baselineDays);

} // namespace mb
