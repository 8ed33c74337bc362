// The schema a database must have: exactly the tables, indexes, triggers and views this version of MoodBiome
// creates for the file's schema version, and nothing else. An added trigger, a view standing in for a table or
// a protection trigger that was swapped would otherwise run unseen inside our own writes.
#pragma once

#include <QStringList>

namespace mb {

class Database;

namespace SchemaCheck {

// What differs from the expected schema of the database's user_version, one sentence each; empty when it is
// exactly ours. Reads sqlite_schema only: no trigger or view of the file is run.
QStringList differences(const Database& db);
// True when the object type `type` named `name` (e.g. "table", "audit") is as expected.
bool objectIsExpected(const Database& db, const QString& type, const QString& name);
// Throws StorageError (Corrupt) naming the first difference.
void require(const Database& db);

} // namespace SchemaCheck
} // namespace mb
