// Two passes over the values: the mean first, then the squared deviations from it (stable for our ranges).
#include "core/SummaryStatistics.h"

#include <algorithm>
#include <cmath>

namespace mb {

std::optional<SummaryStatistics> summarize(const QList<double>& values)
{
    if (values.isEmpty())
        return std::nullopt;
    SummaryStatistics s;
    s.n = values.size();
    double sum = 0;
    for (double v : values)
        sum += v;
    s.mean = sum / double(s.n);
    const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
    s.minimum = *lo;
    s.maximum = *hi;
    if (s.n > 1) {
        double squares = 0;
        for (double v : values)
            squares += (v - s.mean) * (v - s.mean);
        s.sd = std::sqrt(squares / double(s.n - 1));
    }
    return s;
}

} // namespace mb
