#include "app/nightly/ranking_state.hpp"

#include "app/export/shortlist_builder.hpp"

namespace scout::app {

namespace {

PersonState person_state(const store::RankedPerson& person)
{
  PersonState state;
  state.person_id = person.person_id;
  state.name = person.name;
  state.rank = person.rank;
  state.total = person.total;
  state.specialisation = person.specialisation;
  // Below the explained top a run keeps scores only: no signals, no evidence to compare.
  state.detailed = !person.signals.empty();
  for (const store::RankedSignal& signal : person.signals) {
    state.signals.insert(signal.signal);
  }
  for (const store::RankedEvidence& evidence : person.evidence) {
    state.evidence.push_back({evidence.signal, evidence.description, evidence.url});
  }
  return state;
}

TopList top_list(const store::RankedRun& run, const ranker::Taxonomy& taxonomy, std::size_t top, const std::string& key)
{
  ShortlistFilter filter;
  filter.top = static_cast<int>(top);
  filter.specialisation = key;
  TopList list{key, "overall", {}};
  for (const ranker::Specialisation& spec : taxonomy.specialisations) {
    if (spec.key == key) {
      list.title = spec.display_name;
    }
  }
  for (const shortlist::ShortlistRow& row : build_shortlist(run, taxonomy, filter)) {
    list.people.push_back(row.person_id);
  }
  return list;
}

}  // namespace

RankingState ranking_state(const store::RankedRun& run, const ranker::Taxonomy& taxonomy, const TopListSpec& lists,
                           const std::string& date)
{
  RankingState state;
  state.ranking_run = run.id;
  state.date = date;
  state.top = lists.top;
  state.lists.push_back(top_list(run, taxonomy, lists.top, ""));
  for (const std::string& key : lists.specialisations) {
    state.lists.push_back(top_list(run, taxonomy, lists.top, key));
  }
  state.people.reserve(run.people.size());
  for (const store::RankedPerson& person : run.people) {
    if (person.rank > 0) {  // rank 0: a bot or organisation, never on a shortlist
      state.people.emplace(person.person_id, person_state(person));
    }
  }
  return state;
}

}  // namespace scout::app
