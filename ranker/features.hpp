#pragma once

#include "ranker/classified_input.hpp"
#include "ranker/rank_input.hpp"
#include "ranker/taxonomy.hpp"
#include "ranker/weights.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace scout::ranker {

// Which classified row a piece of evidence is: an index into ClassifiedInput's (and, kept
// one to one, RankInput's) contributions, repos, models or authorships.
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
// recency-weighted credits (float: 20 bytes a row, a million people's in ~100 MB), breadth
// as the number of sources with evidence.
struct SpecFeatures {
  std::uint8_t spec = 0;
  std::uint8_t breadth = 0;
  std::array<float, k_evidence_signal_count> raw{};

  // The raw value of any signal but depth (which scoring derives).
  double value(std::size_t signal) const { return signal < k_evidence_signal_count ? raw[signal] : breadth; }
};

struct PersonFeatures {
  std::int64_t person_id = 0;
  std::uint32_t first = 0;  // index of the first of this person's SpecFeatures
  std::uint8_t count = 0;   // specialisations with any evidence, by index
  bool bot = false;         // a bot or automation account, or an organisation: never ranked
};

// Everything scoring needs; depends on the input and the extraction rules (half-life,
// commit scale, anti-gaming: see extraction_key), not on the signal weights, so a weight
// change re-scores from the same features, cached between runs.
struct FeatureSet {
  std::vector<PersonFeatures> people;  // ClassifiedInput::people order
  std::vector<SpecFeatures> specs;     // each person's, contiguous

  std::span<const SpecFeatures> specs_of(const PersonFeatures& person) const
  {
    return {specs.data() + person.first, person.count};
  }
};

// The evidence behind one person's features in one specialisation, for explanations.
struct SpecEvidence {
  SpecFeatures features;
  std::array<TopEvidence, k_evidence_signal_count> top{};
};

// One bulk pass over the input (oneTBB across people).
FeatureSet extract_features(const ClassifiedInput& input, const Weights& weights, int as_of_day);

// Classifies `input` and extracts (tests and small inputs).
FeatureSet extract_features(const RankInput& input, const Taxonomy& taxonomy, const Weights& weights);

// Every person's features with the top evidence of each signal, by person (for the few
// people whose scores are explained: much more memory per person than FeatureSet).
std::vector<std::vector<SpecEvidence>> people_evidence(const ClassifiedInput& input, const Weights& weights,
                                                       int as_of_day);

// The weights that extraction depends on, as text: equal keys give equal features.
std::string extraction_key(const Weights& weights);

}  // namespace scout::ranker
