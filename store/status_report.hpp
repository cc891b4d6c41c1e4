#pragma once

#include "store/database.hpp"
#include "store/people_status.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace scout::store {

struct TableCount {
  std::string table;
  std::int64_t rows = 0;
};

struct CrawlRunSummary {
  std::int64_t id = 0;
  std::string started_at;
  std::string finished_at;       // empty while running
  std::int64_t duration_s = -1;  // -1 while running
  std::string command;           // "crawl", "nightly", ...
  std::string status;
  std::int64_t requests = 0;
  std::int64_t status_4xx = 0;
  std::int64_t status_5xx = 0;
  std::int64_t transport_errors = 0;
  std::int64_t not_modified = 0;
  std::int64_t retries = 0;
  std::int64_t bytes = 0;
  std::int64_t tasks_done = 0;
  std::int64_t tasks_failed = 0;
  std::string wait_json;
  std::string message;
};

// One finished `scout nightly` run (nightly_runs, migration 8).
struct NightlyRunSummary {
  std::int64_t id = 0;
  std::string started_at;
  std::string finished_at;
  std::int64_t duration_s = 0;
  std::int64_t crawl_run_id = 0;
  std::int64_t ranking_run_id = 0;
  std::string export_dir;
  int exit_code = 0;
  std::string summary;
};

// The rate-limit headers of one archived response: what the server last said about the
// budget of the bucket that URL draws from. Which token made the request is not archived.
struct RateLimitSighting {
  std::string url;
  std::int64_t fetched_ms = 0;
  std::vector<std::pair<std::string, std::string>> headers;  // only the rate-limit headers
};

// How big the database is on disk.
struct DatabaseSize {
  std::int64_t file_bytes = 0;  // the main file
  std::int64_t wal_bytes = 0;   // its -wal file (0 when absent)
  std::int64_t free_bytes = 0;  // pages on the free list (VACUUM would return them)
  // The ranking caches beside it (PATH.features, PATH.explained; 0 when absent): derived
  // data, rebuilt by the next `scout rank`, left out of `scout backup`.
  std::int64_t features_bytes = 0;
  std::int64_t explained_bytes = 0;
};

struct FailedTask {
  std::int64_t id = 0;
  std::string kind;
  std::string url;
  int attempts = 0;
  std::string last_error;
};

// A repository whose GitHub contributors list is incomplete (migration 10).
struct ContributorListLimit {
  std::string repo;
  bool truncated = false;         // the list stopped at GitHub's 500
  bool too_large = false;         // GitHub refused to list it (403 "too large")
  std::int64_t stats_people = 0;  // people stats/contributors gave instead
};

// What `scout status` shows: the schema, the size of every table, the frontier and the
// last crawl runs. Read-only.
struct StatusReport {
  int schema_version = 0;
  std::vector<TableCount> tables;               // every scout table, in name order
  std::vector<TableCount> task_states;          // crawl_tasks rows per state
  std::vector<CrawlRunSummary> last_runs;       // newest first
  std::vector<NightlyRunSummary> nightly_runs;  // newest first; empty before migration 8
  std::vector<RateLimitSighting> rate_limits;   // newest first, recent archived responses only
  DatabaseSize size;
  std::vector<FailedTask> failed_tasks;                 // dead-lettered tasks, newest first
  PeopleSummary people;                                 // what the last `scout link` built
  std::vector<ContributorListLimit> contributor_lists;  // by repository name; empty before migration 10
};

// Builds the report; `max_runs` caps the crawl and the nightly runs, `max_failed` the
// failed tasks. Rate-limit sightings come from the last few thousand archived responses,
// so the report stays fast on a large archive.
StatusReport read_status(Database& db, int max_runs = 5, int max_failed = 20);

}  // namespace scout::store
