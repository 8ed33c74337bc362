// One measured budget: value, baseline, limits, and its line of text or JSON.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mb::bench {

struct BenchResult {
    QString name;
    QString unit;
    double value = 0;
    QString baselineName; // empty: the budget is an absolute limit only
    double baseline = 0;
    double maxRatio = 0;    // 0: no ratio limit
    double maxValue = 0;    // 0: no absolute limit, in unit
    bool reference = false; // measured for comparison only: no budget, never over

    double ratio() const { return baseline > 0 ? value / baseline : 0; }
    bool ok() const;
    QString line() const; // "name: value unit (baseline value unit) ratio R, budget B: ok|over"
    QJsonObject json() const;
};

double median(QList<double> samples);

} // namespace mb::bench
