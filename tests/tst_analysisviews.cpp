// The analysis panel and the cohort view render offscreen with demo data: what they draw and list matches
// the engine, the choices work, a click on a cohort line names its participant, and 500 lines stay fast.
#include "TestSupport.h"
#include "core/AnalysisText.h"
#include "core/DemoGenerator.h"
#include "storage/AnalysisLoader.h"
#include "storage/DemoWriter.h"
#include "ui/AnalysisPanel.h"
#include "ui/CohortView.h"
#include "ui/LanguageManager.h"
#include "ui/Palette.h"
#include "ui/chart/ParticipantChart.h"
#include "ui/chart/PlotChart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>

#include <cmath>

using namespace mb;

namespace {
const QString lgg = QStringLiteral("Lactobacillus rhamnosus GG");

// Pixels close to a colour: proof that something in that colour was painted.
int pixelsLike(const QImage& image, const QColor& color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += std::abs(c.red() - color.red()) + std::abs(c.green() - color.green()) +
                                 std::abs(c.blue() - color.blue()) <
                             40
                         ? 1
                         : 0;
        }
    return count;
}

QStringList curveIds(const PlotBase* chart)
{
    QStringList ids;
    for (const PlotDrawn& curve : chart->drawn(PlotDrawn::Kind::Curve))
        ids << curve.id;
    return ids;
}

// What a curve drew, gaps left out; nothing when there is no such curve.
QList<QPointF> curvePoints(const PlotBase* chart, const QString& id)
{
    const PlotDrawn* curve = chart->drawnItem(id);
    return curve && curve->kind == PlotDrawn::Kind::Curve ? curve->finitePoints() : QList<QPointF>();
}

qsizetype countOf(const PlotBase* chart, PlotDrawn::Kind kind)
{
    return chart->drawn(kind).size();
}

} // namespace

class TestAnalysisViews : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void analysisPanelShowsTheEngine();
    void analysisPanelFollowsChoices();
    void analysisPanelExplainsRefusals();
    void analysisPanelWithoutInterventions();
    void cohortViewShowsTheDemo();
    void clickOnALineNamesItsParticipant();
    void cohortByKindAndEmptyCohorts();
    void participantAndFreeFormChartsKeepTheirAxes();
    void fiveHundredLinesReplotQuickly();
    void neutralMeasureIsNotJudged_data();
    void neutralMeasureIsNotJudged();

private:
    qint64 participantId(const QString& code) const { return m_store->participants().byCode(code)->id; }
    Intervention interventionOf(const QString& code, const QString& name) const;
    // Mood 14 days before to 30 after the start of the probiotic, loaded.
    void showProbioticCohort(CohortView& view, const QString& name) const;

    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    std::unique_ptr<Store> m_store;
};

void TestAnalysisViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_store = Store::open(m_dir.filePath(QStringLiteral("views.sqlite")));
    // The CLI tests use the same demo: P-001 and P-004 take the probiotic, P-004 also has an FMT.
    writeDemo(*m_store, generateDemo({.participants = 6, .days = 120, .seed = 3, .lastDay = m_clock.clock().today()}));
    Participant empty;
    empty.code = QStringLiteral("P-100");
    m_store->participants().add(empty);
}

Intervention TestAnalysisViews::interventionOf(const QString& code, const QString& name) const
{
    for (const Intervention& i : m_store->interventions().list(participantId(code)))
        if (i.name == name)
            return i;
    return {};
}

void TestAnalysisViews::showProbioticCohort(CohortView& view, const QString& name) const
{
    view.resize(1000, 600);
    view.setStore(m_store.get());
    view.setMeasure(QStringLiteral("mood"));
    view.setDays(14, 30);
    view.setSelection({name, std::nullopt});
    view.waitForLoad();
}

void TestAnalysisViews::analysisPanelShowsTheEngine()
{
    AnalysisPanel panel;
    panel.resize(1000, 850);
    panel.setStore(m_store.get());
    panel.setParticipant(participantId(QStringLiteral("P-001")));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const Intervention probiotic = interventionOf(QStringLiteral("P-001"), lgg);
    panel.setIntervention(probiotic.id);
    panel.setMeasure(QStringLiteral("mood"));
    QVERIFY(panel.analysis());
    const InterventionAnalysis engine = loadAnalysis(*m_store, probiotic, QStringLiteral("mood"));
    QVERIFY(engine.result.computed());
    QCOMPARE(*panel.analysis()->result.nap.estimate, *engine.result.nap.estimate);

    PlotChart* chart = panel.chart();
    QVERIFY(chart->axes().dateAxis);
    QCOMPARE(curveIds(chart),
             (QStringList{QStringLiteral("baseline"), QStringLiteral("treatment"), QStringLiteral("trend")}));
    QCOMPARE(curvePoints(chart, QStringLiteral("baseline")).size(), engine.result.baseline.n);
    const QList<QPointF> treatment = curvePoints(chart, QStringLiteral("treatment"));
    QCOMPARE(treatment.size(), engine.result.treatment.n);
    QCOMPARE(treatment.first(),
             QPointF(dayCoordinate(engine.result.treatment.first), engine.phases.treatment.first().value));
    QCOMPARE(curvePoints(chart, QStringLiteral("trend")).size(), engine.result.baseline.n + engine.result.treatment.n);
    QCOMPARE(countOf(chart, PlotDrawn::Kind::Marker), 1); // ongoing: the start only
    const QImage image = chart->grab().toImage();
    QVERIFY(pixelsLike(image, measureColor(QStringLiteral("mood"))) > 50);

    const QLocale locale;
    QTableWidget* phases = panel.phaseTable();
    QCOMPARE(phases->item(1, 0)->text(), QString::number(engine.result.baseline.n));
    QCOMPARE(phases->item(1, 1)->text(), QString::number(engine.result.treatment.n));
    QCOMPARE(phases->item(2, 1)->text(), AnalysisText::number(engine.result.treatment.mean, locale));
    QTableWidget* indices = panel.indexTable();
    QCOMPARE(indices->rowCount(), 5);
    QCOMPARE(indices->item(0, 0)->text(), AnalysisText::number(engine.result.nap.estimate, locale));
    QCOMPARE(indices->item(0, 1)->text(), QStringLiteral("%1 to %2")
                                              .arg(AnalysisText::number(engine.result.nap.ciLower, locale),
                                                   AnalysisText::number(engine.result.nap.ciUpper, locale)));
    QCOMPARE(indices->item(4, 2)->text(), AnalysisText::number(engine.result.smd.se, locale));
    QCOMPARE(panel.interpretationText(), AnalysisText::interpretation(engine, locale));
    QVERIFY(panel.caveatsText().contains(QStringLiteral("without randomisation")));
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("caveats"))->text().contains(QStringLiteral("<li>")));
}

void TestAnalysisViews::analysisPanelFollowsChoices()
{
    AnalysisPanel panel;
    panel.setStore(m_store.get());
    panel.setParticipant(participantId(QStringLiteral("P-004")));
    const Intervention fmt = interventionOf(QStringLiteral("P-004"), QStringLiteral("FMT"));
    panel.setIntervention(fmt.id);
    panel.setMeasure(QStringLiteral("stress"));
    QVERIFY(panel.analysis());
    QCOMPARE(panel.analysis()->intervention.name, QStringLiteral("FMT"));
    QVERIFY(panel.analysis()->result.improvement == Improvement::Decrease);
    QCOMPARE(panel.analysis()->phases.windows.treatment.last, fmt.start.addDays(27)); // an event: 28 days
    panel.setBaselineDays(7);
    QVERIFY(panel.analysis()->result.baseline.n <= 7);
    QCOMPARE(panel.analysis()->phases.windows.treatment.last, fmt.start.addDays(6));
    QCOMPARE(
        panel.indexTable()->item(0, 0)->text(),
        AnalysisText::number(loadAnalysis(*m_store, fmt, QStringLiteral("stress"), 7).result.nap.estimate, QLocale()));
    // A refresh (after an edit elsewhere) keeps the choices.
    panel.refresh();
    QCOMPARE(panel.interventionId(), fmt.id);
    QCOMPARE(panel.measureKey(), QStringLiteral("stress"));
    // Another participant: their newest intervention is preselected.
    panel.setParticipant(participantId(QStringLiteral("P-003")));
    QCOMPARE(panel.analysis()->intervention.name, QStringLiteral("Mediterranean diet"));
}

void TestAnalysisViews::analysisPanelExplainsRefusals()
{
    Participant p;
    p.code = QStringLiteral("P-200");
    const qint64 id = m_store->participants().add(p);
    for (int d = 0; d < 6; ++d) {
        JournalEntry e;
        e.participantId = id;
        e.date = QDate(2024, 12, 1).addDays(d);
        e.values.insert(QStringLiteral("mood"), 5 + d % 2);
        m_store->journal().add(e);
    }
    Intervention diet;
    diet.participantId = id;
    diet.kind = InterventionKind::Diet;
    diet.name = QStringLiteral("Low FODMAP");
    diet.start = QDate(2024, 12, 5);
    m_store->interventions().add(diet);
    AnalysisPanel panel;
    panel.setStore(m_store.get());
    panel.setParticipant(id);
    QVERIFY(panel.analysis());
    QVERIFY(!panel.analysis()->result.computed());
    QCOMPARE(panel.interpretationText(), panel.analysis()->result.refusal);
    QVERIFY(panel.interpretationText().contains(QStringLiteral("the baseline has 4 and the intervention phase 2")));
    QCOMPARE(panel.indexTable()->columnSpan(0, 0), 3);
    QCOMPARE(panel.indexTable()->item(0, 0)->text(), panel.analysis()->result.refusal);
    QCOMPARE(panel.phaseTable()->item(1, 0)->text(), QStringLiteral("4"));
    QCOMPARE(curveIds(panel.chart()), (QStringList{QStringLiteral("baseline"), QStringLiteral("treatment")}));
}

void TestAnalysisViews::analysisPanelWithoutInterventions()
{
    AnalysisPanel panel;
    panel.setStore(m_store.get());
    panel.setParticipant(participantId(QStringLiteral("P-100")));
    QVERIFY(!panel.analysis());
    QVERIFY(panel.interpretationText().isEmpty());
    QVERIFY(curveIds(panel.chart()).isEmpty());
    panel.setStore(nullptr);
    QVERIFY(!panel.analysis());
}

void TestAnalysisViews::cohortViewShowsTheDemo()
{
    CohortView view;
    showProbioticCohort(view, lgg.toLower()); // names match whatever their case

    QCOMPARE(view.members().size(), 2);
    QCOMPARE(view.members()[0].code, QStringLiteral("P-001"));
    QCOMPARE(view.days().size(), 45);
    const QStringList ids = curveIds(view.chart());
    QCOMPARE(ids, (QStringList{QString::number(participantId(QStringLiteral("P-001"))),
                               QString::number(participantId(QStringLiteral("P-004"))), QStringLiteral("mean")}));
    QCOMPARE(countOf(view.chart(), PlotDrawn::Kind::Area), 1);
    QCOMPARE(countOf(view.chart(), PlotDrawn::Kind::Marker), 1);
    QVERIFY2(view.summaryText().contains(QStringLiteral("aligned at the start of “Lactobacillus rhamnosus GG”")),
             qPrintable(view.summaryText()));
    // The mean line is the engine's mean of each day.
    const QList<CohortDay> expected =
        alignCohort(loadCohort(*m_store, {lgg, std::nullopt}, QStringLiteral("mood")), 14, 30);
    const QList<QPointF> mean = curvePoints(view.chart(), QStringLiteral("mean"));
    QVERIFY(mean.size() > 40);
    for (const QPointF& p : mean)
        QCOMPARE(p.y(), *expected[qsizetype(p.x()) + 14].mean);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(pixelsLike(view.chart()->grab().toImage(), measureColor(QStringLiteral("mood")).darker(130)) > 50);
}

void TestAnalysisViews::clickOnALineNamesItsParticipant()
{
    CohortView view;
    showProbioticCohort(view, lgg);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    PlotChart* chart = view.chart();
    chart->tickLabels(); // lays the plot out at its shown size, so pixels map to coordinates
    auto* plotWidget = chart->findChild<QWidget*>(QStringLiteral("plot")); // the QCustomPlot
    QVERIFY(plotWidget);
    QSignalSpy activated(&view, &CohortView::participantActivated);
    // A day where P-004's value lies far from P-001's and from the mean, so the click is unambiguous.
    for (const CohortDay& day : view.days()) {
        if (!day.values[0] || !day.values[1] || qAbs(*day.values[0] - *day.values[1]) < 1.5)
            continue;
        const QPointF at = chart->pixelOf(day.day, *day.values[1]);
        if (chart->curveAt(at) != QString::number(view.members()[1].participantId))
            continue;
        QTest::mouseClick(plotWidget, Qt::LeftButton, {}, at.toPoint());
        break;
    }
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), participantId(QStringLiteral("P-004")));
    // Empty space names nobody.
    QTest::mouseClick(plotWidget, Qt::LeftButton, {}, QPoint(5, 5));
    QCOMPARE(activated.size(), 1);
}

void TestAnalysisViews::cohortByKindAndEmptyCohorts()
{
    CohortView view;
    view.setStore(m_store.get());
    view.setDays(7, 7);
    view.setSelection({QString(), InterventionKind::Probiotic});
    view.waitForLoad();
    QCOMPARE(view.members().size(), 2);
    view.setSelection({QString(), InterventionKind::Prebiotic});
    view.waitForLoad();
    QVERIFY(view.members().isEmpty());
    QVERIFY(view.summaryText().contains(QStringLiteral("Nobody")));
    QCOMPARE(curveIds(view.chart()), QStringList{QStringLiteral("mean")});
    view.setStore(nullptr);
    QVERIFY(view.members().isEmpty() && !view.isLoading());
}

void TestAnalysisViews::participantAndFreeFormChartsKeepTheirAxes()
{
    PlotChart plot;
    plot.resize(900, 400);
    PlotContent content;
    content.curves.append({QStringLiteral("a"), QStringLiteral("A"), Qt::red, {{0, 1}, {1, 2}}});
    plot.setPlot(content);
    QCOMPARE(curveIds(&plot), QStringList{QStringLiteral("a")});
    QVERIFY(!plot.axes().dateAxis);
    for (const QString& label : plot.tickLabels()) { // numbers, not days
        bool number = false;
        QLocale().toDouble(label, &number);
        QVERIFY2(number || QLocale::c().toDouble(label, &number), qPrintable(label));
    }

    ParticipantChart chart;
    chart.resize(900, 400);
    ChartSeries mood;
    mood.key = QStringLiteral("mood");
    mood.label = QStringLiteral("Mood");
    mood.color = Qt::blue;
    for (int d = 0; d < 10; ++d)
        mood.daily.append({QDate(2024, 3, 1).addDays(d), 5});
    chart.setContent({mood}, {}, {}, 7);
    QCOMPARE(curveIds(&chart), QStringList{QStringLiteral("mood/daily")});
    QCOMPARE(chart.drawnItem(QStringLiteral("mood/daily"))->key, QStringLiteral("mood"));
    QCOMPARE(chart.drawnItem(QStringLiteral("mood/daily"))->points.size(), 10);
    QCOMPARE(chart.tickLabels().first().right(3), QStringLiteral("Mar"));
}

void TestAnalysisViews::fiveHundredLinesReplotQuickly()
{
    QList<CohortMember> members;
    for (int p = 0; p < 500; ++p) {
        CohortMember m{p + 1, QStringLiteral("P-%1").arg(p + 1), QDate(2024, 1, 1).addDays(p % 90), {}};
        for (int d = -60; d < 305; ++d)
            if ((d * 7 + p) % 10 != 0)
                m.daily.append({m.start.addDays(d), 5 + 2 * std::sin(d * 0.05 + p)});
        members.append(m);
    }
    const QList<CohortDay> days = alignCohort(members, 60, 304);
    PlotContent content;
    content.bands.append({QStringLiteral("band"), Qt::blue, {}, {}});
    PlotCurve mean{QStringLiteral("mean"), QStringLiteral("mean"), Qt::blue};
    for (const CohortDay& day : days) {
        content.bands[0].lower.append({double(day.day), *day.ciLower});
        content.bands[0].upper.append({double(day.day), *day.ciUpper});
        mean.points.append({double(day.day), *day.mean});
    }
    for (qsizetype i = 0; i < members.size(); ++i) {
        PlotCurve line{QString::number(i), members[i].code, QColor(0, 114, 178, 60)};
        for (const CohortDay& day : days)
            if (day.values[i])
                line.points.append({double(day.day), *day.values[i]});
        line.clickable = true;
        line.inLegend = false;
        content.curves.append(line);
    }
    content.curves.append(mean);
    PlotChart chart;
    chart.resize(1200, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QElapsedTimer timer;
    timer.start();
    chart.setPlot(content); // builds the graphs and replots
    const qint64 first = timer.restart();
    chart.setPlot(content);
    const qint64 replot = timer.elapsed();
    qInfo("500 participants x 365 days: setPlot and replot %lld ms, again %lld ms", first, replot);
    QCOMPARE(countOf(&chart, PlotDrawn::Kind::Curve), 501);
    QVERIFY2(replot < 2000, "a cohort of 500 must stay responsive");
}

QTEST_MAIN(TestAnalysisViews)
// A neutral measure (Bristol 4 → 7, repro_neutral.sh) was "higher is better" and "the intervention day was better
// … a strong effect": now "higher"/"an increase", without better or worse, in the panel's text, its NAP tooltip
// and both languages.
void TestAnalysisViews::neutralMeasureIsNotJudged_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("said");
    QTest::addColumn<QStringList>("judged");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("the increase is strong")
                        << QStringList{QStringLiteral("better"), QStringLiteral("worse"), QStringLiteral("improv"),
                                       QStringLiteral("effect")};
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("de toename sterk")
                        << QStringList{QStringLiteral("beter"), QStringLiteral("slechter"), QStringLiteral("effect")};
}

void TestAnalysisViews::neutralMeasureIsNotJudged()
{
    QFETCH(QString, language);
    QFETCH(QString, said);
    QFETCH(QStringList, judged);
    Participant p;
    p.code = QStringLiteral("P-300-") + language;
    const qint64 id = m_store->participants().add(p);
    for (int d = 0; d < 14; ++d) {
        JournalEntry e;
        e.participantId = id;
        e.date = QDate(2024, 11, 1).addDays(d);
        e.values.insert(QStringLiteral("bristol"), d < 7 ? 4 : 7);
        m_store->journal().add(e);
    }
    Intervention fibre;
    fibre.participantId = id;
    fibre.kind = InterventionKind::Diet;
    fibre.name = QStringLiteral("Psyllium");
    fibre.start = QDate(2024, 11, 8);
    fibre.end = QDate(2024, 11, 14);
    m_store->interventions().add(fibre);
    LanguageManager languages;
    languages.apply(language);
    AnalysisPanel panel;
    panel.setStore(m_store.get());
    panel.setParticipant(id);
    panel.setMeasure(QStringLiteral("bristol"));
    QVERIFY(panel.analysis() && panel.analysis()->result.computed());
    const QString text = panel.interpretationText();
    const QString tip = panel.indexTable()->verticalHeaderItem(0)->toolTip();
    languages.apply(QStringLiteral("en"));
    QVERIFY2(text.contains(said), qPrintable(text));
    for (const QString& word : judged) {
        QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!tip.contains(word, Qt::CaseInsensitive), qPrintable(tip));
    }
}

#include "tst_analysisviews.moc"
