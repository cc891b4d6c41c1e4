#include "app/crawl/sqlite_crawl_backend.hpp"

#include "app/crawl/task_account.hpp"
#include "app/crawl/unchanged_details.hpp"
#include "store/handle_mentions.hpp"
#include "store/suppressed_mentions.hpp"
#include "store/transaction.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace scout::app {

namespace {

std::string headers_to_json(const crawler::Headers& headers)
{
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
  json.StartArray();
  for (const auto& [name, value] : headers.items()) {
    json.StartArray();
    json.String(name.c_str(), static_cast<rapidjson::SizeType>(name.size()));
    json.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
    json.EndArray();
  }
  json.EndArray();
  return buffer.GetString();
}

}  // namespace

SqliteCrawlBackend::SqliteCrawlBackend(store::Database& db, std::int64_t run_id, std::int64_t refresh_before_ms)
  : m_db(db), m_frontier(db), m_archive(db), m_records(db), m_run_id(run_id), m_refresh_before_ms(refresh_before_ms)
{
}

std::vector<model::Task> SqliteCrawlBackend::claim_due(model::Source source, std::size_t limit, std::int64_t now_ms)
{
  store::Transaction transaction(m_db, "claim due tasks");
  std::vector<model::Task> tasks = m_frontier.claim_due(limit, now_ms, m_run_id, source);
  transaction.commit();
  return tasks;
}

std::optional<std::int64_t> SqliteCrawlBackend::next_due_at(model::Source source)
{
  return m_frontier.next_due_at(source);
}

std::optional<crawler::Validators> SqliteCrawlBackend::validators(const std::string& url)
{
  const std::optional<store::CachedResponse> cached = m_archive.lookup(url);
  if (!cached || cached->raw_response_id == 0) {
    return std::nullopt;  // a validator without its body would make a 304 useless
  }
  return crawler::Validators{cached->etag, cached->last_modified};
}

std::optional<std::string> SqliteCrawlBackend::archived_body(const std::string& url)
{
  const std::optional<store::CachedResponse> cached = m_archive.lookup(url);
  if (!cached || cached->raw_response_id == 0) {
    return std::nullopt;
  }
  return m_archive.load_body(cached->raw_response_id);
}

void SqliteCrawlBackend::commit(const std::vector<crawler::TaskOutcome>& outcomes, std::int64_t now_ms)
{
  if (outcomes.empty()) {
    return;
  }
  // Each store call names its table when SQLite refuses it; the transaction names the batch.
  store::Transaction transaction(m_db, "store crawl results");
  for (const crawler::TaskOutcome& outcome : outcomes) {
    commit_one(outcome, now_ms);
  }
  transaction.commit();
}

// A 304 whose archived body this build's parsers already turned into records: storing them
// again would change nothing but their write times, and a nightly re-check is mostly 304s.
bool SqliteCrawlBackend::records_current(const crawler::TaskOutcome& outcome)
{
  if (!outcome.response || outcome.response->status != 304) {
    return false;
  }
  const std::optional<store::CachedResponse> cached = m_archive.lookup(outcome.response->url);
  return cached && cached->raw_response_id != 0 && cached->parser_version == crawler::k_parser_version;
}

void SqliteCrawlBackend::commit_one(const crawler::TaskOutcome& outcome, std::int64_t now_ms)
{
  using State = crawler::TaskOutcome::State;
  const std::int64_t id = outcome.task.id;
  switch (outcome.state) {
  case State::done:
    // Records first: the writer learns which suppressed handles the page names, and the
    // archived body is stored without them.
    enqueue_follow_ups(outcome.parsed, !records_current(outcome), now_ms);
    if (outcome.response && outcome.response->status < 300) {
      store_response(*outcome.response, now_ms);
    }
    m_frontier.mark_done(id, outcome.status, now_ms);
    break;
  case State::failed: m_frontier.mark_failed(id, outcome.status, outcome.error, now_ms); break;
  case State::retry: m_frontier.reschedule(id, outcome.next_attempt_ms, outcome.error, true, now_ms); break;
  case State::wait: m_frontier.reschedule(id, outcome.next_attempt_ms, outcome.error, false, now_ms); break;
  }
}

// 200: archive the body and remember its validators. 304: the archived body is still
// current; only the fetch time moves (and, when its records were just written again, the
// parser version they came from).
void SqliteCrawlBackend::store_response(const crawler::HttpResponse& response, std::int64_t now_ms)
{
  if (response.status == 304) {
    const std::optional<store::CachedResponse> cached = m_archive.lookup(response.url);
    if (cached && cached->raw_response_id != 0) {
      m_archive.mark_parsed(cached->raw_response_id, crawler::k_parser_version);
    }
    m_archive.touch(response.url, now_ms);
    return;
  }
  std::vector<std::string> suppressed = m_records.suppressed_handles();
  suppressed.insert(suppressed.end(), m_dropped_handles.begin(), m_dropped_handles.end());
  const std::vector<std::string> linked = store::suppressed_url_owners(m_db, response.body);
  suppressed.insert(suppressed.end(), linked.begin(), linked.end());
  const std::string body = suppressed.empty() ? response.body : store::redact_mentions(response.body, suppressed);
  const std::int64_t raw_id = m_archive.archive(response.url, now_ms, response.status,
                                                headers_to_json(response.headers), body, crawler::k_parser_version);
  m_archive.remember({response.url, response.headers.get("ETag").value_or(""),
                      response.headers.get("Last-Modified").value_or(""), response.status, raw_id},
                     now_ms);
}

// Writes the records (unless they are current), then queues the follow-ups: details of an
// unchanged repository or model stay as they are (no refresh), everything else is
// refreshed when stale.
void SqliteCrawlBackend::enqueue_follow_ups(const crawler::ParseOutput& parsed, bool write_records, std::int64_t now_ms)
{
  const UnchangedDetails unchanged(m_db, parsed.records);
  if (write_records) {
    m_records.write(parsed.records, now_ms);
  }
  std::vector<model::NewTask> fresh;
  std::vector<model::NewTask> kept;
  m_dropped_handles.clear();
  for (model::NewTask& task : drop_suppressed(m_db, parsed.new_tasks, &m_dropped_handles)) {
    (unchanged.unchanged(task) ? kept : fresh).push_back(std::move(task));
  }
  m_frontier.enqueue(fresh, now_ms, m_refresh_before_ms);
  m_frontier.enqueue(kept, now_ms);
}

void SqliteCrawlBackend::mark_parsed(const std::vector<std::int64_t>& raw_response_ids)
{
  store::Transaction transaction(m_db, "mark reparsed responses");
  for (const std::int64_t raw_id : raw_response_ids) {
    m_archive.mark_parsed(raw_id, crawler::k_parser_version);
  }
  transaction.commit();
}

void SqliteCrawlBackend::release(const std::vector<model::Task>& tasks)
{
  store::Transaction transaction(m_db, "release claimed tasks");
  for (const model::Task& task : tasks) {
    m_frontier.release(task.id);
  }
  transaction.commit();
}

}  // namespace scout::app
