// moodbiome-cli analyze and cohort: docs/STATISTICS.md's reference rows logged through the CLI, the exact
// JSON shape with 17 significant digits, reasons instead of numbers, refusals, and demo data.
#include "CliInProcess.h"
#include "TestSupport.h"
#include "core/Statistics.h"
#include "storage/AnalysisLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace mb;

namespace {
const QString p001 = QStringLiteral("P-001");

bool near(const QJsonValue& value, double expected, double tolerance = 1e-9)
{
    if (!value.isDouble() || !(qAbs(value.toDouble() - expected) < tolerance)) {
        qWarning("%s, expected %.12f", QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).constData(),
                 expected);
        return false;
    }
    return true;
}

QJsonObject object(const QByteArray& json, const char* key)
{
    return QJsonDocument::fromJson(json).object()[QString::fromLatin1(key)].toObject();
}
} // namespace

class TestCliAnalysis : public QObject {
    Q_OBJECT
private slots:
    void init();
    void referenceRows_data();
    void referenceRows();
    void exactShapeAndFullPrecision();
    void refusedAnalysisGivesReasons();
    void flatBaselineHasNoSmd();
    void readableText();
    void refusals_data();
    void refusals();
    void demoAgreesWithTheEngine();
    void cohortOfTheDemo();
    void cohortRefusals_data();
    void cohortRefusals();

private:
    test::CliRun cli(QStringList arguments) const
    {
        return test::runCliInProcess(QStringList{QStringLiteral("--database"), m_db} + arguments, m_dir->path());
    }
    // Baseline values on the days before start, intervention values from start on, then the intervention.
    void logPhases(const QString& measure, const QList<double>& a, const QList<double>& b, const QString& name,
                   bool ended = true);
    test::CliRun analyze(const QString& name, const QString& measure, const QStringList& more = {}) const
    {
        return cli(QStringList{QStringLiteral("--json"), QStringLiteral("analyze"), p001,
                               QStringLiteral("--intervention"), name, QStringLiteral("--measure"), measure} +
                   more);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    const QDate m_start{2024, 11, 1};
};

void TestCliAnalysis::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("analysis.sqlite"));
    QCOMPARE(cli({QStringLiteral("participant"), QStringLiteral("add"), p001}).exitCode, 0);
}

void TestCliAnalysis::logPhases(const QString& measure, const QList<double>& a, const QList<double>& b,
                                const QString& name, bool ended)
{
    auto log = [&](QDate day, double value) {
        const auto r = cli({QStringLiteral("log"), p001, QStringLiteral("--date"), day.toString(Qt::ISODate),
                            measure + u'=' + QString::number(value, 'g', 17)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    };
    for (qsizetype i = 0; i < a.size(); ++i)
        log(m_start.addDays(i - a.size()), a[i]);
    for (qsizetype i = 0; i < b.size(); ++i)
        log(m_start.addDays(i), b[i]);
    QStringList add{QStringLiteral("intervention"), QStringLiteral("add"),    p001, QStringLiteral("--kind"),
                    QStringLiteral("probiotic"),    QStringLiteral("--name"), name, QStringLiteral("--start"),
                    m_start.toString(Qt::ISODate)};
    if (ended)
        add << QStringLiteral("--end") << m_start.addDays(b.size() - 1).toString(Qt::ISODate);
    const auto r = cli(add);
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

// The rows of docs/STATISTICS.md "Public reference values" scaled by a power of two into the measure's range:
// exact in binary, so every index, tie and trend comes out as on the original numbers (the trend scaled alike).
void TestCliAnalysis::referenceRows_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QList<double>>("a");
    QTest::addColumn<QList<double>>("b");
    // nap, se, ciLower, ciUpper (exact roots), tau, tauU, tauBc, slope, intercept, g, gSe (on the original scale)
    QTest::addColumn<QList<double>>("expected");
    QTest::newRow("SingleCaseES example, mood")
        << QStringLiteral("mood") << 0.25 << QList<double>{20, 20, 26, 25, 22, 23}
        << QList<double>{28, 25, 24, 27, 30, 30, 29}
        << QList<double>{0.9166666667, 0.0690065559, 0.597319360038809, 0.985997689370213,
                         0.8333333333, 0.7380952381, 0.2857142857,      0.6,
                         19.4,         1.6499318813, 0.6340935086};
    QTest::newRow("Parker & Vannest, energy")
        << QStringLiteral("energy") << 0.5 << QList<double>{4, 3, 4, 3, 4, 7, 5, 2, 3, 2}
        << QList<double>{5, 9, 7, 9, 7, 5, 9, 11, 11, 10, 9}
        << QList<double>{0.9636363636, 0.0319262235, 0.749972006628969, 0.995081286386541,
                         0.9272727273, 1.0181818182, 0.9636363636,      -0.125,
                         4.125,        2.8531843942, 0.7830811700};
    QTest::newRow("decrease, stress") << QStringLiteral("stress") << 0.5 << QList<double>{12, 14, 9, 10}
                                      << QList<double>{10, 6, 4, 5, 3, 4}
                                      << QList<double>{
                                             0.9375,        0.0678284192, 0.557394325830006, 0.993474422464636,
                                             0.875,         0.7916666667, 0.1666666667,      -1.0833333333,
                                             13.7083333333, 1.9406133814, 0.7593273269};
}

void TestCliAnalysis::referenceRows()
{
    QFETCH(QString, measure);
    QFETCH(double, scale);
    QFETCH(QList<double>, a);
    QFETCH(QList<double>, b);
    QFETCH(QList<double>, expected);
    auto scaled = [scale](QList<double> values) {
        for (double& v : values)
            v *= scale;
        return values;
    };
    logPhases(measure, scaled(a), scaled(b), QStringLiteral("LGG"));
    const auto r = analyze(QStringLiteral("lgg"), measure);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc[QStringLiteral("direction")].toString(),
             measure == u"stress" ? QStringLiteral("decrease") : QStringLiteral("increase"));
    const QJsonObject nap = doc[QStringLiteral("nap")].toObject();
    QVERIFY(near(nap[QStringLiteral("estimate")], expected[0]));
    QVERIFY(near(nap[QStringLiteral("se")], expected[1]));
    QVERIFY(near(nap[QStringLiteral("ci_lower")], expected[2]));
    QVERIFY(near(nap[QStringLiteral("ci_upper")], expected[3]));
    QVERIFY(near(doc[QStringLiteral("tau")].toObject()[QStringLiteral("estimate")], expected[4]));
    QVERIFY(near(doc[QStringLiteral("tau_u")].toObject()[QStringLiteral("estimate")], expected[5]));
    const QJsonObject tauBc = doc[QStringLiteral("tau_bc")].toObject();
    QVERIFY(near(tauBc[QStringLiteral("estimate")], expected[6]));
    QVERIFY(near(tauBc[QStringLiteral("slope")], expected[7] * scale));
    QVERIFY(near(tauBc[QStringLiteral("intercept")], expected[8] * scale));
    const QJsonObject smd = doc[QStringLiteral("smd")].toObject();
    QVERIFY(near(smd[QStringLiteral("estimate")], expected[9]));
    QVERIFY(near(smd[QStringLiteral("se")], expected[10]));
    const QJsonObject baseline = doc[QStringLiteral("baseline")].toObject();
    QCOMPARE(baseline[QStringLiteral("n")].toInt(), a.size());
    QCOMPARE(baseline[QStringLiteral("first_date")].toString(), m_start.addDays(-a.size()).toString(Qt::ISODate));
    QCOMPARE(baseline[QStringLiteral("last_date")].toString(), m_start.addDays(-1).toString(Qt::ISODate));
    QVERIFY(near(baseline[QStringLiteral("mean")], *mean(scaled(a))));
    QVERIFY(near(baseline[QStringLiteral("sd")], *sampleSd(scaled(a))));
    const QJsonObject treatment = doc[QStringLiteral("treatment")].toObject();
    QCOMPARE(treatment[QStringLiteral("n")].toInt(), b.size());
    QVERIFY(near(treatment[QStringLiteral("median")], *median(scaled(b))));
    if (QTest::currentDataTag() != QByteArray("SingleCaseES example, mood"))
        return;
    // The visual-analysis aids of the same example (issue 16's reference), the regression scaled alike.
    const QJsonObject cdc = doc[QStringLiteral("cdc")].toObject();
    QCOMPARE(cdc[QStringLiteral("exceeding")].toInt(), 4);
    QCOMPARE(cdc[QStringLiteral("n")].toInt(), 7);
    QVERIFY(near(cdc[QStringLiteral("p")], 0.5));
    const QJsonObject acf = doc[QStringLiteral("autocorrelation")].toObject();
    QVERIFY(near(acf[QStringLiteral("baseline")], 0.1347517730));
    QVERIFY(near(acf[QStringLiteral("treatment")], 0.5369249395));
    const QJsonObject pw = doc[QStringLiteral("piecewise")].toObject();
    QVERIFY(near(pw[QStringLiteral("intercept")], 24.6666666667 * scale));
    QVERIFY(near(pw[QStringLiteral("trend")], 0.5714285714 * scale));
    QVERIFY(near(pw[QStringLiteral("level_change")], 0.8690476190 * scale));
    QVERIFY(near(pw[QStringLiteral("level_change_se")], 2.6206458567 * scale));
    QVERIFY(near(pw[QStringLiteral("slope_change")], 0.1071428571 * scale));
    QVERIFY(near(pw[QStringLiteral("slope_change_se")], 0.6922050059 * scale));
}

void TestCliAnalysis::exactShapeAndFullPrecision()
{
    logPhases(QStringLiteral("mood"), {5, 5, 6.5, 6.25, 5.5, 5.75}, {7, 6.25, 6, 6.75, 7.5, 7.5, 7.25},
              QStringLiteral("LGG"), false);
    const auto r = analyze(QStringLiteral("LGG"), QStringLiteral("mood"));
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out).trimmed();
    // Keys in the documented order, numbers in 17 significant digits (11/12 = 0.91666666666666663).
    const QString expectedStart = QStringLiteral(
        R"({"participant":"P-001","intervention":"LGG","measure":"mood","direction":"increase",)"
        R"("baseline":{"first_date":"2024-10-26","last_date":"2024-10-31","n":6,"mean":5.666666666666667,)");
    QVERIFY2(out.startsWith(expectedStart), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral(R"("nap":{"estimate":0.91666666666666663,"se":0.06900655593423)")));
    QVERIFY(out.contains(QStringLiteral(R"(},"tau":{"estimate":0.83333333333333326},"tau_u":{"estimate":)")));
    QVERIFY(out.contains(QStringLiteral(R"(,"tau_bc":{"estimate":0.28571428571428)")));
    QVERIFY(out.contains(QStringLiteral(R"("slope":0.14999999999999999,"intercept":4.8499999999999996})")));
    QVERIFY(out.contains(QStringLiteral(R"(,"smd":{"estimate":1.64993188129337)")));
    QVERIFY(out.endsWith(u'}'));
    QVERIFY(!out.contains(QStringLiteral("reason")));
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.keys().size(), 16);
    // Without a locked schedule: no randomisation test beside the effect sizes.
    QCOMPARE(doc.value(QStringLiteral("randomised")), QJsonValue(false));
    QVERIFY(doc.value(QStringLiteral("randomisation_test")).isNull());
    QCOMPARE(object(r.out, "treatment")[QStringLiteral("last_date")].toString(), QStringLiteral("2024-11-07"));
}

void TestCliAnalysis::refusedAnalysisGivesReasons()
{
    logPhases(QStringLiteral("mood"), {5, 6}, {7, 6, 8, 7}, QStringLiteral("LGG"));
    const auto r = analyze(QStringLiteral("LGG"), QStringLiteral("mood"));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    for (const char* index : {"nap", "tau", "tau_u", "tau_bc", "smd"}) {
        const QJsonObject o = doc[QString::fromLatin1(index)].toObject();
        QVERIFY2(o[QStringLiteral("estimate")].isNull(), index);
        QVERIFY(o[QStringLiteral("reason")].toString().contains(QStringLiteral("at least 3")));
    }
    QVERIFY(object(r.out, "tau_bc")[QStringLiteral("slope")].isNull());
    QCOMPARE(object(r.out, "baseline")[QStringLiteral("n")].toInt(), 2);
    QVERIFY(object(r.out, "baseline")[QStringLiteral("median")].isDouble()); // the phase itself is described
    const auto text = cli({QStringLiteral("analyze"), p001, QStringLiteral("--intervention"), QStringLiteral("LGG"),
                           QStringLiteral("--measure"), QStringLiteral("mood")});
    QVERIFY(text.out.contains("Not computed: each phase needs at least 3 days"));
    QVERIFY(!text.out.contains("Hedges"));
    // With a longer baseline window nothing changes: there are no earlier days.
    QCOMPARE(analyze(QStringLiteral("LGG"), QStringLiteral("mood"),
                     {QStringLiteral("--baseline-days"), QStringLiteral("100")})
                 .out,
             r.out);
}

void TestCliAnalysis::flatBaselineHasNoSmd()
{
    logPhases(QStringLiteral("mood"), {5, 5, 5, 5}, {6, 7, 5, 8}, QStringLiteral("LGG"));
    const auto r = analyze(QStringLiteral("LGG"), QStringLiteral("mood"));
    const QJsonObject smd = object(r.out, "smd");
    QVERIFY(smd[QStringLiteral("estimate")].isNull() && smd[QStringLiteral("se")].isNull());
    QVERIFY(smd[QStringLiteral("reason")].toString().contains(QStringLiteral("baseline")));
    QVERIFY(near(object(r.out, "nap")[QStringLiteral("estimate")], 0.875));
    QVERIFY(!object(r.out, "nap").contains(QStringLiteral("reason")));
}

void TestCliAnalysis::readableText()
{
    logPhases(QStringLiteral("mood"), {5, 5, 6.5, 6.25, 5.5, 5.75}, {7, 6.25, 6, 6.75, 7.5, 7.5, 7.25},
              QStringLiteral("LGG"));
    const auto r = cli({QStringLiteral("analyze"), p001, QStringLiteral("--intervention"), QStringLiteral("LGG"),
                        QStringLiteral("--measure"), QStringLiteral("mood")});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    for (const QString& expected :
         {QStringLiteral("P-001 · LGG · Mood (higher is better)"), QStringLiteral("2024-10-26 – 2024-10-31"),
          QStringLiteral("NAP        0.92 (95% CI 0.60 to 0.99) [SE 0.07]"), QStringLiteral("Tau-BC     0.29 (95% CI"),
          QStringLiteral("[baseline trend 0.150 per recorded day, intercept 4.85]"),
          QStringLiteral("Hedges’ g  1.65 (SE 0.63)"), QStringLiteral("that is a medium effect"),
          QStringLiteral("Tau is 0.29 instead of 0.83"), QStringLiteral("association in time, not proof")})
        QVERIFY2(text.contains(expected), qPrintable(expected + u'\n' + text));
}

void TestCliAnalysis::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList analyze{QStringLiteral("analyze"), p001};
    const QStringList lgg{QStringLiteral("--intervention"), QStringLiteral("LGG")};
    const QStringList mood{QStringLiteral("--measure"), QStringLiteral("mood")};
    QTest::newRow("unknown participant") << QStringList{QStringLiteral("analyze"), QStringLiteral("P-404")} + lgg + mood
                                         << 2 << "P-404";
    QTest::newRow("unknown intervention")
        << analyze + QStringList{QStringLiteral("--intervention"), QStringLiteral("Kefir")} + mood << 2
        << "no intervention named “Kefir”; theirs are: LGG";
    QTest::newRow("unknown measure") << analyze + lgg + QStringList{QStringLiteral("--measure"), QStringLiteral("joy")}
                                     << 2 << "joy";
    QTest::newRow("no measure") << analyze + lgg << 1 << "--measure";
    QTest::newRow("no intervention") << analyze + mood << 1 << "--intervention";
    QTest::newRow("no participant") << QStringList{QStringLiteral("analyze")} + lgg + mood << 1 << "CODE";
    QTest::newRow("baseline too short") << analyze + lgg + mood +
                                               QStringList{QStringLiteral("--baseline-days"), QStringLiteral("2")}
                                        << 2 << "--baseline-days must be a whole number from 3 to 730";
    QTest::newRow("baseline not a number")
        << analyze + lgg + mood + QStringList{QStringLiteral("--baseline-days"), QStringLiteral("four")} << 2 << "four";
}

void TestCliAnalysis::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    logPhases(QStringLiteral("mood"), {5, 6, 5}, {7, 6, 8}, QStringLiteral("LGG"));
    const QByteArray before = test::fileBytes(m_db);
    const auto r = cli(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(test::fileBytes(m_db), before);
    const auto json = cli(QStringList{QStringLiteral("--json")} + arguments);
    QCOMPARE(json.exitCode, exitCode);
    QVERIFY(QJsonDocument::fromJson(json.err).object()[QStringLiteral("errors")].toArray().size() == 1);
}

// Data nobody tuned: the demo generator's participants, analysed by the CLI and by the engine in-process.
void TestCliAnalysis::demoAgreesWithTheEngine()
{
    const QString db = m_dir->filePath(QStringLiteral("demo.sqlite"));
    auto demoCli = [&](const QStringList& arguments) {
        return test::runCliInProcess(QStringList{QStringLiteral("--database"), db} + arguments, m_dir->path());
    };
    QCOMPARE(demoCli({QStringLiteral("demo"), QStringLiteral("--participants"), QStringLiteral("6"),
                      QStringLiteral("--days"), QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("3")})
                 .exitCode,
             0);
    // The engine's view first: the CLI refuses a database another program holds open.
    QList<std::tuple<QString, QString, QString, InterventionAnalysis>> expected;
    {
        test::ScopedClock clock;
        const auto store = Store::open(db);
        for (const Participant& p : store->participants().list())
            for (const Intervention& i : store->interventions().list(p.id))
                for (const QString& key : {QStringLiteral("mood"), QStringLiteral("stress")})
                    expected.append({p.code, i.name, key, loadAnalysis(*store, i, key, 21)});
    }
    int compared = 0;
    for (const auto& [code, name, key, engine] : expected) {
        const auto r =
            demoCli({QStringLiteral("--json"), QStringLiteral("analyze"), code, QStringLiteral("--intervention"), name,
                     QStringLiteral("--measure"), key, QStringLiteral("--baseline-days"), QStringLiteral("21")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject nap = object(r.out, "nap");
        if (!engine.result.computed()) {
            QVERIFY(nap[QStringLiteral("estimate")].isNull());
            continue;
        }
        // 17 significant digits: the very same doubles.
        QCOMPARE(nap[QStringLiteral("estimate")].toDouble(), *engine.result.nap.estimate);
        QCOMPARE(nap[QStringLiteral("ci_lower")].toDouble(), *engine.result.nap.ciLower);
        QCOMPARE(object(r.out, "tau_u")[QStringLiteral("estimate")].toDouble(), *engine.result.tauU.estimate);
        QCOMPARE(object(r.out, "smd")[QStringLiteral("se")].toDouble(), engine.result.smd.se.value_or(-1));
        QCOMPARE(object(r.out, "treatment")[QStringLiteral("n")].toInt(), engine.result.treatment.n);
        ++compared;
    }
    QVERIFY(compared >= 10);
}

void TestCliAnalysis::cohortOfTheDemo()
{
    const QString db = m_dir->filePath(QStringLiteral("demo.sqlite"));
    auto demoCli = [&](const QStringList& arguments) {
        return test::runCliInProcess(QStringList{QStringLiteral("--database"), db} + arguments, m_dir->path());
    };
    QCOMPARE(demoCli({QStringLiteral("demo"), QStringLiteral("--participants"), QStringLiteral("6"),
                      QStringLiteral("--days"), QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("3")})
                 .exitCode,
             0);
    const auto r = demoCli({QStringLiteral("--json"), QStringLiteral("cohort"), QStringLiteral("--intervention"),
                            QStringLiteral("lactobacillus rhamnosus gg"), QStringLiteral("--measure"),
                            QStringLiteral("mood"), QStringLiteral("--days-before"), QStringLiteral("14"),
                            QStringLiteral("--days-after"), QStringLiteral("30")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    const QJsonArray people = doc[QStringLiteral("participants")].toArray();
    QCOMPARE(people.size(), 2); // P-001 and P-004 take the probiotic in this demo
    QCOMPARE(people[0].toObject()[QStringLiteral("participant")].toString(), p001);
    const QJsonArray days = doc[QStringLiteral("days")].toArray();
    QCOMPARE(days.size(), 45);
    QCOMPARE(days.first().toObject()[QStringLiteral("day")].toInt(), -14);
    int withInterval = 0;
    for (const QJsonValue& v : days) {
        const QJsonObject day = v.toObject();
        const QJsonObject values = day[QStringLiteral("values")].toObject();
        QCOMPARE(day[QStringLiteral("n")].toInt(), values.size());
        if (values.isEmpty()) {
            QVERIFY(day[QStringLiteral("mean")].isNull());
            continue;
        }
        QList<double> xs;
        for (const QJsonValue& x : values)
            xs.append(x.toDouble());
        QVERIFY(near(day[QStringLiteral("mean")], *mean(xs), 1e-12));
        if (xs.size() < 2) {
            QVERIFY(day[QStringLiteral("ci_lower")].isNull());
            continue;
        }
        const double half = studentTQuantile(0.975, double(xs.size() - 1)) * *sampleSd(xs) / std::sqrt(xs.size());
        QVERIFY(near(day[QStringLiteral("ci_upper")], *mean(xs) + half, 1e-9));
        ++withInterval;
    }
    QVERIFY(withInterval > 30);
    // The same people by kind; and a readable table.
    const auto byKind = demoCli({QStringLiteral("--json"), QStringLiteral("cohort"), QStringLiteral("--kind"),
                                 QStringLiteral("probiotic"), QStringLiteral("--measure"), QStringLiteral("mood"),
                                 QStringLiteral("--days-before"), QStringLiteral("14"), QStringLiteral("--days-after"),
                                 QStringLiteral("30")});
    QCOMPARE(byKind.out, r.out);
    const auto text = demoCli({QStringLiteral("cohort"), QStringLiteral("--intervention"), QStringLiteral("FMT"),
                               QStringLiteral("--measure"), QStringLiteral("stress"), QStringLiteral("--days-before"),
                               QStringLiteral("3"), QStringLiteral("--days-after"), QStringLiteral("3")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("day  n  mean  ci_lower  ci_upper  P-004"));
    QCOMPARE(text.out.count('\n'), 3 + 1 + 7);
}

void TestCliAnalysis::cohortRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList mood{QStringLiteral("--measure"), QStringLiteral("mood")};
    QTest::newRow("nobody has it") << QStringList{QStringLiteral("--intervention"), QStringLiteral("Kefir")} + mood << 2
                                   << "No participant has an intervention named “Kefir”";
    QTest::newRow("no kind of it") << QStringList{QStringLiteral("--kind"), QStringLiteral("fmt")} + mood << 2
                                   << "of kind “fmt”";
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("magic")} + mood << 2
                                  << "Unknown kind “magic”";
    QTest::newRow("unknown measure") << QStringList{QStringLiteral("--intervention"), QStringLiteral("LGG"),
                                                    QStringLiteral("--measure"), QStringLiteral("joy")}
                                     << 2 << "joy";
    QTest::newRow("neither") << mood << 1 << "either --intervention or --kind";
    QTest::newRow("both") << QStringList{QStringLiteral("--intervention"), QStringLiteral("LGG"),
                                         QStringLiteral("--kind"), QStringLiteral("probiotic")} +
                                 mood
                          << 1 << "either --intervention or --kind";
    QTest::newRow("negative days") << QStringList{QStringLiteral("--intervention"), QStringLiteral("LGG"),
                                                  QStringLiteral("--days-before"), QStringLiteral("-1")} +
                                          mood
                                   << 2 << "--days-before";
}

void TestCliAnalysis::cohortRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    logPhases(QStringLiteral("mood"), {5, 6, 5}, {7, 6, 8}, QStringLiteral("LGG"));
    const auto r = cli(QStringList{QStringLiteral("cohort")} + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliAnalysis)
#include "tst_cli_analysis.moc"
