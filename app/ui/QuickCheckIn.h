// Where the quick check-in comes from: Ctrl+N in single-person mode, the tray icon, a reminder. Owns the check-in
// window (one at a time) and the reminder service; the main window only calls open() and asks whether closing it
// should leave the app running in the tray (docs/ARCHITECTURE.md "Check-in and reminders").
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace mb {

class CheckInWindow;
class ReminderService;
class Settings;
class Workspace;

class QuickCheckIn : public QObject {
    Q_OBJECT
public:
    // mainWindow: shown by "Open MoodBiome", parent of the full form while it is visible.
    QuickCheckIn(QWidget* mainWindow, Workspace* workspace, Settings* settings, bool trayAvailable,
                 QObject* parent = nullptr);
    ~QuickCheckIn() override;

    // Opens the check-in for the Workspace's participant, or brings the open one to the front.
    void open();
    CheckInWindow* window() const; // the open one, or nullptr
    ReminderService* reminders() const { return m_reminders; }
    // True while the tray icon is shown: closing the main window then hides it instead of quitting.
    bool keepsRunningInTray() const;
    // Started from the login autostart: shows the tray icon; false when the desktop has no tray.
    bool startInTray();
    // Closing the main window while reminders need the app: hides it to the tray and says so; false otherwise.
    bool hideToTray();

signals:
    void saved();
    void quitRequested();

private:
    void openFullForm();

    QWidget* m_mainWindow;
    Workspace* m_workspace;
    Settings* m_settings;
    ReminderService* m_reminders;
    QPointer<CheckInWindow> m_window;
};

} // namespace mb
