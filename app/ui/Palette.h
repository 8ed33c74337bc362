// The colours of measures and intervention kinds, the same in every chart, list and export.
#pragma once

#include "core/Intervention.h"

#include <QColor>

namespace mb {

QColor measureColor(const QString& key, int fallbackIndex = 0);
QColor interventionColor(InterventionKind kind);

} // namespace mb
