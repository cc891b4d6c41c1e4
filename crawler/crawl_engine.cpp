#include "crawler/crawl_engine.hpp"

#include "crawler/engine_state.hpp"
#include "crawler/http/url.hpp"

#include <algorithm>
#include <set>

namespace scout::crawler {

namespace engine_detail {

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

std::string origin_of(const std::string& url)
{
  const std::optional<Url> parsed = parse_url(url);
  return parsed ? parsed->origin() : url;
}

}  // namespace engine_detail

CrawlEngine::State::State(EngineOptions o, std::vector<SourceEndpoint> endpoints, HttpClient& h, CrawlBackend& b,
                          const Clock& c, Sleeper& sl, Logger& l)
  : options(std::move(o)), http(h), backend(b), clock(c), sleeper(sl), log(l), buckets(policies_by_host(endpoints)),
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

bool CrawlEngine::State::over_budget(const SourceState& source) const
{
  const bool global = options.max_requests > 0 && counters.requests >= options.max_requests;
  const bool local = source.endpoint.max_requests > 0 && source.requests >= source.endpoint.max_requests;
  return global || local;
}

std::size_t CrawlEngine::State::queue_target(const SourceState& source) const
{
  const int per_bucket = std::max(1, source.endpoint.policy.max_in_flight);
  return static_cast<std::size_t>(std::clamp(per_bucket * 2, 2, options.concurrency * 2));
}

void CrawlEngine::State::refill(SourceState& source, TimePoint t)
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
void CrawlEngine::State::release_if_idle(SourceState& source)
{
  if ((stopping || over_budget(source)) && !source.queued.empty()) {
    backend.release({source.queued.begin(), source.queued.end()});
    source.queued.clear();
  }
}

HttpRequest CrawlEngine::State::build_request(SourceState& source, const std::string& url, const Credential& credential,
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
bool CrawlEngine::State::try_start(std::size_t index, const model::Task& task, const std::string& url, int redirects,
                                   TimePoint t)
{
  SourceState& source = sources[index];
  if (!origin_has_slot(url)) {
    return false;
  }
  const Credential& credential = source.tokens.pick(buckets, url, t);
  const std::string bucket = buckets.bucket_for(url, source.tokens.budget_key(credential.label));
  if (!buckets.ready(bucket, t).ok) {
    return false;
  }
  bool conditional = false;
  HttpRequest request = build_request(source, url, credential, conditional);
  buckets.on_start(bucket, t);
  in_flight.emplace(request.id, InFlight{task, index, bucket, url, redirects, conditional});
  ++in_flight_by_origin[origin_of(url)];
  ++counters.requests;
  ++source.requests;
  http.start(std::move(request));
  return true;
}

bool CrawlEngine::State::origin_has_slot(const std::string& url) const
{
  const auto found = in_flight_by_origin.find(origin_of(url));
  return found == in_flight_by_origin.end() || found->second < std::max(1, options.per_host_concurrency);
}

void CrawlEngine::State::release_origin_slot(const std::string& url)
{
  const auto found = in_flight_by_origin.find(origin_of(url));
  if (found != in_flight_by_origin.end() && --found->second <= 0) {
    in_flight_by_origin.erase(found);
  }
}

// A task whose bucket waits stays queued, and so does everything behind it in that bucket;
// tasks of the source's other buckets go past it (a paused Hugging Face "resolvers" bucket
// must not hold "api" requests).
void CrawlEngine::State::start_ready(TimePoint t)
{
  for (std::size_t i = 0; i < sources.size(); ++i) {
    SourceState& source = sources[i];
    std::set<std::string> waiting;  // buckets found not ready in this pass
    for (auto task = source.queued.begin(); task != source.queued.end();) {
      if (stopping || over_budget(source) || in_flight.size() >= static_cast<std::size_t>(options.concurrency)) {
        break;
      }
      const std::string bucket = front_bucket_of(source, *task, t);
      if (waiting.count(bucket) == 0 && try_start(i, *task, task->url, 0, t)) {
        task = source.queued.erase(task);
        continue;
      }
      waiting.insert(bucket);
      ++task;
    }
  }
}

bool CrawlEngine::State::work_in_memory() const
{
  if (!in_flight.empty() || parse.pending() > 0 || !to_commit.empty()) {
    return true;
  }
  return std::any_of(sources.begin(), sources.end(), [](const SourceState& s) { return !s.queued.empty(); });
}

// The earliest time a pending task of a source that may still run becomes due.
std::optional<std::int64_t> CrawlEngine::State::next_due()
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
void CrawlEngine::State::step()
{
  TimePoint t = now();
  for (SourceState& source : sources) {
    release_if_idle(source);
    refill(source, t);
  }
  start_ready(t);
  std::vector<HttpResponse> responses = wait_for_work(t);
  t = now();
  for (HttpResponse& response : responses) {
    on_response(std::move(response), t);
  }
  collect_parsed(t);
  commit(t);
}

// Transfers and parses are real work on real threads, so the loop waits for them in real
// time; only a wait for time itself (queued tasks whose bucket is paused) is a sleep on the
// injected clock.
std::vector<HttpResponse> CrawlEngine::State::wait_for_work(TimePoint t)
{
  const std::chrono::milliseconds wait = poll_wait(t);
  if (http.in_flight() > 0) {
    return http.poll(wait);
  }
  if (parse.pending() > 0) {
    parse.wait_for_result(wait);
  } else if (work_in_memory()) {
    sleeper.sleep_for(wait);
  }
  return {};
}

// With nothing in memory: end the run, or sleep a little until the next task is due.
bool CrawlEngine::State::should_end()
{
  const TimePoint t = now();
  if (stopping) {
    return true;
  }
  if (std::all_of(sources.begin(), sources.end(), [this](const SourceState& x) { return over_budget(x); })) {
    end_reason = model::EndReason::budget;
    return true;
  }
  const std::optional<std::int64_t> due = next_due();
  if (!due) {
    return true;  // drained
  }
  const std::int64_t until = *due - millis(t);
  if (until > std::chrono::duration_cast<std::chrono::milliseconds>(options.max_idle_wait).count()) {
    end_reason = model::EndReason::idle;
    return true;
  }
  if (until > 0) {
    // In steps of at most 200 ms, so a stop request is seen soon.
    sleeper.sleep_for(std::chrono::milliseconds(std::min<std::int64_t>(until, 200)));
  }
  for (SourceState& source : sources) {
    source.maybe_due = true;
  }
  return false;
}

void CrawlEngine::State::report(ProgressClock& progress, const std::function<void(const Progress&)>& on_progress)
{
  const TimePoint t = now();
  if (!on_progress || t - progress.last < std::chrono::seconds(1)) {
    return;
  }
  const double seconds = std::chrono::duration<double>(t - progress.last).count();
  Progress snapshot{
    &counters, in_flight.size(), 0, static_cast<double>(counters.requests - progress.requests) / seconds, {}};
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

std::string CrawlEngine::State::front_bucket(const SourceState& source, TimePoint t) const
{
  return front_bucket_of(source, source.queued.front(), t);
}

std::string CrawlEngine::State::front_bucket_of(const SourceState& source, const model::Task& task, TimePoint t) const
{
  return buckets.bucket_for(task.url, source.tokens.budget_key(source.tokens.pick(buckets, task.url, t).label));
}

std::chrono::milliseconds CrawlEngine::State::poll_wait(TimePoint t)
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

CrawlEngine::CrawlEngine(EngineOptions options, std::vector<SourceEndpoint> sources, HttpClient& http,
                         CrawlBackend& backend, const Clock& clock, Sleeper& sleeper, Logger& log)
  : m_state(std::make_unique<State>(std::move(options), std::move(sources), http, backend, clock, sleeper, log))
{
}

CrawlEngine::~CrawlEngine() = default;

model::EndReason CrawlEngine::end_reason() const { return m_state->end_reason; }

RunCounters CrawlEngine::run(std::stop_token stop, const std::function<void(const Progress&)>& on_progress)
{
  State& s = *m_state;
  ProgressClock progress{s.now(), 0};
  while (true) {
    if (stop.stop_requested() && !s.stopping) {
      s.stopping = true;
      s.end_reason = model::EndReason::stopped;
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
  if (!s.retries_by_kind.empty()) {
    std::string line = "retries:";
    for (const auto& [kind, count] : s.retries_by_kind) {
      line += " " + kind + " " + std::to_string(count);
    }
    s.log.info(line);
  }
  return s.counters;
}

}  // namespace scout::crawler
