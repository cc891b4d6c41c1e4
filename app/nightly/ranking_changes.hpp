#pragma once

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace scout::app {

// What changed between two ranking runs, for the recruiter reading `scout nightly`'s
// changes.md: plain structs in, plain structs out, no I/O (ranking_state.hpp builds the
// input from the store).

// One piece of evidence behind a person's score, as the ranking run stored it.
struct EvidenceItem {
  std::string signal;       // contributions, own_repos, models, papers
  std::string description;  // "412 commits to acme/serve"
  std::string url;          // the public page; identifies the item across runs
};

// One person in one ranking run.
struct PersonState {
  std::int64_t person_id = 0;
  std::string name;
  int rank = 0;                   // overall rank
  double total = 0;               // overall score
  std::string specialisation;     // primary, taxonomy key
  bool detailed = false;          // the run stored their signals and evidence (its explained top)
  std::set<std::string> signals;  // signals with any evidence
  std::vector<EvidenceItem> evidence;
};

// One shortlist's top N, best first: the overall one (key "") or a specialisation's.
struct TopList {
  std::string key;
  std::string title;  // "overall", "Inference and serving"
  std::vector<std::int64_t> people;
};

struct RankingState {
  std::int64_t ranking_run = 0;
  std::string date;     // YYYY-MM-DD of the nightly run that made it
  std::size_t top = 0;  // the N of every top list
  std::vector<TopList> lists;
  std::unordered_map<std::int64_t, PersonState> people;  // everyone ranked
};

// One person's line in the report.
struct PersonChange {
  std::int64_t person_id = 0;
  std::string name;
  int rank_before = 0;               // overall; 0: not ranked then
  int rank_after = 0;                // overall; 0: not ranked now
  int position = 0;                  // place in the list the change is about (1-based); 0 when not in it
  std::vector<std::string> reasons;  // "new paper: ...", strongest evidence first
};

struct ListChanges {
  std::string key;
  std::string title;
  std::vector<PersonChange> entered;  // by position now
  std::vector<PersonChange> left;     // by position before
};

struct RankingChanges {
  std::vector<ListChanges> lists;          // in the order of the current run's lists
  std::vector<PersonChange> movers;        // largest overall rank change first (either top N)
  std::vector<PersonChange> new_evidence;  // everyone explained in both runs whose evidence grew, by rank now
  std::vector<PersonChange> first_kind;    // a first paper, model, contribution or repository
  std::size_t new_people = 0;              // ranked now, not before
  std::size_t updated_people = 0;          // ranked in both, with a different score
};

// Compares `after` with `before`. Reasons come from the evidence each run stored for
// people it explained: an item (by URL) absent before is new; a contribution whose
// description changed has new commits. People explained in only one run get no reasons.
// At most `max_movers` movers, ties by rank now.
RankingChanges compare_rankings(const RankingState& before, const RankingState& after, std::size_t max_movers);

// "new paper: 2407.01234 \"Title\": author 1 of 3" and the like for one person, comparing
// their evidence in two runs; empty when nothing was added.
std::vector<std::string> evidence_reasons(const PersonState& before, const PersonState& after);

}  // namespace scout::app
