// Built-in measures, value validation and strict date/time parsing.
#include "core/DateText.h"
#include "core/Measure.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace mb;

class TestMeasure : public QObject {
    Q_OBJECT
private slots:
    void builtinsMatchDesign_data();
    void builtinsMatchDesign();
    void validate_data();
    void validate();
    void keys_data();
    void keys();
    void isoDates_data();
    void isoDates();
    void hourMinute_data();
    void hourMinute();
    void localToUtcAcrossDst();
    void cachedLocalToUtcMatchesQt_data();
    void cachedLocalToUtcMatchesQt();
    void plainNumbers();
};

void TestMeasure::builtinsMatchDesign_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("nl");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<QString>("direction");
    QTest::newRow("mood") << "mood"
                          << "Stemming" << 0.0 << 10.0 << "higher";
    QTest::newRow("stress") << "stress"
                            << "Stress" << 0.0 << 10.0 << "lower";
    QTest::newRow("anxiety") << "anxiety"
                             << "Angst" << 0.0 << 10.0 << "lower";
    QTest::newRow("sleep_hours") << "sleep_hours"
                                 << "Slaap" << 0.0 << 24.0 << "neutral";
    QTest::newRow("gi_discomfort") << "gi_discomfort"
                                   << "Darmklachten" << 0.0 << 10.0 << "lower";
    QTest::newRow("bristol") << "bristol"
                             << "Ontlasting (Bristol)" << 1.0 << 7.0 << "neutral";
    QTest::newRow("caffeine_mg") << "caffeine_mg"
                                 << "Cafeïne" << 0.0 << 2000.0 << "neutral";
    QTest::newRow("exercise_min") << "exercise_min"
                                  << "Beweging" << 0.0 << 1440.0 << "neutral";
}

void TestMeasure::builtinsMatchDesign()
{
    QFETCH(QString, key);
    QCOMPARE(builtinMeasures().size(), 16);
    const auto it = std::find_if(builtinMeasures().cbegin(), builtinMeasures().cend(),
                                 [&](const Measure& m) { return m.key == key; });
    QVERIFY(it != builtinMeasures().cend());
    QTEST(it->labelNl, "nl");
    QTEST(it->minimum, "min");
    QTEST(it->maximum, "max");
    QTEST(toString(it->direction), "direction");
}

void TestMeasure::validate_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("error"); // empty = accepted
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("mood lowest") << "mood" << 0.0 << "";
    QTest::newRow("mood highest") << "mood" << 10.0 << "";
    QTest::newRow("mood fraction") << "mood" << 7.5 << "";
    QTest::newRow("mood 11") << "mood" << 11.0 << "mood=11: Mood must be between 0 and 10.";
    QTest::newRow("mood negative") << "mood" << -0.5 << "mood=-0.5: Mood must be between 0 and 10.";
    QTest::newRow("mood NaN") << "mood" << nan << "mood: Mood must be a number.";
    QTest::newRow("bristol 4") << "bristol" << 4.0 << "";
    QTest::newRow("bristol 0") << "bristol" << 0.0 << "bristol=0: Stool type (Bristol) must be between 1 and 7.";
    QTest::newRow("bristol 3.5") << "bristol" << 3.5 << "bristol=3.5: Stool type (Bristol) must be a whole number.";
    QTest::newRow("sleep 24") << "sleep_hours" << 24.0 << "";
    QTest::newRow("sleep 24.5") << "sleep_hours" << 24.5 << "sleep_hours=24.5: Sleep must be between 0 and 24.";
    QTest::newRow("plants 2.5") << "plant_species" << 2.5 << "plant_species=2.5: Plant variety must be a whole number.";
}

void TestMeasure::validate()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(QString, error);
    const auto it = std::find_if(builtinMeasures().cbegin(), builtinMeasures().cend(),
                                 [&](const Measure& m) { return m.key == key; });
    const auto problem = MeasureText::validate(*it, value, u"en");
    QCOMPARE(problem.value_or(QString()), error);
}

void TestMeasure::keys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "mood" << true;
    QTest::newRow("underscore digits") << "phq9_total" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("leading digit") << "9mood" << false;
    QTest::newRow("capital") << "Mood" << false;
    QTest::newRow("space") << "my mood" << false;
    QTest::newRow("sql") << "x';drop" << false;
    QTest::newRow("too long") << QString(41, u'a') << false;
}

void TestMeasure::keys()
{
    QFETCH(QString, key);
    QTEST(isValidMeasureKey(key), "valid");
}

void TestMeasure::isoDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // invalid = refused
    QTest::newRow("plain") << "2025-01-05" << QDate(2025, 1, 5);
    QTest::newRow("leap day") << "2024-02-29" << QDate(2024, 2, 29);
    QTest::newRow("not a leap year") << "2025-02-29" << QDate();
    QTest::newRow("february 30") << "2025-02-30" << QDate();
    QTest::newRow("month 13") << "2025-13-01" << QDate();
    QTest::newRow("day first") << "05-01-2025" << QDate();
    QTest::newRow("short") << "2025-1-5" << QDate();
    QTest::newRow("letters") << "2025-0a-05" << QDate();
    QTest::newRow("signs") << "2025-+1-05" << QDate();
    QTest::newRow("empty") << "" << QDate();
}

void TestMeasure::isoDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(parseIsoDate(text).value_or(QDate()), expected);
}

void TestMeasure::hourMinute_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QTime>("expected");
    QTest::newRow("morning") << "08:30" << QTime(8, 30);
    QTest::newRow("midnight") << "00:00" << QTime(0, 0);
    QTest::newRow("last minute") << "23:59" << QTime(23, 59);
    QTest::newRow("24:00") << "24:00" << QTime();
    QTest::newRow("minute 60") << "12:60" << QTime();
    QTest::newRow("single digit") << "8:30" << QTime();
    QTest::newRow("seconds") << "08:30:00" << QTime();
}

void TestMeasure::hourMinute()
{
    QFETCH(QString, text);
    QFETCH(QTime, expected);
    QCOMPARE(parseHourMinute(text).value_or(QTime()), expected);
}

void TestMeasure::localToUtcAcrossDst()
{
    const QTimeZone amsterdam("Europe/Amsterdam");
    QVERIFY(amsterdam.isValid());
    QCOMPARE(isoUtc(localToUtc(QDate(2024, 3, 30), QTime(9, 0), amsterdam)), QStringLiteral("2024-03-30T08:00:00Z"));
    QCOMPARE(isoUtc(localToUtc(QDate(2024, 3, 31), QTime(9, 0), amsterdam)), QStringLiteral("2024-03-31T07:00:00Z"));
    QCOMPARE(isoUtc(localToUtc(QDate(2024, 10, 27), std::nullopt, amsterdam)), QStringLiteral("2024-10-27T11:00:00Z"));
    // 02:30 on the spring day does not exist: it moves forward by the skipped hour, to 03:30 summer time. Qt 6.4
    // makes such a time invalid, and its toUTC() read the local fields as UTC: 04:30 local, after 03:30's entry.
    QCOMPARE(isoUtc(localToUtc(QDate(2024, 3, 31), QTime(2, 30), amsterdam)), QStringLiteral("2024-03-31T01:30:00Z"));
    QCOMPARE(isoUtc(localToUtc(QDate(2024, 3, 31), QTime(2, 0), amsterdam)), QStringLiteral("2024-03-31T01:00:00Z"));
    QCOMPARE(isoUtc(localToUtc(QDate(2024, 3, 31), QTime(2, 59), amsterdam)), QStringLiteral("2024-03-31T01:59:00Z"));
    const QTimeZone lordHowe("Australia/Lord_Howe"); // half an hour skipped, 02:00 to 02:30
    QCOMPARE(isoUtc(localToUtc(QDate(2024, 10, 6), QTime(2, 15), lordHowe)), QStringLiteral("2024-10-05T15:45:00Z"));
}

void TestMeasure::cachedLocalToUtcMatchesQt_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("Amsterdam") << QStringLiteral("Europe/Amsterdam");
    QTest::newRow("Lord Howe (half-hour DST)") << QStringLiteral("Australia/Lord_Howe");
    QTest::newRow("UTC") << QStringLiteral("UTC");
}

// The bulk converter must give what localToUtc gives for every time of every day around two DST changes,
// including the hour skipped in spring and the one repeated in autumn, and days without a time.
void TestMeasure::cachedLocalToUtcMatchesQt()
{
    QFETCH(QString, zone);
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    LocalToUtc cached(tz);
    for (QDate day : {QDate(2024, 3, 29), QDate(2024, 10, 25), QDate(2024, 4, 5)})
        for (int d = 0; d < 4; ++d)
            for (int minutes = 0; minutes < 24 * 60; minutes += 15) {
                const QDate date = day.addDays(d);
                const QTime time = QTime(0, 0).addSecs(minutes * 60);
                QCOMPARE(isoUtc(cached(date, time)), isoUtc(localToUtc(date, time, tz)));
                QCOMPARE(isoUtc(cached(date, std::nullopt)), isoUtc(localToUtc(date, std::nullopt, tz)));
            }
    QCOMPARE(isoDate(QDate(987, 6, 5)), QStringLiteral("0987-06-05"));
    QCOMPARE(mb::hourMinute(QTime(7, 5)), QStringLiteral("07:05"));
}

void TestMeasure::plainNumbers()
{
    QCOMPARE(plainNumber(7), QStringLiteral("7"));
    QCOMPARE(plainNumber(7.5), QStringLiteral("7.5"));
    QCOMPARE(plainNumber(0.1), QStringLiteral("0.1"));
    QCOMPARE(plainNumber(-2), QStringLiteral("-2"));
}

QTEST_GUILESS_MAIN(TestMeasure)
#include "tst_measure.moc"
