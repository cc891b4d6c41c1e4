#pragma once

#include "store/database.hpp"
#include "store/people_status.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace scout::store {

struct TableCount {
  std::string table;
  std::int64_t rows = 0;
};

struct CrawlRunSummary {
  std::int64_t id = 0;
  std::string started_at;
  std::string finished_at;  // empty while running
  std::string status;
  std::int64_t requests = 0;
  std::int64_t not_modified = 0;
  std::int64_t retries = 0;
  std::int64_t bytes = 0;
  std::int64_t tasks_done = 0;
  std::int64_t tasks_failed = 0;
  std::string wait_json;
  std::string message;
};

struct FailedTask {
  std::int64_t id = 0;
  std::string kind;
  std::string url;
  int attempts = 0;
  std::string last_error;
};

// What `scout status` shows: the schema, the size of every table, the frontier and the
// last crawl runs. Read-only.
struct StatusReport {
  int schema_version = 0;
  std::vector<TableCount> tables;           // every scout table, in name order
  std::vector<TableCount> task_states;      // crawl_tasks rows per state
  std::vector<CrawlRunSummary> last_runs;   // newest first
  std::vector<FailedTask> failed_tasks;     // dead-lettered tasks, newest first
  PeopleSummary people;                     // what the last `scout link` built
};

// Builds the report; `max_runs` and `max_failed` cap the lists.
StatusReport read_status(Database& db, int max_runs = 5, int max_failed = 20);

}  // namespace scout::store
