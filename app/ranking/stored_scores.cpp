#include "app/ranking/stored_scores.hpp"

#include <tbb/parallel_for.h>

namespace scout::app {

namespace {

using ranker::Signal;

const ranker::SpecFeatures* features_of(const ranker::PersonFeatures& person, std::uint8_t spec)
{
  for (const ranker::SpecFeatures& each : person.specs) {
    if (each.spec == spec) {
      return &each;
    }
  }
  return nullptr;
}

void add_primary(const ranker::RankInput& input, const ranker::ItemClasses& classes, const ranker::Taxonomy& taxonomy,
                 const ranker::SpecFeatures& features, const ranker::SpecScore& spec, store::StoredScore& out)
{
  for (std::size_t s = 0; s < ranker::k_signal_count; ++s) {
    const Signal signal = static_cast<Signal>(s);
    const ranker::SignalScore& score = spec.signals[s];
    if (score.raw <= 0) {
      continue;  // a signal without evidence contributes nothing and is not stored
    }
    const std::string explanation =
      ranker::explain_signal(input, classes, taxonomy, features, signal, spec.signals[static_cast<std::size_t>(Signal::depth)].raw);
    out.components.push_back({std::string(ranker::signal_name(signal)), score.raw, score.weight, score.contribution, explanation});
    if (s >= ranker::k_evidence_signal_count) {
      continue;
    }
    const ranker::TopEvidence& top = features.top[s];
    for (std::size_t i = 0; i < top.count; ++i) {
      out.evidence.push_back({std::string(ranker::signal_name(signal)), ranker::describe_evidence(input, classes, top.items[i]),
                              ranker::evidence_url(input, top.items[i])});
    }
  }
}

store::StoredScore stored_score(const ranker::RankInput& input, const ranker::ItemClasses& classes,
                                const ranker::Taxonomy& taxonomy, const ranker::FeatureSet& features,
                                const ranker::PersonScore& person)
{
  store::StoredScore out;
  out.person_id = person.person_id;
  out.total = person.total;
  out.rank = person.rank;
  const ranker::PersonFeatures& personal = features.people[person.features];
  for (const ranker::SpecScore& spec : person.specs) {
    store::StoredSpecialisation row{taxonomy.specialisations[spec.spec].key, spec.score, {}};
    for (std::size_t s = 0; s < ranker::k_signal_count; ++s) {
      row.contributions[s] = spec.signals[s].contribution;
    }
    out.specialisations.push_back(row);
  }
  if (person.primary >= 0) {
    const ranker::SpecScore& primary = person.specs.front();
    out.specialisation = taxonomy.specialisations[primary.spec].key;
    add_primary(input, classes, taxonomy, *features_of(personal, primary.spec), primary, out);
  }
  return out;
}

}  // namespace

std::vector<store::StoredScore> stored_scores(const ranker::RankInput& input, const ranker::ItemClasses& classes,
                                              const ranker::Taxonomy& taxonomy, const ranker::FeatureSet& features,
                                              const ranker::RankResult& result, std::size_t from, std::size_t to)
{
  std::vector<store::StoredScore> rows(to - from);
  tbb::parallel_for(from, to, [&](std::size_t i) {
    rows[i - from] = stored_score(input, classes, taxonomy, features, result.people[i]);
  });
  return rows;
}

}  // namespace scout::app
