#include "ranker/scoring.hpp"

#include <tbb/parallel_for.h>
#include <tbb/parallel_sort.h>

#include <algorithm>
#include <cmath>

namespace scout::ranker {

namespace {

constexpr std::size_t k_breadth = static_cast<std::size_t>(Signal::breadth);
constexpr std::size_t k_depth = static_cast<std::size_t>(Signal::depth);

class Scorer {
public:
  Scorer(const Taxonomy& taxonomy, const Weights& weights, const Caps& caps) : m_weights(weights), m_caps(caps)
  {
    for (const Specialisation& spec : taxonomy.specialisations) {
      m_multipliers.push_back(weights.specialisation(spec.key));
    }
    for (std::size_t s = 0; s < k_evidence_signal_count; ++s) {
      m_evidence_weight += std::max(0.0, weights.signals[s]);
      m_log_caps[s] = std::log1p(caps[s]);
    }
  }

  // Only the specialisation scores, into out[0 .. specs.size()): the same arithmetic as
  // person(), in the same order (so the same doubles), without the per-signal detail,
  // whose 200 bytes a specialisation were most of the time of scoring a million people.
  void scores(std::span<const SpecFeatures> specs, double* out) const
  {
    std::array<std::array<double, k_evidence_signal_count>, k_max_specialisations> parts;
    std::array<double, k_max_specialisations> bases;
    double all_bases = 0;
    for (std::size_t i = 0; i < specs.size(); ++i) {
      double base = 0;
      for (std::size_t s = 0; s < k_evidence_signal_count; ++s) {
        parts[i][s] = m_weights.signals[s] * normalised(specs[i].raw[s], s);
        base += parts[i][s];
      }
      bases[i] = base;
      all_bases += base;
    }
    for (std::size_t i = 0; i < specs.size(); ++i) {
      const double quality = this->quality(bases[i]);
      const double multiplier = m_multipliers[specs[i].spec];
      double score = 0;
      for (std::size_t s = 0; s < k_evidence_signal_count; ++s) {
        score += parts[i][s] * multiplier;
      }
      score += m_weights.signals[k_breadth] * breadth_normalised(specs[i]) * quality * multiplier;
      score += m_weights.signals[k_depth] * depth_share(bases[i], all_bases) * quality * multiplier;
      out[i] = score;
    }
  }

  // Fills out[0 .. specs.size()) in the order of `specs` (by specialisation index).
  void person(std::span<const SpecFeatures> specs, SpecScore* out) const
  {
    double all_bases = 0;
    for (std::size_t i = 0; i < specs.size(); ++i) {
      out[i] = evidence_part(specs[i]);
      all_bases += out[i].score;
    }
    for (std::size_t i = 0; i < specs.size(); ++i) {
      qualify(specs[i], all_bases, out[i]);
    }
  }

private:
  // The four evidence signals, normalised and weighted; score holds their sum for now.
  SpecScore evidence_part(const SpecFeatures& spec) const
  {
    SpecScore out;
    out.spec = spec.spec;
    for (std::size_t s = 0; s < k_evidence_signal_count; ++s) {
      SignalScore& signal = out.signals[s];
      signal.raw = spec.raw[s];
      signal.normalised = normalised(spec.raw[s], s);
      signal.weight = m_weights.signals[s];
      signal.contribution = signal.weight * signal.normalised;
      out.score += signal.contribution;
    }
    return out;
  }

  // Breadth and depth scale with the evidence they qualify (its share of the most it could
  // be), so neither earns anything on its own; then the specialisation's multiplier.
  void qualify(const SpecFeatures& spec, double all_bases, SpecScore& out) const
  {
    const double base = out.score;
    const double quality = this->quality(base);
    SignalScore& breadth = out.signals[k_breadth];
    breadth.raw = spec.breadth;
    breadth.normalised = breadth_normalised(spec);
    breadth.weight = m_weights.signals[k_breadth];
    breadth.contribution = breadth.weight * breadth.normalised * quality;
    SignalScore& depth = out.signals[k_depth];
    depth.raw = depth_share(base, all_bases);
    depth.normalised = depth.raw;
    depth.weight = m_weights.signals[k_depth];
    depth.contribution = depth.weight * depth.normalised * quality;
    const double multiplier = m_multipliers[out.spec];
    out.score = 0;
    for (SignalScore& signal : out.signals) {
      signal.contribution *= multiplier;
      out.score += signal.contribution;
    }
  }

  // normalise() with log1p(cap) taken once per run instead of once per value.
  double normalised(double raw, std::size_t signal) const
  {
    return raw <= 0 || m_caps[signal] <= 0 ? 0.0 : std::min(1.0, std::log1p(raw) / m_log_caps[signal]);
  }
  double quality(double base) const { return m_evidence_weight > 0 ? std::max(0.0, base) / m_evidence_weight : 0.0; }
  static double breadth_normalised(const SpecFeatures& spec)
  {
    return std::clamp((spec.breadth - 1.0) / 2.0, 0.0, 1.0);
  }
  static double depth_share(double base, double all_bases) { return all_bases > 0 ? base / all_bases : 0.0; }

  const Weights& m_weights;
  const Caps& m_caps;
  Caps m_log_caps{};
  std::vector<double> m_multipliers;
  double m_evidence_weight = 0;
};

// Best first; ties by specialisation index.
bool better(const SpecScore& a, const SpecScore& b) { return a.score != b.score ? a.score > b.score : a.spec < b.spec; }

}  // namespace

RankResult score_people(const FeatureSet& features, const Taxonomy& taxonomy, const Weights& weights)
{
  return score_people(features, taxonomy, weights, percentile_caps(features, weights.percentile_cap));
}

RankResult score_people(const FeatureSet& features, const Taxonomy& taxonomy, const Weights& weights, const Caps& caps)
{
  RankResult result;
  result.caps = caps;
  const Scorer scorer(taxonomy, weights, result.caps);
  std::vector<std::uint32_t> ranked;
  for (std::size_t p = 0; p < features.people.size(); ++p) {
    if (features.people[p].bot) {
      result.bots += 1;
    } else {
      ranked.push_back(static_cast<std::uint32_t>(p));
    }
  }
  result.people.resize(ranked.size());
  result.spec_scores.assign(features.specs.size(), 0.0);
  tbb::parallel_for(std::size_t{0}, ranked.size(), [&](std::size_t i) {
    const PersonFeatures& person = features.people[ranked[i]];
    double* const scores = result.spec_scores.data() + person.first;
    scorer.scores(features.specs_of(person), scores);
    PersonScore& score = result.people[i];
    score.person_id = person.person_id;
    score.features = ranked[i];
    // The best specialisation; ties by specialisation index, as better() orders them.
    std::size_t best = person.count;
    for (std::size_t s = 0; s < person.count; ++s) {
      best = best == person.count || scores[s] > scores[best] ? s : best;
    }
    if (best != person.count && scores[best] > 0) {
      score.total = scores[best];
      score.primary = features.specs[person.first + best].spec;
    }
  });
  // Ties are broken by person id, a stable key, so the order never depends on threads.
  tbb::parallel_sort(result.people.begin(), result.people.end(), [](const PersonScore& a, const PersonScore& b) {
    return a.total != b.total ? a.total > b.total : a.person_id < b.person_id;
  });
  for (std::size_t i = 0; i < result.people.size(); ++i) {
    result.people[i].rank = static_cast<std::int64_t>(i + 1);
  }
  return result;
}

std::vector<SpecScore> person_scores(const FeatureSet& features, const PersonFeatures& person, const Taxonomy& taxonomy,
                                     const Weights& weights, const Caps& caps)
{
  const Scorer scorer(taxonomy, weights, caps);
  std::vector<SpecScore> specs(person.count);
  scorer.person(features.specs_of(person), specs.data());
  std::sort(specs.begin(), specs.end(), better);
  return specs;
}

}  // namespace scout::ranker
