// Aligning members at day 0 and summarising each day across them.
#include "core/Cohort.h"

#include "core/Statistics.h"

#include <QHash>

#include <cmath>

namespace mb {

namespace {
// Mean and sample SD in two passes over the day's values, without copying them.
void summarizeDay(CohortDay& day, QHash<int, double>& tCache)
{
    double sum = 0;
    for (const auto& v : std::as_const(day.values))
        if (v) {
            sum += *v;
            ++day.count;
        }
    if (day.count == 0)
        return;
    const double centre = sum / day.count;
    day.mean = centre;
    if (day.count < 2)
        return;
    double squares = 0;
    for (const auto& v : std::as_const(day.values))
        if (v)
            squares += (*v - centre) * (*v - centre);
    const int df = day.count - 1;
    auto t = tCache.constFind(df);
    if (t == tCache.cend())
        t = tCache.insert(df, studentTQuantile(0.975, df));
    const double halfWidth = *t * std::sqrt(squares / df) / std::sqrt(double(day.count));
    day.ciLower = centre - halfWidth;
    day.ciUpper = centre + halfWidth;
}
} // namespace

QList<CohortDay> alignCohort(const QList<CohortMember>& members, int daysBefore, int daysAfter)
{
    QList<CohortDay> days;
    if (daysBefore < 0 || daysAfter < 0)
        return days;
    days.reserve(daysBefore + daysAfter + 1);
    for (int d = -daysBefore; d <= daysAfter; ++d)
        days.append(CohortDay{d, QList<std::optional<double>>(members.size()), 0, {}, {}, {}});
    for (qsizetype i = 0; i < members.size(); ++i) {
        const CohortMember& member = members[i];
        for (const DailyPoint& p : member.daily) {
            const qint64 d = member.start.daysTo(p.date);
            if (d >= -daysBefore && d <= daysAfter)
                days[qsizetype(d + daysBefore)].values[i] = p.value;
        }
    }
    QHash<int, double> tCache;
    for (CohortDay& day : days)
        summarizeDay(day, tCache);
    return days;
}

} // namespace mb
