// Daily reminders while the app runs: a timer driven by core/ReminderSchedule and the clock seam; the tray icon,
// its menu and a notification that opens the check-in, or, without a tray, a small reminder window, so nothing
// fails silently (docs/ARCHITECTURE.md "Check-in and reminders").
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace mb {

class Settings;
class Workspace;

class ReminderService : public QObject {
    Q_OBJECT
public:
    static constexpr int snoozeMinutes = 30;

    // trayAvailable: QSystemTrayIcon::isSystemTrayAvailable(), passed in so tests choose.
    ReminderService(Settings* settings, Workspace* workspace, bool trayAvailable, QObject* parent = nullptr);
    ~ReminderService() override;

    // The next reminder (UTC), invalid when none is due.
    QDateTime nextDue() const { return m_due; }
    bool hasTray() const { return m_trayAvailable; }
    // The tray icon is shown while reminders are set, or when asked (started with --minimised).
    void setTrayWanted(bool wanted);
    bool isTrayVisible() const;
    QMenu* trayMenu() const { return m_menu; }
    // The reminder window of a desktop without tray, while shown.
    QDialog* reminderWindow() const;

public slots:
    // Fires the reminder when it is due and arms the timer for the next; the timer calls it, tests may too.
    void check();
    // Reads the settings and the day's entries again.
    void reschedule();
    void snooze();
    // Shows the reminder now: a notification from the tray, or the reminder window.
    void remind();
    // Once per run, when the main window closes to the tray: says where the app went.
    void tellStillRunning();

signals:
    void checkInRequested();
    void openRequested();
    void quitRequested();
    void reminded(); // a reminder was shown

private:
    void createTray();
    void updateTray();
    void showWindow();
    void retranslate();
    bool eventFilter(QObject* watched, QEvent* event) override;

    Settings* m_settings;
    Workspace* m_workspace;
    bool m_trayAvailable;
    bool m_trayWanted = false;
    bool m_toldStillRunning = false;
    QTimer* m_timer;
    QDateTime m_due;
    QDateTime m_lastFired;
    QDateTime m_snoozedUntil;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_checkIn = nullptr;
    QAction* m_snooze = nullptr;
    QAction* m_open = nullptr;
    QAction* m_quit = nullptr;
    QPointer<QDialog> m_window;
};

} // namespace mb
