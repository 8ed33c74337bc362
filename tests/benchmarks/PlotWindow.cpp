// The baselines that need more than Qt Widgets: (--plot) a window holding an empty QCustomPlot, the memory budget's
// baseline; (--data FILE) a window of that database with no code of ours: a table of its participant codes (SQLite's
// C API) beside a QCustomPlot of the first participant's mood, the least a window that shows this data must do,
// reported beside MoodBiome's start-up on the same file. Benchmark programs are the one exception to "only the plot
// base (app/ui/chart) includes qcustomplot.h".
#include "BaselineWindow.h"

#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <sqlite3.h>

namespace {

// Each row of sql's result, as its columns' text.
QList<QStringList> rowsOf(sqlite3* db, const char* sql)
{
    QList<QStringList> rows;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
        return rows;
    while (sqlite3_step(st) == SQLITE_ROW) {
        QStringList row;
        for (int column = 0; column < sqlite3_column_count(st); ++column)
            row << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, column)));
        rows << row;
    }
    sqlite3_finalize(st);
    return rows;
}

std::unique_ptr<QWidget> dataWindow(const QString& file)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const QList<QStringList> codes = rowsOf(db, "SELECT code FROM participant ORDER BY code");
    const QList<QStringList> series =
        rowsOf(db, "SELECT e.local_date, o.value FROM entry e JOIN observation o ON o.entry_id = e.id "
                   "JOIN measure m ON m.id = o.measure_id AND m.key = 'mood' "
                   "WHERE e.participant_id = (SELECT min(id) FROM participant) ORDER BY e.local_date");
    sqlite3_close(db);
    auto window = std::make_unique<QMainWindow>();
    window->menuBar()->addMenu(QStringLiteral("File"));
    window->menuBar()->addMenu(QStringLiteral("Edit"));
    auto* table = new QTableWidget(int(codes.size()), 1);
    for (int row = 0; row < table->rowCount(); ++row)
        table->setItem(row, 0, new QTableWidgetItem(codes[row].value(0)));
    auto* plot = new QCustomPlot;
    QVector<double> x, y;
    for (const QStringList& point : series) {
        x << double(QDate::fromString(point.value(0), Qt::ISODate).toJulianDay());
        y << point.value(1).toDouble();
    }
    plot->addGraph()->setData(x, y, true);
    plot->rescaleAxes();
    auto* splitter = new QSplitter;
    splitter->addWidget(table);
    splitter->addWidget(plot);
    window->setCentralWidget(splitter);
    return window;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (const qsizetype data = arguments.indexOf(QStringLiteral("--data")); data > 0)
        return mb::bench::showUntilFirstPaint(dataWindow(arguments.value(data + 1)));
    auto window = std::make_unique<QWidget>();
    (new QVBoxLayout(window.get()))->addWidget(new QCustomPlot);
    return mb::bench::showUntilFirstPaint(std::move(window));
}
