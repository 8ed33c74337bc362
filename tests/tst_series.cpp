// Series building for the chart: daily means, rolling means, gap splitting and span clipping.
#include "core/Series.h"

#include <QTest>

using namespace mb;

namespace {
QDate d(int day)
{
    return QDate(2025, 1, 1).addDays(day - 1);
} // d(1) = 2025-01-01
} // namespace

Q_DECLARE_METATYPE(QList<mb::Observation>)
Q_DECLARE_METATYPE(QList<mb::DailyPoint>)

class TestSeries : public QObject {
    Q_OBJECT
private slots:
    void daily_data();
    void daily();
    void rolling_data();
    void rolling();
    void gaps_data();
    void gaps();
    void clip_data();
    void clip();
    void coordinatesAreWholeDaysAcrossDst();
};

void TestSeries::daily_data()
{
    QTest::addColumn<QList<Observation>>("input");
    QTest::addColumn<QList<DailyPoint>>("expected");
    QTest::newRow("empty") << QList<Observation>{} << QList<DailyPoint>{};
    QTest::newRow("one a day") << QList<Observation>{{d(1), 4}, {d(2), 6}} << QList<DailyPoint>{{d(1), 4}, {d(2), 6}};
    QTest::newRow("several a day give their mean")
        << QList<Observation>{{d(1), 4}, {d(1), 7}, {d(1), 7}, {d(3), 2}} << QList<DailyPoint>{{d(1), 6}, {d(3), 2}};
    QTest::newRow("unsorted input") << QList<Observation>{{d(5), 1}, {d(2), 3}, {d(5), 3}}
                                    << QList<DailyPoint>{{d(2), 3}, {d(5), 2}};
}

void TestSeries::daily()
{
    QFETCH(QList<Observation>, input);
    QTEST(dailyMeans(input), "expected");
}

void TestSeries::rolling_data()
{
    QTest::addColumn<QList<DailyPoint>>("daily");
    QTest::addColumn<int>("days");
    QTest::addColumn<QList<DailyPoint>>("expected");
    const QList<DailyPoint> week{{d(1), 1}, {d(2), 2}, {d(3), 3}, {d(4), 4}};
    QTest::newRow("window 1 is the series") << week << 1 << week;
    QTest::newRow("window 2") << week << 2 << QList<DailyPoint>{{d(1), 1}, {d(2), 1.5}, {d(3), 2.5}, {d(4), 3.5}};
    QTest::newRow("window longer than data")
        << week << 7 << QList<DailyPoint>{{d(1), 1}, {d(2), 1.5}, {d(3), 2}, {d(4), 2.5}};
    QTest::newRow("calendar window skips missing days")
        << QList<DailyPoint>{{d(1), 2}, {d(5), 4}, {d(8), 9}} << 7
        << QList<DailyPoint>{{d(1), 2}, {d(5), 3}, {d(8), 6.5}}; // d(8)'s window is d(2)..d(8)
    QTest::newRow("zero window") << week << 0 << QList<DailyPoint>{};
}

void TestSeries::rolling()
{
    QFETCH(QList<DailyPoint>, daily);
    QFETCH(int, days);
    QTEST(rollingMean(daily, days), "expected");
}

void TestSeries::gaps_data()
{
    QTest::addColumn<QList<DailyPoint>>("daily");
    QTest::addColumn<QList<int>>("segmentSizes");
    QTest::newRow("empty") << QList<DailyPoint>{} << QList<int>{};
    QTest::newRow("consecutive") << QList<DailyPoint>{{d(1), 1}, {d(2), 1}, {d(3), 1}} << QList<int>{3};
    QTest::newRow("two missing days still joined") << QList<DailyPoint>{{d(1), 1}, {d(4), 1}} << QList<int>{2};
    QTest::newRow("three missing days break") << QList<DailyPoint>{{d(1), 1}, {d(5), 1}, {d(6), 1}} << QList<int>{1, 2};
    QTest::newRow("several breaks") << QList<DailyPoint>{{d(1), 1}, {d(10), 1}, {d(20), 1}} << QList<int>{1, 1, 1};
}

void TestSeries::gaps()
{
    QFETCH(QList<DailyPoint>, daily);
    QFETCH(QList<int>, segmentSizes);
    QList<int> sizes;
    for (const auto& segment : splitAtGaps(daily, 2))
        sizes.append(int(segment.size()));
    QCOMPARE(sizes, segmentSizes);
}

void TestSeries::clip_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QDate>("clippedFirst"); // invalid = no overlap
    QTest::addColumn<QDate>("clippedLast");
    // Visible range: d(10)..d(20).
    QTest::newRow("inside") << d(12) << d(15) << d(12) << d(15);
    QTest::newRow("starts before") << d(1) << d(15) << d(10) << d(15);
    QTest::newRow("ends after") << d(15) << d(40) << d(15) << d(20);
    QTest::newRow("covers") << d(1) << d(40) << d(10) << d(20);
    QTest::newRow("before") << d(1) << d(9) << QDate() << QDate();
    QTest::newRow("after") << d(21) << d(30) << QDate() << QDate();
    QTest::newRow("one-day event on the edge") << d(20) << d(20) << d(20) << d(20);
}

void TestSeries::clip()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QDate, clippedFirst);
    QFETCH(QDate, clippedLast);
    const auto clipped = clipSpan({first, last}, {d(10), d(20)});
    QCOMPARE(clipped.has_value(), clippedFirst.isValid());
    if (clipped) {
        QCOMPARE(clipped->first, clippedFirst);
        QCOMPARE(clipped->last, clippedLast);
    }
}

void TestSeries::coordinatesAreWholeDaysAcrossDst()
{
    for (QDate day(2024, 3, 25); day <= QDate(2024, 11, 3); day = day.addDays(1)) {
        QCOMPARE(dayCoordinate(day.addDays(1)) - dayCoordinate(day), 1.0);
        QCOMPARE(dateFromCoordinate(dayCoordinate(day) + 0.4), day);
    }
    QCOMPARE(dayCoordinate(QDate(1970, 1, 1)), 0.0);
}

QTEST_GUILESS_MAIN(TestSeries)
#include "tst_series.moc"
