// Insights (docs/STATISTICS.md "Insights"): Welch, Pearson and Benjamini-Hochberg against reference values
// from tests/reference/insights_reference.py (SciPy, the formulas of R's t.test, cor.test and p.adjust) and the
// issue's public values; then the day pairing: lags, gaps, too few days, no variation, lags beyond the data.
#include "core/Insights.h"

#include <QTest>

#include <cmath>

using namespace mb;

namespace {

#define COMPARE_NEAR(actual, expected, tolerance)                                                                      \
    do {                                                                                                               \
        const double actual_ = (actual);                                                                               \
        const double expected_ = (expected);                                                                           \
        if (!(std::abs(actual_ - expected_) < (tolerance)))                                                            \
            qWarning("%s = %.17g, expected %.17g", #actual, actual_, expected_);                                       \
        QCOMPARE(std::abs(actual_ - expected_) < (tolerance), true);                                                   \
    } while (false)

constexpr double tolerance = 1e-9;
const QDate first(2024, 3, 1);

// The issue's series: x = a tag (1: the day has it) and a numeric factor, y = the outcome, one day each.
const QList<double> issueX = {1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1};
const QList<double> issueY = {3, 4, 3, 5, 5, 3, 4, 5, 3, 5, 4, 4, 5, 3, 4};

QMap<QDate, double> series(const QList<double>& values, QDate start = first)
{
    QMap<QDate, double> map;
    for (qsizetype i = 0; i < values.size(); ++i)
        if (!std::isnan(values[i]))
            map.insert(start.addDays(i), values[i]);
    return map;
}

InsightsInput issueInput(int maxLag)
{
    InsightsInput input;
    input.outcome = series(issueY);
    TagFactor tag{.name = QStringLiteral("kefir")};
    for (qsizetype i = 0; i < issueX.size(); ++i) {
        input.entryDays.insert(first.addDays(i));
        if (issueX[i] == 1)
            tag.days.insert(first.addDays(i));
    }
    input.tags = {tag};
    input.measures = {{QStringLiteral("fibre"), QStringLiteral("Fibre"), series(issueX)}};
    input.maxLag = maxLag;
    return input;
}

const InsightRow* findRow(const InsightsResult& result, const QString& factor, int lag)
{
    for (const InsightRow& row : result.rows)
        if (row.factor == factor && row.lag == lag)
            return &row;
    return nullptr;
}

} // namespace

class TestInsights : public QObject {
    Q_OBJECT
private slots:
    void welch_data();
    void welch();
    void welchNeedsVariation();
    void pearson_data();
    void pearson();
    void pearsonDegenerate();
    void bh_data();
    void bh();
    void issueSeries();
    void sortedByAdjustedP();
    void tooFewDays();
    void zeroVariance();
    void lagBeyondData();
    void gapsPairOnlyRealDays();
    void dayWithoutOutcomeStillCounts();
};

void TestInsights::welch_data()
{
    QTest::addColumn<QList<double>>("x");
    QTest::addColumn<QList<double>>("y");
    QTest::addColumn<double>("difference");
    QTest::addColumn<double>("ciLower");
    QTest::addColumn<double>("ciUpper");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("p");
    // tests/reference/insights_reference.py
    QTest::newRow("mixed") << QList<double>{3.0, 3.0, 5.0, 4.0, 3.0, 4.0, 5.0, 5.0}
                           << QList<double>{4.0, 5.0, 5.0, 4.0, 3.0, 5.0, 3.0} << -0.14285714285714324
                           << -1.1639457759032554 << 0.878231490188969 << 12.82905556939945 << 0.7670004743745572;
    QTest::newRow("unequal_sizes") << QList<double>{6.5, 7.0, 8.0, 7.5}
                                   << QList<double>{5.0, 6.0, 4.5, 5.5, 6.5, 5.0, 4.0, 6.0, 5.5} << 1.916666666666667
                                   << 0.9353871226197047 << 2.8979462107136293 << 7.1428571428571415
                                   << 0.002357483435692688;
    QTest::newRow("one_sample_flat") << QList<double>{5.0, 5.0, 5.0} << QList<double>{3.0, 6.0, 4.0, 8.0} << -0.25
                                     << -3.7783078589313117 << 3.2783078589313117 << 3.0 << 0.8360832258079627;
    QTest::newRow("large_difference") << QList<double>{9.1, 8.7, 9.4, 8.9, 9.0}
                                      << QList<double>{2.1, 3.3, 1.9, 2.8, 2.5, 3.0} << 6.42 << 5.84124245115746
                                      << 6.99875754884254 << 7.455081176214681 << 1.412256639814331e-08;
    QTest::newRow("negative_difference") << QList<double>{1.0, 2.0, 1.5, 2.5, 1.0, 3.0}
                                         << QList<double>{4.0, 3.5, 5.0, 4.5, 6.0, 3.0, 4.0} << -2.4523809523809526
                                         << -3.5579612621528547 << -1.3468006426090506 << 10.991191505658641
                                         << 0.00048594478235239113;
    // The issue's series: mood the day after a day with and without kefir
    QTest::newRow("issue_lag1") << QList<double>{4, 5, 5, 5, 5, 4, 5} << QList<double>{3, 3, 4, 3, 4, 3, 4}
                                << 1.285714285714286 << 0.6891519543956588 << 1.8822766170329133 << 11.901639344262295
                                << 0.0005257126071882178;
}

void TestInsights::welch()
{
    QFETCH(QList<double>, x);
    QFETCH(QList<double>, y);
    QFETCH(double, difference);
    QFETCH(double, ciLower);
    QFETCH(double, ciUpper);
    QFETCH(double, df);
    QFETCH(double, p);
    const auto result = welchTest(x, y);
    QVERIFY(result);
    COMPARE_NEAR(result->difference, difference, tolerance);
    COMPARE_NEAR(result->ciLower, ciLower, tolerance);
    COMPARE_NEAR(result->ciUpper, ciUpper, tolerance);
    COMPARE_NEAR(result->df, df, tolerance);
    COMPARE_NEAR(result->p, p, tolerance);
}

void TestInsights::welchNeedsVariation()
{
    QVERIFY(!welchTest({4, 4, 4}, {6, 6, 6, 6}));
    QVERIFY(!welchTest({4}, {6, 7, 6, 6}));
    QVERIFY(welchTest({4, 5}, {6, 7}));
}

void TestInsights::pearson_data()
{
    QTest::addColumn<QList<double>>("x");
    QTest::addColumn<QList<double>>("y");
    QTest::addColumn<double>("r");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("ciLower"); // NaN: no interval (n < 4 or |r| = 1)
    QTest::addColumn<double>("ciUpper");
    const double nan = std::nan("");
    // tests/reference/insights_reference.py
    QTest::newRow("strong_positive") << QList<double>{7.5, 6.0, 8.0, 5.5, 7.0, 6.5, 8.5, 5.0}
                                     << QList<double>{7.0, 5.0, 8.0, 5.0, 6.0, 6.0, 9.0, 4.0} << 0.9783991809404569
                                     << 2.4790661091578366e-05 << 0.8814281134048149 << 0.9962240366454003;
    QTest::newRow("weak_negative") << QList<double>{1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0}
                                   << QList<double>{5.0, 7.0, 4.0, 6.0, 6.0, 3.0, 5.0, 4.0, 6.0, 4.0}
                                   << -0.3236694374850748 << 0.361601265631155 << -0.7919114728392518
                                   << 0.3842669228666928;
    QTest::newRow("three_pairs") << QList<double>{1.0, 2.0, 4.0} << QList<double>{2.0, 1.0, 5.0} << 0.8386278693775346
                                 << 0.36671657332092306 << nan << nan;
    QTest::newRow("perfect") << QList<double>{1.0, 2.0, 3.0, 4.0} << QList<double>{2.0, 4.0, 6.0, 8.0} << 1.0 << 0.0
                             << nan << nan;
    // The issue's public values (R's cor.test): x(t) with y(t+1)
    QTest::newRow("issue") << issueX.mid(0, 14) << issueY.mid(1) << 0.8049844718999243 << 0.0005142204981042482 << nan
                           << nan;
}

void TestInsights::pearson()
{
    QFETCH(QList<double>, x);
    QFETCH(QList<double>, y);
    QFETCH(double, r);
    QFETCH(double, p);
    const auto result = pearsonTest(x, y);
    QVERIFY(result);
    COMPARE_NEAR(result->r, r, tolerance);
    COMPARE_NEAR(result->p, p, tolerance);
}

void TestInsights::pearsonDegenerate()
{
    QVERIFY(!pearsonTest({1, 2}, {3, 4}));             // fewer than 3 pairs
    QVERIFY(!pearsonTest({1, 2, 3}, {3, 4}));          // sizes differ
    QVERIFY(!pearsonTest({2, 2, 2, 2}, {3, 4, 5, 1})); // x does not vary
    QVERIFY(!pearsonTest({1, 2, 3, 4}, {5, 5, 5, 5})); // y does not vary
}

void TestInsights::bh_data()
{
    QTest::addColumn<QList<double>>("p");
    QTest::addColumn<QList<double>>("adjusted");
    // The issue's public values (R's p.adjust(p, "BH"))
    QTest::newRow("issue_public") << QList<double>{0.01, 0.04, 0.03, 0.20}
                                  << QList<double>{0.04, 0.053333333333333, 0.053333333333333, 0.2};
    // tests/reference/insights_reference.py
    QTest::newRow("issue") << QList<double>{0.01, 0.04, 0.03, 0.2}
                           << QList<double>{0.04, 0.05333333333333334, 0.05333333333333334, 0.2};
    QTest::newRow("ties_and_one") << QList<double>{0.5, 0.001, 0.5, 1.0, 0.02, 0.02}
                                  << QList<double>{0.6, 0.006, 0.6, 1.0, 0.04, 0.04};
    QTest::newRow("single") << QList<double>{0.3} << QList<double>{0.3};
    QTest::newRow("ten") << QList<double>{0.0001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216}
                         << QList<double>{0.001,
                                          0.04,
                                          0.084,
                                          0.084,
                                          0.084,
                                          0.09999999999999999,
                                          0.10571428571428572,
                                          0.21600000000000003,
                                          0.21600000000000003,
                                          0.21600000000000003};
    QTest::newRow("empty") << QList<double>{} << QList<double>{};
}

void TestInsights::bh()
{
    QFETCH(QList<double>, p);
    QFETCH(QList<double>, adjusted);
    const QList<double> result = benjaminiHochberg(p);
    QCOMPARE(result.size(), adjusted.size());
    const double within = QByteArray(QTest::currentDataTag()) == "issue_public" ? 1e-6 : tolerance; // 6 decimals
    for (qsizetype i = 0; i < result.size(); ++i)
        COMPARE_NEAR(result[i], adjusted[i], within);
}

void TestInsights::issueSeries()
{
    const InsightsResult result = computeInsights(issueInput(1));
    QCOMPARE(result.rows.size(), 4); // kefir and fibre, lags 0 and 1
    QCOMPARE(result.tests, 4);
    const InsightRow* kefir = findRow(result, QStringLiteral("kefir"), 1);
    QVERIFY(kefir);
    QCOMPARE(kefir->kind, InsightRow::Kind::Tag);
    QCOMPARE(kefir->nWith, 7);
    QCOMPARE(kefir->nWithout, 7); // the last day has no next day
    COMPARE_NEAR(*kefir->meanWith, 33.0 / 7, tolerance);
    COMPARE_NEAR(*kefir->meanWithout, 24.0 / 7, tolerance);
    COMPARE_NEAR(*kefir->difference, 1.285714285714286, tolerance);
    COMPARE_NEAR(*kefir->ciLower, 0.6891519543956588, tolerance);
    COMPARE_NEAR(*kefir->ciUpper, 1.8822766170329133, tolerance);
    COMPARE_NEAR(*kefir->p, 0.0005257126071882178, tolerance);
    const InsightRow* fibre = findRow(result, QStringLiteral("fibre"), 1);
    QVERIFY(fibre);
    QCOMPARE(fibre->kind, InsightRow::Kind::Measure);
    QCOMPARE(fibre->n, 14);
    COMPARE_NEAR(*fibre->r, 0.8049844718999243, tolerance);
    COMPARE_NEAR(*fibre->p, 0.0005142204981042482, tolerance);
    // BH over the four p-values, as benjaminiHochberg() of them
    QList<double> p;
    for (const InsightRow& row : result.rows)
        p.append(*row.p);
    const QList<double> adjusted = benjaminiHochberg(p);
    for (qsizetype i = 0; i < p.size(); ++i)
        COMPARE_NEAR(*result.rows[i].pAdjusted, adjusted[i], tolerance);
}

void TestInsights::sortedByAdjustedP()
{
    InsightsInput input = issueInput(2);
    input.tags.append({QStringLiteral("rare"), {first}}); // one day with it: not enough days
    const InsightsResult result = computeInsights(input);
    QCOMPARE(result.rows.size(), 9);
    QCOMPARE(result.tests, 6);
    for (qsizetype i = 1; i < result.tests; ++i)
        QVERIFY(*result.rows[i - 1].pAdjusted <= *result.rows[i].pAdjusted);
    for (qsizetype i = result.tests; i < result.rows.size(); ++i) {
        QCOMPARE(result.rows[i].factor, QStringLiteral("rare"));
        QCOMPARE(result.rows[i].status, InsightRow::Status::NotEnoughDays);
        QVERIFY(!result.rows[i].pAdjusted);
        QCOMPARE(result.rows[i].lag, int(i - result.tests)); // by lag among themselves
    }
}

void TestInsights::tooFewDays()
{
    InsightsInput input;
    input.outcome = series({5, 6, 7, 5, 6, 7, 8});
    for (int i = 0; i < 7; ++i)
        input.entryDays.insert(first.addDays(i));
    input.tags = {{QStringLiteral("twice"), {first, first.addDays(3)}},
                  {QStringLiteral("thrice"), {first, first.addDays(2), first.addDays(4)}}};
    input.measures = {{QStringLiteral("sleep"), QStringLiteral("Sleep"), series({7, 8})}};
    input.maxLag = 0;
    const InsightsResult result = computeInsights(input);
    const InsightRow* twice = findRow(result, QStringLiteral("twice"), 0);
    QCOMPARE(twice->status, InsightRow::Status::NotEnoughDays);
    QCOMPARE(twice->nWith, 2);
    QCOMPARE(twice->nWithout, 5);
    QVERIFY(twice->difference); // the means are still shown
    QVERIFY(!twice->p);
    const InsightRow* thrice = findRow(result, QStringLiteral("thrice"), 0);
    QCOMPARE(thrice->status, InsightRow::Status::Computed);
    QVERIFY(thrice->p);
    const InsightRow* sleep = findRow(result, QStringLiteral("sleep"), 0);
    QCOMPARE(sleep->status, InsightRow::Status::NotEnoughDays);
    QCOMPARE(sleep->n, 2);
    QCOMPARE(result.tests, 1);
    QCOMPARE(*thrice->pAdjusted, *thrice->p); // one test: nothing to adjust
}

void TestInsights::zeroVariance()
{
    InsightsInput input;
    input.outcome = series({5, 5, 5, 5, 5, 5});
    for (int i = 0; i < 6; ++i)
        input.entryDays.insert(first.addDays(i));
    input.tags = {{QStringLiteral("tea"), {first, first.addDays(1), first.addDays(2)}}};
    input.measures = {{QStringLiteral("sleep"), QStringLiteral("Sleep"), series({6, 7, 8, 6, 7, 8})}};
    input.maxLag = 0;
    const InsightsResult result = computeInsights(input);
    QCOMPARE(result.tests, 0);
    for (const InsightRow& row : result.rows) {
        QCOMPARE(row.status, InsightRow::Status::NoVariation);
        QVERIFY(!row.p);
        QVERIFY(!row.pAdjusted);
    }
    QCOMPARE(*findRow(result, QStringLiteral("tea"), 0)->difference, 0.0);
}

void TestInsights::lagBeyondData()
{
    InsightsInput input = issueInput(14); // lag 14: only the first day has a day 14 later
    const InsightsResult result = computeInsights(input);
    const InsightRow* kefir = findRow(result, QStringLiteral("kefir"), 14);
    QVERIFY(kefir);
    QCOMPARE(kefir->nWith + kefir->nWithout, 1);
    QCOMPARE(kefir->status, InsightRow::Status::NotEnoughDays);
    const InsightRow* fibre = findRow(result, QStringLiteral("fibre"), 13);
    QCOMPARE(fibre->n, 2);
    QCOMPARE(fibre->status, InsightRow::Status::NotEnoughDays);
}

void TestInsights::gapsPairOnlyRealDays()
{
    // Days 0-4 and 10-14 (a gap of five days): lag 1 pairs 4 + 4 days, never across the gap.
    const double nan = std::nan("");
    InsightsInput input;
    input.outcome = series({1, 2, 3, 4, 5, nan, nan, nan, nan, nan, 6, 7, 8, 9, 9});
    TagFactor tag{.name = QStringLiteral("walk")};
    for (const QDate& day : input.outcome.keys())
        input.entryDays.insert(day);
    tag.days = {first, first.addDays(2), first.addDays(4), first.addDays(10), first.addDays(12)};
    input.tags = {tag};
    input.maxLag = 1;
    const InsightsResult result = computeInsights(input);
    const InsightRow* walk = findRow(result, QStringLiteral("walk"), 1);
    QCOMPARE(walk->nWith, 4);    // days 0, 2, 10, 12 (day 4's next day has no value)
    QCOMPARE(walk->nWithout, 4); // days 1, 3, 11, 13
    COMPARE_NEAR(*walk->meanWith, (2 + 4 + 7 + 9) / 4.0, tolerance);
    COMPARE_NEAR(*walk->meanWithout, (3 + 5 + 8 + 9) / 4.0, tolerance);
}

void TestInsights::dayWithoutOutcomeStillCounts()
{
    // An entry day without a mood value still counts as day d (its tag is known); day d + lag needs the value.
    InsightsInput input;
    input.outcome = series({std::nan(""), 6, 5, 6, 5, 6, 5});
    for (int i = 0; i < 7; ++i)
        input.entryDays.insert(first.addDays(i));
    input.tags = {{QStringLiteral("run"), {first, first.addDays(2), first.addDays(4)}}};
    input.maxLag = 1;
    const InsightsResult result = computeInsights(input);
    const InsightRow* lag0 = findRow(result, QStringLiteral("run"), 0);
    QCOMPARE(lag0->nWith, 2);    // day 0 has no value
    QCOMPARE(lag0->nWithout, 4); // days 1, 3, 5, 6
    const InsightRow* lag1 = findRow(result, QStringLiteral("run"), 1);
    QCOMPARE(lag1->nWith, 3);    // days 0, 2, 4 -> 1, 3, 5
    QCOMPARE(lag1->nWithout, 3); // days 1, 3, 5 -> 2, 4, 6
    QVERIFY(!lag1->p);           // 6, 6, 6 against 5, 5, 5: no variation
    QCOMPARE(lag1->status, InsightRow::Status::NoVariation);
    QCOMPARE(*lag1->difference, 1.0);
}

QTEST_APPLESS_MAIN(TestInsights)
#include "tst_insights.moc"
