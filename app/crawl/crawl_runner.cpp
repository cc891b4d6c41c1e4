#include "app/crawl/crawl_runner.hpp"

#include "app/crawl/crawl_endpoints.hpp"
#include "app/crawl/follow_up_rounds.hpp"
#include "app/crawl/heap_tuning.hpp"
#include "app/crawl/interrupt_guard.hpp"
#include "app/crawl/source_table.hpp"
#include "app/crawl/sqlite_crawl_backend.hpp"
#include "crawler/http/curl_global.hpp"
#include "crawler/http/curl_multi_client.hpp"
#include "crawler/legacy_subject.hpp"
#include "store/crawl_batch.hpp"
#include "store/crawl_runs.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <unistd.h>

namespace scout::app {

namespace {

std::int64_t now_ms(const Clock& clock) { return to_unix_millis(clock.now()); }

// Recovers from a killed run and puts this run's seeds in the frontier.
void prepare_frontier(store::Database& db, const SourceTable& sources, const CrawlRequest& request, std::int64_t now,
                      std::int64_t refresh_before, Logger& log)
{
  const store::FrontierRecovery recovery =
    store::prepare_frontier(db, sources.follow_up_rules(), request.retry_failed, crawler::subject_from_legacy_url,
                            sources.plan(), now, refresh_before);
  if (recovery.abandoned_runs > 0) {
    log.warn(std::to_string(recovery.abandoned_runs)
             + " earlier crawl run(s) ended without finishing; resuming their work");
  }
  if (request.retry_failed) {
    log.info(std::to_string(recovery.retried) + " failed task(s) put back in the queue");
  }
  if (recovery.subjects_filled > 0) {
    log.info(std::to_string(recovery.subjects_filled) + " task(s) stored before task subjects were given theirs");
  }
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

model::RunStatus run_status(model::EndReason end_reason, const crawler::RunCounters& counters)
{
  if (end_reason == model::EndReason::stopped) {
    return model::RunStatus::interrupted;
  }
  const bool complete = end_reason == model::EndReason::drained && counters.tasks_failed == 0;
  return complete ? model::RunStatus::succeeded : model::RunStatus::partial;
}

store::CrawlRunRecord to_record(const CrawlSummary& summary)
{
  store::CrawlRunRecord record;
  record.status = summary.status;
  record.counters = summary.counters;
  record.message = "ended: " + std::string(model::to_string(summary.end_reason));
  return record;
}

// Everything one run needs besides the database, kept across its rounds.
struct RunWiring {
  const config::Settings& settings;
  const CrawlRequest& request;
  Logger& log;
  crawler::HttpClient& http;
  crawler::CrawlBackend& backend;
  const std::vector<crawler::SourceEndpoint>& endpoints;
  const Clock& clock;
  Sleeper& sleeper;
  InterruptGuard& interrupt;
};

// One pass of the engine until the frontier drains (or a budget, stop or long wait).
crawler::RunCounters run_round(RunWiring& wiring, model::EndReason& end_reason)
{
  crawler::CrawlEngine engine(make_engine_options(wiring.settings.crawl, wiring.request.max_requests), wiring.endpoints,
                              wiring.http, wiring.backend, wiring.clock, wiring.sleeper, wiring.log);
  std::stop_source stop;
  crawler::RunCounters counters = engine.run(stop.get_token(), [&](const crawler::Progress& progress) {
    if (wiring.interrupt.interrupted()) {
      stop.request_stop();
    }
    if (wiring.request.show_progress) {
      wiring.log.raw(progress_line(progress));
    }
  });
  if (wiring.request.show_progress) {
    wiring.log.raw("\r\033[K");
  }
  end_reason = engine.end_reason();
  return counters;
}

// Rounds after the first: cited papers, then the Hub pages of the papers, then the accounts
// their claims point at, each found only in what the round before stored (a hop's own
// evidence hops no further, so a few rounds drain it). The cap guards against a source
// whose answers keep pointing at new work.
constexpr int k_max_rounds = 8;

// Tokens of one account share its budget (GitHub's do), so the engine is told whose each one is.
std::vector<crawler::SourceEndpoint> endpoints_with_accounts(const SourceTable& sources, const CrawlRequest& request,
                                                             crawler::HttpClient& http, Logger& log)
{
  std::vector<crawler::SourceEndpoint> endpoints = sources.endpoints(request.only);
  for (crawler::SourceEndpoint& endpoint : endpoints) {
    endpoint.token_accounts = sources.get(endpoint.source).token_accounts(http, endpoint, log);
  }
  return endpoints;
}

}  // namespace

CrawlSummary run_crawl(const config::Settings& settings, const CrawlRequest& request, Logger& log)
{
  keep_freed_heap();
  auto db = store::Database::open(settings.database.path, {settings.database.cache_mb});
  return run_crawl(db, settings, request, log);
}

CrawlSummary run_crawl(store::Database& db, const config::Settings& settings, const CrawlRequest& request, Logger& log)
{
  const SystemClock clock;
  SystemSleeper sleeper;
  return run_crawl(db, settings, request, log, clock, sleeper);
}

CrawlSummary run_crawl(store::Database& db, const config::Settings& settings, const CrawlRequest& request, Logger& log,
                       const Clock& clock, Sleeper& sleeper)
{
  db.migrate();
  const std::int64_t started = now_ms(clock);
  const std::int64_t freshness = static_cast<std::int64_t>(settings.crawl.freshness_hours) * 3600 * 1000;
  const std::int64_t refresh_before = std::min(started, started - freshness);
  const SourceTable sources(settings);
  prepare_frontier(db, sources, request, started, refresh_before, log);

  CrawlSummary summary;
  summary.run_id = store::begin_crawl_run(db, request.command, started);
  SqliteCrawlBackend backend(db, sources, summary.run_id, refresh_before);
  crawler::CurlGlobal curl;
  crawler::CurlMultiClient http(make_transfer_limits(settings.crawl));
  const std::vector<crawler::SourceEndpoint> endpoints = endpoints_with_accounts(sources, request, http, log);
  InterruptGuard interrupt;
  RunWiring wiring{settings, request, log, http, backend, endpoints, clock, sleeper, interrupt};

  summary.counters = run_round(wiring, summary.end_reason);
  const FollowUpLimits limits{summary.run_id, settings.crawl.evidence_hop_budget, refresh_before};
  for (int round = 1; round < k_max_rounds && summary.end_reason == model::EndReason::drained
                      && plan_follow_ups(db, sources, request.only, limits, now_ms(clock), log).tasks() > 0;
       ++round) {
    summary.counters.add(run_round(wiring, summary.end_reason));
  }
  summary.status = run_status(summary.end_reason, summary.counters);
  store::finish_crawl_run(db, summary.run_id, to_record(summary), now_ms(clock));
  return summary;
}

}  // namespace scout::app
