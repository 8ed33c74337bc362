// Private to the plot base (includes qcustomplot.h): ticks on local midnights from a ladder of calendar steps,
// labelled in the default locale. x is whole local days (core/Series), so ticks never drift with DST.
#pragma once

#include "core/DayTicks.h"

#include <qcustomplot.h>

namespace mb {

class LocalDayTicker : public QCPAxisTicker {
public:
    TickUnit unit() const { return m_unit; }

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    int getSubTickCount(double) override { return 0; }
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;

private:
    TickUnit m_unit = TickUnit::Day;
};

} // namespace mb
