// The baseline of the start-up and memory budgets: the barest Qt Widgets window, gone after its first paint.
// Benchmark programs are the one exception to "only ChartWidget includes qcustomplot.h": the memory
// baseline is a window holding an empty QCustomPlot, made without our chart code.
#include "ui/FirstPaintExit.h"

#include <QApplication>
#include <QVBoxLayout>
#include <QWidget>
#include <qcustomplot.h>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("bare window"));
    if (QApplication::arguments().contains(QStringLiteral("--plot"))) {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(new QCustomPlot);
    }
    window.resize(1100, 700); // the main window's first size
    mb::FirstPaintExit::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}
