#include "app/crawl/crawl_runner.hpp"

#include "app/crawl/crawl_endpoints.hpp"
#include "app/crawl/crawl_plan.hpp"
#include "app/crawl/interrupt_guard.hpp"
#include "app/crawl/sqlite_crawl_backend.hpp"
#include "app/crawl/token_accounts.hpp"
#include "crawler/http/curl_global.hpp"
#include "crawler/http/curl_multi_client.hpp"
#include "app/crawl/source_parsers.hpp"
#include "store/crawl_runs.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdio>
#include <sstream>
#include <unistd.h>

namespace scout::app {

namespace {

std::int64_t now_ms(const Clock& clock) { return to_unix_millis(clock.now()); }

// Recovers from a killed run and puts this run's seeds in the frontier.
void prepare_frontier(store::Database& db, const config::Settings& settings, const CrawlRequest& request,
                      std::int64_t now, std::int64_t refresh_before, Logger& log)
{
  SQLite::Transaction transaction(db.sql());
  store::Frontier frontier(db);
  if (const int abandoned = store::mark_abandoned_runs(db); abandoned > 0) {
    log.warn(std::to_string(abandoned) + " earlier crawl run(s) ended without finishing; resuming their work");
  }
  frontier.requeue_in_flight();
  if (request.retry_failed) {
    log.info(std::to_string(frontier.retry_failed()) + " failed task(s) put back in the queue");
  }
  frontier.enqueue(plan_seed_tasks(settings), now, refresh_before);
  transaction.commit();
}

std::string progress_line(const crawler::Progress& p)
{
  std::ostringstream line;
  line << "\r\033[K" << p.counters->tasks_done << " done, " << p.counters->tasks_failed << " failed, " << p.in_flight
       << " in flight, " << p.queued << " queued, " << static_cast<int>(p.requests_per_second) << " req/s";
  for (const std::string& wait : p.waits) {
    line << "; waiting: " << wait;
  }
  return line.str();
}

std::string run_status(const std::string& end_reason, const crawler::RunCounters& counters)
{
  if (end_reason == "stopped") {
    return "interrupted";
  }
  return end_reason == "drained" && counters.tasks_failed == 0 ? "succeeded" : "partial";
}

store::CrawlRunRecord to_record(const CrawlSummary& summary)
{
  const crawler::RunCounters& c = summary.counters;
  store::CrawlRunRecord record{summary.status, c.requests, c.status_2xx, c.status_3xx, c.status_4xx, c.status_5xx,
                               c.not_modified, c.transport_errors, c.retries, c.bytes, c.tasks_done, c.tasks_failed,
                               c.wait_seconds, "ended: " + summary.end_reason};
  return record;
}

}  // namespace

CrawlSummary run_crawl(const config::Settings& settings, const CrawlRequest& request, Logger& log)
{
  const SystemClock clock;
  auto db = store::Database::open(settings.database.path);
  db.migrate();
  const std::int64_t started = now_ms(clock);
  const std::int64_t freshness = static_cast<std::int64_t>(settings.crawl.freshness_hours) * 3600 * 1000;
  const std::int64_t refresh_before = std::min(started, started - freshness);
  prepare_frontier(db, settings, request, started, refresh_before, log);

  CrawlSummary summary;
  summary.run_id = store::begin_crawl_run(db, "crawl", started);
  SqliteCrawlBackend backend(db, summary.run_id, refresh_before);
  const SourceParsers parsers(settings);
  crawler::CurlGlobal curl;
  crawler::CurlMultiClient http(make_transfer_limits(settings.crawl));
  std::vector<crawler::SourceEndpoint> endpoints = make_endpoints(settings, request.only, parsers);
  for (crawler::SourceEndpoint& endpoint : endpoints) {
    if (endpoint.source == model::Source::github) {
      endpoint.token_accounts = github_token_accounts(http, endpoint.api_url, endpoint.token_name, endpoint.tokens, log);
    }
  }
  crawler::CrawlEngine engine(make_engine_options(settings.crawl, request.max_requests), std::move(endpoints), http,
                              backend, clock, log);
  InterruptGuard interrupt;
  std::stop_source stop;
  summary.counters = engine.run(stop.get_token(), [&](const crawler::Progress& progress) {
    if (interrupt.interrupted()) {
      stop.request_stop();
    }
    if (request.show_progress) {
      log.raw(progress_line(progress));
    }
  });
  if (request.show_progress) {
    log.raw("\r\033[K");
  }
  summary.end_reason = engine.end_reason();
  summary.status = run_status(summary.end_reason, summary.counters);
  store::finish_crawl_run(db, summary.run_id, to_record(summary), now_ms(clock));
  return summary;
}

}  // namespace scout::app
