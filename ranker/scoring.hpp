#pragma once

#include "ranker/features.hpp"
#include "ranker/normalise.hpp"
#include "ranker/taxonomy.hpp"
#include "ranker/weights.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace scout::ranker {

// One signal of one specialisation score: raw value, normalised value (0..1), the weight
// applied and what it added to the score.
struct SignalScore {
  double raw = 0;
  double normalised = 0;
  double weight = 0;
  double contribution = 0;
};

struct SpecScore {
  std::uint8_t spec = 0;
  double score = 0;
  std::array<SignalScore, k_signal_count> signals{};
};

// 40 bytes a person: a million people's scores without their per-signal detail, which
// person_scores() gives for the few people explained.
struct PersonScore {
  std::int64_t person_id = 0;
  std::uint32_t features = 0;  // index into FeatureSet::people
  double total = 0;            // the primary specialisation's score
  std::int64_t rank = 0;       // 1 = best
  int primary = -1;            // taxonomy index; -1 without evidence
};

struct RankResult {
  std::vector<PersonScore> people;  // in rank order; bots are left out
  std::vector<double> spec_scores;  // parallel to FeatureSet::specs (bots: 0)
  std::size_t bots = 0;
  std::array<double, k_evidence_signal_count> caps{};  // raw value at the percentile cap
};

// Normalises the features, weighs them and orders the people: by total, then person id.
// Deterministic: the same features and weights give the same bytes. oneTBB inside.
RankResult score_people(const FeatureSet& features, const Taxonomy& taxonomy, const Weights& weights);
// The same, under caps already worked out for these features at weights.percentile_cap
// (percentile_caps()): a re-rank takes them from the feature cache.
RankResult score_people(const FeatureSet& features, const Taxonomy& taxonomy, const Weights& weights, const Caps& caps);

// One person's specialisation scores with every signal's detail, best first, under the
// caps of `result`: the same numbers score_people() ranked them by.
std::vector<SpecScore> person_scores(const FeatureSet& features, const PersonFeatures& person, const Taxonomy& taxonomy,
                                     const Weights& weights, const Caps& caps);

}  // namespace scout::ranker
