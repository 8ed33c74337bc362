// Whether the write-ahead log beside a database belongs to it, decided before SQLite would apply it.
#pragma once

#include <QString>

namespace mb {

// Throws StorageError (Corrupt) when "<databasePath>-wal" holds committed transactions that cannot have been
// written to this database, so SQLite would merge another database's pages into it. Reads only: the
// database and the log stay byte-for-byte as they were. docs/wal-check.md gives the rule and its limits.
void checkWalBelongs(const QString& databasePath);

// Throws StorageError (CannotOpen) when a non-empty "<databasePath>-journal" lies beside a database in WAL mode:
// MoodBiome never writes one there, and SQLite would roll another database's pages into the file at the first read.
// A file in rollback mode (a backup) keeps SQLite's own recovery. Reads only.
void checkJournalBelongs(const QString& databasePath);

} // namespace mb
