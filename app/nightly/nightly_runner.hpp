#pragma once

#include "app/config/settings.hpp"
#include "app/crawl/crawl_runner.hpp"
#include "app/identity/link_runner.hpp"
#include "app/nightly/ranking_changes.hpp"
#include "app/ranking/rank_runner.hpp"
#include "common/clock.hpp"
#include "common/log.hpp"

#include <cstdint>
#include <string>

namespace scout::app {

inline constexpr int k_exit_failed_tasks = 3;    // the run finished, but some tasks failed for good
inline constexpr std::size_t k_max_movers = 10;  // movers listed in changes.md

struct NightlyRequest {
  std::string export_dir;  // --export-dir: overrides [nightly] export_dir when not empty
};

struct NightlySummary {
  std::int64_t nightly_run = 0;
  CrawlSummary crawl;
  LinkSummary link;
  RankSummary rank;
  RankingChanges changes;
  bool first_run = false;     // no earlier nightly run to compare with
  std::string export_folder;  // the dated folder written
  int exit_code = 0;          // 0, or k_exit_failed_tasks
  std::string line;           // the one-line summary
};

// One unattended nightly run on one connection, holding the database's writer lock from
// start to end: incremental crawl -> link -> rank -> what changed since the last nightly
// run -> the configured exports into a dated folder (staged, then renamed into place) ->
// backups ([nightly] keep_backups) -> the run recorded in nightly_runs. The date of the
// run (UTC) comes from `clock`. Throws scout::Error when a stage fails or the crawl is
// interrupted; the previous exports and ranking are left as they were.
NightlySummary run_nightly(const config::Settings& settings, const NightlyRequest& request, Logger& log,
                           const Clock& clock);

// The one summary line: people new, with new evidence and rescored (or that this is the
// first run), requests, 304 share, seconds waited on
// rate limits, failed tasks, the top movers and where the exports are.
std::string nightly_summary_line(const NightlySummary& summary);

}  // namespace scout::app
