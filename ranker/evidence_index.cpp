#include "ranker/evidence_index.hpp"

#include <tbb/parallel_invoke.h>

namespace scout::ranker {

namespace {

// Counting sort of items by group; items whose group is k_no_index are left out. Items
// keep their input order within a group, so everything downstream is deterministic.
template<typename Row, typename Key>
Groups group_by(std::size_t group_count, const std::vector<Row>& rows, Key group_of)
{
  Groups groups;
  groups.offsets.assign(group_count + 1, 0);
  for (const Row& row : rows) {
    if (const std::uint32_t g = group_of(row); g != k_no_index) {
      groups.offsets[g + 1] += 1;
    }
  }
  for (std::size_t g = 0; g < group_count; ++g) {
    groups.offsets[g + 1] += groups.offsets[g];
  }
  groups.items.resize(groups.offsets[group_count]);
  std::vector<std::uint32_t> next(groups.offsets.begin(), groups.offsets.end() - 1);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (const std::uint32_t g = group_of(rows[i]); g != k_no_index) {
      groups.items[next[g]++] = static_cast<std::uint32_t>(i);
    }
  }
  return groups;
}

}  // namespace

EvidenceIndex build_evidence_index(const ClassifiedInput& input)
{
  const std::size_t accounts = input.accounts.size();
  EvidenceIndex index;
  // Five independent counting sorts: run them side by side (each is one serial pass).
  tbb::parallel_invoke(
    [&] {
      index.person_accounts =
        group_by(input.people.size(), input.accounts, [](const AccountItem& a) { return a.person; });
    },
    [&] {
      index.account_contributions =
        group_by(accounts, input.contributions, [](const ContributionItem& c) { return c.account; });
    },
    [&] { index.account_repos = group_by(accounts, input.repos, [](const RepoItem& r) { return r.owner; }); },
    [&] { index.account_models = group_by(accounts, input.models, [](const ModelItem& m) { return m.account; }); },
    [&] {
      index.account_authorships =
        group_by(accounts, input.authorships, [](const AuthorshipItem& a) { return a.account; });
    });
  return index;
}

}  // namespace scout::ranker
