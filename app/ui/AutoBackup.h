// Automatic backups while the app runs: one a day at most while open, one on close, with rotation. The first one
// of a day waits for the window's first frame: it copies the whole database.
#pragma once

#include "core/BackupRotation.h"

#include <QObject>

class QTimer;
class QWidget;

namespace mb {

class Store;

class AutoBackup : public QObject {
    Q_OBJECT
public:
    // With a window, a store set before the window's first paint is backed up once that frame is on screen (or
    // after unpaintedDelay(), for a window never painted: started in the tray), not before.
    explicit AutoBackup(QObject* parent = nullptr, QWidget* window = nullptr);

    // Starts watching store (nullptr stops), and backs up when no backup was made today: at once, or after the
    // window's first paint (see the constructor). A read-only database is left alone: whoever can write to it
    // backs it up.
    void setStore(Store* store);
    // Whether the day's first backup waits for the window's first paint.
    bool isWaitingForFirstPaint() const { return m_duePending; }
    static constexpr int unpaintedDelay() { return 2000; } // milliseconds
    // Where backups go: the backups folder next to the database.
    QString folder() const;
    // How often to look whether a day has passed; an hour by default.
    void setCheckInterval(int milliseconds);

public slots:
    // Backs up unless a backup of today (the local date of mb::clock()) exists; true when it wrote one.
    bool backupIfDue();
    // Always backs up (on close); true when it wrote one.
    bool backupNow();

signals:
    void backedUp(const QString& file, const QStringList& removed);
    void failed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool canBackUp() const;
    void backupIfStillDue(); // the one that waited for the first paint

    QWidget* m_window;
    bool m_painted;
    bool m_duePending = false;
    Store* m_store = nullptr;
    BackupPolicy m_policy;
    QTimer* m_timer;
};

} // namespace mb
