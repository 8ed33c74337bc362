// Scheduling the start-up quick check after the first paint, and acting on what it finds.
#include "ui/OpenCheck.h"

#include "storage/Store.h"
#include "ui/BackgroundJob.h"
#include "ui/BackupActions.h"
#include "ui/Workspace.h"

#include <QEvent>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

namespace mb {

OpenCheck::OpenCheck(QWidget* window, Workspace* workspace)
    : QObject(window)
    , m_window(window)
    , m_workspace(workspace)
{
    window->installEventFilter(this);
}

OpenCheck::~OpenCheck()
{
    cancel();
}

void OpenCheck::cancel()
{
    delete m_job; // cancels and waits
    m_job = nullptr;
}

void OpenCheck::schedule()
{
    cancel();
    m_pending = true;
    if (m_painted)
        return start();
    QTimer::singleShot(2000, this, [this] { // a window that is not painted (minimized, say) still gets it
        if (m_pending)
            start();
    });
}

bool OpenCheck::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, [this] { // once this first frame is on screen
            if (m_pending)
                start();
        });
    }
    return QObject::eventFilter(watched, event);
}

void OpenCheck::start()
{
    m_pending = false;
    if (!m_workspace->store())
        return;
    cancel();
    m_job = new BackgroundJob(*m_workspace->store(), this);
    BackgroundJob* job = m_job;
    job->start([this, job](Store& store) {
        QString problem;
        const auto warning = BackupActions::runStartupCheck(store, &problem);
        job->deliver([this, warning, problem, checked = store.path()] {
            if (!warning)
                return;
            // The window's own connection writes nothing more into the damaged file either.
            Store* open = m_workspace->store();
            if (open && open->path() == checked)
                open->database().refuseWrites(problem);
            QMessageBox::warning(m_window, tr("The database needs attention"), *warning);
        });
    });
}

} // namespace mb
