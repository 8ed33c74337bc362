// The baselines of the start-up and memory budgets: the barest Qt Widgets window, gone after its first paint.
// Benchmark programs are the one exception to "only the plot base (app/ui/chart) includes qcustomplot.h": the memory
// baseline is a window holding an empty QCustomPlot, made without our chart code.
// --text makes the start-up reference instead: a plain main window with a menu bar and a table of text, the
// least a window that shows any data needs (fonts, glyphs, item views); it is reported, not budgeted.
// --data FILE makes a window of that database with no code of ours: the text window with the database's
// participant codes in its table (SQLite's C API) beside a QCustomPlot of the first participant's mood, the
// least a window that shows this data must do; reported beside MoodBiome's start-up on the same file.
#include "FirstPaintExit.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWidget>
#include <qcustomplot.h>

#include <sqlite3.h>

namespace {

QWidget* textWindow()
{
    auto* window = new QMainWindow;
    window->menuBar()->addMenu(QStringLiteral("File"));
    window->menuBar()->addMenu(QStringLiteral("Edit"));
    auto* table = new QTableWidget(30, 3);
    for (int row = 0; row < table->rowCount(); ++row)
        for (int column = 0; column < table->columnCount(); ++column)
            table->setItem(row, column, new QTableWidgetItem(QStringLiteral("P-%1 %2").arg(row).arg(column)));
    window->setCentralWidget(table);
    return window;
}

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

QWidget* dataWindow(const QString& file)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const QList<QStringList> codes = rowsOf(db, "SELECT code FROM participant ORDER BY code");
    const QList<QStringList> series =
        rowsOf(db, "SELECT e.local_date, o.value FROM entry e JOIN observation o ON o.entry_id = e.id "
                   "JOIN measure m ON m.id = o.measure_id AND m.key = 'mood' "
                   "WHERE e.participant_id = (SELECT min(id) FROM participant) ORDER BY e.local_date");
    sqlite3_close(db);
    auto* window = new QMainWindow;
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

QWidget* windowFor(const QStringList& arguments)
{
    if (const qsizetype data = arguments.indexOf(QStringLiteral("--data")); data > 0)
        return dataWindow(arguments.value(data + 1));
    if (arguments.contains(QStringLiteral("--text")))
        return textWindow();
    return new QWidget;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    std::unique_ptr<QWidget> window(windowFor(arguments));
    window->setWindowTitle(QStringLiteral("bare window"));
    if (arguments.contains(QStringLiteral("--plot"))) {
        auto* layout = new QVBoxLayout(window.get());
        layout->addWidget(new QCustomPlot);
    }
    window->resize(1100, 700); // the main window's first size
    if (arguments.contains(u"--" + QString::fromLatin1(mb::FirstPaintExit::option)))
        mb::FirstPaintExit::install(window.get());
    window->show();
    return QApplication::exec();
}
