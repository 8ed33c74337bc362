// Backups are written on the GUI thread: the connection is not shared across threads, and a checked copy of
// even a large diary takes well under a second. A trial's database of gigabytes takes longer: the day's first copy
// waits until the window is on screen (docs/ARCHITECTURE.md, "Start-up").
#include "ui/AutoBackup.h"

#include "core/Clock.h"
#include "storage/Backup.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace mb {

AutoBackup::AutoBackup(QObject* parent, QWidget* window)
    : QObject(parent)
    , m_window(window)
    , m_painted(window == nullptr)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(60 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &AutoBackup::backupIfDue);
    if (window)
        window->installEventFilter(this);
}

void AutoBackup::setStore(Store* store)
{
    m_store = store;
    m_timer->stop();
    m_duePending = false;
    if (!canBackUp())
        return;
    m_timer->start();
    if (m_painted)
        return void(backupIfDue());
    m_duePending = true;
    QTimer::singleShot(unpaintedDelay(), this, &AutoBackup::backupIfStillDue);
}

bool AutoBackup::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_window->removeEventFilter(this);
        QTimer::singleShot(0, this, &AutoBackup::backupIfStillDue); // once this first frame is on screen
    }
    return QObject::eventFilter(watched, event);
}

void AutoBackup::backupIfStillDue()
{
    if (!m_duePending)
        return;
    m_duePending = false;
    backupIfDue();
}

QString AutoBackup::folder() const
{
    if (!m_store)
        return {};
    return Backup::defaultFolder(m_store->path());
}

void AutoBackup::setCheckInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

bool AutoBackup::canBackUp() const
{
    return m_store && m_store->path() != u":memory:" && !m_store->database().isReadOnly();
}

bool AutoBackup::backupIfDue()
{
    if (!canBackUp())
        return false;
    const auto latest = Backup::latestAutomatic(m_store->path(), folder());
    if (latest && latest->date >= clock().today())
        return false;
    return backupNow();
}

bool AutoBackup::backupNow()
{
    if (!canBackUp())
        return false;
    try {
        const AutomaticBackupResult result = Backup::automatic(m_store->database(), folder(), m_policy);
        emit backedUp(result.backup.file, result.removed);
        return true;
    } catch (const StorageError& e) {
        emit failed(tr("The automatic backup failed: %1").arg(e.message()));
        return false;
    }
}

} // namespace mb
