// The date axis: one tick per local midnight, also across daylight-saving changes (TZ=Europe/Amsterdam).
#include "core/DayTicks.h"
#include "core/Series.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace mb;

class TestDayTicks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void acrossDst_data();
    void acrossDst();
    void stepsGrowWithRange_data();
    void stepsGrowWithRange();
    void labels();
};

void TestDayTicks::initTestCase()
{
    // CTest sets TZ=Europe/Amsterdam; make sure the premise of the test holds.
    QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("Europe/Amsterdam"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestDayTicks::acrossDst_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("spring forward 2024-03-31") << QDate(2024, 3, 24) << QDate(2024, 4, 6);
    QTest::newRow("fall back 2024-10-27") << QDate(2024, 10, 20) << QDate(2024, 11, 2);
}

void TestDayTicks::acrossDst()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const DayTicks ticks = dayTicks(from, to, 20);
    QCOMPARE(ticks.unit, TickUnit::Day);
    QCOMPARE(ticks.step, 1);
    QCOMPARE(ticks.dates.size(), from.daysTo(to) + 1);
    QStringList labels;
    for (qsizetype i = 0; i < ticks.dates.size(); ++i) {
        QCOMPARE(ticks.dates[i], from.addDays(i));
        // Each tick sits on a whole-day coordinate: local midnight, whatever the UTC offset that day.
        QCOMPARE(dayCoordinate(ticks.dates[i]), dayCoordinate(from) + double(i));
        const QDateTime midnight(ticks.dates[i], QTime(0, 0), QTimeZone::systemTimeZone());
        QCOMPARE(midnight.date(), ticks.dates[i]);
        labels << dayTickLabel(ticks.dates[i], ticks.unit);
    }
    QStringList unique = labels;
    unique.removeDuplicates();
    QCOMPARE(unique, labels); // no date shown twice
    QVERIFY(labels.contains(QStringLiteral("31 Mar")) || labels.contains(QStringLiteral("27 Oct")));
}

void TestDayTicks::stepsGrowWithRange_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("step");
    QTest::newRow("two weeks") << 14 << int(TickUnit::Day) << 1;
    QTest::newRow("a month") << 30 << int(TickUnit::Day) << 2;
    QTest::newRow("three months") << 90 << int(TickUnit::Week) << 1;
    QTest::newRow("a year") << 365 << int(TickUnit::Month) << 1;
    QTest::newRow("ten years") << 3652 << int(TickUnit::Year) << 1;
}

void TestDayTicks::stepsGrowWithRange()
{
    QFETCH(int, days);
    const QDate from(2024, 1, 10);
    const DayTicks ticks = dayTicks(from, from.addDays(days - 1), 15);
    QTEST(int(ticks.unit), "unit");
    QTEST(ticks.step, "step");
    QVERIFY(!ticks.dates.isEmpty());
    QVERIFY(ticks.dates.size() <= 16);
    for (const QDate& d : ticks.dates) {
        QVERIFY(d >= from && d <= from.addDays(days - 1));
        if (ticks.unit == TickUnit::Week)
            QCOMPARE(d.dayOfWeek(), 1);
        if (ticks.unit == TickUnit::Month)
            QCOMPARE(d.day(), 1);
    }
}

void TestDayTicks::labels()
{
    QCOMPARE(dayTickLabel(QDate(2025, 1, 5), TickUnit::Day), QStringLiteral("5 Jan"));
    QCOMPARE(dayTickLabel(QDate(2025, 3, 1), TickUnit::Month), QStringLiteral("Mar 2025"));
    QCOMPARE(dayTickLabel(QDate(2025, 1, 1), TickUnit::Year), QStringLiteral("2025"));
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    QVERIFY(dayTickLabel(QDate(2025, 3, 1), TickUnit::Month).startsWith(QStringLiteral("mrt")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

QTEST_GUILESS_MAIN(TestDayTicks)
#include "tst_dayticks.moc"
