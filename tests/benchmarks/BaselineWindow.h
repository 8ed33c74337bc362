// What the benchmark's baseline windows share: a window shown at the main window's first size, gone after its first
// paint (app/FirstPaintExit.cpp) when asked. Each baseline is its own program, linking only what its window uses,
// so that none pays at start-up for libraries it does not need (docs/ARCHITECTURE.md, "Performance budgets").
#pragma once

#include "FirstPaintExit.h"

#include <QApplication>
#include <QWidget>

#include <memory>

namespace mb::bench {

inline int showUntilFirstPaint(std::unique_ptr<QWidget> window)
{
    window->setWindowTitle(QStringLiteral("bare window"));
    window->resize(1100, 700); // the main window's first size
    if (QApplication::arguments().contains(u"--" + QString::fromLatin1(FirstPaintExit::option)))
        FirstPaintExit::install(window.get());
    window->show();
    return QApplication::exec();
}

} // namespace mb::bench
