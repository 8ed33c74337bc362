// The cohort view's numbers: participants' daily series aligned at their intervention's start (day 0),
// with the cohort mean and its t-based 95% confidence interval per day.
#pragma once

#include "core/Series.h"

#include <QList>
#include <QString>

#include <optional>

namespace mb {

struct CohortMember {
    qint64 participantId = 0;
    QString code;
    QDate start; // day 0
    QList<DailyPoint> daily;
};

struct CohortDay {
    int day = 0;                            // days since the start; negative before it
    QList<std::optional<double>> values;    // one per member, in the members' order
    int count = 0;                          // members with a value this day (k)
    std::optional<double> mean;             // of those k values; from k = 1
    std::optional<double> ciLower, ciUpper; // mean ± t(0.975, k − 1)·sd/√k; from k = 2
};

// Day d of a member is its daily value on start + d. One CohortDay for every d from −daysBefore to
// daysAfter, also when nobody has a value that day. Linear in the members' data plus the days.
QList<CohortDay> alignCohort(const QList<CohortMember>& members, int daysBefore, int daysAfter);

} // namespace mb
