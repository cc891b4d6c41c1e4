#include "app/crawl/follow_up_rounds.hpp"

#include "store/arxiv_references.hpp"
#include "store/evidence_hops.hpp"
#include "store/frontier.hpp"
#include "store/transaction.hpp"

#include <string>

namespace scout::app {

namespace {

// Queues `tasks` in one transaction; returns how many became pending.
std::size_t queue(store::Database& db, const std::vector<model::NewTask>& tasks, std::int64_t now_ms,
                  std::int64_t refresh_before_ms, const char* what)
{
  if (tasks.empty()) {
    return 0;
  }
  store::Transaction transaction(db, what);
  const int added = store::Frontier(db).enqueue(tasks, now_ms, refresh_before_ms);
  transaction.commit();
  return static_cast<std::size_t>(added);
}

model::Source source_of(const std::string& name)
{
  model::Source source = model::Source::github;
  model::parse_source(name, source);
  return source;
}

// The accounts earlier runs added by hops are re-visited like any crawled account once their
// tasks are stale (conditionally: a 304 costs nothing); they do not count against the budget.
void refresh_hops(store::Database& db, const SourceTable& sources, const std::vector<model::Source>& only,
                  const FollowUpLimits& limits, std::int64_t now_ms, FollowUps& planned)
{
  std::vector<model::NewTask> tasks;
  for (const auto& [source, handle] : store::hop_accounts(db)) {
    const std::vector<model::NewTask> planned_tasks = sources.plan_account(source_of(source), handle, only);
    tasks.insert(tasks.end(), planned_tasks.begin(), planned_tasks.end());
  }
  planned.hop_tasks += queue(db, tasks, now_ms, limits.refresh_before_ms, "re-visit the hop accounts");
}

// Accounts evidence points at, best-ranked first, until the run's budget is spent. Each hop's
// tasks and its evidence_hops row commit together, so a killed run never leaves an account
// crawled as a hop without the row that keeps its own evidence from hopping further.
void queue_hops(store::Database& db, const SourceTable& sources, const std::vector<model::Source>& only,
                const FollowUpLimits& limits, std::int64_t now_ms, FollowUps& planned)
{
  int left = limits.evidence_hop_budget - store::hops_added(db, limits.run_id);
  if (left <= 0) {
    return;
  }
  store::Transaction transaction(db, "plan the accounts link evidence points at");
  store::Frontier frontier(db);
  for (const store::HopCandidate& candidate : store::evidence_hop_candidates(db)) {
    const std::vector<model::NewTask> tasks = sources.plan_account(source_of(candidate.source), candidate.handle, only);
    // Queued or crawled already under this URL (a contributor's profile, a found author).
    if (tasks.empty() || store::any_task_known(db, tasks)) {
      continue;
    }
    planned.hop_tasks += static_cast<std::size_t>(frontier.enqueue(tasks, now_ms));
    store::record_hop(db, candidate, limits.run_id, now_ms);
    planned.hop_accounts += 1;
    if (--left == 0) {
      break;
    }
  }
  transaction.commit();
}

}  // namespace

FollowUps plan_follow_ups(store::Database& db, const SourceTable& sources, const std::vector<model::Source>& only,
                          const FollowUpLimits& limits, std::int64_t now_ms, Logger& log)
{
  FollowUps planned;
  // Cited papers are fetched as they are (never refreshed here: arXiv's id_list answers
  // change only with a new version, which the query pages bring).
  planned.referenced_papers =
    queue(db, sources.plan_papers(store::unfetched_arxiv_ids(db), only), now_ms, 0, "queue referenced papers");
  // One step at a time: the pages once the cited papers are in (so a page's code link finds
  // the paper's authors to credit), the hops once the pages are in (so every claim is there
  // to be weighed and the budget goes to the best-ranked accounts, not the first found).
  if (planned.tasks() == 0) {
    planned.paper_pages = queue(db, sources.plan_paper_pages(store::paper_page_ids(db), only), now_ms,
                                limits.refresh_before_ms, "queue the papers' Hub pages");
  }
  if (planned.tasks() == 0) {
    refresh_hops(db, sources, only, limits, now_ms, planned);
  }
  if (limits.evidence_hop_budget > 0 && planned.tasks() == 0) {
    queue_hops(db, sources, only, limits, now_ms, planned);
  }
  if (planned.tasks() > 0) {
    log.info("next round: " + std::to_string(planned.referenced_papers) + " cited paper batch(es), "
             + std::to_string(planned.paper_pages) + " paper page(s), " + std::to_string(planned.hop_accounts)
             + " account(s) one hop out");
  }
  return planned;
}

}  // namespace scout::app
