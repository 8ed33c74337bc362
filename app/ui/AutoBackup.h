// Automatic backups while the app runs: one a day at most while open, one on close, with rotation.
#pragma once

#include "core/BackupRotation.h"

#include <QObject>

class QTimer;

namespace mb {

class Store;

class AutoBackup : public QObject {
    Q_OBJECT
public:
    explicit AutoBackup(QObject* parent = nullptr);

    // Starts watching store (nullptr stops), and backs up at once when no backup was made today. A
    // read-only database is left alone: whoever can write to it backs it up.
    void setStore(Store* store);
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

private:
    bool canBackUp() const;

    Store* m_store = nullptr;
    BackupPolicy m_policy;
    QTimer* m_timer;
};

} // namespace mb
