// Opening the check-in, its full form, and answering the reminders.
#include "ui/QuickCheckIn.h"

#include "storage/Store.h"
#include "ui/CheckInWindow.h"
#include "ui/Editor.h"
#include "ui/EntryDialog.h"
#include "ui/NewEntryForm.h"
#include "ui/ReminderService.h"
#include "ui/Settings.h"
#include "ui/TagChips.h"
#include "ui/Workspace.h"

#include <QWidget>

namespace mb {

QuickCheckIn::QuickCheckIn(QWidget* mainWindow, Workspace* workspace, Settings* settings, bool trayAvailable,
                           QObject* parent)
    : QObject(parent)
    , m_mainWindow(mainWindow)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_reminders(new ReminderService(settings, workspace, trayAvailable, this))
{
    connect(m_reminders, &ReminderService::checkInRequested, this, &QuickCheckIn::open);
    connect(m_reminders, &ReminderService::openRequested, this, [this] {
        m_mainWindow->showNormal();
        m_mainWindow->raise();
        m_mainWindow->activateWindow();
    });
    connect(m_reminders, &ReminderService::quitRequested, this, &QuickCheckIn::quitRequested);
    // Another database or person: a check-in begun for the previous one is closed, not saved to the new one.
    connect(workspace, &Workspace::participantChanged, this, [this] { delete m_window; });
}

QuickCheckIn::~QuickCheckIn()
{
    delete m_window; // a top-level window of its own
}

void QuickCheckIn::open()
{
    if (m_window) {
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
        return;
    }
    Editor* editor = m_workspace->editor();
    auto save = [editor](const JournalEntry& entry, const QList<qint64>&) {
        return editor->addEntry(entry); // entry.tagIds: the chips chosen
    };
    m_window = new CheckInWindow(m_workspace, m_settings->value(Settings::Key::CheckInMeasures).toStringList(), save);
    if (Store* store = m_workspace->store()) {
        const QList<Tag> tags = store->tags().list();
        if (!tags.isEmpty()) {
            auto* chips = new TagChips;
            chips->setTags(tags, {});
            m_window->setTagChipsWidget(chips, [chips] { return chips->selected(); });
        }
    }
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &CheckInWindow::saved, this, &QuickCheckIn::saved);
    connect(m_window, &CheckInWindow::fullFormRequested, this, &QuickCheckIn::openFullForm);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

// The check-in hides while the full form is open: saved there, it closes; cancelled, it comes back as it was.
void QuickCheckIn::openFullForm()
{
    if (!m_window)
        return;
    QWidget* parent = m_mainWindow->isVisible() ? m_mainWindow : nullptr;
    EntryDialog* form = openNewEntryForm(m_workspace, parent, m_window->entry());
    if (!form)
        return;
    m_window->hide();
    connect(form, &QDialog::finished, this, [this](int result) {
        if (!m_window)
            return;
        if (result == QDialog::Accepted) {
            m_window->close();
            emit saved();
        } else {
            m_window->show();
        }
    });
}

CheckInWindow* QuickCheckIn::window() const
{
    return m_window;
}

bool QuickCheckIn::hideToTray()
{
    if (!keepsRunningInTray())
        return false;
    m_mainWindow->hide();
    m_reminders->tellStillRunning();
    return true;
}

bool QuickCheckIn::startInTray()
{
    if (!m_reminders->hasTray())
        return false;
    m_reminders->setTrayWanted(true);
    return true;
}

bool QuickCheckIn::keepsRunningInTray() const
{
    return m_reminders->isTrayVisible();
}

} // namespace mb
