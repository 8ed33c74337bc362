// The quick check of a database just opened: it reads the whole file, so it runs on its own connection and thread
// once the window's first frame is on screen (or after two seconds, for a window that is never painted). When it
// finds damage the window's connection stops writing and the user is told.
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace mb {

class BackgroundJob;
class Workspace;

class OpenCheck : public QObject {
    Q_OBJECT
public:
    OpenCheck(QWidget* window, Workspace* workspace);
    ~OpenCheck() override; // cancels a running check and waits for it

    // Checks the workspace's store: now when the window has been painted, else after its first paint. A check of
    // the previous store still running is cancelled.
    void schedule();
    // Before the store closes: a running check reads the file that is about to go.
    void cancel();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void start();

    QWidget* m_window;
    Workspace* m_workspace;
    BackgroundJob* m_job = nullptr;
    bool m_pending = false;
    bool m_painted = false;
};

} // namespace mb
