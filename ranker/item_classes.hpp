#pragma once

#include "ranker/rank_input.hpp"
#include "ranker/taxonomy.hpp"
#include "ranker/weights.hpp"

#include <cstdint>
#include <vector>

namespace scout::ranker {

// What each crawled item is, decided once from its own text: its specialisations and the
// anti-gaming facts about it. Indices follow RankInput's vectors.
struct ItemClasses {
  std::vector<SpecMask> repo_specs;
  std::vector<std::uint8_t> repo_is_list;    // list-style or codeless: stars count for little
  std::vector<std::uint8_t> repo_is_prompts;  // a prompt collection: not engineering work
  std::vector<std::int32_t> contribution_repo;  // index into repos; -1 when not crawled
  std::vector<SpecMask> contribution_specs;
  std::vector<std::uint8_t> contribution_notable;  // to a taxonomy notable project
  std::vector<SpecMask> model_specs;
  std::vector<std::string> model_family;  // name without quantisation words: near-identical uploads
  std::vector<SpecMask> paper_specs;
  std::vector<std::uint8_t> paper_top_venue;
  std::vector<std::uint8_t> paper_in_category;
  std::vector<std::int32_t> authorship_paper;  // index into papers; -1 when missing
  std::vector<std::int32_t> paper_author_count;
};

// Classifies every repository, contribution, model and paper (in parallel).
ItemClasses classify_items(const RankInput& input, const Taxonomy& taxonomy, const Weights& weights);

// "TheBloke/Llama-2-7B-GGUF" -> "llama 2 7b": the model name without quantisation and format words.
std::string model_family(std::string_view model_id);

}  // namespace scout::ranker
