#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <string>

namespace scout::store {

// Counters of one crawl run, as stored in crawl_runs.
struct CrawlRunRecord {
  std::string status = "running";  // running, succeeded, partial, failed, interrupted
  std::int64_t requests = 0, status_2xx = 0, status_3xx = 0, status_4xx = 0, status_5xx = 0;
  std::int64_t not_modified = 0, transport_errors = 0, retries = 0, bytes = 0;
  std::int64_t tasks_done = 0, tasks_failed = 0;
  std::map<std::string, double> wait_seconds;
  std::string message;
};

// Opens a crawl_runs row; returns its id.
std::int64_t begin_crawl_run(Database& db, const std::string& command, std::int64_t now_ms);

// Writes the final counters and status of a run.
void finish_crawl_run(Database& db, std::int64_t run_id, const CrawlRunRecord& record, std::int64_t now_ms);

// Runs left 'running' by a process that died are marked 'interrupted'; returns how many.
int mark_abandoned_runs(Database& db);

}  // namespace scout::store
