#pragma once

#include "model/task.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace scout::store {

// The persistent crawl frontier (table crawl_tasks). All times are unix milliseconds.
// Not thread-safe: used by the crawl's single writer thread.
class Frontier {
public:
  explicit Frontier(Database& db) : m_db(db) {}

  // Tasks a killed run left 'in_flight' go back to 'pending'; returns how many.
  int requeue_in_flight();

  // Dead-lettered tasks go back to 'pending' with their attempts reset; returns how many.
  int retry_failed();

  // Adds tasks (a (kind, url) already present is left alone, except that a 'done' task
  // finished before `refresh_before_ms` is made 'pending' again: that is how a nightly
  // run re-visits what is stale). Returns how many became pending. Runs in the caller's
  // transaction when there is one.
  int enqueue(const std::vector<model::NewTask>& tasks, std::int64_t now_ms, std::int64_t refresh_before_ms = 0);

  // Claims up to `limit` due pending tasks (next_attempt_at <= now), oldest first, of
  // one source or of all, marking them 'in_flight' for `run_id`.
  std::vector<model::Task> claim_due(std::size_t limit, std::int64_t now_ms, std::int64_t run_id,
                                     std::optional<model::Source> source = std::nullopt);

  // Earliest next_attempt_at among pending tasks (of one source or of all), or nullopt
  // when none is pending.
  std::optional<std::int64_t> next_due_at(std::optional<model::Source> source = std::nullopt);

  // Claimed tasks that were never started go back to 'pending' as they were.
  void release(std::int64_t task_id);

  std::int64_t count_in_state(const std::string& state);

  // Gives every task stored without a subject (before migration 9) the one `subject_of`
  // finds for it; a task it finds none for (kind none) is left as it is. Returns how many
  // were filled in. Runs in the caller's transaction when there is one.
  int fill_missing_subjects(const std::function<model::TaskSubject(const model::Task&)>& subject_of);

  // Done tasks whose URL has an archived body, in id order after `after_id`, with the
  // body's raw_responses id: what `crawl --reparse` replays.
  std::vector<std::pair<model::Task, std::int64_t>> done_with_archive(std::int64_t after_id, std::size_t limit);

  // Task outcomes. Call inside a transaction together with the task's results.
  void mark_done(std::int64_t task_id, long status, std::int64_t now_ms);
  void mark_failed(std::int64_t task_id, long status, const std::string& error, std::int64_t now_ms);
  // Back to 'pending' until `next_attempt_ms`; `count_attempt` false for rate-limit waits.
  void reschedule(std::int64_t task_id, std::int64_t next_attempt_ms, const std::string& error, bool count_attempt,
                  std::int64_t now_ms);

private:
  std::vector<model::Task> without_subject(std::int64_t after_id, std::size_t limit);
  void set_subject(std::int64_t task_id, const model::TaskSubject& subject);

  Database& m_db;
};

}  // namespace scout::store
