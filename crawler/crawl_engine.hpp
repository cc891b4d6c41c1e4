#pragma once

#include "common/clock.hpp"
#include "common/log.hpp"
#include "crawler/crawl_backend.hpp"
#include "crawler/http/http_client.hpp"
#include "crawler/http/rate_bucket.hpp"
#include "crawler/http/response_policy.hpp"
#include "crawler/run_counters.hpp"
#include "crawler/task_parser.hpp"

#include <chrono>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

namespace scout::crawler {

// One API the engine talks to. The token(s) are sent only to `api_url`'s origin.
struct SourceEndpoint {
  model::Source source = model::Source::github;
  std::string api_url;
  HostPolicy policy;
  std::string token_name;           // "GITHUB_TOKEN": labels credentials in logs
  std::vector<std::string> tokens;  // secret values; empty = anonymous
  // The account each token belongs to (same order; "" = unknown). Tokens of one account
  // share that account's budget, so they share rate-limit buckets.
  std::vector<std::string> token_accounts;
  std::vector<std::pair<std::string, std::string>> headers;  // e.g. Accept for GitHub
  std::int64_t max_requests = 0;                             // per-run budget, 0 = none
  const TaskParser* parser = nullptr;                        // must outlive the run
};

struct EngineOptions {
  int concurrency = 16;  // transfers in flight across all sources
  // Transfers in flight to one origin. The engine holds a transfer back rather than let it
  // queue inside curl, where its timeout would run before a byte was sent.
  int per_host_concurrency = 6;
  PolicyLimits limits;            // attempts, backoff, secondary-limit waits
  std::int64_t max_requests = 0;  // per-run budget across sources, 0 = none
  // A run whose next due task is further away than this ends (status partial) and leaves
  // the frontier for the next run instead of sleeping.
  std::chrono::seconds max_idle_wait{600};
  int max_redirects = 5;
  std::uint64_t seed = 0;  // jitter; 0 = from the clock
};

// A snapshot for the progress line.
struct Progress {
  const RunCounters* counters = nullptr;
  std::size_t in_flight = 0;
  std::size_t queued = 0;  // claimed, waiting for a bucket
  double requests_per_second = 0;
  std::vector<std::string> waits;  // why buckets are paused now
};

// Drives one crawl run: takes due tasks from the backend, fetches them through `http`
// (honouring every rate-limit bucket), parses bodies on oneTBB workers and commits each
// task's outcome through the backend. All of it runs on the calling thread except parsing.
// Every decision about time reads `clock` and every wait for time to pass (a due task, a
// paused bucket) goes through `sleeper`, so a test drives a whole run on a FakeClock.
class CrawlEngine {
public:
  CrawlEngine(EngineOptions options, std::vector<SourceEndpoint> sources, HttpClient& http, CrawlBackend& backend,
              const Clock& clock, Sleeper& sleeper, Logger& log);
  ~CrawlEngine();
  CrawlEngine(const CrawlEngine&) = delete;
  CrawlEngine& operator=(const CrawlEngine&) = delete;

  // Runs until the frontier is drained, a budget is spent, the next task is too far away,
  // or `stop` is requested; in-flight work is finished and committed either way.
  RunCounters run(std::stop_token stop, const std::function<void(const Progress&)>& on_progress = {});

  // Why run() returned: the frontier drained, a budget was spent, a stop was requested, or
  // the next due task was further away than max_idle_wait.
  model::EndReason end_reason() const;

private:
  struct State;
  std::unique_ptr<State> m_state;
};

}  // namespace scout::crawler
