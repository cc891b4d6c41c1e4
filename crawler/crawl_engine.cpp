#include "crawler/crawl_engine.hpp"

#include "crawler/http/rate_buckets.hpp"
#include "crawler/http/token_pool.hpp"
#include "crawler/http/url.hpp"
#include "crawler/parse_stage.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <random>
#include <thread>

namespace scout::crawler {

namespace {

using TimePoint = std::chrono::system_clock::time_point;

// Per-source state of a run.
struct SourceState {
  SourceEndpoint endpoint;
  TokenPool tokens;
  std::deque<model::Task> queued;  // claimed, waiting for their bucket or a free slot
  std::int64_t requests = 0;
  bool maybe_due = true;           // false after an empty claim, until the frontier changes
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

std::map<std::string, HostPolicy> policies_by_host(const std::vector<SourceEndpoint>& sources)
{
  std::map<std::string, HostPolicy> policies;
  for (const SourceEndpoint& source : sources) {
    if (const std::optional<Url> url = parse_url(source.api_url)) {
      policies[url->host] = source.policy;
    }
  }
  return policies;
}

std::int64_t millis(TimePoint t) { return to_unix_millis(t); }

struct ProgressClock {
  TimePoint last;
  std::int64_t requests = 0;
};

}  // namespace

struct CrawlEngine::State {
  EngineOptions options;
  std::vector<SourceState> sources;
  HttpClient& http;
  CrawlBackend& backend;
  const Clock& clock;
  Logger& log;
  RateBuckets buckets;
  ParseStage parse;
  Rng rng;
  RunCounters counters;
  std::map<std::uint64_t, InFlight> in_flight;
  std::uint64_t next_request_id = 1;
  std::vector<TaskOutcome> to_commit;
  std::string end_reason = "drained";
  bool stopping = false;

  State(EngineOptions o, std::vector<SourceEndpoint> endpoints, HttpClient& h, CrawlBackend& b, const Clock& c,
        Logger& l)
    : options(std::move(o)), http(h), backend(b), clock(c), log(l), buckets(policies_by_host(endpoints)),
      rng(options.seed != 0 ? options.seed : static_cast<std::uint64_t>(to_unix_millis(c.now())))
  {
    for (SourceEndpoint& endpoint : endpoints) {
      TokenPool pool(endpoint.token_name, endpoint.tokens);
      for (std::size_t i = 0; i < endpoint.token_accounts.size() && i < pool.credentials().size(); ++i) {
        if (!endpoint.token_accounts[i].empty()) {
          pool.set_account(pool.credentials()[i].label, endpoint.token_accounts[i]);
        }
      }
      sources.push_back(SourceState{std::move(endpoint), std::move(pool), {}, 0, true, std::nullopt});
    }
  }

  TimePoint now() const { return clock.now(); }

  // --- budgets -------------------------------------------------------------------------
  bool over_budget(const SourceState& source) const
  {
    const bool global = options.max_requests > 0 && counters.requests >= options.max_requests;
    const bool local = source.endpoint.max_requests > 0 && source.requests >= source.endpoint.max_requests;
    return global || local;
  }

  // --- claiming ------------------------------------------------------------------------
  std::size_t queue_target(const SourceState& source) const
  {
    const int per_bucket = std::max(1, source.endpoint.policy.max_in_flight);
    return static_cast<std::size_t>(std::clamp(per_bucket * 2, 2, options.concurrency * 2));
  }

  void refill(SourceState& source, TimePoint t)
  {
    if (stopping || over_budget(source) || source.queued.size() * 2 > queue_target(source)) {
      return;
    }
    if (!source.maybe_due && (!source.next_due_ms || *source.next_due_ms > millis(t))) {
      return;
    }
    std::vector<model::Task> claimed =
      backend.claim_due(source.endpoint.source, queue_target(source) - source.queued.size(), millis(t));
    source.maybe_due = !claimed.empty();
    source.next_due_ms = claimed.empty() ? backend.next_due_at(source.endpoint.source) : std::nullopt;
    for (model::Task& task : claimed) {
      source.queued.push_back(std::move(task));
    }
  }

  // Queued tasks of a source that may not start any more (stopping, budget spent) go back
  // to the frontier at once; holding them would keep the run alive with nothing to do.
  void release_if_idle(SourceState& source)
  {
    if ((stopping || over_budget(source)) && !source.queued.empty()) {
      backend.release({source.queued.begin(), source.queued.end()});
      source.queued.clear();
    }
  }

  // --- starting ------------------------------------------------------------------------
  HttpRequest build_request(SourceState& source, const std::string& url, const Credential& credential,
                            bool& conditional)
  {
    HttpRequest request;
    request.id = next_request_id++;
    request.url = url;
    request.headers = source.endpoint.headers;
    // The token goes only to the origin it belongs to, never to a redirect target elsewhere.
    if (!credential.token.empty() && same_origin(url, source.endpoint.api_url)) {
      request.headers.emplace_back("Authorization", "Bearer " + credential.token);
    }
    conditional = false;
    if (const std::optional<Validators> validators = backend.validators(url)) {
      if (!validators->etag.empty()) {
        request.headers.emplace_back("If-None-Match", validators->etag);
      }
      if (!validators->last_modified.empty()) {
        request.headers.emplace_back("If-Modified-Since", validators->last_modified);
      }
      conditional = !validators->etag.empty() || !validators->last_modified.empty();
    }
    return request;
  }

  // Starts `url` for `task` if its bucket allows; false when the bucket must wait.
  bool try_start(std::size_t index, const model::Task& task, const std::string& url, int redirects, TimePoint t)
  {
    SourceState& source = sources[index];
    const Credential& credential = source.tokens.pick(buckets, url, t);
    const std::string bucket = buckets.bucket_for(url, source.tokens.budget_key(credential.label));
    if (!buckets.ready(bucket, t).ok) {
      return false;
    }
    bool conditional = false;
    HttpRequest request = build_request(source, url, credential, conditional);
    buckets.on_start(bucket, t);
    in_flight.emplace(request.id, InFlight{task, index, bucket, url, redirects, conditional});
    ++counters.requests;
    ++source.requests;
    http.start(std::move(request));
    return true;
  }

  void start_ready(TimePoint t)
  {
    for (std::size_t i = 0; i < sources.size(); ++i) {
      SourceState& source = sources[i];
      while (!source.queued.empty() && !stopping && !over_budget(source)
             && in_flight.size() < static_cast<std::size_t>(options.concurrency)) {
        const model::Task& task = source.queued.front();
        if (!try_start(i, task, task.url, 0, t)) {
          break;  // this source's bucket waits; the others go on
        }
        source.queued.pop_front();
      }
    }
  }

  // --- responses -----------------------------------------------------------------------
  void count_status(const HttpResponse& response)
  {
    counters.bytes += static_cast<std::int64_t>(response.bytes_received);
    if (response.error != TransportError::none) {
      ++counters.transport_errors;
      return;
    }
    const long s = response.status;
    (s < 300 ? counters.status_2xx : s < 400 ? counters.status_3xx : s < 500 ? counters.status_4xx
                                                                                : counters.status_5xx)++;
    if (s == 304) {
      ++counters.not_modified;
    }
  }

  void finish(TaskOutcome outcome)
  {
    if (outcome.state == TaskOutcome::State::done) {
      ++counters.tasks_done;
    } else if (outcome.state == TaskOutcome::State::failed) {
      ++counters.tasks_failed;
      // The error names the URL already.
      log.warn("task failed (" + outcome.task.kind + "): " + outcome.error);
    } else if (outcome.state == TaskOutcome::State::retry) {
      ++counters.retries;
    }
    to_commit.push_back(std::move(outcome));
  }

  TaskOutcome outcome_for(const InFlight& flight, TaskOutcome::State state, long status, std::string error,
                          TimePoint retry_at = {})
  {
    TaskOutcome outcome;
    outcome.task = flight.task;
    outcome.state = state;
    outcome.status = status;
    outcome.error = std::move(error);
    outcome.next_attempt_ms = millis(retry_at);
    return outcome;
  }

  void on_response(HttpResponse response, TimePoint t)
  {
    auto found = in_flight.find(response.id);
    if (found == in_flight.end()) {
      return;
    }
    InFlight flight = std::move(found->second);
    in_flight.erase(found);
    count_status(response);
    buckets.on_finish(flight.bucket, response, t);
    const Verdict verdict = classify(response, flight.task.attempts, options.limits, t, rng,
                                     buckets.secondary_hits(flight.bucket));
    apply(verdict, std::move(flight), std::move(response), t);
  }

  void apply(const Verdict& verdict, InFlight flight, HttpResponse response, TimePoint t)
  {
    using S = TaskOutcome::State;
    switch (verdict.kind) {
    case VerdictKind::ok: return parse_body(std::move(flight), std::move(response), "");
    case VerdictKind::not_modified: return reuse_archived(std::move(flight), std::move(response), t);
    case VerdictKind::redirect: return follow_redirect(verdict, std::move(flight), response.status, t);
    case VerdictKind::absent: return parse_body(std::move(flight), std::move(response), "");
    case VerdictKind::wait:
      buckets.pause(flight.bucket, verdict.pause, t);
      sources[flight.source].maybe_due = true;
      return finish(outcome_for(flight, S::wait, response.status, verdict.reason, verdict.retry_at));
    case VerdictKind::retry:
      sources[flight.source].maybe_due = true;
      return finish(outcome_for(flight, S::retry, response.status, verdict.reason, verdict.retry_at));
    case VerdictKind::fail: return finish(outcome_for(flight, S::failed, response.status, verdict.reason));
    }
  }

  void parse_body(InFlight flight, HttpResponse response, std::string archived)
  {
    TaskOutcome outcome = outcome_for(flight, TaskOutcome::State::done, response.status, "");
    response.url = flight.url;
    outcome.response = std::move(response);
    parse.submit(std::move(outcome), std::move(archived), *sources[flight.source].endpoint.parser);
  }

  void reuse_archived(InFlight flight, HttpResponse response, TimePoint t)
  {
    std::optional<std::string> body = backend.archived_body(flight.url);
    if (!body) {
      // The cache lost the body a 304 refers to: count the attempt and fetch it whole.
      return finish(outcome_for(flight, TaskOutcome::State::retry, 304,
                                flight.url + ": 304 but no archived body; fetching again", t));
    }
    parse_body(std::move(flight), std::move(response), std::move(*body));
  }

  void follow_redirect(const Verdict& verdict, InFlight flight, long status, TimePoint t)
  {
    const SourceEndpoint& endpoint = sources[flight.source].endpoint;
    if (!same_origin(verdict.location, endpoint.api_url)) {
      return finish(outcome_for(flight, TaskOutcome::State::failed, status,
                                flight.url + ": redirect to another host not followed: " + verdict.location));
    }
    if (flight.redirects >= options.max_redirects) {
      return finish(outcome_for(flight, TaskOutcome::State::failed, status, flight.url + ": too many redirects"));
    }
    if (!try_start(flight.source, flight.task, verdict.location, flight.redirects + 1, t)) {
      return finish(outcome_for(flight, TaskOutcome::State::wait, status, "redirect waits for its bucket", t));
    }
  }

  // Parsed outcomes: a parse error retries (a cut or garbled body is often transient) until
  // the attempts run out; nothing of a failed parse is stored.
  void collect_parsed(TimePoint t)
  {
    for (TaskOutcome& outcome : parse.drain()) {
      if (!outcome.parsed.error.empty()) {
        const bool last = outcome.task.attempts + 1 >= options.limits.max_attempts;
        outcome.state = last ? TaskOutcome::State::failed : TaskOutcome::State::retry;
        outcome.error = outcome.parsed.error;
        outcome.next_attempt_ms = millis(t + backoff_delay(options.limits.backoff, outcome.task.attempts, rng));
        outcome.parsed = ParseOutput{};
        outcome.response.reset();
      } else {
        log_notes(outcome.parsed);
      }
      if (!outcome.parsed.new_tasks.empty()) {
        for (SourceState& source : sources) {
          source.maybe_due = true;
        }
      }
      finish(std::move(outcome));
    }
  }

  void log_notes(const ParseOutput& parsed)
  {
    for (const std::string& note : parsed.notes) {
      log.info(note);
    }
  }

  void commit(TimePoint t)
  {
    if (!to_commit.empty()) {
      backend.commit(to_commit, millis(t));
      to_commit.clear();
    }
  }

  // --- waiting and ending ----------------------------------------------------------------
  bool work_in_memory() const
  {
    if (!in_flight.empty() || parse.pending() > 0 || !to_commit.empty()) {
      return true;
    }
    return std::any_of(sources.begin(), sources.end(), [](const SourceState& s) { return !s.queued.empty(); });
  }

  // The earliest time a pending task of a source that may still run becomes due.
  std::optional<std::int64_t> next_due()
  {
    std::optional<std::int64_t> earliest;
    for (SourceState& source : sources) {
      if (over_budget(source)) {
        continue;
      }
      const std::optional<std::int64_t> due = backend.next_due_at(source.endpoint.source);
      if (due && (!earliest || *due < *earliest)) {
        earliest = due;
      }
    }
    return earliest;
  }

  // One turn of the loop: claim, start, wait for the wire (or a bucket), handle what
  // came back, commit.
  void step()
  {
    TimePoint t = now();
    for (SourceState& source : sources) {
      release_if_idle(source);
      refill(source, t);
    }
    start_ready(t);
    std::vector<HttpResponse> responses;
    const std::chrono::milliseconds wait = poll_wait(t);
    if (http.in_flight() > 0) {
      responses = http.poll(wait);
    } else if (parse.pending() > 0 || work_in_memory()) {
      std::this_thread::sleep_for(wait);
    }
    t = now();
    for (HttpResponse& response : responses) {
      on_response(std::move(response), t);
    }
    collect_parsed(t);
    commit(t);
  }

  // With nothing in memory: end the run, or sleep a little until the next task is due.
  bool should_end()
  {
    const TimePoint t = now();
    if (stopping) {
      return true;
    }
    if (std::all_of(sources.begin(), sources.end(), [this](const SourceState& x) { return over_budget(x); })) {
      end_reason = "budget";
      return true;
    }
    const std::optional<std::int64_t> due = next_due();
    if (!due) {
      return true;  // drained
    }
    const std::int64_t until = *due - millis(t);
    if (until > std::chrono::duration_cast<std::chrono::milliseconds>(options.max_idle_wait).count()) {
      end_reason = "idle";
      return true;
    }
    if (until > 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(std::min<std::int64_t>(until, 200)));
    }
    for (SourceState& source : sources) {
      source.maybe_due = true;
    }
    return false;
  }

  void report(ProgressClock& progress, const std::function<void(const Progress&)>& on_progress)
  {
    const TimePoint t = now();
    if (!on_progress || t - progress.last < std::chrono::seconds(1)) {
      return;
    }
    const double seconds = std::chrono::duration<double>(t - progress.last).count();
    Progress snapshot{&counters, in_flight.size(), 0,
                      static_cast<double>(counters.requests - progress.requests) / seconds, {}};
    for (const SourceState& source : sources) {
      snapshot.queued += source.queued.size();
      if (!source.queued.empty()) {
        const Readiness ready = buckets.ready(front_bucket(source, t), t);
        if (!ready.ok && !ready.reason.empty()) {
          snapshot.waits.push_back(ready.reason);
        }
      }
    }
    on_progress(snapshot);
    progress = ProgressClock{t, counters.requests};
  }

  std::string front_bucket(const SourceState& source, TimePoint t) const
  {
    const std::string& url = source.queued.front().url;
    return buckets.bucket_for(url, source.tokens.budget_key(source.tokens.pick(buckets, url, t).label));
  }

  std::chrono::milliseconds poll_wait(TimePoint t)
  {
    if (parse.pending() > 0) {
      return std::chrono::milliseconds(2);
    }
    TimePoint wake = t + std::chrono::milliseconds(200);
    for (const SourceState& source : sources) {
      if (!source.queued.empty()) {
        const Readiness ready = buckets.ready(front_bucket(source, t), t);
        if (!ready.ok && ready.not_before > t) {
          wake = std::min(wake, ready.not_before);
        }
      }
      if (source.next_due_ms) {
        wake = std::min(wake, TimePoint(std::chrono::milliseconds(*source.next_due_ms)));
      }
    }
    return std::max(std::chrono::milliseconds(1), std::chrono::duration_cast<std::chrono::milliseconds>(wake - t));
  }
};

CrawlEngine::CrawlEngine(EngineOptions options, std::vector<SourceEndpoint> sources, HttpClient& http,
                         CrawlBackend& backend, const Clock& clock, Logger& log)
  : m_state(std::make_unique<State>(std::move(options), std::move(sources), http, backend, clock, log))
{
}

CrawlEngine::~CrawlEngine() = default;

const std::string& CrawlEngine::end_reason() const { return m_state->end_reason; }

RunCounters CrawlEngine::run(std::stop_token stop, const std::function<void(const Progress&)>& on_progress)
{
  State& s = *m_state;
  ProgressClock progress{s.now(), 0};
  while (true) {
    if (stop.stop_requested() && !s.stopping) {
      s.stopping = true;
      s.end_reason = "stopped";
    }
    s.step();
    s.report(progress, on_progress);
    if (s.work_in_memory()) {
      continue;
    }
    if (s.should_end()) {
      break;
    }
  }
  // Claimed tasks that never started go back for the next run.
  for (SourceState& source : s.sources) {
    s.backend.release({source.queued.begin(), source.queued.end()});
    source.queued.clear();
  }
  s.counters.wait_seconds = s.buckets.wait_seconds();
  return s.counters;
}

}  // namespace scout::crawler
