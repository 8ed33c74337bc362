// The words around Insights: one plain sentence per row, a headline for the top results and the caveat that
// these are associations (docs/STATISTICS.md "Insights"). Shared by the GUI, the CLI and the report.
#pragma once

#include "core/Insights.h"
#include "core/Measure.h"

#include <QCoreApplication>
#include <QLocale>

namespace mb {

class InsightsText {
    Q_DECLARE_TR_FUNCTIONS(InsightsText)
public:
    // An adjusted p below this "held up" after testing every factor and lag together.
    static constexpr double threshold = 0.05;
    static constexpr int headlineRows = 3;

    // "On days after kefir your mood was 1.4 points higher (95% CI 0.5 to 2.4); this held up after testing
    // 15 factors." — or the reason nothing was computed.
    static QString sentence(const InsightRow& row, const Measure& outcome, int tests, const QLocale& locale);
    // The sentences of up to headlineRows rows that held up, or that none did.
    static QStringList headline(const InsightsResult& result, const Measure& outcome, const QLocale& locale);
    // Association, not cause; the randomised N-of-1 design is how to find out.
    static QString caveat();
    // "same day", "1 day later", "2 days later".
    static QString lagText(int lag);
    // "Tag" or "Measure".
    static QString kindText(InsightRow::Kind kind);
    // "not enough days", "no variation" or an empty string for a computed row.
    static QString statusText(InsightRow::Status status);
    // "1.4 points", "0.8 h": an amount of the outcome measure.
    static QString amount(double value, const Measure& outcome, const QLocale& locale);
    // p to 3 decimals, "< 0.001" below that.
    static QString pText(std::optional<double> p, const QLocale& locale);
};

} // namespace mb
