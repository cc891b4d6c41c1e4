#pragma once

#include "model/task.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

// The one-hop crawl's view of the store (issue 12, "follow the evidence"): which accounts the
// crawled link evidence points at that scout has not crawled, and which it added by a hop
// (table evidence_hops, migration 13). Runs in the caller's transaction when there is one.
namespace scout::store {

// An account that link evidence points at.
struct HopCandidate {
  std::string source;      // "github" or "huggingface"
  std::string handle;      // as accounts.handle stores it (a GitHub login in lower case)
  std::string kind;        // the evidence kind that pointed at it
  std::string pointed_by;  // who pointed: "arxiv:2305.18290", "huggingface:alice", "arxiv:ana lee"

  bool operator==(const HopCandidate&) const = default;
};

// The accounts link evidence points at that have no stored profile, are not hop accounts
// already, not known organisations or bots, and not suppressed, each once, in this order: Hub users who claimed a paper
// (hf_paper_claim), GitHub owners a model card, a paper or a paper's Hub page links
// (hf_card_github, paper_code_link, hf_paper_github), Hub accounts a GitHub profile or README
// links (github_blog_url, readme_link); by handle within each. Evidence found on a hop
// account's own pages points nowhere, nor does a claim of a paper that only hop accounts cite:
// the crawl goes one hop out, no further.
std::vector<HopCandidate> evidence_hop_candidates(Database& db);

// Every account a hop added, in any run, as (source, handle), sorted.
std::vector<std::pair<std::string, std::string>> hop_accounts(Database& db);

// How many accounts crawl run `run_id` has added by hops.
int hops_added(Database& db, std::int64_t run_id);

// Records that run `run_id` crawls `candidate` because of the evidence it names.
void record_hop(Database& db, const HopCandidate& candidate, std::int64_t run_id, std::int64_t now_ms);

// True when any of `tasks` ((kind, url)) is in the frontier, in whatever state.
bool any_task_known(Database& db, const std::vector<model::NewTask>& tasks);

}  // namespace scout::store
