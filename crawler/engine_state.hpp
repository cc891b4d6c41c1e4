#pragma once

// Private to the crawl engine: the state of one run, shared by crawl_engine.cpp (claiming,
// starting, the loop) and engine_responses.cpp (responses, parsing, commits). Not a public
// header: nothing outside crawler/crawl_engine*.cpp and engine_responses.cpp includes it.

#include "crawler/crawl_engine.hpp"
#include "crawler/http/rate_buckets.hpp"
#include "crawler/http/token_pool.hpp"
#include "crawler/parse_stage.hpp"

#include <deque>
#include <map>
#include <optional>
#include <random>

namespace scout::crawler {

namespace engine_detail {

using TimePoint = std::chrono::system_clock::time_point;

// Per-source state of a run.
struct SourceState {
  SourceEndpoint endpoint;
  TokenPool tokens;
  std::deque<model::Task> queued;  // claimed, waiting for their bucket or a free slot
  std::int64_t requests = 0;
  bool maybe_due = true;  // false after an empty claim, until the frontier changes
  std::optional<std::int64_t> next_due_ms;
};

// A transfer on the wire.
struct InFlight {
  model::Task task;
  std::size_t source = 0;
  std::string bucket;
  std::string url;
  int redirects = 0;
  bool conditional = false;
};

// Each source's politeness policy, keyed by its API host.
std::map<std::string, HostPolicy> policies_by_host(const std::vector<SourceEndpoint>& sources);

// "https://api.github.com" for any URL on that origin (the URL itself when it does not parse).
std::string origin_of(const std::string& url);

inline std::int64_t millis(TimePoint t) { return to_unix_millis(t); }

struct ProgressClock {
  TimePoint last;
  std::int64_t requests = 0;
};

}  // namespace engine_detail

// Private header: these names are used unqualified by the engine's two source files.
using engine_detail::InFlight;
using engine_detail::millis;
using engine_detail::origin_of;
using engine_detail::policies_by_host;
using engine_detail::ProgressClock;
using engine_detail::SourceState;
using engine_detail::TimePoint;

struct CrawlEngine::State {
  EngineOptions options;
  std::vector<SourceState> sources;
  HttpClient& http;
  CrawlBackend& backend;
  const Clock& clock;
  Sleeper& sleeper;
  Logger& log;
  RateBuckets buckets;
  ParseStage parse;
  Rng rng;
  RunCounters counters;
  std::map<std::uint64_t, InFlight> in_flight;
  std::map<std::string, int> in_flight_by_origin;
  std::map<std::string, int> retries_by_kind;  // for the run's closing log line
  std::uint64_t next_request_id = 1;
  std::vector<TaskOutcome> to_commit;
  model::EndReason end_reason = model::EndReason::drained;
  bool stopping = false;

  State(EngineOptions o, std::vector<SourceEndpoint> endpoints, HttpClient& h, CrawlBackend& b, const Clock& c,
        Sleeper& sl, Logger& l);

  TimePoint now() const { return clock.now(); }

  // --- budgets -------------------------------------------------------------------------
  bool over_budget(const SourceState& source) const;

  // --- claiming ------------------------------------------------------------------------
  std::size_t queue_target(const SourceState& source) const;

  void refill(SourceState& source, TimePoint t);

  // Queued tasks of a source that may not start any more (stopping, budget spent) go back
  // to the frontier at once; holding them would keep the run alive with nothing to do.
  void release_if_idle(SourceState& source);

  // --- starting ------------------------------------------------------------------------
  HttpRequest build_request(SourceState& source, const std::string& url, const Credential& credential,
                            bool& conditional);

  // Starts `url` for `task` if its bucket allows; false when the bucket must wait.
  bool try_start(std::size_t index, const model::Task& task, const std::string& url, int redirects, TimePoint t);

  void start_ready(TimePoint t);

  // True when `url`'s origin has a free connection slot (per_host_concurrency).
  bool origin_has_slot(const std::string& url) const;
  void release_origin_slot(const std::string& url);

  // --- responses -----------------------------------------------------------------------
  void count_status(const HttpResponse& response);

  void finish(TaskOutcome outcome);

  TaskOutcome outcome_for(const InFlight& flight, TaskOutcome::State state, long status, std::string error,
                          TimePoint retry_at = {});

  void on_response(HttpResponse response, TimePoint t);

  void apply(const Verdict& verdict, InFlight flight, HttpResponse response, TimePoint t);

  void parse_body(InFlight flight, HttpResponse response, std::string archived);

  void reuse_archived(InFlight flight, HttpResponse response, TimePoint t);

  void follow_redirect(const Verdict& verdict, InFlight flight, long status, TimePoint t);

  // Parsed outcomes: a parse error retries (a cut or garbled body is often transient) until
  // the attempts run out; nothing of a failed parse is stored.
  void collect_parsed(TimePoint t);

  void log_notes(const ParseOutput& parsed);

  void commit(TimePoint t);

  // --- waiting and ending ----------------------------------------------------------------
  bool work_in_memory() const;

  // The earliest time a pending task of a source that may still run becomes due.
  std::optional<std::int64_t> next_due();

  // One turn of the loop: claim, start, wait for the wire (or a bucket), handle what
  // came back, commit.
  void step();

  // Waits for whatever the loop waits on now: the wire, a parse, or (on the clock) a bucket.
  std::vector<HttpResponse> wait_for_work(TimePoint t);

  // With nothing in memory: end the run, or sleep a little until the next task is due.
  bool should_end();

  void report(ProgressClock& progress, const std::function<void(const Progress&)>& on_progress);

  std::string front_bucket(const SourceState& source, TimePoint t) const;
  std::string front_bucket_of(const SourceState& source, const model::Task& task, TimePoint t) const;

  std::chrono::milliseconds poll_wait(TimePoint t);
};

}  // namespace scout::crawler
