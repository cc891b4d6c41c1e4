#pragma once

#include "app/nightly/ranking_changes.hpp"
#include "ranker/taxonomy.hpp"
#include "store/shortlist_reader.hpp"

#include <string>
#include <vector>

namespace scout::app {

// Which top lists a nightly run follows: the overall one, then one per specialisation key.
struct TopListSpec {
  std::size_t top = 50;
  std::vector<std::string> specialisations;
};

// A ranking run as compare_rankings() reads it: everyone's overall rank and score, the
// evidence of the people the run explained, and the top lists chosen exactly as the
// exported shortlists choose them (build_shortlist). `date` labels the run in changes.md.
RankingState ranking_state(const store::RankedRun& run, const ranker::Taxonomy& taxonomy, const TopListSpec& lists,
                           const std::string& date);

}  // namespace scout::app
