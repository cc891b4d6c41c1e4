#include "store/crawl_batch.hpp"

#include "common/strings.hpp"
#include "store/crawl_runs.hpp"
#include "store/handle_mentions.hpp"
#include "store/record_timestamps.hpp"
#include "store/suppressed_mentions.hpp"
#include "store/suppressions.hpp"
#include "store/transaction.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <set>

namespace scout::store {

namespace {

std::string headers_to_json(const std::vector<std::pair<std::string, std::string>>* headers)
{
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
  json.StartArray();
  for (const auto& [name, value] : headers != nullptr ? *headers : std::vector<std::pair<std::string, std::string>>{}) {
    json.StartArray();
    json.String(name.c_str(), static_cast<rapidjson::SizeType>(name.size()));
    json.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
    json.EndArray();
  }
  json.EndArray();
  return buffer.GetString();
}

// The first value of header `name` (any case), or "".
std::string header(const std::vector<std::pair<std::string, std::string>>* headers, std::string_view name)
{
  for (const auto& [key, value] : headers != nullptr ? *headers : std::vector<std::pair<std::string, std::string>>{}) {
    if (iequals(key, name)) {
      return value;
    }
  }
  return "";
}

// The repositories and models of a batch whose stored version is the same as the batch's
// (pushed_at, lastModified): their detail tasks are not crawled again, not even conditionally.
struct UnchangedSubjects {
  std::set<std::string> repos;   // full names
  std::set<std::string> models;  // model ids

  UnchangedSubjects(Database& db, const model::RecordBatch& batch)
  {
    for (const model::GithubRepoRecord& repo : batch.github_repos) {
      const auto stored = stored_repo_pushed_at(db, repo.full_name);
      if (stored && !repo.pushed_at.empty() && *stored == repo.pushed_at) {
        repos.insert(repo.full_name);
      }
    }
    for (const model::HfModelRecord& model : batch.hf_models) {
      const auto stored = stored_model_last_modified(db, model.id);
      if (stored && !model.last_modified.empty() && *stored == model.last_modified) {
        models.insert(model.id);
      }
    }
  }

  bool contains(const model::TaskSubject& subject) const
  {
    switch (subject.kind) {
    case model::SubjectKind::repository: return repos.count(subject.value) > 0;
    case model::SubjectKind::model: return models.count(subject.value) > 0;
    default: return false;
    }
  }
};

// `tasks` without those about a suppressed account: a suppressed person stays out of every
// crawl, not only out of the tables. The handles dropped go to `dropped`, in lower case.
std::vector<model::NewTask> without_suppressed(Database& db, const FollowUpRules& rules,
                                               const std::vector<model::NewTask>& tasks,
                                               std::vector<std::string>& dropped)
{
  std::vector<model::NewTask> kept;
  for (const model::NewTask& task : tasks) {
    const auto account = rules.account_of(task);
    if (!account || !is_suppressed(db, account->first, account->second)) {
      kept.push_back(task);
    } else {
      dropped.push_back(to_lower(account->second));
    }
  }
  return kept;
}

}  // namespace

FrontierRecovery prepare_frontier(Database& db, const FollowUpRules& rules, bool retry_failed,
                                  const std::function<model::TaskSubject(const model::Task&)>& subject_of,
                                  const std::vector<model::NewTask>& seeds, std::int64_t now_ms,
                                  std::int64_t refresh_before_ms)
{
  Transaction transaction(db, "prepare the crawl frontier");
  Frontier frontier(db);
  FrontierRecovery recovery;
  recovery.abandoned_runs = mark_abandoned_runs(db);
  frontier.requeue_in_flight();
  recovery.retried = retry_failed ? frontier.retry_failed() : 0;
  recovery.subjects_filled = frontier.fill_missing_subjects(subject_of);
  std::vector<std::string> dropped;
  frontier.enqueue(without_suppressed(db, rules, seeds, dropped), now_ms, refresh_before_ms);
  transaction.commit();
  return recovery;
}

CrawlBatch::CrawlBatch(Database& db, FollowUpRules rules, std::int64_t run_id, std::int64_t refresh_before_ms,
                       int parser_version)
  : m_db(db), m_rules(std::move(rules)), m_frontier(db), m_archive(db), m_records(db), m_run_id(run_id),
    m_refresh_before_ms(refresh_before_ms), m_parser_version(parser_version)
{
}

void CrawlBatch::queue(const std::vector<model::NewTask>& tasks, std::int64_t now_ms)
{
  Transaction transaction(m_db, "queue referenced papers");
  m_frontier.enqueue(tasks, now_ms);
  transaction.commit();
}

std::vector<model::Task> CrawlBatch::claim_due(model::Source source, std::size_t limit, std::int64_t now_ms)
{
  Transaction transaction(m_db, "claim due tasks");
  std::vector<model::Task> tasks = m_frontier.claim_due(limit, now_ms, m_run_id, source);
  transaction.commit();
  return tasks;
}

std::optional<std::int64_t> CrawlBatch::next_due_at(model::Source source) { return m_frontier.next_due_at(source); }

std::optional<CachedResponse> CrawlBatch::cached(const std::string& url)
{
  std::optional<CachedResponse> entry = m_archive.lookup(url);
  if (!entry || entry->raw_response_id == 0) {
    return std::nullopt;
  }
  return entry;
}

std::optional<std::string> CrawlBatch::archived_body(const std::string& url)
{
  const std::optional<CachedResponse> entry = cached(url);
  if (!entry) {
    return std::nullopt;
  }
  return m_archive.load_body(entry->raw_response_id);
}

void CrawlBatch::commit(const std::vector<TaskResult>& results, std::int64_t now_ms)
{
  if (results.empty()) {
    return;
  }
  // Each store call names its table when SQLite refuses it; the transaction names the batch.
  Transaction transaction(m_db, "store crawl results");
  for (const TaskResult& result : results) {
    commit_one(result, now_ms);
  }
  transaction.commit();
}

// A 304 whose archived body this build's parsers already turned into records: storing them
// again would change nothing but their write times, and a nightly re-check is mostly 304s.
bool CrawlBatch::records_current(const TaskResult& result)
{
  if (!result.response || result.response->status != 304) {
    return false;
  }
  const std::optional<CachedResponse> entry = m_archive.lookup(std::string(result.response->url));
  return entry && entry->raw_response_id != 0 && entry->parser_version == m_parser_version;
}

void CrawlBatch::commit_one(const TaskResult& result, std::int64_t now_ms)
{
  using State = TaskResult::State;
  const std::string error(result.error);
  switch (result.state) {
  case State::done:
    // Records first: the writer learns which suppressed handles the page names, and the
    // archived body is stored without them.
    write_and_queue(result, now_ms);
    if (result.response && result.response->status < 300) {
      store_response(*result.response, now_ms);
    }
    m_frontier.mark_done(result.task_id, result.status, now_ms);
    break;
  case State::failed: m_frontier.mark_failed(result.task_id, result.status, error, now_ms); break;
  case State::retry: m_frontier.reschedule(result.task_id, result.next_attempt_ms, error, true, now_ms); break;
  case State::wait: m_frontier.reschedule(result.task_id, result.next_attempt_ms, error, false, now_ms); break;
  }
}

// 200: archive the body and remember its validators. 304: the archived body is still
// current; only the fetch time moves (and, when its records were just written again, the
// parser version they came from).
void CrawlBatch::store_response(const FetchedResponse& response, std::int64_t now_ms)
{
  const std::string url(response.url);
  if (response.status == 304) {
    const std::optional<CachedResponse> entry = m_archive.lookup(url);
    if (entry && entry->raw_response_id != 0) {
      m_archive.mark_parsed(entry->raw_response_id, m_parser_version);
    }
    m_archive.touch(url, now_ms);
    return;
  }
  std::vector<std::string> suppressed = m_records.suppressed_handles();
  suppressed.insert(suppressed.end(), m_dropped_handles.begin(), m_dropped_handles.end());
  const std::vector<std::string> linked = suppressed_url_owners(m_db, response.body);
  suppressed.insert(suppressed.end(), linked.begin(), linked.end());
  const std::string body = suppressed.empty() ? std::string(response.body) : redact_mentions(response.body, suppressed);
  const std::int64_t raw_id =
    m_archive.archive(url, now_ms, response.status, headers_to_json(response.headers), body, m_parser_version);
  m_archive.remember(
    {url, header(response.headers, "ETag"), header(response.headers, "Last-Modified"), response.status, raw_id},
    now_ms);
}

// Writes the records (unless they are current), then queues the follow-ups: details of an
// unchanged repository or model stay as they are (no refresh), everything else is
// refreshed when stale.
void CrawlBatch::write_and_queue(const TaskResult& result, std::int64_t now_ms)
{
  const model::RecordBatch empty_records;
  const model::RecordBatch& records = result.records != nullptr ? *result.records : empty_records;
  const UnchangedSubjects unchanged(m_db, records);
  if (!records_current(result)) {
    m_records.write(records, now_ms);
  }
  std::vector<model::NewTask> fresh;
  std::vector<model::NewTask> kept;
  m_dropped_handles.clear();
  const std::vector<model::NewTask> none;
  for (model::NewTask& task :
       without_suppressed(m_db, m_rules, result.new_tasks != nullptr ? *result.new_tasks : none, m_dropped_handles)) {
    const bool keep = m_rules.is_detail(task) && unchanged.contains(task.subject);
    (keep ? kept : fresh).push_back(std::move(task));
  }
  m_frontier.enqueue(fresh, now_ms, m_refresh_before_ms);
  m_frontier.enqueue(kept, now_ms);
}

void CrawlBatch::release(const std::vector<std::int64_t>& task_ids)
{
  Transaction transaction(m_db, "release claimed tasks");
  for (const std::int64_t id : task_ids) {
    m_frontier.release(id);
  }
  transaction.commit();
}

void CrawlBatch::mark_parsed(const std::vector<std::int64_t>& raw_response_ids)
{
  Transaction transaction(m_db, "mark reparsed responses");
  for (const std::int64_t raw_id : raw_response_ids) {
    m_archive.mark_parsed(raw_id, m_parser_version);
  }
  transaction.commit();
}

}  // namespace scout::store
