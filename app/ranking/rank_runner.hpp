#pragma once

#include "app/config/settings.hpp"
#include "common/log.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace scout::app {

struct RankOptions {
  std::string weights_path;  // empty: [ranking] weights of the config
  std::string as_of;         // YYYY-MM-DD; empty: when the last crawl finished
  bool fresh = false;        // re-read and re-extract even when the feature cache is valid
};

struct RankedLine {
  std::int64_t rank = 0;
  std::int64_t person_id = 0;
  std::string name;
  std::string specialisation;  // display name
  double total = 0;
};

struct RankSummary {
  std::int64_t run_id = 0;
  std::int64_t people = 0;  // ranked
  std::int64_t bots = 0;    // left out
  std::string as_of;
  std::string weights_path;
  std::string weights_hash;
  std::vector<RankedLine> top;   // the first ten
  bool cached = false;           // features from the cache: no read, no extraction
  std::int64_t detailed = 0;     // people stored with components and evidence
  std::int64_t pruned_runs = 0;  // older runs deleted (keep_runs)
  double read_seconds = 0, score_seconds = 0, write_seconds = 0;
};

// One weights file's ordering of the people, computed in memory and stored nowhere: what
// `scout compare` and `scout evaluate` measure. Reads the database read-only.
struct InMemoryRanking {
  std::string weights_path;
  std::string as_of;
  std::vector<std::int64_t> order;                             // person ids, best first (bots left out)
  std::vector<double> totals;                                  // parallel to order
  std::vector<std::map<std::string, double>> specialisations;  // parallel to order: key -> score
  std::map<std::int64_t, std::string> names;                   // person id -> display name
};
InMemoryRanking rank_in_memory(const config::Settings& settings, const RankOptions& options, Logger& log);

// One ranking run: load weights and taxonomy -> the cached features of this crawl state, or
// read the crawled tables in bulk, classify and extract (oneTBB) and cache them -> score ->
// store the run with its weights hash: every person's scores packed, and the detail of the
// top people (k_detailed_overall, and k_detailed_per_specialisation of each).
inline constexpr std::size_t k_detailed_overall = 1000;
inline constexpr std::size_t k_detailed_per_specialisation = 100;
RankSummary run_rank(const config::Settings& settings, const RankOptions& options, Logger& log);
// The same on a database the caller holds open with its writer lock.
RankSummary run_rank(store::Database& db, const config::Settings& settings, const RankOptions& options, Logger& log);

}  // namespace scout::app
