#pragma once

#include "ranker/ranker.hpp"
#include "store/ranking_runs.hpp"

#include <cstddef>
#include <vector>

namespace scout::app {

// The rows of ranked people [from, to) as store/ranking_runs writes them: the overall
// (primary specialisation) score's components with a readable explanation and top
// evidence with links, and one row per specialisation. Built in parallel (oneTBB).
std::vector<store::StoredScore> stored_scores(const ranker::RankInput& input, const ranker::ItemClasses& classes,
                                              const ranker::Taxonomy& taxonomy, const ranker::FeatureSet& features,
                                              const ranker::RankResult& result, std::size_t from, std::size_t to);

}  // namespace scout::app
