// Timing helpers the in-process measurements share.
#pragma once

#include <QApplication>
#include <QElapsedTimer>

#include <functional>

namespace mb::bench {

// Lets queued events (layout, paint) run before and after a measurement.
inline void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// Wall time of work in milliseconds.
inline double timed(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace mb::bench
