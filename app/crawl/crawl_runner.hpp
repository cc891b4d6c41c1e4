#pragma once

#include "app/config/settings.hpp"
#include "common/clock.hpp"
#include "common/log.hpp"
#include "crawler/run_counters.hpp"
#include "model/task.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace scout::app {

struct CrawlRequest {
  std::vector<model::Source> only;  // empty = every enabled source
  std::int64_t max_requests = 0;    // overrides [crawl] max_requests when > 0
  bool retry_failed = false;        // dead-lettered tasks go back to pending first
  bool show_progress = false;       // a live line on stderr
  std::string command = "crawl";    // recorded with the run in crawl_runs (`scout status`)
};

struct CrawlSummary {
  std::int64_t run_id = 0;
  model::RunStatus status = model::RunStatus::running;  // then succeeded, partial or interrupted
  model::EndReason end_reason = model::EndReason::drained;
  crawler::RunCounters counters;
};

// One crawl run against the database named in `settings`: migrate, recover what a killed
// run left in flight, plan the seeds, run the engine, record the run's counters.
CrawlSummary run_crawl(const config::Settings& settings, const CrawlRequest& request, Logger& log);
// The same on a database the caller holds open (and so holds its writer lock), as
// `scout nightly` does across all its stages.
CrawlSummary run_crawl(store::Database& db, const config::Settings& settings, const CrawlRequest& request, Logger& log);
// The same on `clock`, waiting through `sleeper` (the two above use the system's): tests
// pass one FakeClock for both, so rate-limit pauses take no real time.
CrawlSummary run_crawl(store::Database& db, const config::Settings& settings, const CrawlRequest& request, Logger& log,
                       const Clock& clock, Sleeper& sleeper);

}  // namespace scout::app
