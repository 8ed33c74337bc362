// Phase windows from an intervention's dates, and the daily values that fall inside them.
#include "core/Phases.h"

#include <algorithm>

namespace mb {

namespace {
QList<DailyPoint> inside(const QList<DailyPoint>& daily, const DateSpan& span)
{
    auto before = [](const DailyPoint& p, QDate d) {
        return p.date < d;
    };
    const auto first = std::lower_bound(daily.cbegin(), daily.cend(), span.first, before);
    QList<DailyPoint> result;
    for (auto it = first; it != daily.cend() && it->date <= span.last; ++it)
        result.append(*it);
    return result;
}
} // namespace

PhaseWindows phaseWindows(const Intervention& intervention, int baselineDays, QDate lastDataDay)
{
    PhaseWindows windows;
    windows.baseline = {intervention.start.addDays(-baselineDays), intervention.start.addDays(-1)};
    QDate end = intervention.end;
    if (intervention.isEvent())
        end = intervention.start.addDays(baselineDays - 1);
    else if (intervention.isOngoing())
        end = lastDataDay.isValid() ? std::max(lastDataDay, intervention.start) : intervention.start;
    windows.treatment = {intervention.start, end};
    return windows;
}

Phases splitPhases(const QList<DailyPoint>& daily, const Intervention& intervention, int baselineDays)
{
    Phases phases;
    phases.windows = phaseWindows(intervention, baselineDays, daily.isEmpty() ? QDate() : daily.last().date);
    phases.baseline = inside(daily, phases.windows.baseline);
    phases.treatment = inside(daily, phases.windows.treatment);
    return phases;
}

} // namespace mb
