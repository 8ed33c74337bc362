// Daily reminders from local times of day, with an injected clock in Europe/Amsterdam: ordinary days, a snooze,
// "not when today has an entry", and both daylight-saving changes of 2024 (31 March, 27 October).
#include "core/Clock.h"
#include "core/ReminderSchedule.h"

#include <QTest>

using namespace mb;

namespace {
const QTimeZone amsterdam("Europe/Amsterdam");

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

QDateTime local(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), amsterdam).toUTC();
}
} // namespace

class TestReminderSchedule : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void next_data();
    void next();
    void occurrence_data();
    void occurrence();
    void repeatedHourFiresOnce();
    void everyDayOfAYearOnce();
    void timesAsText_data();
    void timesAsText();
};

void TestReminderSchedule::initTestCase()
{
    QVERIFY(amsterdam.isValid());
}

void TestReminderSchedule::next_data()
{
    QTest::addColumn<QStringList>("times");
    QTest::addColumn<QDateTime>("now"); // UTC
    QTest::addColumn<QDateTime>("snoozedUntil");
    QTest::addColumn<QDate>("skipDay");
    QTest::addColumn<QDateTime>("expected"); // UTC; invalid: none

    const QStringList morningEvening = {QStringLiteral("20:00"), QStringLiteral("08:30")};
    QTest::newRow("no times, nothing") << QStringList() << utc(2024, 5, 1, 12, 0) << QDateTime() << QDate()
                                       << QDateTime();
    QTest::newRow("later today") << morningEvening << local(2024, 5, 1, 12, 0) << QDateTime() << QDate()
                                 << local(2024, 5, 1, 20, 0);
    QTest::newRow("before the first") << morningEvening << local(2024, 5, 1, 6, 0) << QDateTime() << QDate()
                                      << local(2024, 5, 1, 8, 30);
    QTest::newRow("exactly at one: the next")
        << morningEvening << local(2024, 5, 1, 8, 30) << QDateTime() << QDate() << local(2024, 5, 1, 20, 0);
    QTest::newRow("after the last: tomorrow")
        << morningEvening << local(2024, 5, 1, 21, 0) << QDateTime() << QDate() << local(2024, 5, 2, 8, 30);
    QTest::newRow("today has an entry: tomorrow")
        << morningEvening << local(2024, 5, 1, 12, 0) << QDateTime() << QDate(2024, 5, 1) << local(2024, 5, 2, 8, 30);
    QTest::newRow("a skip of another day changes nothing")
        << morningEvening << local(2024, 5, 1, 12, 0) << QDateTime() << QDate(2024, 4, 30) << local(2024, 5, 1, 20, 0);
    QTest::newRow("snooze before the next") << morningEvening << local(2024, 5, 1, 12, 0) << local(2024, 5, 1, 12, 30)
                                            << QDate() << local(2024, 5, 1, 12, 30);
    QTest::newRow("snooze after the next") << morningEvening << local(2024, 5, 1, 19, 50) << local(2024, 5, 1, 20, 20)
                                           << QDate() << local(2024, 5, 1, 20, 0);
    QTest::newRow("snooze without times") << QStringList() << local(2024, 5, 1, 12, 0) << local(2024, 5, 1, 12, 30)
                                          << QDate() << local(2024, 5, 1, 12, 30);
    QTest::newRow("snooze in the past is ignored") << morningEvening << local(2024, 5, 1, 12, 0)
                                                   << local(2024, 5, 1, 11, 30) << QDate() << local(2024, 5, 1, 20, 0);
    QTest::newRow("snooze on a day with an entry is dropped")
        << morningEvening << local(2024, 5, 1, 12, 0) << local(2024, 5, 1, 12, 30) << QDate(2024, 5, 1)
        << local(2024, 5, 2, 8, 30);
    QTest::newRow("local date ahead of UTC") << QStringList{QStringLiteral("00:30")} << utc(2024, 5, 1, 21, 0)
                                             << QDateTime() << QDate() << local(2024, 5, 2, 0, 30);

    // Spring forward, Sunday 31 March 2024: 02:00 CET becomes 03:00 CEST; 02:00-02:59 do not exist.
    const QStringList half2 = {QStringLiteral("02:30")};
    QTest::newRow("spring: missing time fires at 03:00")
        << half2 << local(2024, 3, 30, 12, 0) << QDateTime() << QDate() << utc(2024, 3, 31, 1, 0);
    QTest::newRow("spring: 02:00 fires at 03:00") << QStringList{QStringLiteral("02:00")} << local(2024, 3, 30, 12, 0)
                                                  << QDateTime() << QDate() << utc(2024, 3, 31, 1, 0);
    QTest::newRow("spring: the day after is normal again")
        << half2 << utc(2024, 3, 31, 1, 0) << QDateTime() << QDate() << utc(2024, 4, 1, 0, 30);
    QTest::newRow("spring: 03:00 itself") << QStringList{QStringLiteral("03:00")} << local(2024, 3, 30, 12, 0)
                                          << QDateTime() << QDate() << utc(2024, 3, 31, 1, 0);
    QTest::newRow("spring: evening after the change is CEST")
        << QStringList{QStringLiteral("20:00")} << utc(2024, 3, 31, 2, 0) << QDateTime() << QDate()
        << utc(2024, 3, 31, 18, 0);
    QTest::newRow("spring: skipped day with an entry")
        << half2 << local(2024, 3, 30, 12, 0) << QDateTime() << QDate(2024, 3, 31) << utc(2024, 4, 1, 0, 30);

    // Fall back, Sunday 27 October 2024: 03:00 CEST becomes 02:00 CET; 02:00-02:59 happen twice.
    QTest::newRow("autumn: repeated time fires at its first")
        << half2 << local(2024, 10, 26, 12, 0) << QDateTime() << QDate() << utc(2024, 10, 27, 0, 30);
    QTest::newRow("autumn: not again at its second")
        << half2 << utc(2024, 10, 27, 0, 30) << QDateTime() << QDate() << utc(2024, 10, 28, 1, 30);
    QTest::newRow("autumn: between the two, the next day")
        << half2 << utc(2024, 10, 27, 1, 0) << QDateTime() << QDate() << utc(2024, 10, 28, 1, 30);
    QTest::newRow("autumn: evening after the change is CET")
        << QStringList{QStringLiteral("20:00")} << utc(2024, 10, 27, 2, 0) << QDateTime() << QDate()
        << utc(2024, 10, 27, 19, 0);
}

void TestReminderSchedule::next()
{
    QFETCH(QStringList, times);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, snoozedUntil);
    QFETCH(QDate, skipDay);
    QFETCH(QDateTime, expected);
    const FixedClock clock(now, amsterdam); // the app's clock seam, in the participant's zone
    const ReminderSchedule schedule(ReminderSchedule::fromStrings(times), clock.timeZone());
    const QDateTime got = schedule.next(clock.nowUtc(), snoozedUntil, skipDay);
    QCOMPARE(got.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(got.toUTC(), expected.toUTC());
        QVERIFY(got > clock.nowUtc());
    }
}

void TestReminderSchedule::occurrence_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("winter") << QDate(2024, 1, 15) << QTime(8, 0) << utc(2024, 1, 15, 7, 0);
    QTest::newRow("summer") << QDate(2024, 7, 15) << QTime(8, 0) << utc(2024, 7, 15, 6, 0);
    QTest::newRow("gap start") << QDate(2024, 3, 31) << QTime(2, 0) << utc(2024, 3, 31, 1, 0);
    QTest::newRow("gap end minute") << QDate(2024, 3, 31) << QTime(2, 59) << utc(2024, 3, 31, 1, 0);
    QTest::newRow("just before the gap") << QDate(2024, 3, 31) << QTime(1, 59) << utc(2024, 3, 31, 0, 59);
    QTest::newRow("repeated 02:00") << QDate(2024, 10, 27) << QTime(2, 0) << utc(2024, 10, 27, 0, 0);
    QTest::newRow("repeated 02:59") << QDate(2024, 10, 27) << QTime(2, 59) << utc(2024, 10, 27, 0, 59);
    QTest::newRow("03:00 after the repeat") << QDate(2024, 10, 27) << QTime(3, 0) << utc(2024, 10, 27, 2, 0);
}

void TestReminderSchedule::occurrence()
{
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QDateTime, expected);
    QCOMPARE(ReminderSchedule::occurrence(date, time, amsterdam), expected);
}

void TestReminderSchedule::repeatedHourFiresOnce()
{
    // A running app: each reminder, once shown, asks for the next after it.
    FixedClock clock(local(2024, 10, 26, 12, 0), amsterdam);
    const ReminderSchedule schedule({QTime(2, 15)}, clock.timeZone());
    QList<QDateTime> fired;
    for (int i = 0; i < 3; ++i) {
        const QDateTime due = schedule.next(clock.nowUtc());
        clock.set(due);
        fired.append(due);
    }
    QCOMPARE(fired, (QList<QDateTime>{utc(2024, 10, 27, 0, 15), utc(2024, 10, 28, 1, 15), utc(2024, 10, 29, 1, 15)}));
}

void TestReminderSchedule::everyDayOfAYearOnce()
{
    // Through all of 2024 (a leap year, both changes): each time fires exactly once on each local date, at
    // that local time, or at 03:00 where it did not exist.
    const QList<QTime> times = {QTime(0, 0), QTime(2, 0), QTime(2, 30), QTime(8, 0), QTime(23, 59)};
    FixedClock clock(local(2023, 12, 31, 23, 59), amsterdam);
    const ReminderSchedule schedule(times, clock.timeZone());
    QMap<QDate, int> perDay;
    for (;;) {
        const QDateTime due = schedule.next(clock.nowUtc());
        const QDateTime wall = due.toTimeZone(amsterdam);
        if (wall.date().year() > 2024)
            break;
        QVERIFY(due > clock.nowUtc());
        const bool springGap = wall.date() == QDate(2024, 3, 31) && wall.time() == QTime(3, 0);
        QVERIFY2(times.contains(wall.time()) || springGap, qPrintable(wall.toString(Qt::ISODate)));
        ++perDay[wall.date()];
        clock.set(due);
    }
    QCOMPARE(perDay.size(), 366);
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
        // On 31 March 02:00 and 02:30 both fall into the gap and fire at 03:00 (one instant, one reminder).
        QCOMPARE(it.value(), it.key() == QDate(2024, 3, 31) ? 4 : 5);
}

void TestReminderSchedule::timesAsText_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("sorted, no duplicates")
        << QStringList{QStringLiteral("20:00"), QStringLiteral("8:30"), QStringLiteral("08:30")}
        << QStringList{QStringLiteral("08:30"), QStringLiteral("20:00")};
    QTest::newRow("junk dropped") << QStringList{QStringLiteral("25:00"), QStringLiteral("x"), QStringLiteral("7:05")}
                                  << QStringList{QStringLiteral("07:05")};
    QTest::newRow("empty") << QStringList() << QStringList();
}

void TestReminderSchedule::timesAsText()
{
    QFETCH(QStringList, texts);
    QTEST(ReminderSchedule::toStrings(ReminderSchedule::fromStrings(texts)), "expected");
}

QTEST_GUILESS_MAIN(TestReminderSchedule)
#include "tst_reminderschedule.moc"
