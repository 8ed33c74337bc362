// The baselines of the start-up and memory budgets: the barest Qt Widgets window, gone after its first paint.
// Benchmark programs are the one exception to "only the plot base (app/ui/chart) includes qcustomplot.h": the memory
// baseline is a window holding an empty QCustomPlot, made without our chart code.
// --text makes the start-up reference instead: a plain main window with a menu bar and a table of text, the
// least a window that shows any data needs (fonts, glyphs, item views); it is reported, not budgeted.
#include "FirstPaintExit.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWidget>
#include <qcustomplot.h>

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

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    std::unique_ptr<QWidget> window(arguments.contains(QStringLiteral("--text")) ? textWindow() : new QWidget);
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
