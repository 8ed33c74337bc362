// Child processes for start-up, memory and import; widgets in this process for the chart and cohort budgets.
// Like BareWindow.cpp, this benchmark includes qcustomplot.h itself: its baseline is QCustomPlot alone.
#include "Measurements.h"

#include "BenchTiming.h"
#include "ChildRun.h"
#include "core/Series.h"
#include "storage/Importer.h"
#include "storage/Store.h"
#include "ui/ChartView.h"
#include "ui/CohortView.h"
#include "ui/chart/PlotChart.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <qcustomplot.h>

#include <stdexcept>

namespace mb::bench {

namespace {

constexpr QSize windowSize(1100, 600);

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
    const QString gui = QStringLiteral(MOODBIOME_GUI);
    const QString bareWindow = QStringLiteral(MOODBIOME_BARE_WINDOW);
    const QString plotWindow = QStringLiteral(MOODBIOME_PLOT_WINDOW);
    QList<double> appMs, bareMs, textMs, dataMs, appMib, plotMib, tenthMib;
    for (int i = 0; i < repeat; ++i) {
        bareMs << runToFirstPaint(bareWindow, {}, config).ms;
        textMs << runToFirstPaint(bareWindow, {QStringLiteral("--text")}, config).ms;
        dataMs << runToFirstPaint(plotWindow, {QStringLiteral("--data"), data.bigDatabase}, config).ms;
        plotMib << runToFirstPaint(plotWindow, {QStringLiteral("--plot")}, config).rssMib;
        tenthMib << runToFirstPaint(gui, {QStringLiteral("--database"), data.tenthDatabase}, config).rssMib;
        const FirstPaint app = runToFirstPaint(gui, {QStringLiteral("--database"), data.bigDatabase}, config);
        appMs << app.ms;
        appMib << app.rssMib;
    }
    const QString size =
        QStringLiteral("%1 observations, %2 participants").arg(data.observations).arg(data.participants);
    return {{QStringLiteral("startup, %1").arg(size), QStringLiteral("ms"), median(appMs),
             QStringLiteral("reference window"), median(textMs), 1.5},
            {.name = QStringLiteral("startup of the reference window (a menu bar and a table of text)"),
             .unit = QStringLiteral("ms"),
             .value = median(textMs),
             .baselineName = QStringLiteral("bare window"),
             .baseline = median(bareMs),
             .reference = true},
            {.name = QStringLiteral("startup against a window of the same data without our code (its participants "
                                    "in a table, one series in a QCustomPlot)"),
             .unit = QStringLiteral("ms"),
             .value = median(appMs),
             .baselineName = QStringLiteral("data window"),
             .baseline = median(dataMs),
             .reference = true},
            {.name = QStringLiteral("startup of that data window"),
             .unit = QStringLiteral("ms"),
             .value = median(dataMs),
             .baselineName = QStringLiteral("reference window"),
             .baseline = median(textMs),
             .reference = true},
            {QStringLiteral("memory, %1").arg(size), QStringLiteral("MiB"), median(appMib),
             QStringLiteral("bare QCustomPlot window"), median(plotMib), 1.5},
            {QStringLiteral("memory against the data: %1 observations").arg(data.observations), QStringLiteral("MiB"),
             median(appMib), QStringLiteral("%1 observations").arg(data.tenthObservations), median(tenthMib), 1.1}};
}

BenchResult measureCliStart(int repeat)
{
    // The command line's start and end: libraries loaded, Qt set up, one command parsed and run, output written.
    const QStringList score{QStringLiteral("score"), QStringLiteral("phq9"), QStringLiteral("1,1,1,1,1,1,1,1,0")};
    QList<double> cliMs, sqliteMs;
    runChild(QStringLiteral(MOODBIOME_CLI), score); // the first run reads the libraries from disk; not measured
    for (int i = 0; i < repeat; ++i) {
        sqliteMs << runChild(QStringLiteral("sqlite3"), {QStringLiteral(":memory:"), QStringLiteral(".quit")}).wallMs;
        cliMs << runChild(QStringLiteral(MOODBIOME_CLI), score).wallMs;
    }
    return {QStringLiteral("moodbiome-cli score phq9 start to exit"),
            QStringLiteral("ms"),
            median(cliMs),
            QStringLiteral("sqlite3 :memory: .quit"),
            median(sqliteMs),
            3.0};
}

BenchResult measureGuiImport(const BenchData& data, int repeat)
{
    const QString target = QDir(data.dir).filePath(QStringLiteral("gui-import.db"));
    QFile file(data.tenthCsv);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + data.tenthCsv.toStdString());
    const QByteArray bytes = file.readAll();
    const QString fileName = QFileInfo(data.tenthCsv).fileName();
    QList<double> guiMs, cliMs;
    for (int i = 0; i < repeat; ++i) {
        removeDatabase(target);
        cliMs << runChild(QStringLiteral(MOODBIOME_CLI),
                          {QStringLiteral("--database"), target, QStringLiteral("import"), data.tenthCsv})
                     .wallMs;
        removeDatabase(target);
        qint64 observed = 0;
        const Importer::Progress progress = [&observed](Importer::Stage, qint64, qint64) {
            return ++observed > 0;
        };
        guiMs << timed([&] {
            auto store = Store::open(target);
            Importer importer(*store);
            const ImportPlan plan = importer.prepare(bytes, fileName, {}, progress);
            if (!plan.summary.problems.isEmpty() || !importer.commit(plan, progress).written)
                throw std::runtime_error("the GUI import path did not write the file");
        });
    }
    removeDatabase(target);
    return {QStringLiteral("GUI import %1 rows").arg(data.tenthObservations),
            QStringLiteral("ms"),
            median(guiMs),
            QStringLiteral("moodbiome-cli import"),
            median(cliMs),
            2.0};
}

namespace {
// Runs the CLI and follows its peak resident memory (VmHWM) until it exits; returns {ms, MiB}.
std::pair<double, double> exportRun(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(MOODBIOME_CLI), arguments);
    if (!process.waitForStarted())
        throw std::runtime_error("moodbiome-cli did not start");
    double peakKib = 0;
    QFile status(QStringLiteral("/proc/%1/status").arg(process.processId()));
    while (!process.waitForFinished(20)) {
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : status.readAll().split('\n'))
                if (line.startsWith("VmHWM:"))
                    peakKib = std::max(peakKib, line.mid(6).trimmed().split(' ').first().toDouble());
            status.close();
        }
    }
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw std::runtime_error("moodbiome-cli export failed");
    return {ms, peakKib / 1024};
}
} // namespace

QList<BenchResult> measureFhirExport(const BenchData& data, int repeat)
{
    const QString out = QDir(data.dir).filePath(QStringLiteral("export.out"));
    QList<double> tidyMs, fhirMs, fhirMib, tidyMib;
    for (int i = 0; i < repeat; ++i) {
        const auto [tMs, tMib] = exportRun({QStringLiteral("--database"), data.tenthDatabase, QStringLiteral("export"),
                                            QStringLiteral("--output"), out});
        const auto [fMs, fMib] =
            exportRun({QStringLiteral("--database"), data.tenthDatabase, QStringLiteral("export"),
                       QStringLiteral("--format"), QStringLiteral("fhir"), QStringLiteral("--output"), out});
        tidyMs << tMs;
        tidyMib << tMib;
        fhirMs << fMs;
        fhirMib << fMib;
    }
    QFile::remove(out);
    BenchResult memory{QStringLiteral("FHIR export peak memory"), QStringLiteral("MiB"), median(fhirMib),
                       QStringLiteral("tidy CSV export"), median(tidyMib)};
    memory.reference = true;
    return {{QStringLiteral("FHIR export %1 rows").arg(data.tenthObservations), QStringLiteral("ms"), median(fhirMs),
             QStringLiteral("tidy CSV export"), median(tidyMs), 3.0},
            memory};
}

QList<double> switchTimes(Store& store, int repeat, const std::function<void()>& between)
{
    const qint64 other = participantId(store, QStringLiteral("P-001"));
    const qint64 ten = participantId(store, tenYearCode);
    ChartView view;
    view.resize(windowSize);
    view.setStore(&store);
    view.setShownMeasures(sixMeasures());
    view.show();
    QList<double> viewMs;
    for (int i = 0; i < repeat; ++i) {
        view.setParticipant(other);
        settle();
        viewMs << timed([&] { view.setParticipant(ten); });
        if (between)
            between();
    }
    return viewMs;
}

BenchResult measureSwitch(const BenchData& data, int repeat)
{
    auto store = Store::open(data.bigDatabase);
    const auto series = sixSeries(*store, participantId(*store, tenYearCode));
    QList<double> plotMs;
    const QList<double> viewMs = switchTimes(*store, repeat, [&] {
        settle();
        plotMs << plainPlotMs(series);
    });
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
    if (view.members().isEmpty())
        throw std::runtime_error("the cohort has no members");
    QList<double> ms;
    for (int i = 0; i < repeat; ++i)
        ms << timed([&] { view.chart()->replot(); });
    return {QStringLiteral("cohort replot, %1 participants x 1 year").arg(view.members().size()),
            QStringLiteral("ms"),
            median(ms),
            {},
            0,
            0,
            100.0};
}

} // namespace mb::bench
