#include "ranker/evidence_index.hpp"

#include <unordered_map>

namespace scout::ranker {

namespace {

constexpr std::uint32_t k_none = UINT32_MAX;

// Counting sort of items by group; items whose group is k_none are left out. Items keep
// their input order within a group, so everything downstream is deterministic.
Groups group_by(std::size_t group_count, const std::vector<std::uint32_t>& group_of)
{
  Groups groups;
  groups.offsets.assign(group_count + 1, 0);
  for (std::uint32_t g : group_of) {
    if (g != k_none) {
      groups.offsets[g + 1] += 1;
    }
  }
  for (std::size_t g = 0; g < group_count; ++g) {
    groups.offsets[g + 1] += groups.offsets[g];
  }
  groups.items.resize(groups.offsets[group_count]);
  std::vector<std::uint32_t> next(groups.offsets.begin(), groups.offsets.end() - 1);
  for (std::size_t i = 0; i < group_of.size(); ++i) {
    if (group_of[i] != k_none) {
      groups.items[next[group_of[i]]++] = static_cast<std::uint32_t>(i);
    }
  }
  return groups;
}

template <typename Row, typename Key>
std::vector<std::uint32_t> groups_of(const std::vector<Row>& rows, const std::unordered_map<std::int64_t, std::uint32_t>& index, Key key)
{
  std::vector<std::uint32_t> out(rows.size(), k_none);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto found = index.find(key(rows[i]));
    out[i] = found == index.end() ? k_none : found->second;
  }
  return out;
}

}  // namespace

EvidenceIndex build_evidence_index(const RankInput& input)
{
  std::unordered_map<std::int64_t, std::uint32_t> person_index;
  person_index.reserve(input.people.size());
  for (std::size_t i = 0; i < input.people.size(); ++i) {
    person_index.emplace(input.people[i], static_cast<std::uint32_t>(i));
  }
  std::unordered_map<std::int64_t, std::uint32_t> account_index;
  account_index.reserve(input.accounts.size());
  for (std::size_t i = 0; i < input.accounts.size(); ++i) {
    account_index.emplace(input.accounts[i].id, static_cast<std::uint32_t>(i));
  }
  const std::size_t accounts = input.accounts.size();
  EvidenceIndex index;
  index.person_accounts = group_by(input.people.size(), groups_of(input.accounts, person_index, [](const Account& a) { return a.person_id; }));
  index.account_contributions = group_by(accounts, groups_of(input.contributions, account_index, [](const Contribution& c) { return c.account_id; }));
  index.account_repos = group_by(accounts, groups_of(input.repos, account_index, [](const Repo& r) { return r.owner_account_id; }));
  index.account_models = group_by(accounts, groups_of(input.models, account_index, [](const Model& m) { return m.author_account_id; }));
  index.account_authorships = group_by(accounts, groups_of(input.authorships, account_index, [](const Authorship& a) { return a.account_id; }));
  return index;
}

}  // namespace scout::ranker
