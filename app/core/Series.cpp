// Daily aggregation, rolling windows and gap detection over calendar days.
#include "core/Series.h"

#include <QMap>

#include <cmath>

namespace mb {

namespace {
// 1970-01-01 is day 0: small coordinates keep double precision and read well in a debugger.
constexpr qint64 epochJulianDay = 2440588;
} // namespace

QList<double> valuesOf(const QList<DailyPoint>& points)
{
    QList<double> values;
    values.reserve(points.size());
    for (const DailyPoint& p : points)
        values.append(p.value);
    return values;
}

QList<DailyPoint> dailyMeans(const QList<Observation>& observations)
{
    QList<DailyPoint> result;
    if (observations.isEmpty())
        return result;
    const bool sorted = std::is_sorted(observations.cbegin(), observations.cend(),
                                       [](const Observation& a, const Observation& b) { return a.date < b.date; });
    auto appendRun = [&](QDate date, double sum, int count) {
        result.append({date, sum / count});
    };
    if (sorted) {
        QDate current = observations.first().date;
        double sum = 0;
        int count = 0;
        for (const Observation& o : observations) {
            if (o.date != current) {
                appendRun(current, sum, count);
                current = o.date;
                sum = 0;
                count = 0;
            }
            sum += o.value;
            ++count;
        }
        appendRun(current, sum, count);
        return result;
    }
    QMap<QDate, std::pair<double, int>> byDate;
    for (const Observation& o : observations) {
        auto& [sum, count] = byDate[o.date];
        sum += o.value;
        ++count;
    }
    for (auto it = byDate.cbegin(); it != byDate.cend(); ++it)
        appendRun(it.key(), it->first, it->second);
    return result;
}

QList<DailyPoint> rollingMean(const QList<DailyPoint>& daily, int days)
{
    QList<DailyPoint> result;
    if (days < 1)
        return result;
    result.reserve(daily.size());
    double sum = 0;
    qsizetype first = 0;
    for (qsizetype i = 0; i < daily.size(); ++i) {
        sum += daily[i].value;
        const QDate windowStart = daily[i].date.addDays(-(days - 1));
        while (daily[first].date < windowStart)
            sum -= daily[first++].value;
        result.append({daily[i].date, sum / double(i - first + 1)});
    }
    return result;
}

QList<QList<DailyPoint>> splitAtGaps(const QList<DailyPoint>& daily, int maxGapDays)
{
    QList<QList<DailyPoint>> segments;
    for (qsizetype i = 0; i < daily.size(); ++i) {
        if (i == 0 || daily[i - 1].date.daysTo(daily[i].date) - 1 > maxGapDays)
            segments.append(QList<DailyPoint>());
        segments.last().append(daily[i]);
    }
    return segments;
}

std::optional<DateSpan> clipSpan(DateSpan span, DateSpan visible)
{
    const QDate first = std::max(span.first, visible.first);
    const QDate last = std::min(span.last, visible.last);
    if (!first.isValid() || !last.isValid() || last < first)
        return std::nullopt;
    return DateSpan{first, last};
}

double dayCoordinate(QDate date)
{
    return double(date.toJulianDay() - epochJulianDay);
}

QDate dateFromCoordinate(double x)
{
    return QDate::fromJulianDay(qint64(std::llround(x)) + epochJulianDay);
}

} // namespace mb
