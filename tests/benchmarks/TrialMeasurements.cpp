// The budgets added for a multi-site trial (issue 20): the participant list's search, the PDF report, the N-of-1
// analysis and memory against the size of the database. In this process, like the chart budgets.
#include "ChildRun.h"
#include "Measurements.h"
#include "report/ReportWriter.h"
#include "storage/AnalysisLoader.h"
#include "storage/Store.h"
#include "ui/ParticipantListPanel.h"
#include "ui/Workspace.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>
#include <QTranslator>

#include <stdexcept>

namespace mb::bench {

namespace {

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

std::unique_ptr<Store> openReadOnly(const QString& path)
{
    return Store::open(path); // the benchmark changes nothing; the children run after it closes
}

} // namespace

BenchResult measureParticipantFilter(const BenchData& data, int repeat)
{
    Workspace workspace;
    workspace.setStore(openReadOnly(data.bigDatabase));
    ParticipantListPanel panel(&workspace);
    panel.resize(340, 800);
    panel.show();
    settle();
    auto* search = panel.findChild<QLineEdit*>(QStringLiteral("participantSearch"));
    if (!search)
        throw std::runtime_error("the participant list has no search field");
    // A code typed one key at a time, then taken back: each keystroke filters the whole list and repaints.
    const QString typed = QStringLiteral("p-42");
    QList<QList<double>> perKey(2 * typed.size());
    for (int run = 0; run < repeat; ++run) {
        int key = 0;
        for (const QChar c : typed)
            perKey[key++] << timed([&] {
                QTest::keyClick(search, c.toLatin1());
                settle();
            });
        for (qsizetype i = 0; i < typed.size(); ++i)
            perKey[key++] << timed([&] {
                QTest::keyClick(search, Qt::Key_Backspace);
                settle();
            });
    }
    double slowest = 0;
    for (const QList<double>& samples : std::as_const(perKey))
        slowest = std::max(slowest, median(samples));
    return {QStringLiteral("participant list search, %1 participants, slowest keystroke").arg(data.participants + 1),
            QStringLiteral("ms"),
            slowest,
            {},
            0,
            0,
            16.0};
}

BenchResult measureReport(const BenchData& data, int repeat)
{
    auto store = openReadOnly(data.cohortDatabase);
    const auto participant = store->participants().byCode(QStringLiteral("P-001"));
    if (!participant)
        throw std::runtime_error("the cohort database has no P-001");
    const QTranslator english; // the English source texts
    QList<double> ms;
    int pages = 0;
    for (int i = 0; i < repeat; ++i) {
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        ms << timed([&] { pages = ReportWriter(*store, participant->id, QStringLiteral("en"), english).write(pdf); });
    }
    return {QStringLiteral("PDF report of one participant-year (%1 pages)").arg(pages),
            QStringLiteral("ms"),
            median(ms),
            {},
            0,
            0,
            1000.0};
}

BenchResult measureAnalyze(const BenchData& data, int repeat)
{
    auto store = openReadOnly(data.bigDatabase);
    const auto ten = store->participants().byCode(tenYearCode);
    if (!ten)
        throw std::runtime_error("no participant " + tenYearCode.toStdString());
    const QList<Intervention> interventions = store->interventions().list(ten->id);
    if (interventions.isEmpty())
        throw std::runtime_error("the ten-year participant has no intervention");
    QList<double> analyzeMs, readMs;
    for (int i = 0; i < repeat; ++i) {
        readMs << timed([&] {
            store->journal().observations(ten->id, QStringLiteral("mood"));
            store->interventions().list(ten->id);
        });
        analyzeMs << timed([&] { loadAnalysis(*store, interventions.first(), QStringLiteral("mood")); });
    }
    return {QStringLiteral("N-of-1 analyze, 10-year series"),
            QStringLiteral("ms"),
            median(analyzeMs),
            QStringLiteral("reading the series"),
            median(readMs),
            2.0};
}

} // namespace mb::bench
