#pragma once

#include "model/crawl_run.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <string>

namespace scout::store {

// The end of one crawl run, as stored in crawl_runs: the status as its text (to_string),
// each counter in the column of the same name, wait_seconds as wait_json.
struct CrawlRunRecord {
  model::RunStatus status = model::RunStatus::running;
  model::RunCounters counters;
  std::string message;
};

// Opens a crawl_runs row; returns its id.
std::int64_t begin_crawl_run(Database& db, const std::string& command, std::int64_t now_ms);

// Writes the final counters and status of a run.
void finish_crawl_run(Database& db, std::int64_t run_id, const CrawlRunRecord& record, std::int64_t now_ms);

// Runs left 'running' by a process that died are marked 'interrupted'; returns how many.
int mark_abandoned_runs(Database& db);

}  // namespace scout::store
