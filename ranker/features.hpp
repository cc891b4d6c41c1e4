#pragma once

#include "ranker/item_classes.hpp"
#include "ranker/rank_input.hpp"
#include "ranker/taxonomy.hpp"
#include "ranker/weights.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace scout::ranker {

// Which input row a piece of evidence is: an index into RankInput's contributions, repos,
// models or authorships.
enum class ItemKind : std::uint8_t { contribution, repo, model, authorship };

struct EvidenceRef {
  ItemKind kind = ItemKind::contribution;
  std::uint32_t index = 0;
  float credit = 0;
};

// At most k evidence rows, the highest credit first (ties: input order).
inline constexpr std::size_t k_top_evidence = 3;
struct TopEvidence {
  std::array<EvidenceRef, k_top_evidence> items{};
  std::uint8_t count = 0;
  std::uint32_t total = 0;  // how many rows were offered

  void add(const EvidenceRef& ref);
};

// One person's raw features in one specialisation: the evidence signals as sums of
// recency-weighted credits, breadth as the number of sources with evidence.
struct SpecFeatures {
  std::uint8_t spec = 0;
  std::array<double, k_signal_count> raw{};
  std::array<TopEvidence, k_evidence_signal_count> top{};
};

struct PersonFeatures {
  std::int64_t person_id = 0;
  bool bot = false;  // a bot or automation account, or an organisation: never ranked
  std::vector<SpecFeatures> specs;  // specialisations with any evidence, by index
};

// Everything scoring needs; depends on the input and the extraction rules (half-life,
// commit scale, anti-gaming), not on the signal weights, so a weight change re-scores
// from the same features.
struct FeatureSet {
  std::vector<PersonFeatures> people;  // RankInput::people order
};

// One bulk pass over the input (oneTBB across people).
FeatureSet extract_features(const RankInput& input, const Taxonomy& taxonomy, const Weights& weights);

// The same, with the items already classified (the caller keeps `classes` for explanations).
FeatureSet extract_features(const RankInput& input, const ItemClasses& classes, const Weights& weights);

}  // namespace scout::ranker
