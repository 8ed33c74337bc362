// The benchmark's data: made once by the demo generator in a work directory and reused by later runs.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace mb::bench {

// How much data: the trial of docs/ARCHITECTURE.md "Performance budgets" unless the options say otherwise.
struct BenchSize {
    qint64 observations = 10'000'000; // in the big database, about
    int participants = 5000;          // in the big database, plus TEN-YEARS
    int cohortParticipants = 2000;    // x 1 year in the cohort database
};

struct BenchData {
    QString dir;
    QString bigDatabase;    // participants x enough days x 1 measure, plus TEN-YEARS with 6 measures
    QString bigCsv;         // bigDatabase's observations as one tidy CSV
    QString tenthDatabase;  // the same participants with a tenth of the days (1M observations at 10M)
    QString tenthCsv;       // tenthDatabase's observations as one tidy CSV
    QString cohortDatabase; // cohortParticipants x 1 year, all with the same probiotic
    qint64 observations = 0;
    qint64 tenthObservations = 0;
    int participants = 0;
    double generateMs = 0;   // making bigDatabase with the demo generator, when it was made (kept in the dir)
    QStringList bigCsvParts; // bigCsv in files an import takes (CsvReader::maxFileBytes), each with the header
};

inline const QString tenYearCode = QStringLiteral("TEN-YEARS");
inline const QString cohortIntervention = QStringLiteral("Lactobacillus rhamnosus GG");
QStringList sixMeasures(); // the six the ten-year participant records

void removeDatabase(const QString& path); // with its WAL files

// "10M", "250k", "5000": a count with an optional k or M; 0 when it is not one.
qint64 parseCount(const QString& text);

// Makes what is missing in dir/<size> (all of it when fresh); log tells what takes long.
BenchData prepareData(const QString& dir, const BenchSize& size, bool fresh,
                      const std::function<void(const QString&)>& log);

} // namespace mb::bench
