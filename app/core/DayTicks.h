// Date-axis ticks on local midnights: whole calendar days, so daylight saving cannot repeat or skip one.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace mb {

enum class TickUnit { Day, Week, Month, Year };

struct DayTicks {
    TickUnit unit = TickUnit::Day;
    int step = 1; // in units
    QList<QDate> dates;
};

// Ticks for the days from..to, at most about maxTicks of them, on round dates: every day or
// second day, Mondays, first days of months, or January the first.
DayTicks dayTicks(QDate from, QDate to, int maxTicks);

// The label a tick gets in the default locale: "5 Jan", "Jan 2025", "2025".
QString dayTickLabel(QDate date, TickUnit unit);

} // namespace mb
