#include "app/nightly/ranking_changes.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <unordered_set>

namespace scout::app {

namespace {

// The evidence signals a reason can name, with the word a recruiter reads for one item.
const std::map<std::string, std::string>& kind_words()
{
  static const std::map<std::string, std::string> words{
    {"contributions", "contributions"}, {"own_repos", "repository"}, {"models", "model"}, {"papers", "paper"}};
  return words;
}

const EvidenceItem* find_item(const PersonState& person, const EvidenceItem& wanted)
{
  for (const EvidenceItem& item : person.evidence) {
    if (item.signal == wanted.signal && item.url == wanted.url) {
      return &item;
    }
  }
  return nullptr;
}

// "(was 23)" when only the leading count differs ("23 commits to x" -> "60 commits to x"),
// else the whole earlier text.
std::string was(const std::string& before, const std::string& after)
{
  const std::size_t space_before = before.find(' ');
  const std::size_t space_after = after.find(' ');
  if (space_before != std::string::npos && space_after != std::string::npos
      && before.compare(space_before, std::string::npos, after, space_after, std::string::npos) == 0) {
    return " (was " + before.substr(0, space_before) + ")";
  }
  return " (was: " + before + ")";
}

// An item of `after` absent from `before` is new; a contribution whose description changed
// (its commit count) has new commits. Other changes (downloads, stars) move every day and
// are not news.
std::string item_reason(const PersonState& before, const EvidenceItem& item)
{
  const auto word = kind_words().find(item.signal);
  if (word == kind_words().end()) {
    return {};
  }
  const EvidenceItem* earlier = find_item(before, item);
  if (earlier == nullptr) {
    return "new " + word->second + ": " + item.description;
  }
  if (item.signal == "contributions" && earlier->description != item.description) {
    return "more commits: " + item.description + was(earlier->description, item.description);
  }
  return {};
}

bool explained_in_both(const PersonState* before, const PersonState& after)
{
  return before != nullptr && before->detailed && after.detailed;
}

const PersonState* find_person(const RankingState& state, std::int64_t id)
{
  const auto found = state.people.find(id);
  return found == state.people.end() ? nullptr : &found->second;
}

PersonChange change_of(const RankingState& before, const RankingState& after, std::int64_t id)
{
  const PersonState* then = find_person(before, id);
  const PersonState* now = find_person(after, id);
  PersonChange change;
  change.person_id = id;
  change.name = now != nullptr ? now->name : (then != nullptr ? then->name : "");
  change.rank_before = then != nullptr ? then->rank : 0;
  change.rank_after = now != nullptr ? now->rank : 0;
  if (now != nullptr && explained_in_both(then, *now)) {
    change.reasons = evidence_reasons(*then, *now);
  }
  return change;
}

const TopList* find_list(const RankingState& state, const std::string& key)
{
  for (const TopList& list : state.lists) {
    if (list.key == key) {
      return &list;
    }
  }
  return nullptr;
}

// Who entered and who left one top list; `before` may lack it (nothing to compare).
ListChanges list_changes(const RankingState& before, const RankingState& after, const TopList& now)
{
  ListChanges changes{now.key, now.title, {}, {}};
  const TopList* then = find_list(before, now.key);
  if (then == nullptr) {
    return changes;
  }
  const std::unordered_set<std::int64_t> was_in(then->people.begin(), then->people.end());
  const std::unordered_set<std::int64_t> is_in(now.people.begin(), now.people.end());
  for (std::size_t i = 0; i < now.people.size(); ++i) {
    if (was_in.count(now.people[i]) == 0) {
      changes.entered.push_back(change_of(before, after, now.people[i]));
      changes.entered.back().position = static_cast<int>(i + 1);
    }
  }
  for (std::size_t i = 0; i < then->people.size(); ++i) {
    if (is_in.count(then->people[i]) == 0) {
      changes.left.push_back(change_of(before, after, then->people[i]));
      changes.left.back().position = static_cast<int>(i + 1);
    }
  }
  return changes;
}

// Everyone in either run's overall top list whose overall rank changed, largest change first.
std::vector<PersonChange> movers(const RankingState& before, const RankingState& after, std::size_t max_movers)
{
  std::set<std::int64_t> candidates;
  for (const RankingState* state : {&before, &after}) {
    if (const TopList* overall = find_list(*state, "")) {
      candidates.insert(overall->people.begin(), overall->people.end());
    }
  }
  std::vector<PersonChange> moved;
  for (const std::int64_t id : candidates) {
    PersonChange change = change_of(before, after, id);
    if (change.rank_before > 0 && change.rank_after > 0 && change.rank_before != change.rank_after) {
      moved.push_back(std::move(change));
    }
  }
  std::stable_sort(moved.begin(), moved.end(), [](const PersonChange& a, const PersonChange& b) {
    const int da = std::abs(a.rank_after - a.rank_before), db = std::abs(b.rank_after - b.rank_before);
    return da != db ? da > db : a.rank_after < b.rank_after;
  });
  moved.resize(std::min(moved.size(), max_movers));
  return moved;
}

std::vector<std::string> first_kinds(const PersonState& before, const PersonState& after)
{
  std::vector<std::string> firsts;
  for (const auto& [signal, word] : kind_words()) {
    if (after.signals.count(signal) == 0 || before.signals.count(signal) != 0) {
      continue;
    }
    const auto item = std::find_if(after.evidence.begin(), after.evidence.end(),
                                   [&signal](const EvidenceItem& e) { return e.signal == signal; });
    firsts.push_back("first " + word + (item == after.evidence.end() ? "" : ": " + item->description));
  }
  return firsts;
}

bool by_rank_now(const PersonChange& a, const PersonChange& b) { return a.rank_after < b.rank_after; }

// New evidence of people in any current top list; first kinds of anyone explained in both.
void evidence_changes(const RankingState& before, const RankingState& after, RankingChanges& changes)
{
  std::unordered_set<std::int64_t> listed;
  for (const TopList& list : after.lists) {
    listed.insert(list.people.begin(), list.people.end());
  }
  for (const auto& [id, now] : after.people) {
    const PersonState* then = find_person(before, id);
    if (!explained_in_both(then, now)) {
      continue;
    }
    if (std::vector<std::string> reasons = evidence_reasons(*then, now); !reasons.empty() && listed.count(id) != 0) {
      changes.new_evidence.push_back({id, now.name, then->rank, now.rank, 0, std::move(reasons)});
    }
    if (std::vector<std::string> firsts = first_kinds(*then, now); !firsts.empty()) {
      changes.first_kind.push_back({id, now.name, then->rank, now.rank, 0, std::move(firsts)});
    }
  }
  std::sort(changes.new_evidence.begin(), changes.new_evidence.end(), by_rank_now);
  std::sort(changes.first_kind.begin(), changes.first_kind.end(), by_rank_now);
}

}  // namespace

std::vector<std::string> evidence_reasons(const PersonState& before, const PersonState& after)
{
  std::vector<std::string> reasons;
  for (const EvidenceItem& item : after.evidence) {
    if (std::string reason = item_reason(before, item); !reason.empty()) {
      reasons.push_back(std::move(reason));
    }
  }
  return reasons;
}

RankingChanges compare_rankings(const RankingState& before, const RankingState& after, std::size_t max_movers)
{
  RankingChanges changes;
  for (const TopList& list : after.lists) {
    changes.lists.push_back(list_changes(before, after, list));
  }
  changes.movers = movers(before, after, max_movers);
  evidence_changes(before, after, changes);
  for (const auto& [id, now] : after.people) {
    const PersonState* then = find_person(before, id);
    if (then == nullptr) {
      ++changes.new_people;
    } else if (std::abs(then->total - now.total) > 1e-9) {
      ++changes.updated_people;
    }
  }
  return changes;
}

}  // namespace scout::app
