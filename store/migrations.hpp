#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
}

namespace scout::store {

// One schema step: schemas/sql/NNN_name.sql, applied when PRAGMA user_version < version.
struct Migration {
  int version = 0;
  std::string name;  // file name, for messages
  std::string_view sql;
  // A step SQL cannot express (hashing), run after `sql` in the same transaction; may be null.
  void (*after)(SQLite::Database& db) = nullptr;
};

// The migrations compiled into this build, in version order (1, 2, 3, ...).
std::vector<Migration> builtin_migrations();

struct MigrationReport {
  int from_version = 0;
  int to_version = 0;
  std::vector<std::string> applied;  // file names, in order
};

// Brings the database up to the last migration. Each migration runs in its own
// transaction together with its user_version bump, so a failure leaves the database
// at the previous version. Throws scout::Error naming the file when a migration fails
// or when the database is newer than this build.
MigrationReport apply_migrations(SQLite::Database& db, std::span<const Migration> migrations);

// The database's PRAGMA user_version.
int schema_version(SQLite::Database& db);

}  // namespace scout::store
