// The crawl engine's response side: classify what came back, hand bodies to the parse
// stage, turn results into outcomes and commit them.
#include "crawler/engine_state.hpp"
#include "crawler/http/url.hpp"

namespace scout::crawler {

void CrawlEngine::State::count_status(const HttpResponse& response)
{
  counters.bytes += static_cast<std::int64_t>(response.bytes_received);
  if (response.error != TransportError::none) {
    ++counters.transport_errors;
    return;
  }
  const long s = response.status;
  (s < 300   ? counters.status_2xx
   : s < 400 ? counters.status_3xx
   : s < 500 ? counters.status_4xx
             : counters.status_5xx)++;
  if (s == 304) {
    ++counters.not_modified;
  }
}

void CrawlEngine::State::finish(TaskOutcome outcome)
{
  if (outcome.state == TaskOutcome::State::done) {
    ++counters.tasks_done;
  } else if (outcome.state == TaskOutcome::State::failed) {
    ++counters.tasks_failed;
    // The error names the URL already.
    log.warn("task failed (" + outcome.task.kind + "): " + outcome.error);
  } else if (outcome.state == TaskOutcome::State::retry) {
    ++counters.retries;
    ++retries_by_kind[outcome.task.kind];
    const std::int64_t wait_ms = std::max<std::int64_t>(0, outcome.next_attempt_ms - millis(now()));
    log.debug("retry " + outcome.task.kind + " " + outcome.task.url + " (attempt "
              + std::to_string(outcome.task.attempts + 1) + ", status " + std::to_string(outcome.status) + ") in "
              + std::to_string(wait_ms) + " ms: " + outcome.error);
  }
  to_commit.push_back(std::move(outcome));
}

TaskOutcome CrawlEngine::State::outcome_for(const InFlight& flight, TaskOutcome::State state, long status,
                                            std::string error, TimePoint retry_at)
{
  TaskOutcome outcome;
  outcome.task = flight.task;
  outcome.state = state;
  outcome.status = status;
  outcome.error = std::move(error);
  outcome.next_attempt_ms = millis(retry_at);
  return outcome;
}

void CrawlEngine::State::on_response(HttpResponse response, TimePoint t)
{
  auto found = in_flight.find(response.id);
  if (found == in_flight.end()) {
    return;
  }
  InFlight flight = std::move(found->second);
  in_flight.erase(found);
  release_origin_slot(flight.url);
  buckets.on_finish(flight.bucket, response, t);
  if (!response.sent) {
    // Never reached the server: not a request, not an attempt; the task simply goes again.
    --counters.requests;
    --sources[flight.source].requests;
    log.debug("not sent, queued again: " + response.error_message);
    return finish(outcome_for(flight, TaskOutcome::State::wait, 0, response.error_message, t));
  }
  count_status(response);
  const Verdict verdict =
    classify(response, flight.task.attempts, options.limits, t, rng, buckets.secondary_hits(flight.bucket));
  apply(verdict, std::move(flight), std::move(response), t);
}

void CrawlEngine::State::apply(const Verdict& verdict, InFlight flight, HttpResponse response, TimePoint t)
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

void CrawlEngine::State::parse_body(InFlight flight, HttpResponse response, std::string archived)
{
  TaskOutcome outcome = outcome_for(flight, TaskOutcome::State::done, response.status, "");
  response.url = flight.url;
  outcome.response = std::move(response);
  parse.submit(std::move(outcome), std::move(archived), *sources[flight.source].endpoint.parser);
}

void CrawlEngine::State::reuse_archived(InFlight flight, HttpResponse response, TimePoint t)
{
  std::optional<std::string> body = backend.archived_body(flight.url);
  if (!body) {
    // The cache lost the body a 304 refers to: count the attempt and fetch it whole.
    return finish(outcome_for(flight, TaskOutcome::State::retry, 304,
                              flight.url + ": 304 but no archived body; fetching again", t));
  }
  parse_body(std::move(flight), std::move(response), std::move(*body));
}

void CrawlEngine::State::follow_redirect(const Verdict& verdict, InFlight flight, long status, TimePoint t)
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
void CrawlEngine::State::collect_parsed(TimePoint t)
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

void CrawlEngine::State::log_notes(const ParseOutput& parsed)
{
  for (const std::string& note : parsed.notes) {
    log.info(note);
  }
}

void CrawlEngine::State::commit(TimePoint t)
{
  if (!to_commit.empty()) {
    backend.commit(to_commit, millis(t));
    to_commit.clear();
  }
}
}  // namespace scout::crawler
