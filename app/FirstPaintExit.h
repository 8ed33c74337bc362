// A measurement option, not a feature: with --exit-after-first-paint the GUI ends right after its window's first
// paint, saying when and how big (the start-up benchmark, tests/benchmarks, reads it).
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
    // The command-line option that asks for it.
    static constexpr const char* option = "exit-after-first-paint";
    // Watches window; call before show().
    static void install(QWidget* window);

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
