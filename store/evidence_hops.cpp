#include "store/evidence_hops.hpp"

#include "common/clock.hpp"
#include "common/error.hpp"
#include "store/suppressions.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <set>
#include <utility>

namespace scout::store {

namespace {

// Every (rank, source, handle, kind, pointed_by) that evidence gives, best rank first. The
// claimant of a paper is itself the account pointed at (from the paper), unless every page
// citing the paper is a hop account's (the paper was found a hop out: its claimants would be
// a second hop); the other kinds point from their from-account, which must not be a hop account.
constexpr const char* k_pointers_sql = R"(
WITH hop_accounts AS (
  SELECT a.id FROM evidence_hops h JOIN accounts a ON a.source = h.source AND a.handle = h.handle
), pointers AS (
  SELECT 1 AS rank, 'huggingface' AS source, a.handle AS handle, e.kind AS kind, e.to_ref AS pointed_by
  FROM link_evidence e JOIN accounts a ON a.id = e.from_account_id
  WHERE e.kind = 'hf_paper_claim' AND a.source = 'huggingface' AND a.kind = 'user'
    AND NOT (EXISTS (SELECT 1 FROM link_evidence r WHERE r.to_ref = e.to_ref AND r.kind <> 'hf_paper_claim')
             AND NOT EXISTS (SELECT 1 FROM link_evidence r WHERE r.to_ref = e.to_ref AND r.kind <> 'hf_paper_claim'
                             AND r.from_account_id NOT IN (SELECT id FROM hop_accounts)))
  UNION ALL
  SELECT 2, 'github',
         lower(CASE WHEN instr(substr(e.to_ref, 8), '/') > 0
                    THEN substr(e.to_ref, 8, instr(substr(e.to_ref, 8), '/') - 1) ELSE substr(e.to_ref, 8) END),
         e.kind, a.source || ':' || a.handle
  FROM link_evidence e JOIN accounts a ON a.id = e.from_account_id
  WHERE e.kind IN ('hf_card_github', 'paper_code_link', 'hf_paper_github') AND e.to_ref LIKE 'github:%'
    AND e.from_account_id NOT IN (SELECT id FROM hop_accounts)
  UNION ALL
  SELECT 3, 'huggingface', b.handle, e.kind, a.source || ':' || a.handle
  FROM link_evidence e JOIN accounts a ON a.id = e.from_account_id JOIN accounts b ON b.id = e.to_account_id
  WHERE e.kind IN ('github_blog_url', 'readme_link') AND a.source = 'github' AND b.source = 'huggingface'
    AND e.from_account_id NOT IN (SELECT id FROM hop_accounts)
)
SELECT p.source, p.handle, p.kind, p.pointed_by FROM pointers p
WHERE p.handle <> ''
  AND NOT EXISTS (SELECT 1 FROM accounts x WHERE x.source = p.source AND x.handle = p.handle AND x.kind IN ('org', 'bot'))
  AND NOT EXISTS (SELECT 1 FROM evidence_hops h WHERE h.source = p.source AND h.handle = p.handle)
  AND NOT EXISTS (SELECT 1 FROM accounts x JOIN github_profiles g ON g.account_id = x.id
                  WHERE p.source = 'github' AND x.source = 'github' AND x.handle = p.handle)
  AND NOT EXISTS (SELECT 1 FROM accounts x JOIN hf_profiles f ON f.account_id = x.id
                  WHERE p.source = 'huggingface' AND x.source = 'huggingface' AND x.handle = p.handle)
ORDER BY p.rank, p.handle, p.kind, p.pointed_by
)";

[[noreturn]] void rethrow(Database& db, const SQLite::Exception& e, const char* operation)
{
  throw Error(db.path() + ": cannot " + operation + ": " + e.what());
}

}  // namespace

std::vector<HopCandidate> evidence_hop_candidates(Database& db)
{
  std::vector<HopCandidate> candidates;
  std::set<std::pair<std::string, std::string>> seen;
  try {
    SQLite::Statement query(db.sql(), k_pointers_sql);
    while (query.executeStep()) {
      HopCandidate candidate{query.getColumn(0).getString(), query.getColumn(1).getString(),
                             query.getColumn(2).getString(), query.getColumn(3).getString()};
      // The first (best-ranked) evidence names each account; a suppressed one is never crawled.
      if (seen.emplace(candidate.source, candidate.handle).second
          && !is_suppressed(db, candidate.source, candidate.handle)) {
        candidates.push_back(std::move(candidate));
      }
    }
  } catch (const SQLite::Exception& e) {
    rethrow(db, e, "list the accounts link evidence points at (link_evidence, evidence_hops)");
  }
  return candidates;
}

std::vector<std::pair<std::string, std::string>> hop_accounts(Database& db)
{
  std::vector<std::pair<std::string, std::string>> accounts;
  try {
    SQLite::Statement query(db.sql(), "SELECT source, handle FROM evidence_hops ORDER BY source, handle");
    while (query.executeStep()) {
      accounts.emplace_back(query.getColumn(0).getString(), query.getColumn(1).getString());
    }
  } catch (const SQLite::Exception& e) {
    rethrow(db, e, "list the hop accounts (evidence_hops)");
  }
  return accounts;
}

int hops_added(Database& db, std::int64_t run_id)
{
  try {
    SQLite::Statement query(db.sql(), "SELECT count(*) FROM evidence_hops WHERE crawl_run_id = ?");
    query.bind(1, run_id);
    query.executeStep();
    return query.getColumn(0).getInt();
  } catch (const SQLite::Exception& e) {
    rethrow(db, e, "count a run's hops (evidence_hops)");
  }
}

void record_hop(Database& db, const HopCandidate& candidate, std::int64_t run_id, std::int64_t now_ms)
{
  try {
    SQLite::Statement insert(db.sql(),
                             "INSERT OR IGNORE INTO evidence_hops (source, handle, kind, pointed_by, crawl_run_id,"
                             " created_at) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, candidate.source);
    insert.bind(2, candidate.handle);
    insert.bind(3, candidate.kind);
    insert.bind(4, candidate.pointed_by);
    insert.bind(5, run_id);
    insert.bind(6, format_iso8601_millis(now_ms));
    insert.exec();
  } catch (const SQLite::Exception& e) {
    rethrow(db, e, "record a hop (evidence_hops)");
  }
}

bool any_task_known(Database& db, const std::vector<model::NewTask>& tasks)
{
  try {
    CachedStatement query = db.statement("SELECT 1 FROM crawl_tasks WHERE kind = ? AND url = ?");
    for (const model::NewTask& task : tasks) {
      query->bind(1, task.kind);
      query->bind(2, task.url);
      const bool known = query->executeStep();
      query->reset();
      if (known) {
        return true;
      }
    }
  } catch (const SQLite::Exception& e) {
    rethrow(db, e, "look up tasks (crawl_tasks)");
  }
  return false;
}

}  // namespace scout::store
