// Daily values as plot points: x is dayCoordinate() (core/Series.h), gaps are NaN points.
#pragma once

#include "core/Series.h"

#include <QList>
#include <QPointF>

namespace mb {

// The points of a daily series with a NaN point in every stretch of more than maxGapDays days without data,
// so that the line breaks there.
QList<QPointF> pointsWithGaps(const QList<DailyPoint>& points, int maxGapDays);

// The point on day, or nullptr; points sorted by date.
const DailyPoint* pointOn(const QList<DailyPoint>& points, QDate day);

} // namespace mb
