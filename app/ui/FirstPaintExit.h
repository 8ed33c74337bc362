// For the start-up benchmark: ends the process right after a window's first paint, saying when and how big.
#pragma once

#include <QObject>

class QWidget;

namespace mb {

// Watches the paint events of one window. After the first one has been painted and flushed it prints
// "first-paint STEADY_US rss-kb RSS" (steady clock in microseconds, resident set size in KiB) on stdout
// and exits at once with status 0.
class FirstPaintExit : public QObject {
    Q_OBJECT
public:
    // Installs a watcher for window when MOODBIOME_EXIT_AFTER_FIRST_PAINT=1; call before show().
    static void installIfRequested(QWidget* window);

    static qint64 residentKib(); // VmRSS of this process, 0 where /proc is missing

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FirstPaintExit(QWidget* window);
    [[noreturn]] static void report();

    QWidget* m_window;
    bool m_painted = false;
};

} // namespace mb
