// The baselines of the start-up budget, with Qt Widgets alone: the barest window, or (--text) the start-up
// reference, a plain main window with a menu bar and a table of text, the least a window that shows any data needs
// (fonts, glyphs, item views). PlotWindow.cpp has the windows that need QCustomPlot or SQLite.
#include "BaselineWindow.h"

#include <QMainWindow>
#include <QMenuBar>
#include <QTableWidget>

namespace {

std::unique_ptr<QWidget> textWindow()
{
    auto window = std::make_unique<QMainWindow>();
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
    if (QApplication::arguments().contains(QStringLiteral("--text")))
        return mb::bench::showUntilFirstPaint(textWindow());
    return mb::bench::showUntilFirstPaint(std::make_unique<QWidget>());
}
