#include "app/ranking/stored_scores.hpp"

#include "store/ranking_blocks.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <array>

namespace scout::app {

namespace {

using ranker::Signal;

const ranker::SpecEvidence* evidence_of(const std::vector<ranker::SpecEvidence>& person, std::uint8_t spec)
{
  for (const ranker::SpecEvidence& each : person) {
    if (each.features.spec == spec) {
      return &each;
    }
  }
  return nullptr;
}

void add_primary(const DetailInputs& in, const ranker::SpecEvidence& evidence, const ranker::SpecScore& spec,
                 store::StoredScore& out)
{
  for (std::size_t s = 0; s < ranker::k_signal_count; ++s) {
    const Signal signal = static_cast<Signal>(s);
    const ranker::SignalScore& score = spec.signals[s];
    if (score.raw <= 0) {
      continue;  // a signal without evidence contributes nothing and is not stored
    }
    const std::string explanation = ranker::explain_signal(in.mini, in.classified, in.taxonomy, evidence, signal,
                                                           spec.signals[static_cast<std::size_t>(Signal::depth)].raw);
    out.components.push_back(
      {std::string(ranker::signal_name(signal)), score.raw, score.weight, score.contribution, explanation});
    if (s >= ranker::k_evidence_signal_count) {
      continue;
    }
    const ranker::TopEvidence& top = evidence.top[s];
    for (std::size_t i = 0; i < top.count; ++i) {
      out.evidence.push_back({std::string(ranker::signal_name(signal)),
                              ranker::describe_evidence(in.mini, in.classified, top.items[i]),
                              ranker::evidence_url(in.mini, top.items[i])});
    }
  }
}

store::StoredScore stored_score(const DetailInputs& in, const ranker::PersonScore& person,
                                const std::vector<ranker::SpecEvidence>& evidence)
{
  store::StoredScore out;
  out.person_id = person.person_id;
  out.total = person.total;
  out.rank = person.rank;
  // The run's numbers (from the whole population's caps); the evidence only names the rows.
  const std::vector<ranker::SpecScore> specs =
    ranker::person_scores(in.features, in.features.people[person.features], in.taxonomy, in.weights, in.result.caps);
  for (const ranker::SpecScore& spec : specs) {
    store::StoredSpecialisation row{in.taxonomy.specialisations[spec.spec].key, spec.score, {}};
    for (std::size_t s = 0; s < ranker::k_signal_count; ++s) {
      row.contributions[s] = spec.signals[s].contribution;
    }
    out.specialisations.push_back(row);
  }
  if (person.primary >= 0 && !specs.empty()) {
    out.specialisation = in.taxonomy.specialisations[specs.front().spec].key;
    if (const ranker::SpecEvidence* found = evidence_of(evidence, specs.front().spec); found != nullptr) {
      add_primary(in, *found, specs.front(), out);
    }
  }
  return out;
}

}  // namespace

std::vector<store::StoredScore> stored_scores(const DetailInputs& in)
{
  const std::vector<std::vector<ranker::SpecEvidence>> evidence =
    ranker::people_evidence(in.classified, in.weights, in.as_of_day);
  std::vector<store::StoredScore> rows(in.ranked.size());
  tbb::parallel_for(std::size_t{0}, in.ranked.size(),
                    [&](std::size_t i) { rows[i] = stored_score(in, in.result.people[in.ranked[i]], evidence[i]); });
  return rows;
}

PackedScores score_blocks(const ranker::FeatureSet& features, const ranker::RankResult& result, std::size_t per_block)
{
  // Rank order is random order in the features: encoding in rank order cost a chain of
  // three cache misses a person. Instead each pass runs in feature order (sequential reads)
  // and scatters into rank order: first every person's size, then their bytes.
  const std::size_t n = result.people.size();
  std::vector<std::uint32_t> rank_of(features.people.size(), UINT32_MAX);
  tbb::parallel_for(std::size_t{0}, n,
                    [&](std::size_t r) { rank_of[result.people[r].features] = static_cast<std::uint32_t>(r); });
  std::vector<std::size_t> offsets(n + 1, 0);
  tbb::parallel_for(std::size_t{0}, features.people.size(), [&](std::size_t p) {
    if (rank_of[p] != UINT32_MAX) {
      offsets[rank_of[p] + 1] = store::block_person_size(features.people[p].count);
    }
  });
  for (std::size_t r = 0; r < n; ++r) {
    offsets[r + 1] += offsets[r];
  }
  PackedScores packed;
  packed.data.resize(offsets[n]);
  tbb::parallel_for(
    tbb::blocked_range<std::size_t>(0, features.people.size()), [&](const tbb::blocked_range<std::size_t>& range) {
      std::array<store::BlockSpecScore, ranker::k_max_specialisations> specs;
      for (std::size_t p = range.begin(); p < range.end(); ++p) {
        const std::uint32_t r = rank_of[p];
        if (r == UINT32_MAX) {
          continue;  // a bot: not ranked
        }
        const ranker::PersonFeatures& personal = features.people[p];
        for (std::size_t s = 0; s < personal.count; ++s) {
          specs[s] = {features.specs[personal.first + s].spec, result.spec_scores[personal.first + s]};
        }
        const ranker::PersonScore& person = result.people[r];
        store::encode_block_person({person.person_id, person.total, person.primary, {specs.data(), personal.count}},
                                   packed.data.data() + offsets[r]);
      }
    });
  for (std::size_t first = 0; first < n; first += per_block) {
    const std::size_t last = std::min(n, first + per_block);
    packed.blocks.push_back({offsets[first], offsets[last] - offsets[first], last - first});
  }
  return packed;
}

}  // namespace scout::app
