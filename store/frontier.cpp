#include "store/frontier.hpp"

#include "common/clock.hpp"
#include "common/error.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace scout::store {

namespace {

[[noreturn]] void rethrow(const SQLite::Exception& e, const std::string& operation)
{
  throw Error("crawl_tasks: " + operation + ": " + e.what());
}

// The columns task_from_row reads, in its order.
const std::string k_task_columns_sql =
  "id, source, kind, url, coalesce(parent_id, 0), attempts, subject_kind,"
  " subject_value, subject_page";

// The task in the current row of a query whose first columns are k_task_columns_sql.
model::Task task_from_row(SQLite::Statement& row)
{
  model::Task task;
  task.id = row.getColumn(0).getInt64();
  model::parse_source(row.getColumn(1).getString(), task.source);
  task.kind = row.getColumn(2).getString();
  task.url = row.getColumn(3).getString();
  task.parent_id = row.getColumn(4).getInt64();
  task.attempts = row.getColumn(5).getInt();
  model::parse_subject_kind(row.getColumn(6).getString(), task.subject.kind);
  task.subject.value = row.getColumn(7).getString();
  task.subject.page = row.getColumn(8).getInt();
  return task;
}

constexpr int k_task_columns = 9;

}  // namespace

int Frontier::requeue_in_flight()
{
  try {
    return m_db.sql().exec("UPDATE crawl_tasks SET state = 'pending' WHERE state = 'in_flight'");
  } catch (const SQLite::Exception& e) {
    rethrow(e, "requeue in-flight tasks");
  }
}

int Frontier::retry_failed()
{
  try {
    return m_db.sql().exec(
      "UPDATE crawl_tasks SET state = 'pending', attempts = 0, next_attempt_at = 0 WHERE state = 'failed'");
  } catch (const SQLite::Exception& e) {
    rethrow(e, "retry failed tasks");
  }
}

int Frontier::enqueue(const std::vector<model::NewTask>& tasks, std::int64_t now_ms, std::int64_t refresh_before_ms)
{
  try {
    CachedStatement insert = m_db.statement(
      "INSERT INTO crawl_tasks (source, kind, url, parent_id, created_at, updated_at, subject_kind, subject_value,"
      " subject_page) VALUES (?, ?, ?, NULLIF(?, 0), ?, ?, ?, ?, ?) ON CONFLICT (kind, url) DO NOTHING");
    CachedStatement refresh = m_db.statement(
      "UPDATE crawl_tasks SET state = 'pending', attempts = 0, next_attempt_at = 0, updated_at = ?"
      " WHERE kind = ? AND url = ? AND state = 'done' AND done_ms < ?");
    const std::string now = format_iso8601_millis(now_ms);
    int added = 0;
    for (const model::NewTask& task : tasks) {
      insert->bind(1, std::string(model::to_string(task.source)));
      insert->bindNoCopy(2, task.kind);
      insert->bindNoCopy(3, task.url);
      insert->bind(4, task.parent_id);
      insert->bindNoCopy(5, now);
      insert->bindNoCopy(6, now);
      insert->bind(7, std::string(model::to_string(task.subject.kind)));
      insert->bindNoCopy(8, task.subject.value);
      insert->bind(9, task.subject.page);
      added += insert->exec();
      insert->reset();
      if (refresh_before_ms > 0) {
        refresh->bind(1, now);
        refresh->bind(2, task.kind);
        refresh->bind(3, task.url);
        refresh->bind(4, refresh_before_ms);
        added += refresh->exec();
        refresh->reset();
      }
    }
    return added;
  } catch (const SQLite::Exception& e) {
    rethrow(e, "enqueue");
  }
}

std::vector<model::Task> Frontier::claim_due(std::size_t limit, std::int64_t now_ms, std::int64_t run_id,
                                             std::optional<model::Source> source)
{
  std::vector<model::Task> tasks;
  try {
    CachedStatement select = m_db.statement(
      "SELECT " + k_task_columns_sql + " FROM crawl_tasks"
      " WHERE state = 'pending' AND next_attempt_at <= ? AND (?3 IS NULL OR source = ?3)"
      " ORDER BY next_attempt_at, id LIMIT ?2");
    select->bind(1, now_ms);
    select->bind(2, static_cast<std::int64_t>(limit));
    if (source) {
      select->bind(3, std::string(model::to_string(*source)));
    }
    while (select->executeStep()) {
      tasks.push_back(task_from_row(*select));
    }
    CachedStatement claim = m_db.statement("UPDATE crawl_tasks SET state = 'in_flight', run_id = ? WHERE id = ?");
    for (const model::Task& task : tasks) {
      claim->bind(1, run_id);
      claim->bind(2, task.id);
      claim->exec();
      claim->reset();
    }
  } catch (const SQLite::Exception& e) {
    rethrow(e, "claim due tasks");
  }
  return tasks;
}

std::optional<std::int64_t> Frontier::next_due_at(std::optional<model::Source> source)
{
  try {
    CachedStatement query = m_db.statement(
      "SELECT min(next_attempt_at) FROM crawl_tasks"
      " WHERE state = 'pending' AND (?1 IS NULL OR source = ?1)");
    if (source) {
      query->bind(1, std::string(model::to_string(*source)));
    }
    query->executeStep();
    if (query->getColumn(0).isNull()) {
      return std::nullopt;
    }
    return query->getColumn(0).getInt64();
  } catch (const SQLite::Exception& e) {
    rethrow(e, "next due task");
  }
}

void Frontier::release(std::int64_t task_id)
{
  try {
    CachedStatement update =
      m_db.statement("UPDATE crawl_tasks SET state = 'pending' WHERE id = ? AND state = 'in_flight'");
    update->bind(1, task_id);
    update->exec();
  } catch (const SQLite::Exception& e) {
    rethrow(e, "release");
  }
}

std::vector<std::pair<model::Task, std::int64_t>> Frontier::done_with_archive(std::int64_t after_id, std::size_t limit)
{
  std::vector<std::pair<model::Task, std::int64_t>> tasks;
  try {
    CachedStatement query = m_db.statement(
      "SELECT " + k_task_columns_sql + ", c.raw_response_id"
      " FROM crawl_tasks t JOIN http_cache c USING (url)"
      " WHERE t.state = 'done' AND c.raw_response_id IS NOT NULL AND t.id > ? ORDER BY t.id LIMIT ?");
    query->bind(1, after_id);
    query->bind(2, static_cast<std::int64_t>(limit));
    while (query->executeStep()) {
      tasks.emplace_back(task_from_row(*query), query->getColumn(k_task_columns).getInt64());
    }
  } catch (const SQLite::Exception& e) {
    rethrow(e, "list archived tasks");
  }
  return tasks;
}

std::vector<model::Task> Frontier::without_subject(std::int64_t after_id, std::size_t limit)
{
  std::vector<model::Task> tasks;
  try {
    CachedStatement query = m_db.statement(
      "SELECT " + k_task_columns_sql + " FROM crawl_tasks WHERE subject_kind = '' AND id > ? ORDER BY id LIMIT ?");
    query->bind(1, after_id);
    query->bind(2, static_cast<std::int64_t>(limit));
    while (query->executeStep()) {
      tasks.push_back(task_from_row(*query));
    }
  } catch (const SQLite::Exception& e) {
    rethrow(e, "list tasks without a subject");
  }
  return tasks;
}

void Frontier::set_subject(std::int64_t task_id, const model::TaskSubject& subject)
{
  try {
    CachedStatement update =
      m_db.statement("UPDATE crawl_tasks SET subject_kind = ?, subject_value = ?, subject_page = ? WHERE id = ?");
    update->bind(1, std::string(model::to_string(subject.kind)));
    update->bind(2, subject.value);
    update->bind(3, subject.page);
    update->bind(4, task_id);
    update->exec();
  } catch (const SQLite::Exception& e) {
    rethrow(e, "set subject");
  }
}

int Frontier::fill_missing_subjects(const std::function<model::TaskSubject(const model::Task&)>& subject_of)
{
  int filled = 0;
  std::int64_t after = 0;
  for (std::vector<model::Task> tasks = without_subject(after, 1000); !tasks.empty();
       tasks = without_subject(after, 1000)) {
    for (const model::Task& task : tasks) {
      after = task.id;
      const model::TaskSubject subject = subject_of(task);
      if (subject.kind != model::SubjectKind::none) {
        set_subject(task.id, subject);
        ++filled;
      }
    }
  }
  return filled;
}

std::int64_t Frontier::count_in_state(const std::string& state)
{
  try {
    CachedStatement query = m_db.statement("SELECT count(*) FROM crawl_tasks WHERE state = ?");
    query->bind(1, state);
    query->executeStep();
    return query->getColumn(0).getInt64();
  } catch (const SQLite::Exception& e) {
    rethrow(e, "count tasks");
  }
}

void Frontier::mark_done(std::int64_t task_id, long status, std::int64_t now_ms)
{
  try {
    CachedStatement update = m_db.statement(
      "UPDATE crawl_tasks SET state = 'done', last_status = ?, last_error = NULL, updated_at = ?,"
      " done_at = ?, done_ms = ? WHERE id = ?");
    const std::string now = format_iso8601_millis(now_ms);
    update->bind(1, static_cast<std::int64_t>(status));
    update->bind(2, now);
    update->bind(3, now);
    update->bind(4, now_ms);
    update->bind(5, task_id);
    update->exec();
  } catch (const SQLite::Exception& e) {
    rethrow(e, "mark done");
  }
}

void Frontier::mark_failed(std::int64_t task_id, long status, const std::string& error, std::int64_t now_ms)
{
  try {
    CachedStatement update = m_db.statement(
      "UPDATE crawl_tasks SET state = 'failed', attempts = attempts + 1, last_status = NULLIF(?, 0),"
      " last_error = ?, updated_at = ? WHERE id = ?");
    update->bind(1, static_cast<std::int64_t>(status));
    update->bind(2, error);
    update->bind(3, format_iso8601_millis(now_ms));
    update->bind(4, task_id);
    update->exec();
  } catch (const SQLite::Exception& e) {
    rethrow(e, "mark failed");
  }
}

void Frontier::reschedule(std::int64_t task_id, std::int64_t next_attempt_ms, const std::string& error,
                          bool count_attempt, std::int64_t now_ms)
{
  try {
    CachedStatement update = m_db.statement(
      "UPDATE crawl_tasks SET state = 'pending', attempts = attempts + ?, next_attempt_at = ?,"
      " last_error = ?, updated_at = ? WHERE id = ?");
    update->bind(1, count_attempt ? 1 : 0);
    update->bind(2, next_attempt_ms);
    update->bind(3, error);
    update->bind(4, format_iso8601_millis(now_ms));
    update->bind(5, task_id);
    update->exec();
  } catch (const SQLite::Exception& e) {
    rethrow(e, "reschedule");
  }
}

}  // namespace scout::store
