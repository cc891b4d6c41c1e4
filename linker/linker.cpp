#include "linker/linker.hpp"

#include "linker/account_index.hpp"
#include "linker/evidence_rules.hpp"
#include "linker/person_ids.hpp"
#include "linker/shared_targets.hpp"
#include "linker/union_find.hpp"

#include <tbb/parallel_invoke.h>

#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace scout::linker {

namespace {

// One candidate per (pair, rule, outcome), with the evidence of all its duplicates.
std::vector<LinkCandidate> merge_duplicates(std::vector<LinkCandidate> candidates)
{
  const auto key = [](const LinkCandidate& c) { return std::tie(c.a, c.b, c.rule, c.reason); };
  std::sort(candidates.begin(), candidates.end(), [&](const LinkCandidate& x, const LinkCandidate& y) {
    return std::tie(x.a, x.b, x.rule, x.reason, x.evidence_ids) < std::tie(y.a, y.b, y.rule, y.reason, y.evidence_ids);
  });
  std::vector<LinkCandidate> merged;
  for (LinkCandidate& candidate : candidates) {
    if (!merged.empty() && key(merged.back()) == key(candidate)) {
      std::vector<std::int64_t>& ids = merged.back().evidence_ids;
      ids.insert(ids.end(), candidate.evidence_ids.begin(), candidate.evidence_ids.end());
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    } else {
      merged.push_back(std::move(candidate));
    }
  }
  return merged;
}

std::vector<LinkCandidate> override_candidates(const LinkInput& input, const AccountIndex& index)
{
  std::vector<LinkCandidate> out;
  for (const Override& forced : input.overrides) {
    if (forced.a == forced.b || index.find(forced.a) == nullptr || index.find(forced.b) == nullptr) {
      continue;
    }
    LinkCandidate made;
    made.a = std::min(forced.a, forced.b);
    made.b = std::max(forced.a, forced.b);
    made.rule = forced.merge ? "override_merge" : "override_split";
    made.strength = Strength::strong;
    made.accepted = forced.merge;
    made.reason = forced.merge ? "" : "split override";
    out.push_back(std::move(made));
  }
  return out;
}

// Union-find that refuses any join which would put two split accounts in one component.
class GuardedUnion {
public:
  GuardedUnion(const std::vector<LinkCandidate>& splits, const AccountIndex& index)
    : m_sets(index.size()), m_index(index)
  {
    for (const LinkCandidate& split : splits) {
      const std::size_t a = index.index_of(split.a);
      const std::size_t b = index.index_of(split.b);
      m_partners[a].push_back(b);
      m_partners[b].push_back(a);
      m_guarded[a].push_back(a);
      m_guarded[b].push_back(b);
    }
  }

  // False when a split forbids it; true when joined (or already joined).
  bool join(std::int64_t a_id, std::int64_t b_id)
  {
    const std::size_t a = m_sets.find(m_index.index_of(a_id));
    const std::size_t b = m_sets.find(m_index.index_of(b_id));
    if (a == b) {
      return true;
    }
    if (forbidden(a, b)) {
      return false;
    }
    std::vector<std::size_t> guarded = std::move(m_guarded[a]);
    const std::vector<std::size_t>& more = m_guarded[b];
    guarded.insert(guarded.end(), more.begin(), more.end());
    m_guarded.erase(a);
    m_guarded.erase(b);
    m_sets.unite(a, b);
    if (!guarded.empty()) {
      m_guarded[m_sets.find(a)] = std::move(guarded);
    }
    return true;
  }

  std::vector<std::vector<std::size_t>> groups()
  {
    std::unordered_map<std::size_t, std::size_t> group_of_root;
    std::vector<std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < m_index.size(); ++i) {
      const auto [found, added] = group_of_root.emplace(m_sets.find(i), groups.size());
      if (added) {
        groups.emplace_back();
      }
      groups[found->second].push_back(i);
    }
    return groups;
  }

private:
  bool forbidden(std::size_t root_a, std::size_t root_b)
  {
    const auto guarded = m_guarded.find(root_a);
    if (guarded == m_guarded.end() || !m_guarded.contains(root_b)) {
      return false;
    }
    for (const std::size_t account : guarded->second) {
      for (const std::size_t partner : m_partners[account]) {
        if (m_sets.find(partner) == root_b) {
          return true;
        }
      }
    }
    return false;
  }

  UnionFind m_sets;
  const AccountIndex& m_index;
  std::unordered_map<std::size_t, std::vector<std::size_t>> m_partners;  // split pairs, both ways
  std::unordered_map<std::size_t, std::vector<std::size_t>> m_guarded;   // root -> its split accounts
};

// Decision order: merge overrides, then strong before medium, then by rule and accounts.
bool decided_before(const LinkCandidate& x, const LinkCandidate& y)
{
  const int x_rank = (x.rule == "override_merge" ? 0 : 10) - static_cast<int>(x.strength);
  const int y_rank = (y.rule == "override_merge" ? 0 : 10) - static_cast<int>(y.strength);
  return std::tie(x_rank, x.rule, x.a, x.b) < std::tie(y_rank, y.rule, y.a, y.b);
}

}  // namespace

void judge_candidate(LinkCandidate& candidate, const IdentityRules& rules, bool same_name, bool both_people)
{
  const auto strength = rules.strengths.find(candidate.rule);
  candidate.strength = strength == rules.strengths.end() ? Strength::weak : strength->second;
  candidate.name_match = candidate.name_match || same_name;
  if (!candidate.reason.empty()) {
    return;
  }
  if (!both_people) {
    candidate.reason = "an organisation or a bot is never linked";
  } else if (candidate.strength == Strength::weak) {
    candidate.reason = candidate.rule + " is weak evidence, never enough alone";
  } else if ((candidate.needs_name || candidate.strength == Strength::medium) && !candidate.name_match) {
    candidate.reason = "names differ";
  }
  candidate.accepted = candidate.reason.empty();
}

LinkResult link_accounts(const LinkInput& input, const IdentityRules& rules)
{
  AccountIndex index(input);
  const SharedTargets shared(input, rules.shared_target_min_accounts);
  // Stage 1: candidates from evidence, one per pair, rule and outcome; the single-row and
  // the pair rules read the same inputs and run side by side.
  std::vector<LinkCandidate> candidates;
  std::vector<LinkCandidate> pairs;
  tbb::parallel_invoke([&] { candidates = evidence_candidates(input, index, shared); },
                       [&] { pairs = pair_candidates(input, index, shared); });
  candidates.insert(candidates.end(), std::make_move_iterator(pairs.begin()), std::make_move_iterator(pairs.end()));
  candidates = merge_duplicates(std::move(candidates));
  // Stage 2: judge each against the configured strengths and the names.
  for (LinkCandidate& candidate : candidates) {
    const Account* a = index.find(candidate.a);
    const Account* b = index.find(candidate.b);
    judge_candidate(candidate, rules, index.same_name(candidate.a, candidate.b),
                    a != nullptr && b != nullptr && a->is_person && b->is_person);
  }
  // Stage 3: overrides win; split overrides guard every join below.
  std::vector<LinkCandidate> overrides = override_candidates(input, index);
  std::vector<LinkCandidate> splits;
  std::copy_if(overrides.begin(), overrides.end(), std::back_inserter(splits),
               [](const LinkCandidate& c) { return !c.accepted; });
  candidates.insert(candidates.end(), overrides.begin(), overrides.end());
  std::sort(candidates.begin(), candidates.end(), decided_before);
  // Stage 4: union-find over the accepted links.
  GuardedUnion people(splits, index);
  for (LinkCandidate& candidate : candidates) {
    if (candidate.accepted && !people.join(candidate.a, candidate.b)) {
      candidate.accepted = false;
      candidate.reason = "split override";
    }
  }
  LinkResult result;
  result.people = make_people(people.groups(), index);
  result.candidates = std::move(candidates);
  std::vector<std::string> keys = index.take_name_keys();
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (!keys[i].empty()) {
      result.name_keys.push_back({index.at(i).id, std::move(keys[i])});
    }
  }
  return result;
}

}  // namespace scout::linker
