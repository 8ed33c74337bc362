// The idle lock of an encrypted database: after Settings::lockAfterMinutes() without key or mouse input the
// database is closed (views cleared) and a lock screen asks for its passphrase, then reselects the participant.
// Open dialogs are closed first (Cancel), which loses what was typed in them. See docs/SECURITY.md.
#pragma once

#include "storage/Database.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QDialog;
class QWidget;

namespace mb {

class OpenCheck;
class Settings;
class Workspace;

class IdleLock : public QObject {
    Q_OBJECT
public:
    // Opens path with options into the workspace: nothing, or why it failed (MainWindow::openDatabase).
    using Reopen = std::function<std::optional<QString>(const QString& path, const Database::Options& options)>;

    IdleLock(QWidget* window, Workspace* workspace, Settings* settings, OpenCheck* openCheck, Reopen reopen,
             std::function<void()> quit);
    ~IdleLock() override;

    // Tests: the idle time in milliseconds instead of the setting's minutes (0: the setting again).
    void setIdleIntervalForTesting(int milliseconds);
    // Milliseconds of no input before locking; 0 when the lock is off (setting 0, no store, not encrypted).
    int idleInterval() const;
    bool isArmed() const { return m_timer.isActive(); }
    bool isLocked() const { return m_locked; }
    // Locks now (closing open dialogs first), as the timer does.
    void lock();

    // The Settings page ("Lock"): the minutes, saved when dialog is accepted.
    static QWidget* createSettingsPage(Settings* settings, QDialog* dialog);

signals:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rearm();
    bool closeModalDialogs();
    void showLockScreen();
    bool openAnother();

    QWidget* m_window;
    Workspace* m_workspace;
    Settings* m_settings;
    OpenCheck* m_openCheck;
    Reopen m_reopen;
    std::function<void()> m_quit;
    QTimer m_timer;
    int m_testInterval = 0;
    int m_closeAttempts = 0;
    int m_closingLevel = 0; // event loop depth inside the dialog closed last: the lock waits until it has returned
    bool m_locked = false;
    QString m_path;             // the locked database
    qint64 m_participantId = 0; // selected when it was locked
};

} // namespace mb
