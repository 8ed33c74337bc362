// Choosing a tick step from a ladder of calendar steps, then walking the calendar.
#include "core/DayTicks.h"

#include <QLocale>

namespace mb {

namespace {
struct Step {
    TickUnit unit;
    int step;
    int approxDays;
};
constexpr Step ladder[] = {
    {TickUnit::Day, 1, 1},      {TickUnit::Day, 2, 2},        {TickUnit::Week, 1, 7},    {TickUnit::Week, 2, 14},
    {TickUnit::Month, 1, 30},   {TickUnit::Month, 2, 61},     {TickUnit::Month, 3, 91},  {TickUnit::Month, 6, 182},
    {TickUnit::Year, 1, 365},   {TickUnit::Year, 2, 730},     {TickUnit::Year, 5, 1826}, {TickUnit::Year, 10, 3652},
    {TickUnit::Year, 25, 9131}, {TickUnit::Year, 100, 36525},
};

QDate firstTick(QDate from, const Step& s)
{
    switch (s.unit) {
    case TickUnit::Day: {
        // Even steps on even day numbers so ticks stay put while panning.
        const qint64 jd = from.toJulianDay();
        return QDate::fromJulianDay(jd + (s.step - jd % s.step) % s.step);
    }
    case TickUnit::Week: {
        QDate monday = from.addDays((8 - from.dayOfWeek()) % 7);
        if (s.step == 2 && (monday.toJulianDay() / 7) % 2)
            monday = monday.addDays(7);
        return monday;
    }
    case TickUnit::Month: {
        QDate d(from.year(), from.month(), 1);
        if (d < from)
            d = d.addMonths(1);
        while ((d.month() - 1) % s.step)
            d = d.addMonths(1);
        return d;
    }
    case TickUnit::Year:
        break;
    }
    int year = from.year() + (QDate(from.year(), 1, 1) < from ? 1 : 0);
    year += (s.step - year % s.step) % s.step;
    return QDate(year, 1, 1);
}

QDate next(QDate d, const Step& s)
{
    switch (s.unit) {
    case TickUnit::Day:
        return d.addDays(s.step);
    case TickUnit::Week:
        return d.addDays(7 * s.step);
    case TickUnit::Month:
        return d.addMonths(s.step);
    case TickUnit::Year:
        break;
    }
    return d.addYears(s.step);
}
} // namespace

DayTicks dayTicks(QDate from, QDate to, int maxTicks)
{
    DayTicks result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    const qint64 span = from.daysTo(to) + 1;
    const Step* chosen = &ladder[std::size(ladder) - 1];
    for (const Step& s : ladder) {
        if (span / s.approxDays <= std::max(maxTicks, 1)) {
            chosen = &s;
            break;
        }
    }
    result.unit = chosen->unit;
    result.step = chosen->step;
    for (QDate d = firstTick(from, *chosen); d.isValid() && d <= to; d = next(d, *chosen))
        result.dates.append(d);
    return result;
}

QString dayTickLabel(QDate date, TickUnit unit)
{
    const QLocale locale;
    switch (unit) {
    case TickUnit::Day:
    case TickUnit::Week:
        return locale.toString(date, QStringLiteral("d MMM"));
    case TickUnit::Month:
        return locale.toString(date, QStringLiteral("MMM yyyy"));
    case TickUnit::Year:
        break;
    }
    return QString::number(date.year());
}

} // namespace mb
