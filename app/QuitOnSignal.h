// Closing as File ▸ Quit does when the system asks the process to end (docs/ARCHITECTURE.md, "Shutdown").
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QSocketNotifier;

namespace mb {

// SIGTERM (logout, shutdown, `kill`), SIGINT (Ctrl+C in a terminal) and SIGHUP (the terminal closed) close the
// application the way File ▸ Quit does: open dialogs are cancelled, the window saves its layout and makes its
// closing backup, and the database is closed, so its log is written back. The signal handler only wakes the event
// loop (a byte down a pipe); the work is done here, between events. A second signal takes its default action, so
// an application that cannot close still ends. One per process, made after the application.
class QuitOnSignal : public QObject {
    Q_OBJECT
public:
    // closeWindow: the application's own quit (the main window's File ▸ Quit).
    explicit QuitOnSignal(std::function<void()> closeWindow, QObject* parent = nullptr);
    ~QuitOnSignal() override; // the handlers go back to the defaults

    QuitOnSignal(const QuitOnSignal&) = delete;
    QuitOnSignal& operator=(const QuitOnSignal&) = delete;

    // Whether a signal asked the application to end (main then treats a start-up given up as a normal exit).
    bool received() const { return m_received; }

private:
    void readSignal();
    void closeDialogs();
    void retry();

    std::function<void()> m_closeWindow;
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_retry; // dialogs opened while closing (a nested event loop) are cancelled on its next tick
    bool m_received = false;
};

} // namespace mb
