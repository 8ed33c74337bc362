// The budgets of docs/ARCHITECTURE.md "Performance budgets", each against its baseline measured here and
// now; medians of repeat runs.
#pragma once

#include "BenchData.h"
#include "BenchResult.h"

#include <functional>

namespace mb {
class Store;
}

namespace mb::bench {

// Start to first painted main window on the big database vs the bare window, and resident memory then
// (one participant charted) vs the bare window with an empty QCustomPlot.
QList<BenchResult> measureStartupAndMemory(const BenchData& data, int repeat);
// moodbiome-cli import of the tidy CSV into an empty database vs sqlite3's .import into a plain table; and the
// limit of SQLite writing those rows into MoodBiome's tables: sqlite3's .import of the rows the import wrote.
QList<BenchResult> measureImport(const BenchData& data, int repeat);
// moodbiome-cli start to exit for `score phq9` (no database, no window) vs `sqlite3 :memory: .quit`.
BenchResult measureCliStart(int repeat);

// The import dialog's path in this process (preview, then commit, both through the import pipeline with a
// progress observer, as the dialog's background job runs them) vs moodbiome-cli import of the same file (the
// tenth CSV: 1M rows at the default size).
BenchResult measureGuiImport(const BenchData& data, int repeat);
// ChartView switching to the ten-year participant with six measures vs QCustomPlot setData + replot.
BenchResult measureSwitch(const BenchData& data, int repeat);
// The times of repeat switches of a ChartView on store from P-001 to the ten-year participant; between runs
// (untimed) after each.
QList<double> switchTimes(Store& store, int repeat, const std::function<void()>& between = {});
// Replot of the cohort view's chart with the cohort database's participants x 1 year.
BenchResult measureCohort(const BenchData& data, int repeat);
// Enumerating 100,000 assignments of 120 days for the randomisation test vs a plain loop over as many.
QList<BenchResult> measureRandomisation(int repeat);

// moodbiome-cli export --format fhir of the tenth database vs its tidy CSV export (budget 3x), and the FHIR
// export's peak resident memory (reported; the export streams, so it stays flat however large the journal).
QList<BenchResult> measureFhirExport(const BenchData& data, int repeat);

// TrialMeasurements.cpp:
// Typing a code into the participant list's search, one key at a time, and taking it back: the slowest keystroke.
BenchResult measureParticipantFilter(const BenchData& data, int repeat);
// ReportWriter's PDF of one participant of the cohort database (one year).
BenchResult measureReport(const BenchData& data, int repeat);
// loadAnalysis of the ten-year participant's first intervention on mood vs reading that series.
BenchResult measureAnalyze(const BenchData& data, int repeat);

// EncryptionMeasurements.cpp (docs/SECURITY.md):
// moodbiome-cli import of the tenth CSV into a new encrypted database vs into a new plain one (budget 1.3x).
BenchResult measureEncryptedImport(const BenchData& data, int repeat);
// The participant switch on an encrypted copy of the tenth database vs on the plain one (budget 1.3x).
BenchResult measureEncryptedSwitch(const BenchData& data, int repeat);

} // namespace mb::bench
