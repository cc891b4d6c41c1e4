#include "store/status_report.hpp"

#include "common/error.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace scout::store {

namespace {

std::string text_or_empty(const SQLite::Column& column)
{
  return column.isNull() ? std::string() : column.getString();
}

std::vector<TableCount> count_tables(SQLite::Database& db)
{
  std::vector<TableCount> counts;
  SQLite::Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table'"
                               " AND name NOT LIKE 'sqlite_%' ORDER BY name");
  while (tables.executeStep()) {
    const std::string name = tables.getColumn(0).getString();
    // Table names come from sqlite_master, not from a user: safe to splice.
    const std::int64_t rows = db.execAndGet("SELECT count(*) FROM \"" + name + "\"").getInt64();
    counts.push_back(TableCount{name, rows});
  }
  return counts;
}

std::vector<TableCount> count_task_states(SQLite::Database& db)
{
  std::vector<TableCount> states;
  SQLite::Statement query(db, "SELECT state, count(*) FROM crawl_tasks GROUP BY state ORDER BY state");
  while (query.executeStep()) {
    states.push_back(TableCount{query.getColumn(0).getString(), query.getColumn(1).getInt64()});
  }
  return states;
}

std::vector<CrawlRunSummary> read_last_runs(SQLite::Database& db, int max_runs)
{
  std::vector<CrawlRunSummary> runs;
  SQLite::Statement query(db,
    "SELECT id, started_at, finished_at, status, requests, not_modified, retries, bytes,"
    " tasks_done, tasks_failed, wait_json, message FROM crawl_runs ORDER BY id DESC LIMIT ?");
  query.bind(1, max_runs);
  while (query.executeStep()) {
    CrawlRunSummary run;
    run.id = query.getColumn(0).getInt64();
    run.started_at = query.getColumn(1).getString();
    run.finished_at = text_or_empty(query.getColumn(2));
    run.status = query.getColumn(3).getString();
    run.requests = query.getColumn(4).getInt64();
    run.not_modified = query.getColumn(5).getInt64();
    run.retries = query.getColumn(6).getInt64();
    run.bytes = query.getColumn(7).getInt64();
    run.tasks_done = query.getColumn(8).getInt64();
    run.tasks_failed = query.getColumn(9).getInt64();
    run.wait_json = query.getColumn(10).getString();
    run.message = text_or_empty(query.getColumn(11));
    runs.push_back(run);
  }
  return runs;
}

std::vector<FailedTask> read_failed_tasks(SQLite::Database& db, int max_failed)
{
  std::vector<FailedTask> tasks;
  SQLite::Statement query(db, "SELECT id, kind, url, attempts, last_error FROM crawl_tasks"
                              " WHERE state = 'failed' ORDER BY updated_at DESC, id DESC LIMIT ?");
  query.bind(1, max_failed);
  while (query.executeStep()) {
    tasks.push_back(FailedTask{query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                               query.getColumn(2).getString(), query.getColumn(3).getInt(),
                               text_or_empty(query.getColumn(4))});
  }
  return tasks;
}

}  // namespace

StatusReport read_status(Database& db, int max_runs, int max_failed)
{
  StatusReport report;
  try {
    report.schema_version = db.schema_version();
    report.tables = count_tables(db.sql());
    if (report.schema_version >= 2) {
      report.task_states = count_task_states(db.sql());
      report.last_runs = read_last_runs(db.sql(), max_runs);
      report.failed_tasks = read_failed_tasks(db.sql(), max_failed);
    }
    report.people = read_people_summary(db);
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": cannot read status: " + e.what());
  }
  return report;
}

}  // namespace scout::store
