#include "store/crawl_runs.hpp"

#include "common/clock.hpp"
#include "common/error.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <sstream>

namespace scout::store {

namespace {

std::string wait_json(const std::map<std::string, double>& waits)
{
  std::ostringstream json;
  json << '{';
  bool first = true;
  for (const auto& [bucket, seconds] : waits) {
    json << (first ? "" : ",") << '"' << bucket << "\":" << seconds;
    first = false;
  }
  json << '}';
  return json.str();
}

}  // namespace

std::int64_t begin_crawl_run(Database& db, const std::string& command, std::int64_t now_ms)
{
  try {
    CachedStatement insert =
      db.statement("INSERT INTO crawl_runs (started_at, status, command) VALUES (?, 'running', ?)");
    insert->bind(1, format_iso8601_millis(now_ms));
    insert->bind(2, command);
    insert->exec();
    return db.sql().getLastInsertRowid();
  } catch (const SQLite::Exception& e) {
    throw Error("crawl_runs: cannot start a run: " + std::string(e.what()));
  }
}

void finish_crawl_run(Database& db, std::int64_t run_id, const CrawlRunRecord& r, std::int64_t now_ms)
{
  try {
    CachedStatement update = db.statement(
      "UPDATE crawl_runs SET finished_at = :finished_at, status = :status, requests = :requests,"
      " status_2xx = :status_2xx, status_3xx = :status_3xx, status_4xx = :status_4xx, status_5xx = :status_5xx,"
      " not_modified = :not_modified, transport_errors = :transport_errors, retries = :retries, bytes = :bytes,"
      " tasks_done = :tasks_done, tasks_failed = :tasks_failed, wait_json = :wait_json,"
      " message = NULLIF(:message, '') WHERE id = :id");
    const model::RunCounters& c = r.counters;
    update->bind(":finished_at", format_iso8601_millis(now_ms));
    update->bind(":status", std::string(model::to_string(r.status)));
    update->bind(":requests", c.requests);
    update->bind(":status_2xx", c.status_2xx);
    update->bind(":status_3xx", c.status_3xx);
    update->bind(":status_4xx", c.status_4xx);
    update->bind(":status_5xx", c.status_5xx);
    update->bind(":not_modified", c.not_modified);
    update->bind(":transport_errors", c.transport_errors);
    update->bind(":retries", c.retries);
    update->bind(":bytes", c.bytes);
    update->bind(":tasks_done", c.tasks_done);
    update->bind(":tasks_failed", c.tasks_failed);
    update->bind(":wait_json", wait_json(c.wait_seconds));
    update->bind(":message", r.message);
    update->bind(":id", run_id);
    update->exec();
  } catch (const SQLite::Exception& e) {
    throw Error("crawl_runs: cannot finish run " + std::to_string(run_id) + ": " + e.what());
  }
}

int mark_abandoned_runs(Database& db)
{
  try {
    return db.sql().exec("UPDATE crawl_runs SET status = 'interrupted' WHERE status = 'running'");
  } catch (const SQLite::Exception& e) {
    throw Error("crawl_runs: cannot mark abandoned runs: " + std::string(e.what()));
  }
}

}  // namespace scout::store
