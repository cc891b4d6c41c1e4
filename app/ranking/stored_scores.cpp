#include "app/ranking/stored_scores.hpp"

#include "store/ranking_blocks.hpp"

#include <tbb/parallel_for.h>

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

void add_primary(const DetailInputs& in, const ranker::SpecEvidence& evidence, const ranker::SpecScore& spec, store::StoredScore& out)
{
  for (std::size_t s = 0; s < ranker::k_signal_count; ++s) {
    const Signal signal = static_cast<Signal>(s);
    const ranker::SignalScore& score = spec.signals[s];
    if (score.raw <= 0) {
      continue;  // a signal without evidence contributes nothing and is not stored
    }
    const std::string explanation = ranker::explain_signal(in.mini, in.classified, in.taxonomy, evidence, signal,
                                                           spec.signals[static_cast<std::size_t>(Signal::depth)].raw);
    out.components.push_back({std::string(ranker::signal_name(signal)), score.raw, score.weight, score.contribution, explanation});
    if (s >= ranker::k_evidence_signal_count) {
      continue;
    }
    const ranker::TopEvidence& top = evidence.top[s];
    for (std::size_t i = 0; i < top.count; ++i) {
      out.evidence.push_back({std::string(ranker::signal_name(signal)), ranker::describe_evidence(in.mini, in.classified, top.items[i]),
                              ranker::evidence_url(in.mini, top.items[i])});
    }
  }
}

store::StoredScore stored_score(const DetailInputs& in, const ranker::PersonScore& person, const std::vector<ranker::SpecEvidence>& evidence)
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
  const std::vector<std::vector<ranker::SpecEvidence>> evidence = ranker::people_evidence(in.classified, in.weights, in.as_of_day);
  std::vector<store::StoredScore> rows(in.ranked.size());
  tbb::parallel_for(std::size_t{0}, in.ranked.size(), [&](std::size_t i) {
    rows[i] = stored_score(in, in.result.people[in.ranked[i]], evidence[i]);
  });
  return rows;
}

std::vector<std::string> score_blocks(const ranker::FeatureSet& features, const ranker::RankResult& result, std::size_t per_block)
{
  std::vector<std::string> blocks((result.people.size() + per_block - 1) / per_block);
  tbb::parallel_for(std::size_t{0}, blocks.size(), [&](std::size_t b) {
    std::vector<store::BlockSpecScore> specs;
    blocks[b].reserve(per_block * 64);
    for (std::size_t i = b * per_block; i < std::min(result.people.size(), (b + 1) * per_block); ++i) {
      const ranker::PersonScore& person = result.people[i];
      const ranker::PersonFeatures& personal = features.people[person.features];
      specs.clear();
      for (std::size_t s = 0; s < personal.count; ++s) {
        specs.push_back({features.specs[personal.first + s].spec, result.spec_scores[personal.first + s]});
      }
      store::encode_block_person({person.person_id, person.total, person.primary, specs}, blocks[b]);
    }
  });
  return blocks;
}

}  // namespace scout::app
