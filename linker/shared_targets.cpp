#include "linker/shared_targets.hpp"

#include "common/strings.hpp"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace scout::linker {

namespace {

// Kinds that are not citations: a paper's links are stored once per author of the paper,
// and a claim names the claimant's own paper, so neither says how widely a thing is cited.
// Websites and X handles are never a rule's target, so they are not counted either.
bool counts_as_citation(const Evidence& evidence)
{
  const std::string& kind = evidence.kind;
  if (kind == "hf_paper_claim" || kind == "paper_code_link" || kind == "hf_paper_github" || kind == "paper_hf_link") {
    return false;
  }
  return !starts_with(evidence.to_ref, "url:") && !starts_with(evidence.to_ref, "twitter:");
}

}  // namespace

SharedTargets::SharedTargets(const LinkInput& input, int min_accounts) : m_min_accounts(min_accounts)
{
  // (target, citing account) pairs, sorted and made unique: distinct citers per target.
  std::vector<std::pair<std::string, std::int64_t>> citations;
  citations.reserve(input.evidence.size());
  for (const Evidence& evidence : input.evidence) {
    if (counts_as_citation(evidence)) {
      citations.emplace_back(key_of(evidence), evidence.from);
    }
  }
  std::sort(citations.begin(), citations.end());
  citations.erase(std::unique(citations.begin(), citations.end()), citations.end());
  for (const auto& [key, account] : citations) {
    ++m_accounts[key];
  }
  for (const RepoContributors& repo : input.contributors) {
    m_accounts["github:" + to_lower(repo.repo)] += repo.accounts;
  }
}

std::string SharedTargets::key_of(const Evidence& evidence)
{
  return evidence.to != 0 ? "account:" + std::to_string(evidence.to) : to_lower(evidence.to_ref);
}

int SharedTargets::accounts(const std::string& key) const
{
  const auto found = m_accounts.find(key);
  return found == m_accounts.end() ? 0 : found->second;
}

std::string SharedTargets::refusal(const std::string& key) const
{
  if (!shared(key)) {
    return "";
  }
  return key + " is shared: cited by or contributed to by " + std::to_string(accounts(key)) + " accounts";
}

}  // namespace scout::linker
