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
    CachedStatement insert = db.statement("INSERT INTO crawl_runs (started_at, status, command) VALUES (?, 'running', ?)");
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
      "UPDATE crawl_runs SET finished_at = ?, status = ?, requests = ?, status_2xx = ?, status_3xx = ?,"
      " status_4xx = ?, status_5xx = ?, not_modified = ?, transport_errors = ?, retries = ?, bytes = ?,"
      " tasks_done = ?, tasks_failed = ?, wait_json = ?, message = NULLIF(?, '') WHERE id = ?");
    int i = 1;
    update->bind(i++, format_iso8601_millis(now_ms));
    update->bind(i++, r.status);
    for (std::int64_t value : {r.requests, r.status_2xx, r.status_3xx, r.status_4xx, r.status_5xx, r.not_modified,
                               r.transport_errors, r.retries, r.bytes, r.tasks_done, r.tasks_failed}) {
      update->bind(i++, value);
    }
    update->bind(i++, wait_json(r.wait_seconds));
    update->bind(i++, r.message);
    update->bind(i++, run_id);
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
