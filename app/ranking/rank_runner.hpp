#pragma once

#include "app/config/settings.hpp"
#include "common/log.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace scout::app {

struct RankOptions {
  std::string weights_path;     // empty: [ranking] weights of the config
  std::string as_of;            // YYYY-MM-DD; empty: when the last crawl finished
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
  std::vector<RankedLine> top;  // the first ten
  double read_seconds = 0, score_seconds = 0, write_seconds = 0;
};

// One weights file's ordering of the people, computed in memory and stored nowhere: what
// `scout compare` and `scout evaluate` measure. Reads the database read-only.
struct InMemoryRanking {
  std::string weights_path;
  std::string as_of;
  std::vector<std::int64_t> order;                  // person ids, best first (bots left out)
  std::vector<double> totals;                       // parallel to order
  std::vector<std::map<std::string, double>> specialisations;  // parallel to order: key -> score
  std::map<std::int64_t, std::string> names;        // person id -> display name
};
InMemoryRanking rank_in_memory(const config::Settings& settings, const RankOptions& options, Logger& log);

// One ranking run: load weights and taxonomy -> read the crawled tables in bulk ->
// classify, extract features, score (oneTBB) -> store the run with its weights hash.
RankSummary run_rank(const config::Settings& settings, const RankOptions& options, Logger& log);

}  // namespace scout::app
