// Backups are written on the GUI thread: the connection is not shared across threads, and a checked copy of
// even a large diary takes well under a second.
#include "ui/AutoBackup.h"

#include "core/Clock.h"
#include "storage/Backup.h"
#include "storage/StorageError.h"
#include "storage/Store.h"

#include <QTimer>

namespace mb {

AutoBackup::AutoBackup(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(60 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &AutoBackup::backupIfDue);
}

void AutoBackup::setStore(Store* store)
{
    m_store = store;
    m_timer->stop();
    if (!canBackUp())
        return;
    m_timer->start();
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
