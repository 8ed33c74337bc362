// The visual-analysis aids against the public reference (A 20,20,26,25,22,23; B 28,25,24,27,30,30,29):
// CDC 4 of 7 with p = 0.5, R's acf at lag 1, Huitema & McKean's piecewise regression with its SEs.
#include "core/VisualAnalysis.h"

#include <QTest>

#include <cmath>

using namespace mb;

namespace {

#define COMPARE_NEAR(actual, expected)                                                                                 \
    do {                                                                                                               \
        const double actual_ = (actual);                                                                               \
        const double expected_ = (expected);                                                                           \
        if (!(std::abs(actual_ - expected_) < 1e-9))                                                                   \
            qWarning("%s = %.17g, expected %.17g", #actual, actual_, expected_);                                       \
        QVERIFY(std::abs(actual_ - expected_) < 1e-9);                                                                 \
    } while (false)

const QList<double> referenceA = {20, 20, 26, 25, 22, 23};
const QList<double> referenceB = {28, 25, 24, 27, 30, 30, 29};

QList<TimedValue> timedFrom(const QList<double>& values, int firstT)
{
    QList<TimedValue> result;
    for (qsizetype i = 0; i < values.size(); ++i)
        result.append({double(firstT + i), values[i]});
    return result;
}

QList<DailyPoint> daysFrom(const QList<double>& values, QDate first)
{
    QList<DailyPoint> result;
    for (qsizetype i = 0; i < values.size(); ++i)
        result.append({first.addDays(i), values[i]});
    return result;
}

} // namespace

class TestVisualAnalysis : public QObject {
    Q_OBJECT
private slots:
    void binomialTail()
    {
        COMPARE_NEAR(binomialUpperTail(4, 7), 0.5);
        COMPARE_NEAR(binomialUpperTail(7, 7), 1.0 / 128);
        COMPARE_NEAR(binomialUpperTail(0, 7), 1.0);
        COMPARE_NEAR(binomialUpperTail(8, 7), 0.0);
        COMPARE_NEAR(binomialUpperTail(6, 10), 386.0 / 1024);
    }

    void cdcReference()
    {
        const auto cdc =
            conservativeDualCriterion(timedFrom(referenceA, -6), timedFrom(referenceB, 0), Improvement::Increase);
        QVERIFY(cdc);
        QCOMPARE(cdc->exceeding, 4);
        QCOMPARE(cdc->n, 7);
        COMPARE_NEAR(cdc->p, 0.5);
        COMPARE_NEAR(cdc->slope, 0.5714285714285714);
        COMPARE_NEAR(cdc->intercept, 24.666666666666668);
    }

    void cdcDecreaseMirrors()
    {
        QList<double> a, b;
        for (double v : referenceA)
            a << -v;
        for (double v : referenceB)
            b << -v;
        const auto cdc = conservativeDualCriterion(timedFrom(a, -6), timedFrom(b, 0), Improvement::Decrease);
        QVERIFY(cdc);
        QCOMPARE(cdc->exceeding, 4);
        QVERIFY(cdc->shift < 0);
        // In the wrong direction nothing exceeds.
        QCOMPARE(conservativeDualCriterion(timedFrom(referenceA, -6), timedFrom(referenceB, 0), Improvement::Decrease)
                     ->exceeding,
                 0);
    }

    void autocorrelationReference()
    {
        COMPARE_NEAR(*lag1Autocorrelation(referenceA), 0.1347517730);
        COMPARE_NEAR(*lag1Autocorrelation(referenceB), 0.5369249395);
        QVERIFY(!lag1Autocorrelation({1, 2}));
        QVERIFY(!lag1Autocorrelation({3, 3, 3}));
    }

    void piecewiseReference()
    {
        const auto pw = piecewiseRegression(timedFrom(referenceA, -6), timedFrom(referenceB, 0));
        QVERIFY(pw);
        COMPARE_NEAR(pw->intercept, 24.6666666667);
        COMPARE_NEAR(pw->trend, 0.5714285714);
        COMPARE_NEAR(pw->levelChange, 0.8690476190);
        COMPARE_NEAR(pw->levelChangeSe, 2.6206458567);
        COMPARE_NEAR(pw->slopeChange, 0.1071428571);
        COMPARE_NEAR(pw->slopeChangeSe, 0.6922050059);
        QCOMPARE(pw->residualDf, 9);
    }

    void piecewiseNeedsTwoDaysPerPhase()
    {
        QVERIFY(!piecewiseRegression(timedFrom({1}, -1), timedFrom({1, 2, 3, 4}, 0)));
        QVERIFY(!piecewiseRegression(timedFrom({1, 2}, -2), timedFrom({1, 2}, 0))); // no residual df
    }

    // Dates, not positions: a missing day keeps its place in t.
    void missingDaysKeepTheirPlace()
    {
        const QDate start(2026, 3, 1);
        QList<DailyPoint> a = daysFrom(referenceA, start.addDays(-6));
        const QList<DailyPoint> b = daysFrom(referenceB, start);
        const VisualAnalysisResult full = visualAnalysis(a, b, start, Improvement::Increase);
        QCOMPARE(full.cdc->exceeding, 4);
        COMPARE_NEAR(*full.baselineAutocorrelation, 0.1347517730);
        COMPARE_NEAR(*full.treatmentAutocorrelation, 0.5369249395);
        COMPARE_NEAR(full.piecewise->levelChange, 0.8690476190);
        a.removeAt(2); // 26 on t = −4
        const VisualAnalysisResult gap = visualAnalysis(a, b, start, Improvement::Increase);
        const auto direct =
            piecewiseRegression({{-6, 20}, {-5, 20}, {-3, 25}, {-2, 22}, {-1, 23}}, timedFrom(referenceB, 0));
        COMPARE_NEAR(gap.piecewise->trend, direct->trend);
        COMPARE_NEAR(gap.piecewise->levelChange, direct->levelChange);
    }

    void readingMentionsEveryAid()
    {
        const VisualAnalysisResult r =
            visualAnalysis(daysFrom(referenceA, QDate(2026, 2, 23)), daysFrom(referenceB, QDate(2026, 3, 1)),
                           QDate(2026, 3, 1), Improvement::Increase);
        const QString text = VisualAnalysisText::reading(r, QLocale::c()).join(u'\n');
        QVERIFY(text.contains(u"4 of 7"));
        QVERIFY(text.contains(u"0.54"));
        QVERIFY(text.contains(u"This is large")); // B's 0.54 is above the threshold
        QVERIFY(text.contains(u"0.87"));
    }
};

QTEST_GUILESS_MAIN(TestVisualAnalysis)
#include "tst_visualanalysis.moc"
