// Descriptive statistics of a list of values: n, mean, standard deviation, minimum and maximum.
#pragma once

#include <QList>

#include <optional>

namespace mb {

struct SummaryStatistics {
    qsizetype n = 0;
    double mean = 0;
    std::optional<double> sd; // sample standard deviation (n − 1); none for fewer than two values
    double minimum = 0;
    double maximum = 0;
};

// Nothing for an empty list.
std::optional<SummaryStatistics> summarize(const QList<double>& values);

} // namespace mb
