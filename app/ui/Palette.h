// The colours of measures and intervention kinds, the same in every chart, list and export.
#pragma once

#include "core/Intervention.h"

#include <QColor>
#include <QIcon>

namespace mb {

QColor measureColor(const QString& key, int fallbackIndex = 0);
QColor interventionColor(InterventionKind kind);
// A small round icon in a tag's colour ("#rrggbb"): the tag chips, the tag list, the chart's tag menu.
QIcon tagDot(const QString& colour);

} // namespace mb
