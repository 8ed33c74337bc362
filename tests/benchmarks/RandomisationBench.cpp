// The randomisation test's enumeration: 100,000 assignments of 120 days, each with its A-B statistic, against a
// plain loop that fills and scores 100,000 prepared assignments of the same length (the floor any enumeration
// has), and the whole exact test of an ABAB design of 120 days.
#include "Measurements.h"
#include "core/RandomisationTest.h"

#include <QElapsedTimer>

#include <array>

namespace mb::bench {

namespace {

constexpr int assignments = 100000;
constexpr int days = 120;

double milliseconds(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

DayValues benchValues()
{
    DayValues values;
    for (int d = 0; d < days; ++d)
        values << 3.0 + 0.01 * ((d * 37) % 101);
    return values;
}

} // namespace

QList<BenchResult> measureRandomisation(int repeat)
{
    const DayValues values = benchValues();
    volatile double sink = 0;
    QList<double> enumerate, plain, exact;
    for (int run = 0; run < repeat; ++run) {
        enumerate << milliseconds([&] {
            int seen = 0;
            double sum = 0;
            forEachAssignment({DesignType::CRD, days, 1}, [&](const Assignment& labels) {
                sum += *testStatistic(labels, values, TestStatistic::AMinusB);
                return ++seen < assignments;
            });
            sink = sum;
        });
        // The baseline: the same number of assignments, made by rotating one prepared assignment, each scored
        // by the same statistic.
        Assignment labels(days, 0);
        for (int d = days / 2; d < days; ++d)
            labels[std::size_t(d)] = 1;
        plain << milliseconds([&] {
            double sum = 0;
            for (int i = 0; i < assignments; ++i) {
                std::rotate(labels.begin(), labels.begin() + 1, labels.end());
                sum += *testStatistic(labels, values, TestStatistic::AMinusB);
            }
            sink = sum;
        });
        exact << milliseconds([&] {
            Assignment observed(days, 0);
            for (int d = 0; d < days; ++d)
                observed[std::size_t(d)] = std::uint8_t(d * 4 / days);
            const auto r = randomisationTest({DesignType::ABAB, days, 10}, observed, values, TestStatistic::PBMinusPA,
                                             {}, nullptr);
            sink = r ? r->p() : -1;
        });
    }
    Q_UNUSED(sink);
    return {{QStringLiteral("randomisation: enumerate and score 100,000 CRD assignments of 120 days"),
             QStringLiteral("ms"), median(enumerate), QStringLiteral("plain loop over 100,000 assignments"),
             median(plain), 3.0, 1000.0},
            {QStringLiteral("randomisation: exact test of ABAB, 120 days, min phase 10 (91,881 assignments)"),
             QStringLiteral("ms"),
             median(exact),
             {},
             0,
             0,
             1000.0}};
}

} // namespace mb::bench
