// Names of automatic backups and which of them to keep: the last 7 days and 4 weeks before them.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace mb {

struct BackupPolicy {
    int daily = 7;  // the newest backup of each of the last `daily` days that have one
    int weekly = 4; // and of the older ones, the newest of each of the last `weekly` ISO weeks
};

// When an automatic backup was made, in the local time of the machine that made it.
struct BackupStamp {
    QDate date;
    QTime time;
    bool operator==(const BackupStamp&) const = default;
};

// "<stem>-2025-01-05-083000.sqlite": the database's name, the local date and time.
QString backupFileName(const QString& stem, const BackupStamp& stamp);
// "<stem>-2025-01-05-083000-before-restore.sqlite": the database as it was before a restore, which rotation
// never removes.
QString beforeRestoreFileName(const QString& stem, const BackupStamp& stamp);
// "<stem>-2025-01-05-083000-manual.sqlite": a backup made with File ▸ Back up now, which rotation never removes
// (the user asked for that restore point).
QString manualBackupFileName(const QString& stem, const BackupStamp& stamp);
// The stamp of a file named by backupFileName for stem; nullopt for every other file, which rotation
// never touches (copies made before a restore, files the user put there).
std::optional<BackupStamp> backupStampOf(const QString& stem, const QString& fileName);

struct RotationPlan {
    QStringList keep;   // newest first
    QStringList remove; // newest first
};

// Splits the automatic backups among fileNames into those to keep and those to delete; other names
// appear in neither list. With a valid today, backups dated after it (made while the clock was wrong, or seen
// while it is) are kept and take none of the days and weeks kept: they never crowd out the real newest ones.
RotationPlan planRotation(const QString& stem, const QStringList& fileNames, const BackupPolicy& policy = {},
                          QDate today = {});

} // namespace mb
