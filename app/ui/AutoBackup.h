// Automatic backups while the app runs: one a day at most while open, one on close, with rotation. The day's
// backup is made on a worker thread with its own connection; the first one of a day also waits for the window's
// first frame (docs/ARCHITECTURE.md, "Start-up").
#pragma once

#include "core/BackupRotation.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QTimer;
class QWidget;

namespace mb {

class BackgroundJob;
class Store;
struct AutomaticBackupResult;

class AutoBackup : public QObject {
    Q_OBJECT
public:
    // With a window, a store set before the window's first paint is backed up once that frame is on screen (or
    // after unpaintedDelay(), for a window never painted: started in the tray), not before. A window that is a
    // QMainWindow says in its status bar while the day's backup runs (a label of its own: "autoBackupStatus"), and
    // for a while (a message) once it was made.
    explicit AutoBackup(QObject* parent = nullptr, QWidget* window = nullptr);
    ~AutoBackup() override; // stops a running backup

    // Starts watching store (nullptr stops), and backs up when no backup was made today: at once, or after the
    // window's first paint (see the constructor). A read-only database is left alone: whoever can write to it
    // backs it up. A backup of the previous store still running is stopped first (see stop()): whoever replaces
    // or closes the store (another database, the idle lock, an encryption change, quitting) goes through here.
    void setStore(Store* store);
    // Whether the day's first backup waits for the window's first paint.
    bool isWaitingForFirstPaint() const { return m_duePending; }
    static constexpr int unpaintedDelay() { return 2000; } // milliseconds
    // Where backups go: the backups folder next to the database.
    QString folder() const;
    // How often to look whether a day has passed; an hour by default.
    void setCheckInterval(int milliseconds);

    // Whether the day's backup is being made on the worker thread.
    bool isRunning() const;
    // Cancels the backup under way, if any, and waits (with the busy cursor) until its thread has ended: it stops
    // at its next step, within moments however large the database. Its unfinished copy is removed, and nothing is
    // said of it. A backup that finished before it could be stopped (checked and in place, with its audit row)
    // stays, and backedUp() says so before stop() returns; nothing else follows for the stopped job (its own
    // results may be queued already). Call it before anything replaces the database's file (a restore): the
    // worker's connection reads it.
    void stop();
    // From any thread: whether stop() asked the running backup to end.
    bool isStopping() const { return m_stopping; }
    // Tests: runs on the worker thread at every step of the day's backup (copy and check: see BackupProgress),
    // before it looks whether it was stopped.
    using StepHook = std::function<void(qint64 done, qint64 total)>;
    void setStepHook(StepHook hook) { m_stepHook = std::move(hook); }

public slots:
    // Starts the day's backup on the worker thread unless a backup of today (the local date of mb::clock())
    // exists or one is already under way; true when it started one. backedUp() or failed() follow.
    bool backupIfDue();
    // Backs up at once, on this thread (on close: the window is going), after stopping a worker backup under way,
    // so that two never run at once; true when it wrote one.
    bool backupNow();

signals:
    void backedUp(const QString& file, const QStringList& removed);
    void failed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool canBackUp() const;
    void backupIfStillDue(); // the one that waited for the first paint
    void start();
    void halt(bool report); // stop(), saying so when the backup was kept (not from the destructor)
    void reportKept(const AutomaticBackupResult& result);
    void showStatus(const QString& text);

    QWidget* m_window;
    bool m_painted;
    bool m_duePending = false;
    Store* m_store = nullptr;
    BackupPolicy m_policy;
    QTimer* m_timer;
    QPointer<BackgroundJob> m_job;
    std::shared_ptr<std::optional<AutomaticBackupResult>> m_kept; // m_job's, once it is in place
    QPointer<QLabel> m_statusLabel; // in the window's status bar while the day's backup runs
    StepHook m_stepHook;
    std::atomic<bool> m_stopping = false;
};

} // namespace mb
