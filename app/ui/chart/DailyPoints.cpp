#include "ui/chart/DailyPoints.h"

#include <QtNumeric>

#include <algorithm>

namespace mb {

QList<QPointF> pointsWithGaps(const QList<DailyPoint>& points, int maxGapDays)
{
    QList<QPointF> result;
    result.reserve(points.size() + 16);
    // The segments of splitAtGaps(), without copying them out first.
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double day = dayCoordinate(points[i].date);
        if (i > 0 && points[i - 1].date.daysTo(points[i].date) - 1 > maxGapDays)
            result.append({day - 0.5, qQNaN()});
        result.append({day, points[i].value});
    }
    return result;
}

const DailyPoint* pointOn(const QList<DailyPoint>& points, QDate day)
{
    const auto it =
        std::lower_bound(points.cbegin(), points.cend(), day, [](const DailyPoint& p, QDate d) { return p.date < d; });
    return it != points.cend() && it->date == day ? &*it : nullptr;
}

} // namespace mb
