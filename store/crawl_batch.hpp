#pragma once

#include "model/records.hpp"
#include "model/task.hpp"
#include "store/database.hpp"
#include "store/frontier.hpp"
#include "store/record_writer.hpp"
#include "store/response_archive.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace scout::store {

// A response as the crawl hands it over: a 200 to archive, or a 304 whose archived body is
// still current. Views into the caller's response, valid during commit().
struct FetchedResponse {
  std::string_view url;
  long status = 0;
  const std::vector<std::pair<std::string, std::string>>* headers = nullptr;  // as sent, in order
  std::string_view body;
};

// How one attempt at a task ended, in the store's terms (the crawl's TaskOutcome).
struct TaskResult {
  enum class State { done, failed, retry, wait };
  std::int64_t task_id = 0;
  State state = State::done;
  long status = 0;
  std::int64_t next_attempt_ms = 0;             // retry and wait
  std::string_view error;                       // failed, retry and wait
  std::optional<FetchedResponse> response;      // done
  const model::RecordBatch* records = nullptr;  // done: what the parse made (may be null)
  const std::vector<model::NewTask>* new_tasks = nullptr;
};

// What only the sources know about their tasks, which the store needs to queue follow-ups.
struct FollowUpRules {
  // The account (source, handle) a task concerns, if any: tasks of suppressed accounts are
  // never queued.
  std::function<std::optional<std::pair<std::string, std::string>>(const model::NewTask&)> account_of;
  // True for a detail task of its subject (a repository's README, a model's detail or card):
  // one whose subject was stored unchanged is not refreshed.
  std::function<bool(const model::NewTask&)> is_detail;
};

// The crawl's persistence: the frontier, the HTTP cache, the raw archive and the records, of
// one database, with each batch of task results committed in ONE transaction (what makes a
// `kill -9` at any moment safe to resume from). Database failures throw scout::Error naming
// the operation and table. Not thread-safe: the crawl's one writer thread uses it.
class CrawlBatch {
public:
  // `refresh_before_ms`: done tasks finished before this are crawled again when a parse or a
  // plan queues them again (the freshness window). `parser_version`: of the parsers whose
  // records this run stores.
  CrawlBatch(Database& db, FollowUpRules rules, std::int64_t run_id, std::int64_t refresh_before_ms,
             int parser_version);

  // Claims up to `limit` due pending tasks of `source`, marking them in flight, in one transaction.
  std::vector<model::Task> claim_due(model::Source source, std::size_t limit, std::int64_t now_ms);
  std::optional<std::int64_t> next_due_at(model::Source source);
  // The cache entry of `url` when its body is archived (a validator without its body would
  // make a 304 useless); nullopt otherwise.
  std::optional<CachedResponse> cached(const std::string& url);
  std::optional<std::string> archived_body(const std::string& url);

  // Queues `tasks` as they are (no suppression check, no refresh: the papers a run's pages
  // referenced), in one transaction.
  void queue(const std::vector<model::NewTask>& tasks, std::int64_t now_ms);

  // Stores every result (records, follow-ups, archive, cache, task state) in one transaction.
  void commit(const std::vector<TaskResult>& results, std::int64_t now_ms);
  // Claimed tasks never started (a stopped run) go back to pending, in one transaction.
  void release(const std::vector<std::int64_t>& task_ids);
  // Notes that the records of these archived bodies were just re-derived by this build's
  // parsers (`crawl --reparse`), in one transaction.
  void mark_parsed(const std::vector<std::int64_t>& raw_response_ids);

private:
  bool records_current(const TaskResult& result);
  void commit_one(const TaskResult& result, std::int64_t now_ms);
  void store_response(const FetchedResponse& response, std::int64_t now_ms);
  void write_and_queue(const TaskResult& result, std::int64_t now_ms);

  Database& m_db;
  FollowUpRules m_rules;
  Frontier m_frontier;
  ResponseArchive m_archive;
  RecordWriter m_records;
  std::vector<std::string> m_dropped_handles;  // suppressed accounts of the last page's follow-ups
  std::int64_t m_run_id;
  std::int64_t m_refresh_before_ms;
  int m_parser_version;
};

// What prepare_frontier found and did.
struct FrontierRecovery {
  int abandoned_runs = 0;   // runs a killed process left 'running'
  int retried = 0;          // failed tasks put back (when asked to)
  int subjects_filled = 0;  // tasks stored before migration 9 given their subject
};

// Before a run, in one transaction: marks runs a killed process left running as abandoned,
// puts the tasks it left in flight back in the queue, retries the failed ones when
// `retry_failed`, back-fills the subjects of tasks stored before migration 9 with
// `subject_of`, and queues `seeds` (less those of suppressed accounts; done ones finished
// before `refresh_before_ms` are crawled again).
FrontierRecovery prepare_frontier(Database& db, const FollowUpRules& rules, bool retry_failed,
                                  const std::function<model::TaskSubject(const model::Task&)>& subject_of,
                                  const std::vector<model::NewTask>& seeds, std::int64_t now_ms,
                                  std::int64_t refresh_before_ms);

}  // namespace scout::store
