// Child processes for start-up, memory and import; widgets in this process for the chart and cohort budgets.
// Like BareWindow.cpp, this benchmark includes qcustomplot.h itself: its baseline is QCustomPlot alone.
#include "Measurements.h"

#include "ChildRun.h"
#include "core/Series.h"
#include "storage/Store.h"
#include "ui/ChartView.h"
#include "ui/ChartWidget.h"
#include "ui/CohortView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <qcustomplot.h>

#include <stdexcept>

namespace mb::bench {

namespace {

constexpr QSize windowSize(1100, 600);

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

double timed(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

qint64 participantId(Store& store, const QString& code)
{
    const auto p = store.participants().byCode(code);
    if (!p)
        throw std::runtime_error("no participant " + code.toStdString());
    return p->id;
}

// What ChartView draws for the participant's six measures, as QCustomPlot's key and value vectors.
QList<std::pair<QVector<double>, QVector<double>>> sixSeries(Store& store, qint64 participant)
{
    QList<std::pair<QVector<double>, QVector<double>>> series;
    for (const QString& key : sixMeasures()) {
        std::pair<QVector<double>, QVector<double>> xy;
        for (const DailyPoint& p : dailyMeans(store.journal().observations(participant, key))) {
            xy.first.append(dayCoordinate(p.date));
            xy.second.append(p.value);
        }
        series.append(xy);
    }
    return series;
}

double plainPlotMs(const QList<std::pair<QVector<double>, QVector<double>>>& series)
{
    QCustomPlot plot;
    plot.resize(windowSize);
    plot.show();
    for (qsizetype i = 0; i < series.size(); ++i)
        plot.addGraph();
    settle();
    return timed([&] {
        for (int i = 0; i < plot.graphCount(); ++i)
            plot.graph(i)->setData(series[i].first, series[i].second, true);
        plot.rescaleAxes();
        plot.replot();
    });
}

} // namespace

QList<BenchResult> measureStartupAndMemory(const BenchData& data, int repeat)
{
    const QString config = QDir(data.dir).filePath(QStringLiteral("config"));
    QList<double> appMs, bareMs, textMs, appMib, plotMib;
    for (int i = 0; i < repeat; ++i) {
        const FirstPaint bare = runToFirstPaint(QStringLiteral(MOODBIOME_BARE_WINDOW), {}, config);
        textMs << runToFirstPaint(QStringLiteral(MOODBIOME_BARE_WINDOW), {QStringLiteral("--text")}, config).ms;
        const FirstPaint plot =
            runToFirstPaint(QStringLiteral(MOODBIOME_BARE_WINDOW), {QStringLiteral("--plot")}, config);
        const FirstPaint app =
            runToFirstPaint(QStringLiteral(MOODBIOME_GUI), {QStringLiteral("--database"), data.bigDatabase}, config);
        bareMs << bare.ms;
        appMs << app.ms;
        plotMib << plot.rssMib;
        appMib << app.rssMib;
    }
    return {{QStringLiteral("startup"), QStringLiteral("ms"), median(appMs), QStringLiteral("bare window"),
             median(bareMs), 1.5},
            {.name = QStringLiteral("startup of a plain window with a menu bar and a table of text"),
             .unit = QStringLiteral("ms"),
             .value = median(textMs),
             .baselineName = QStringLiteral("bare window"),
             .baseline = median(bareMs),
             .reference = true},
            {QStringLiteral("memory"), QStringLiteral("MiB"), median(appMib), QStringLiteral("bare QCustomPlot window"),
             median(plotMib), 1.5}};
}

BenchResult measureImport(const BenchData& data, int repeat)
{
    const QString target = QDir(data.dir).filePath(QStringLiteral("import.db"));
    const QString plain = QDir(data.dir).filePath(QStringLiteral("plain.db"));
    QList<double> appMs, sqliteMs;
    for (int i = 0; i < repeat; ++i) {
        removeDatabase(plain);
        sqliteMs << runChild(QStringLiteral("sqlite3"),
                             {QStringLiteral("-cmd"),
                              QStringLiteral("CREATE TABLE tidy (participant TEXT, date TEXT, time TEXT, "
                                             "measure TEXT, value REAL, note TEXT)"),
                              plain, QStringLiteral(".import --csv --skip 1 %1 tidy").arg(data.bigCsv)})
                        .wallMs;
        removeDatabase(target);
        appMs << runChild(QStringLiteral(MOODBIOME_CLI),
                          {QStringLiteral("--database"), target, QStringLiteral("import"), data.bigCsv})
                     .wallMs;
    }
    removeDatabase(plain);
    removeDatabase(target);
    return {QStringLiteral("import %1 rows").arg(data.observations),
            QStringLiteral("ms"),
            median(appMs),
            QStringLiteral("sqlite3 .import"),
            median(sqliteMs),
            2.0};
}

BenchResult measureSwitch(const BenchData& data, int repeat)
{
    auto store = Store::open(data.bigDatabase);
    const qint64 other = participantId(*store, QStringLiteral("P-001"));
    const qint64 ten = participantId(*store, tenYearCode);
    ChartView view;
    view.resize(windowSize);
    view.setStore(store.get());
    view.setShownMeasures(sixMeasures());
    view.show();
    const auto series = sixSeries(*store, ten);
    QList<double> viewMs, plotMs;
    for (int i = 0; i < repeat; ++i) {
        view.setParticipant(other);
        settle();
        viewMs << timed([&] { view.setParticipant(ten); });
        settle();
        plotMs << plainPlotMs(series);
    }
    return {QStringLiteral("switch participant, 10 years x 6 measures"),
            QStringLiteral("ms"),
            median(viewMs),
            QStringLiteral("QCustomPlot setData + replot"),
            median(plotMs),
            2.0,
            50.0};
}

BenchResult measureCohort(const BenchData& data, int repeat)
{
    auto store = Store::open(data.cohortDatabase);
    CohortView view;
    view.resize(windowSize);
    view.setStore(store.get());
    view.setSelection({.name = cohortIntervention});
    view.setMeasure(QStringLiteral("mood"));
    view.setDays(180, 185);
    view.waitForLoad();
    view.show();
    settle();
    if (view.members().size() < 500)
        throw std::runtime_error("the cohort has " + std::to_string(view.members().size()) + " members, not 500");
    QList<double> ms;
    for (int i = 0; i < repeat; ++i)
        ms << timed([&] { view.chart()->plot()->replot(); });
    return {QStringLiteral("cohort replot, %1 participants x 1 year").arg(view.members().size()),
            QStringLiteral("ms"),
            median(ms),
            {},
            0,
            0,
            100.0};
}

} // namespace mb::bench
