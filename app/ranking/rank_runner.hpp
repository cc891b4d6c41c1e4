#pragma once

#include "app/config/settings.hpp"
#include "common/log.hpp"

#include <cstdint>
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

// One ranking run: load weights and taxonomy -> read the crawled tables in bulk ->
// classify, extract features, score (oneTBB) -> store the run with its weights hash.
RankSummary run_rank(const config::Settings& settings, const RankOptions& options, Logger& log);

}  // namespace scout::app
