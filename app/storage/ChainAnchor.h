// The head of the audit chain (how many events, and the hash of the last) kept outside the database: in a small
// anchor file beside the user's settings, in every backup, export and report. A trail that was cut short or
// rewritten and re-hashed from some row on is internally consistent; only an anchor from before gives it away.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mb {

class Database;

struct ChainHead {
    qint64 events = 0; // the id of the last audit row; ids run 1, 2, 3… without gaps
    QString hash;      // of that row
    QDateTime atUtc;   // when that row was written

    bool isValid() const { return events > 0 && !hash.isEmpty(); }
    // "COUNT:HASH", as verify --anchor takes it.
    QString text() const { return QString::number(events) + u':' + hash; }
    // The head in 16 hex digits, for a footer.
    QString shortHash() const { return hash.left(16); }
    QJsonObject toJson() const;
    // "COUNT:HASH" (a prefix of at least 16 hex digits of the hash is enough); nullopt when it is not one.
    static std::optional<ChainHead> parse(const QString& text);
};

namespace ChainAnchor {

// The chain's head now; invalid for a database without audit rows (or one whose audit table cannot be read).
ChainHead head(const Database& db);
// The hash of audit row id, empty when there is none.
QString hashAt(const Database& db, qint64 id);

// A restore from a backup this code made at a database's path, kept in its anchor file.
struct WitnessedRestore {
    ChainHead row;      // its restore_backup row (event, hash)
    ChainHead replaced; // the anchor's head when the restore was about to go in
};

struct Stored {
    ChainHead head;
    QString genesis;                  // the hash of audit row 1: which database this is
    QDateTime updatedUtc;             // when the file was last written
    QList<WitnessedRestore> restores; // the restores made at this path while this file was kept (the newest 64)
    QString file;

    // Whether row event of db's chain is a restore this file saw being made (the same hash, so every row before
    // it is as it was then).
    bool witnessed(const Database& db, qint64 event) const;
    // The last witnessed restore at or after row event of db's chain, or 0.
    qint64 witnessedFrom(const Database& db, qint64 event) const;
    // Whether db's chain holds a restore announced while the anchor stood at its head: a restore that went in but
    // was stopped (a kill, a power cut) before it could move the anchor.
    bool restoredOverHead(const Database& db) const;
};

// The anchor file of the database at databasePath: under QStandardPaths::AppConfigLocation, named by a hash
// of the database's absolute path.
QString fileFor(const QString& databasePath);
std::optional<Stored> stored(const QString& databasePath);

// After a write transaction committed: moves the anchor file on to the new head. Cheap (one indexed read and a
// file of 300 bytes written atomically, 0600). The anchor only moves forward along the chain it records: a
// trail that no longer contains it keeps the old anchor, as evidence for verify, whatever the trail says about
// itself (a restore_backup row, or a first row of a new database, with any time: the file alone can hold those).
// Never throws: a missing or read-only settings folder only leaves the anchor where it was.
void afterCommit(const Database& db) noexcept;

enum class StartOver {
    NewDatabase, // Migrations made a new database at the path
    Restore      // Backup::restore replaced the database with a backup and its restore_backup row
};
// Called by the code that replaced the chain, at that moment: the anchor moves onto the new chain whatever it
// recorded, and a restore's restore_backup row (the last in the trail) is kept in the file as witnessed, so
// that verify excuses backups of the history it replaced. This is the only way an anchor leaves its chain.
void startOver(const Database& db, StartOver why) noexcept;
// Just before a restore puts restored (a checked copy holding its restore_backup row) into db: announces that
// row in db's anchor file, so that a restore stopped between its commit and startOver moves the anchor later.
void beforeRestore(const Database& db, const Database& restored) noexcept;

} // namespace ChainAnchor
} // namespace mb
