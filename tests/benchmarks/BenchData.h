// The benchmark's data: made once by the demo generator in a work directory and reused by later runs.
#pragma once

#include <QString>

#include <functional>

namespace mb::bench {

struct BenchData {
    QString dir;
    QString bigDatabase;    // 300 participants x 10 years x 1 measure, plus TEN-YEARS with 6 measures
    QString bigCsv;         // bigDatabase's observations as one tidy CSV
    QString cohortDatabase; // 500 participants x 1 year, all with the same probiotic
    qint64 observations = 0;
};

inline const QString tenYearCode = QStringLiteral("TEN-YEARS");
inline const QString cohortIntervention = QStringLiteral("Lactobacillus rhamnosus GG");
QStringList sixMeasures(); // the six the ten-year participant records

void removeDatabase(const QString& path); // with its WAL files

// Makes what is missing in dir (all of it when fresh); log tells what takes long.
BenchData prepareData(const QString& dir, bool fresh, const std::function<void(const QString&)>& log);

} // namespace mb::bench
