#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace scout::store {

// One finished `scout nightly` run, as stored in nightly_runs.
struct NightlyRunRecord {
  std::int64_t id = 0;  // set when read; ignored when recorded
  std::string started_at;
  std::string finished_at;
  std::int64_t crawl_run_id = 0;
  std::int64_t ranking_run_id = 0;
  std::string export_dir;
  int exit_code = 0;
  std::string summary;
};

// Records a finished nightly run; returns its id. Throws scout::Error naming the table.
std::int64_t record_nightly_run(Database& db, const NightlyRunRecord& record);

// The last finished nightly run; nullopt before the first (or on a database older than
// migration 8, which `scout nightly` migrates first anyway).
std::optional<NightlyRunRecord> last_nightly_run(Database& db);

// True when ranking run `run_id` is still stored (a nightly run's baseline can only be
// compared with while it is).
bool ranking_run_exists(Database& db, std::int64_t run_id);

}  // namespace scout::store
