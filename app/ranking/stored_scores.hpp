#pragma once

#include "ranker/ranker.hpp"
#include "store/ranking_runs.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace scout::app {

// What a run stores of the people it explains, read again from the database for them
// alone: their rows (`mini`, classified one to one as `classified`), the features and
// scores of the whole run, and which of result.people they are (`ranked[i]` is the person
// of mini.people[i]).
struct DetailInputs {
  const ranker::RankInput& mini;
  const ranker::ClassifiedInput& classified;
  const ranker::Taxonomy& taxonomy;
  const ranker::Weights& weights;
  int as_of_day = 0;
  const ranker::FeatureSet& features;
  const ranker::RankResult& result;
  const std::vector<std::size_t>& ranked;
};

// The rows store/ranking_runs writes for them: the overall (primary specialisation)
// score's components with a readable explanation and top evidence with links, and one row
// per specialisation. Built in parallel (oneTBB).
std::vector<store::StoredScore> stored_scores(const DetailInputs& in);

// Every ranked person's packed scores (store/ranking_blocks) in rank order, in one buffer
// cut into blocks of `per_block` people.
struct PackedScores {
  struct Block {
    std::size_t offset = 0, size = 0;  // bytes of `data`
    std::size_t people = 0;
  };
  std::string data;
  std::vector<Block> blocks;

  std::string_view bytes(const Block& block) const { return std::string_view(data).substr(block.offset, block.size); }
};

// Built in parallel; the same bytes whatever the threads.
PackedScores score_blocks(const ranker::FeatureSet& features, const ranker::RankResult& result, std::size_t per_block);

}  // namespace scout::app
