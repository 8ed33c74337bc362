// The chart renders offscreen with a participant's data: graphs, bands, events and ticks match the data.
#include "TestSupport.h"
#include "ui/ChartReading.h"
#include "ui/ChartView.h"
#include "ui/LanguageManager.h"
#include "ui/chart/ParticipantChart.h"

#include <QAccessible>
#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>

using namespace mb;

namespace {

qsizetype countOf(const PlotBase* chart, PlotDrawn::Kind kind)
{
    return chart->drawn(kind).size();
}

// The adherence marks drawn, over every row.
qsizetype adherenceTicks(const PlotBase* chart)
{
    qsizetype marks = 0;
    for (const PlotDrawn& row : chart->drawn(PlotDrawn::Kind::Row))
        marks += row.key == ParticipantChart::adherenceKey ? row.points.size() : 0;
    return marks;
}

QStringList curveIds(const PlotBase* chart)
{
    QStringList ids;
    for (const PlotDrawn& curve : chart->drawn(PlotDrawn::Kind::Curve))
        ids << curve.id;
    return ids;
}

} // namespace

class TestChartView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void drawsWhatTheStoreHolds();
    void gapsBreakTheLine();
    void secondaryAxisForOtherUnits();
    void dstRangeHasOneTickPerDay();
    void fullRangeFollowsNewEntries();
    void overlaysAreDrawnOnEveryRebuild();
    void readAheadIsShownOnceWhileTheFileIsUnchanged();
    void readAheadIsDroppedForAnythingElse();
    void exportsEveryFormat_data();
    void exportsEveryFormat();
    void controlsFitTheNarrowestWindow_data();
    void controlsFitTheNarrowestWindow();
    void keyboardAndScreenReaderReachThePlot();

private:
    QTemporaryDir m_dir;
    test::ScopedClock m_clock;
    std::unique_ptr<Store> m_store;
    qint64 m_participant = 0;
    qint64 m_probiotic = 0;
};

void TestChartView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_store = Store::open(m_dir.filePath(QStringLiteral("chart.sqlite")));
    Participant p;
    p.code = QStringLiteral("P-001");
    m_participant = m_store->participants().add(p);
    QList<JournalEntry> entries;
    // 2024-03-01 .. 2024-04-30 with a hole of 5 days in March and two entries on 2024-03-10.
    for (QDate day(2024, 3, 1); day <= QDate(2024, 4, 30); day = day.addDays(1)) {
        if (day >= QDate(2024, 3, 20) && day < QDate(2024, 3, 25))
            continue;
        JournalEntry e;
        e.participantId = m_participant;
        e.date = day;
        e.values = {{QStringLiteral("mood"), day.day() % 2 ? 6.0 : 4.0}, {QStringLiteral("stress"), 3}};
        entries.append(e);
    }
    JournalEntry extra;
    extra.participantId = m_participant;
    extra.date = QDate(2024, 3, 10);
    extra.values = {{QStringLiteral("mood"), 10}, {QStringLiteral("sleep_hours"), 7.5}};
    entries.append(extra);
    m_store->journal().addMany(entries, QStringLiteral("test"));

    Intervention probiotic;
    probiotic.participantId = m_participant;
    probiotic.kind = InterventionKind::Probiotic;
    probiotic.name = QStringLiteral("LGG");
    probiotic.start = QDate(2024, 4, 1);
    probiotic.end = QDate(2024, 4, 20);
    m_probiotic = m_store->interventions().add(probiotic);
    Intervention fmt = probiotic;
    fmt.kind = InterventionKind::Fmt;
    fmt.name = QStringLiteral("FMT");
    fmt.start = fmt.end = QDate(2024, 4, 25);
    m_store->interventions().add(fmt);
    m_store->interventions().setAdherence(m_probiotic, QDate(2024, 4, 2), true);
    m_store->interventions().setAdherence(m_probiotic, QDate(2024, 4, 3), false);
    m_store->interventions().setAdherence(m_probiotic, QDate(2024, 4, 4), true);
}

void TestChartView::drawsWhatTheStoreHolds()
{
    ChartView view;
    view.resize(1000, 500);
    view.setStore(m_store.get());
    view.setShownMeasures({QStringLiteral("mood"), QStringLiteral("stress")});
    view.setParticipant(m_participant);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ParticipantChart* chart = view.chart();
    QCOMPARE(curveIds(chart), (QStringList{QStringLiteral("mood/daily"), QStringLiteral("mood/mean"),
                                           QStringLiteral("stress/daily"), QStringLiteral("stress/mean")}));
    QCOMPARE(countOf(chart, PlotDrawn::Kind::Band), 1);
    QCOMPARE(countOf(chart, PlotDrawn::Kind::Marker), 1); // the event
    QCOMPARE(adherenceTicks(chart), 3);
    QCOMPARE(chart->visibleFirst(), QDate(2024, 2, 29)); // all data, a day of margin
    QCOMPARE(chart->visibleLast(), QDate(2024, 5, 1));

    const QString march10 = chart->describeDay(QDate(2024, 3, 10));
    QVERIFY2(march10.contains(QStringLiteral("Mood: 7")), qPrintable(march10)); // mean of 4 and 10
    QVERIFY(march10.contains(QStringLiteral("Stress: 3")));
    const QString april3 = chart->describeDay(QDate(2024, 4, 3));
    QVERIFY(april3.contains(QStringLiteral("Active: LGG")));
    QVERIFY(april3.contains(QStringLiteral("Not taken")));

    view.setShownMeasures({QStringLiteral("mood")});
    QCOMPARE(countOf(chart, PlotDrawn::Kind::Curve), 2);
    chart->showLastDays(30);
    QCOMPARE(chart->visibleLast(), QDate(2024, 4, 30));
    QCOMPARE(chart->visibleFirst(), QDate(2024, 4, 1));
}

void TestChartView::gapsBreakTheLine()
{
    ChartView view;
    view.setStore(m_store.get());
    view.setShownMeasures({QStringLiteral("mood")});
    view.setParticipant(m_participant);
    // The 5-day hole splits mood's daily series and its rolling mean each in two.
    QCOMPARE(view.chart()->drawnItem(QStringLiteral("mood/daily"))->segments(), 2);
    QCOMPARE(view.chart()->drawnItem(QStringLiteral("mood/mean"))->segments(), 2);
    const QString hole = view.chart()->describeDay(QDate(2024, 3, 22));
    QVERIFY(!hole.contains(QStringLiteral("Mood")));
}

void TestChartView::secondaryAxisForOtherUnits()
{
    ChartView view;
    view.setStore(m_store.get());
    view.setShownMeasures({QStringLiteral("mood"), QStringLiteral("sleep_hours")});
    view.setParticipant(m_participant);
    QCOMPARE(countOf(view.chart(), PlotDrawn::Kind::Curve), 4);
    QCOMPARE(view.chart()->drawnItem(QStringLiteral("sleep_hours/daily"))->axis, PlotAxis::Right);
    QCOMPARE(view.chart()->drawnItem(QStringLiteral("mood/daily"))->axis, PlotAxis::Left);
    QVERIFY(view.chart()->describeDay(QDate(2024, 3, 10)).contains(QStringLiteral("Sleep: 7.5")));
}

void TestChartView::dstRangeHasOneTickPerDay()
{
    ChartView view;
    view.resize(1400, 500);
    view.setStore(m_store.get());
    view.setParticipant(m_participant);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.chart()->setVisibleDays(QDate(2024, 3, 27), QDate(2024, 4, 4));
    const QStringList labels = view.chart()->tickLabels();
    QCOMPARE(labels.size(), 9);
    QCOMPARE(labels.first(), QStringLiteral("27 Mar"));
    QCOMPARE(labels[4], QStringLiteral("31 Mar"));
    QCOMPARE(labels.last(), QStringLiteral("4 Apr"));
    QStringList unique = labels;
    unique.removeDuplicates();
    QCOMPARE(unique.size(), labels.size());
}

void TestChartView::fullRangeFollowsNewEntries()
{
    // What the main window does on every entries change: refresh(). Showing everything, the chart must then
    // show the new entries too, on earlier and on later days; a range the user chose stays.
    Participant p;
    p.code = QStringLiteral("P-002");
    const qint64 id = m_store->participants().add(p);
    auto add = [&](QDate day) {
        JournalEntry e;
        e.participantId = id;
        e.date = day;
        e.values = {{QStringLiteral("mood"), 5}};
        m_store->journal().add(e, QStringLiteral("test"));
    };
    for (QDate day(2024, 6, 1); day <= QDate(2024, 6, 10); day = day.addDays(1))
        add(day);
    ChartView view;
    view.resize(1000, 500);
    view.setStore(m_store.get());
    view.setShownMeasures({QStringLiteral("mood")});
    view.setParticipant(id);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.chart()->visibleFirst(), QDate(2024, 5, 31));
    QCOMPARE(view.chart()->visibleLast(), QDate(2024, 6, 11));

    add(QDate(2024, 5, 1));
    view.refresh();
    QCOMPARE(view.chart()->visibleFirst(), QDate(2024, 4, 30));
    QCOMPARE(view.chart()->visibleLast(), QDate(2024, 6, 11));
    add(QDate(2024, 6, 20));
    view.refresh();
    QCOMPARE(view.chart()->visibleFirst(), QDate(2024, 4, 30));
    QCOMPARE(view.chart()->visibleLast(), QDate(2024, 6, 21));

    view.chart()->setVisibleDays(QDate(2024, 6, 1), QDate(2024, 6, 7)); // the user's own range
    add(QDate(2024, 4, 1));
    view.refresh();
    QCOMPARE(view.chart()->visibleFirst(), QDate(2024, 6, 1));
    QCOMPARE(view.chart()->visibleLast(), QDate(2024, 6, 7));
    view.chart()->showAll();
    QCOMPARE(view.chart()->visibleFirst(), QDate(2024, 3, 31));
}

void TestChartView::overlaysAreDrawnOnEveryRebuild()
{
    ChartView view;
    view.setStore(m_store.get());
    view.setShownMeasures({QStringLiteral("mood")});
    view.setParticipant(m_participant);
    ParticipantChart* chart = view.chart();
    const double march10 = dayCoordinate(QDate(2024, 3, 10));
    ChartOverlay tags;
    tags.rows.append({.id = QStringLiteral("tags"),
                      .key = QStringLiteral("tags"),
                      .color = Qt::red,
                      .xs = {march10, march10 + 2},
                      .y = -0.85});
    tags.markers.append(
        {.id = QStringLiteral("deviation"), .label = QStringLiteral("Deviation"), .color = Qt::red, .x = march10 + 1});
    chart->setOverlay(QStringLiteral("tags"), tags);
    QVERIFY(chart->drawnItem(QStringLiteral("tags")));
    QCOMPARE(chart->drawnItem(QStringLiteral("tags"))->points,
             (QList<QPointF>{{march10, -0.85}, {march10 + 2, -0.85}}));
    QCOMPARE(chart->drawnItem(QStringLiteral("deviation"))->from, march10 + 1);
    QCOMPARE(countOf(chart, PlotDrawn::Kind::Marker), 2); // the event and the deviation

    view.refresh(); // the participant's data drawn again: the overlay with it
    QVERIFY(chart->drawnItem(QStringLiteral("tags")));
    QCOMPARE(curveIds(chart), (QStringList{QStringLiteral("mood/daily"), QStringLiteral("mood/mean")}));

    chart->setOverlay(QStringLiteral("tags"), {});
    QVERIFY(!chart->drawnItem(QStringLiteral("tags")));
    QCOMPARE(countOf(chart, PlotDrawn::Kind::Marker), 1);
}

namespace {

// A reading that the store cannot give: a mood series labelled "Read ahead" with one value on 2024-03-10.
ChartReading markerReading()
{
    ChartSeries s;
    s.key = QStringLiteral("mood");
    s.label = QStringLiteral("Read ahead");
    s.daily = {{QDate(2024, 3, 10), 1.0}};
    return {.series = {s}};
}

bool showsMarker(ChartView& view)
{
    return view.chart()->describeDay(QDate(2024, 3, 10)).contains(QStringLiteral("Read ahead: 1"));
}

} // namespace

void TestChartView::readAheadIsShownOnceWhileTheFileIsUnchanged()
{
    ChartView view;
    view.setStore(m_store.get());
    view.setShownMeasures({QStringLiteral("mood")});
    ChartQuery query = view.currentQuery();
    query.participantId = m_participant;
    ChartReadAhead::keep(*m_store, query, markerReading(), m_store->database().changeStamp());
    QCOMPARE(ChartReadAhead::waitingFor(), query);
    view.setParticipant(m_participant);
    QVERIFY(showsMarker(view)); // taken instead of reading
    QVERIFY(!ChartReadAhead::waitingFor());
    view.refresh();
    QVERIFY(!showsMarker(view)); // once: then the store's own data
    QVERIFY(view.chart()->describeDay(QDate(2024, 3, 10)).contains(QStringLiteral("Mood: 7")));

    // Read, then the file changed before the chart asked: the change is shown, not the reading.
    ChartReadAhead::keep(*m_store, query, markerReading(), m_store->database().changeStamp());
    const qint64 other = m_store->participants().add(Participant{.code = QStringLiteral("P-READ")});
    view.refresh();
    QVERIFY(!showsMarker(view));
    QVERIFY(!ChartReadAhead::waitingFor());
    m_store->participants().setDeleted(other, true, QStringLiteral("test"));
}

void TestChartView::readAheadIsDroppedForAnythingElse()
{
    ChartView view;
    view.setStore(m_store.get());
    view.setShownMeasures({QStringLiteral("mood")});
    view.setParticipant(m_participant);
    const ChartQuery query = view.currentQuery();
    auto expectReadItself = [&](const Store& keptFrom, ChartQuery kept) {
        ChartReadAhead::keep(keptFrom, kept, markerReading(), keptFrom.database().changeStamp());
        view.refresh();
        QVERIFY(!showsMarker(view));
        QVERIFY(!ChartReadAhead::waitingFor()); // dropped: used once or never
    };
    ChartQuery otherMeasures = query;
    otherMeasures.measures = QStringList{QStringLiteral("stress")};
    expectReadItself(*m_store, otherMeasures);
    ChartQuery otherDay = query;
    otherDay.today = query.today.addDays(1);
    expectReadItself(*m_store, otherDay);
    ChartQuery otherParticipant = query;
    otherParticipant.participantId = m_participant + 1000;
    expectReadItself(*m_store, otherParticipant);
    ChartQuery otherRolling = query;
    otherRolling.rollingDays = query.rollingDays + 1;
    expectReadItself(*m_store, otherRolling);
    const auto sameFile = Store::open(m_store->path(), {.migrateTo = 0, .readOnly = true});
    expectReadItself(*sameFile, query); // another connection to the same file
}

void TestChartView::exportsEveryFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << int(PlotBase::Format::Png) << "png" << QByteArray("\x89PNG");
    QTest::newRow("pdf") << int(PlotBase::Format::Pdf) << "pdf" << QByteArray("%PDF");
    QTest::newRow("svg") << int(PlotBase::Format::Svg) << "svg" << QByteArray("<?xml");
}

void TestChartView::exportsEveryFormat()
{
    QFETCH(int, format);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, magic);
    ChartView view;
    view.setStore(m_store.get());
    view.setParticipant(m_participant);
    const QString path = m_dir.filePath(QStringLiteral("chart.") + suffix);
    QVERIFY(view.chart()->exportTo(path, PlotBase::Format(format), QSize(800, 450)));
    QVERIFY(test::fileBytes(path).startsWith(magic));
    if (suffix == u"png")
        QCOMPARE(QImage(path).size(), QSize(800, 450));
}

void TestChartView::controlsFitTheNarrowestWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    QTest::newRow("en, 540") << QStringLiteral("en") << 540;
    QTest::newRow("nl, 540") << QStringLiteral("nl") << 540;
    QTest::newRow("nl, 1000") << QStringLiteral("nl") << 1000;
}

// 540 pixels is what the chart gets in a window of the minimum size (900) with the participant list beside it.
// The row of controls above the chart asked for more than that in Dutch, and every control was cut short
// ("Metingen", "Exporteren…", "30 dagen"): the range buttons and export go under the rest when there is no room.
void TestChartView::controlsFitTheNarrowestWindow()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    LanguageManager languages;
    languages.apply(language);
    QWidget window; // the room the main window gives it: the chart's own minimum does not count
    ChartView view(&window);
    view.setStore(m_store.get());
    view.setParticipant(m_participant);
    view.setGeometry(0, 0, width, 400);
    window.resize(width, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(view.width(), width);
    QTest::qWait(20);
    QList<QWidget*> controls;
    for (QToolButton* button : view.findChildren<QToolButton*>())
        controls << button;
    controls << view.findChild<QSpinBox*>(QStringLiteral("rollingDays"));
    for (QLabel* label : view.findChildren<QLabel*>())
        if (label->buddy())
            controls << label;
    QVERIFY(controls.size() >= 8);
    for (QWidget* control : std::as_const(controls)) {
        if (!control->isVisible())
            continue;
        const QString what = control->objectName() + u' ' + control->property("text").toString();
        QVERIFY2(control->width() >= control->minimumSizeHint().width(), qPrintable(what));
        const QRect inView(control->mapTo(&view, QPoint(0, 0)), control->size());
        QVERIFY2(view.rect().contains(inView), qPrintable(what));
    }
    auto* measures = view.findChild<QToolButton*>(QStringLiteral("measuresButton"));
    auto* exportButton = view.findChild<QToolButton*>(QStringLiteral("exportChart"));
    if (width >= 1000) // room enough: one row, the chart keeps its height
        QCOMPARE(exportButton->y(), measures->y());
    languages.apply(QStringLiteral("en"));
}

// The plot is a Tab stop named "Chart", described for a screen reader (measures, range, days with data, last
// values, what is shown), and zoomed (+/-), moved (Left/Right) and reset (Home) from the keyboard.
void TestChartView::keyboardAndScreenReaderReachThePlot()
{
    ChartView view;
    view.resize(1000, 500);
    view.setStore(m_store.get());
    view.setShownMeasures({QStringLiteral("mood"), QStringLiteral("stress")});
    view.setParticipant(m_participant);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    auto* exportButton = view.findChild<QToolButton*>(QStringLiteral("exportChart"));
    QVERIFY(exportButton);
    exportButton->setFocus();
    QTest::keyClick(exportButton, Qt::Key_Tab);
    QWidget* plot = QApplication::focusWidget();
    QVERIFY(plot);
    QCOMPARE(plot->objectName(), QStringLiteral("plot"));
    QVERIFY(view.chart()->isAncestorOf(plot));

    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(plot);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Chart"));
    const QString description = accessible->text(QAccessible::Description);
    for (const QString& part :
         {QStringLiteral("Mood, Stress from"), QStringLiteral("1 March 2024"), QStringLiteral("30 April 2024"),
          QStringLiteral("56 day"), QStringLiteral("Mood 4, Stress 3"), QStringLiteral("Shown:")})
        QVERIFY2(description.contains(part), qPrintable(description));

    ParticipantChart* chart = view.chart();
    const auto [lower, upper] = chart->xRange();
    QTest::keyClick(plot, Qt::Key_Plus);
    const auto [zoomedLower, zoomedUpper] = chart->xRange();
    QVERIFY(zoomedUpper - zoomedLower < (upper - lower) * 0.9);
    QVERIFY(zoomedLower > lower && zoomedUpper < upper);
    QTest::keyClick(plot, Qt::Key_Left);
    QVERIFY(chart->xRange().first < zoomedLower);
    QTest::keyClick(plot, Qt::Key_Right);
    QTest::keyClick(plot, Qt::Key_Right);
    QVERIFY(chart->xRange().first > zoomedLower);
    QTest::keyClick(plot, Qt::Key_Minus);
    QVERIFY(chart->xRange().second - chart->xRange().first > zoomedUpper - zoomedLower);
    const QString moved = accessible->text(QAccessible::Description);
    QVERIFY2(moved != description, "the description says what is shown now");
    QTest::keyClick(plot, Qt::Key_Home);
    QCOMPARE(chart->visibleFirst(), QDate(2024, 2, 29)); // everything again
    QCOMPARE(chart->visibleLast(), QDate(2024, 5, 1));
    QCOMPARE(accessible->text(QAccessible::Description), description);

    view.setShownMeasures({QStringLiteral("stress")}); // the description follows a refresh
    QVERIFY(!accessible->text(QAccessible::Description).contains(QStringLiteral("Mood")));
}

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
