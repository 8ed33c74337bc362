#include "ui/chart/LocalDayTicker.h"

#include "core/Series.h"

#include <cmath>

namespace mb {

QVector<double> LocalDayTicker::createTickVector(double, const QCPRange& range)
{
    const DayTicks ticks =
        dayTicks(dateFromCoordinate(std::ceil(range.lower)), dateFromCoordinate(std::floor(range.upper)), tickCount());
    m_unit = ticks.unit;
    QVector<double> result;
    result.reserve(ticks.dates.size());
    for (const QDate& d : ticks.dates)
        result.append(dayCoordinate(d));
    return result;
}

QString LocalDayTicker::getTickLabel(double tick, const QLocale&, QChar, int)
{
    return dayTickLabel(dateFromCoordinate(tick), m_unit);
}

} // namespace mb
