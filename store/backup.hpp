#pragma once

#include "store/database.hpp"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace scout::store {

// What one backup wrote.
struct BackupResult {
  std::string path;        // the finished copy
  std::int64_t pages = 0;  // database pages copied
  std::int64_t bytes = 0;  // size of the copy on disk
};

// Copies the database behind `source` into `target` through SQLite's online backup API, in
// one read transaction, so the copy is the last state committed before the call even while
// another connection (a crawl) keeps writing. The copy is written to "<target>.tmp-<pid>"
// beside `target` and renamed over it only once complete, so `target` is either the old
// file or the whole new copy, never half of one. The copy is a single file (rollback
// journal, no -wal). Replaces an existing `target` (an older backup). Throws scout::Error
// when `target` is the live database (or its -wal/-shm), its folder is missing or SQLite
// cannot write the copy; the temporary file is removed then.
BackupResult backup_database(Database& source, const std::string& target);

// Opens the database at `source_path` read-only (so it waits for no writer lock and runs
// beside a crawl) and backs it up as backup_database() does.
BackupResult backup_database_file(const std::string& source_path, const std::string& target);

// The name of a dated backup in a folder of backups: "scout-backup-20261201T030000Z.db".
// Names sort in time order, which keep_last_backups relies on.
std::string backup_file_name(std::chrono::system_clock::time_point when);

// Deletes all but the newest `keep` dated backups (named by backup_file_name) in `folder`,
// and the half-written copies of backups whose process died, and returns the paths it
// deleted (old backups oldest first, then those copies). Other files are never touched.
// `keep` 0 deletes every dated backup. Throws scout::Error when the folder cannot be read
// or an old backup cannot be deleted.
std::vector<std::string> keep_last_backups(const std::string& folder, int keep);

}  // namespace scout::store
