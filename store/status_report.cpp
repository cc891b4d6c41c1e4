#include "store/status_report.hpp"

#include "common/error.hpp"
#include "store/ranking_cache.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <system_error>

namespace scout::store {

namespace {

std::string text_or_empty(const SQLite::Column& column) { return column.isNull() ? std::string() : column.getString(); }

std::vector<TableCount> count_tables(SQLite::Database& db)
{
  std::vector<TableCount> counts;
  SQLite::Statement tables(db,
                           "SELECT name FROM sqlite_master WHERE type = 'table'"
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

// Whole seconds between two stored ISO 8601 times; SQLite's julianday reads both.
constexpr const char* k_duration_sql =
  "CAST(round((julianday(finished_at) - julianday(started_at)) * 86400) AS INTEGER)";

std::vector<CrawlRunSummary> read_last_runs(SQLite::Database& db, int max_runs)
{
  std::vector<CrawlRunSummary> runs;
  SQLite::Statement query(
    db,
    std::string("SELECT id, started_at, finished_at, status, requests, not_modified, retries, bytes,"
                " tasks_done, tasks_failed, wait_json, message, command, status_4xx, status_5xx, transport_errors, ")
      + k_duration_sql + " FROM crawl_runs ORDER BY id DESC LIMIT ?");
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
    run.command = query.getColumn(12).getString();
    run.status_4xx = query.getColumn(13).getInt64();
    run.status_5xx = query.getColumn(14).getInt64();
    run.transport_errors = query.getColumn(15).getInt64();
    run.duration_s = query.getColumn(16).isNull() ? -1 : query.getColumn(16).getInt64();
    runs.push_back(run);
  }
  return runs;
}

bool has_table(SQLite::Database& db, const char* name)
{
  SQLite::Statement query(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
  query.bind(1, name);
  return query.executeStep();
}

std::vector<NightlyRunSummary> read_nightly_runs(SQLite::Database& db, int max_runs)
{
  std::vector<NightlyRunSummary> runs;
  if (!has_table(db, "nightly_runs")) {
    return runs;
  }
  SQLite::Statement query(db, std::string("SELECT id, started_at, finished_at, crawl_run_id, ranking_run_id,"
                                          " export_dir, exit_code, summary, ")
                                + k_duration_sql + " FROM nightly_runs ORDER BY id DESC LIMIT ?");
  query.bind(1, max_runs);
  while (query.executeStep()) {
    NightlyRunSummary run;
    run.id = query.getColumn(0).getInt64();
    run.started_at = query.getColumn(1).getString();
    run.finished_at = query.getColumn(2).getString();
    run.crawl_run_id = query.getColumn(3).getInt64();
    run.ranking_run_id = query.getColumn(4).getInt64();
    run.export_dir = query.getColumn(5).getString();
    run.exit_code = query.getColumn(6).getInt();
    run.summary = query.getColumn(7).getString();
    run.duration_s = query.getColumn(8).getInt64();
    runs.push_back(run);
  }
  return runs;
}

// The archive keeps every response's headers as [[name, value], ...]. Only the newest
// k_sighting_window responses are looked at: enough to see every bucket of the last run,
// and bounded however large the archive grows.
constexpr std::int64_t k_sighting_window = 5000;

std::vector<RateLimitSighting> read_rate_limits(SQLite::Database& db)
{
  std::vector<RateLimitSighting> sightings;
  SQLite::Statement query(
    db,
    "SELECT r.id, r.url, CAST(round((julianday(r.fetched_at) - 2440587.5) * 86400000) AS INTEGER),"
    " json_extract(h.value, '$[0]'), json_extract(h.value, '$[1]')"
    " FROM raw_responses r, json_each(r.headers_json) h"
    " WHERE r.id > (SELECT coalesce(max(id), 0) FROM raw_responses) - ? AND json_valid(r.headers_json)"
    " AND lower(json_extract(h.value, '$[0]')) IN ('x-ratelimit-limit', 'x-ratelimit-remaining',"
    " 'x-ratelimit-reset', 'x-ratelimit-resource', 'ratelimit', 'ratelimit-policy')"
    " ORDER BY r.id DESC, h.key");
  query.bind(1, k_sighting_window);
  std::int64_t current = -1;
  while (query.executeStep()) {
    if (query.getColumn(0).getInt64() != current) {
      current = query.getColumn(0).getInt64();
      sightings.push_back(RateLimitSighting{query.getColumn(1).getString(), query.getColumn(2).getInt64(), {}});
    }
    sightings.back().headers.emplace_back(text_or_empty(query.getColumn(3)), text_or_empty(query.getColumn(4)));
  }
  return sightings;
}

DatabaseSize measure_size(Database& db)
{
  DatabaseSize size;
  const std::int64_t page_size = db.sql().execAndGet("PRAGMA page_size").getInt64();
  size.free_bytes = db.sql().execAndGet("PRAGMA freelist_count").getInt64() * page_size;
  std::error_code missing;  // an in-memory database has no files: sizes stay 0
  const std::uintmax_t file = std::filesystem::file_size(db.path(), missing);
  size.file_bytes = missing ? 0 : static_cast<std::int64_t>(file);
  const std::uintmax_t wal = std::filesystem::file_size(db.path() + "-wal", missing);
  size.wal_bytes = missing ? 0 : static_cast<std::int64_t>(wal);
  const auto cache_bytes = [&](RankingCache cache) -> std::int64_t {
    const std::string path = ranking_cache_path(db, cache);
    const std::uintmax_t bytes = path.empty() ? 0 : std::filesystem::file_size(path, missing);
    return path.empty() || missing ? 0 : static_cast<std::int64_t>(bytes);
  };
  size.features_bytes = cache_bytes(RankingCache::features);
  size.explained_bytes = cache_bytes(RankingCache::explained_rows);
  return size;
}

std::vector<FailedTask> read_failed_tasks(SQLite::Database& db, int max_failed)
{
  std::vector<FailedTask> tasks;
  SQLite::Statement query(db,
                          "SELECT id, kind, url, attempts, last_error FROM crawl_tasks"
                          " WHERE state = 'failed' ORDER BY updated_at DESC, id DESC LIMIT ?");
  query.bind(1, max_failed);
  while (query.executeStep()) {
    tasks.push_back(FailedTask{query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                               query.getColumn(2).getString(), query.getColumn(3).getInt(),
                               text_or_empty(query.getColumn(4))});
  }
  return tasks;
}

std::vector<ContributorListLimit> read_contributor_lists(SQLite::Database& db)
{
  std::vector<ContributorListLimit> lists;
  SQLite::Statement query(db,
                          "SELECT l.repo_full_name, l.contributors_truncated, l.contributors_too_large,"
                          " (SELECT count(*) FROM github_contributor_stats s WHERE s.repo_full_name = l.repo_full_name)"
                          " FROM github_contributor_lists l"
                          " WHERE l.contributors_truncated OR l.contributors_too_large ORDER BY l.repo_full_name");
  while (query.executeStep()) {
    lists.push_back(ContributorListLimit{query.getColumn(0).getString(), query.getColumn(1).getInt() != 0,
                                         query.getColumn(2).getInt() != 0, query.getColumn(3).getInt64()});
  }
  return lists;
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
      report.rate_limits = read_rate_limits(db.sql());
    }
    if (report.schema_version >= 10) {
      report.contributor_lists = read_contributor_lists(db.sql());
    }
    report.nightly_runs = read_nightly_runs(db.sql(), max_runs);
    report.size = measure_size(db);
    report.people = read_people_summary(db);
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": cannot read status: " + e.what());
  }
  return report;
}

}  // namespace scout::store
