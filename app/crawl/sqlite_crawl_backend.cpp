#include "app/crawl/sqlite_crawl_backend.hpp"

#include "app/config/load_settings.hpp"

namespace scout::app {

namespace {

store::TaskResult::State state_of(crawler::TaskOutcome::State state)
{
  using State = crawler::TaskOutcome::State;
  switch (state) {
  case State::done: return store::TaskResult::State::done;
  case State::failed: return store::TaskResult::State::failed;
  case State::retry: return store::TaskResult::State::retry;
  case State::wait: return store::TaskResult::State::wait;
  }
  return store::TaskResult::State::failed;
}

// A view of `outcome` in the store's terms; valid while `outcome` is.
store::TaskResult result_of(const crawler::TaskOutcome& outcome)
{
  store::TaskResult result;
  result.task_id = outcome.task.id;
  result.state = state_of(outcome.state);
  result.status = outcome.status;
  result.next_attempt_ms = outcome.next_attempt_ms;
  result.error = outcome.error;
  if (outcome.response) {
    const crawler::HttpResponse& response = *outcome.response;
    result.response = store::FetchedResponse{response.url, response.status, &response.headers.items(), response.body};
  }
  result.records = &outcome.parsed.records;
  result.new_tasks = &outcome.parsed.new_tasks;
  return result;
}

}  // namespace

SqliteCrawlBackend::SqliteCrawlBackend(store::Database& db, const SourceTable& sources, std::int64_t run_id,
                                       std::int64_t refresh_before_ms)
  : m_batch(db, sources.follow_up_rules(), run_id, refresh_before_ms, crawler::k_parser_version)
{
}

SqliteCrawlBackend::SqliteCrawlBackend(store::Database& db, std::int64_t run_id, std::int64_t refresh_before_ms)
  : m_default_sources(std::make_unique<SourceTable>(config::default_settings())),
    m_batch(db, m_default_sources->follow_up_rules(), run_id, refresh_before_ms, crawler::k_parser_version)
{
}

SqliteCrawlBackend::~SqliteCrawlBackend() = default;

std::vector<model::Task> SqliteCrawlBackend::claim_due(model::Source source, std::size_t limit, std::int64_t now_ms)
{
  return m_batch.claim_due(source, limit, now_ms);
}

std::optional<std::int64_t> SqliteCrawlBackend::next_due_at(model::Source source)
{
  return m_batch.next_due_at(source);
}

std::optional<crawler::Validators> SqliteCrawlBackend::validators(const std::string& url)
{
  const std::optional<store::CachedResponse> cached = m_batch.cached(url);
  if (!cached) {
    return std::nullopt;
  }
  return crawler::Validators{cached->etag, cached->last_modified};
}

std::optional<std::string> SqliteCrawlBackend::archived_body(const std::string& url)
{
  return m_batch.archived_body(url);
}

void SqliteCrawlBackend::commit(const std::vector<crawler::TaskOutcome>& outcomes, std::int64_t now_ms)
{
  std::vector<store::TaskResult> results;
  results.reserve(outcomes.size());
  for (const crawler::TaskOutcome& outcome : outcomes) {
    results.push_back(result_of(outcome));
  }
  m_batch.commit(results, now_ms);
}

void SqliteCrawlBackend::mark_parsed(const std::vector<std::int64_t>& raw_response_ids)
{
  m_batch.mark_parsed(raw_response_ids);
}

void SqliteCrawlBackend::release(const std::vector<model::Task>& tasks)
{
  std::vector<std::int64_t> ids;
  for (const model::Task& task : tasks) {
    ids.push_back(task.id);
  }
  m_batch.release(ids);
}

}  // namespace scout::app
