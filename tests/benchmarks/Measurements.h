// The five budgets of docs/ARCHITECTURE.md "Performance budgets", each against its baseline measured here and
// now; medians of repeat runs.
#pragma once

#include "BenchData.h"
#include "BenchResult.h"

namespace mb::bench {

// Start to first painted main window on the big database vs the bare window, and resident memory then
// (one participant charted) vs the bare window with an empty QCustomPlot.
QList<BenchResult> measureStartupAndMemory(const BenchData& data, int repeat);
// moodbiome-cli import of the tidy CSV into an empty database vs sqlite3's .import into a plain table.
BenchResult measureImport(const BenchData& data, int repeat);
// ChartView switching to the ten-year participant with six measures vs QCustomPlot setData + replot.
BenchResult measureSwitch(const BenchData& data, int repeat);
// Replot of the cohort view's chart with 500 participants x 1 year.
BenchResult measureCohort(const BenchData& data, int repeat);

} // namespace mb::bench
