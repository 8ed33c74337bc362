// The schema ladder: PRAGMA user_version N is brought to the newest version in one transaction.
#pragma once

namespace mb {

class Database;

namespace Migrations {

inline constexpr int latestVersion = 11;

// Runs every step from the file's user_version up to target, all in one transaction.
void migrate(Database& db, int target);

} // namespace Migrations
} // namespace mb
