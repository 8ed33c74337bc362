// Start-up measurement hook: a paint of the watched window schedules the report after the frame is done.
#include "FirstPaintExit.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace mb {

void FirstPaintExit::install(QWidget* window)
{
    qApp->installEventFilter(new FirstPaintExit(window));
}

FirstPaintExit::FirstPaintExit(QWidget* window)
    : QObject(window)
    , m_window(window)
{
}

qint64 FirstPaintExit::residentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine())
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

bool FirstPaintExit::eventFilter(QObject* watched, QEvent* event)
{
    // Any widget of the window counts: the repaint manager paints them all in one pass and flushes the
    // frame before the zero-timer below gets its turn.
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == m_window) {
        m_painted = true;
        QTimer::singleShot(0, &FirstPaintExit::report);
    }
    return false;
}

void FirstPaintExit::report()
{
    const auto now =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch());
    std::printf("first-paint %lld rss-kb %lld\n", static_cast<long long>(now.count()),
                static_cast<long long>(residentKib()));
    std::fflush(stdout);
    // Exit here even from inside a dialog's event loop, and without the tear-down, which is not start-up.
    std::_Exit(0);
}

} // namespace mb
