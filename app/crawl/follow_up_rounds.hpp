#pragma once

#include "app/crawl/source_table.hpp"
#include "common/log.hpp"
#include "store/database.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace scout::app {

// What one run may add between its rounds.
struct FollowUpLimits {
  std::int64_t run_id = 0;
  int evidence_hop_budget = 0;         // accounts a run may add by hops ([crawl] evidence_hop_budget)
  std::int64_t refresh_before_ms = 0;  // done tasks finished before this are crawled again
};

// How many tasks a planning step queued (tasks that became pending) and accounts it added.
struct FollowUps {
  std::size_t referenced_papers = 0;  // arXiv id_list tasks for papers other pages cite
  std::size_t paper_pages = 0;        // the Hub's page of each stored paper
  std::size_t hop_accounts = 0;       // accounts crawled one hop out
  std::size_t hop_tasks = 0;

  std::size_t tasks() const { return referenced_papers + paper_pages + hop_tasks; }
};

// Work that only the stored records reveal, planned as ordinary tasks between a run's rounds
// (each step in its own transaction, so a kill loses none of it):
//  1. the arXiv papers that GitHub and Hugging Face pages cite and that are not stored;
//  2. once 1 has nothing left to queue, the Hub's page (GET /api/papers/{id}) of every stored
//     paper, whoever found it, and of every paper a model's arxiv: tag names;
//  3. once 1 and 2 have nothing left to queue, the accounts link evidence points at that scout
//     has not crawled, one hop out, at most `limits.evidence_hop_budget` a run, best-ranked
//     first (evidence_hops records each, with the evidence); the accounts earlier runs added
//     are re-visited first, when stale, outside the budget.
// Each task is queued once (the frontier keeps (kind, url) unique); a done one is queued again
// only when stale. The caller runs another round while this returns tasks.
FollowUps plan_follow_ups(store::Database& db, const SourceTable& sources, const std::vector<model::Source>& only,
                          const FollowUpLimits& limits, std::int64_t now_ms, Logger& log);

}  // namespace scout::app
