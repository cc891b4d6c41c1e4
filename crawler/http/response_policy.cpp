#include "crawler/http/response_policy.hpp"

#include "common/json_parse.hpp"
#include "common/strings.hpp"
#include "crawler/http/rate_headers.hpp"
#include "crawler/http/url.hpp"

#include <rapidjson/document.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace scout::crawler {

namespace {

using TimePoint = std::chrono::system_clock::time_point;

std::string_view transport_name(TransportError error)
{
  switch (error) {
  case TransportError::none: return "no error";
  case TransportError::timeout: return "timeout";
  case TransportError::connect: return "connection failure";
  case TransportError::truncated: return "truncated response";
  case TransportError::too_large: return "response too large";
  case TransportError::other: break;
  }
  return "transfer error";
}

// "HTTP 422 from GET <url>: Validation Failed"
std::string http_failure(const HttpResponse& response)
{
  std::string text = "HTTP " + std::to_string(response.status) + " from GET " + response.url;
  const std::string message = error_message(response.body);
  if (!message.empty()) {
    text += ": " + message;
  }
  return text;
}

long whole_seconds(TimePoint from, TimePoint to)
{
  return static_cast<long>(std::ceil(std::chrono::duration<double>(to - from).count()));
}

Verdict verdict(VerdictKind kind, std::string reason, TimePoint at = {})
{
  Verdict result;
  result.kind = kind;
  result.reason = std::move(reason);
  result.retry_at = at;
  return result;
}

// Counts an attempt: backs off with jitter (never earlier than `not_before`), or fails once
// the attempts are used up.
Verdict retry_or_fail(std::string what, int attempts_so_far, const PolicyLimits& limits, TimePoint now, Rng& rng,
                      TimePoint not_before = {})
{
  if (attempts_so_far + 1 >= limits.max_attempts) {
    return verdict(VerdictKind::fail, what + " (gave up after " + std::to_string(attempts_so_far + 1) + " attempts)");
  }
  const TimePoint at = std::max(now + backoff_delay(limits.backoff, attempts_so_far, rng), not_before);
  return verdict(VerdictKind::retry, std::move(what), at);
}

Verdict wait_until(TimePoint until, std::string reason, Pause pause)
{
  pause.until = until;
  pause.reason = reason;
  Verdict result = verdict(VerdictKind::wait, std::move(reason), until);
  result.pause = std::move(pause);
  return result;
}

std::chrono::seconds secondary_wait(const PolicyLimits& limits, int secondary_hits)
{
  std::chrono::seconds wait = limits.secondary_min;
  for (int i = 0; i < secondary_hits && wait < limits.secondary_cap; ++i) {
    wait *= 2;
  }
  return std::min(std::max(wait, limits.secondary_min), std::max(limits.secondary_cap, limits.secondary_min));
}

// What a 403/429 says about rate limiting.
struct LimitSignals {
  bool secondary = false;    // "secondary rate limit" or "abuse" in the message
  bool names_limit = false;  // any "rate limit" wording, secondary included
  std::optional<TimePoint> retry_after;
  std::optional<ServerBudget> exhausted;  // a budget that is used up and says when it refills
  std::string resource;                   // the server's name for the limited bucket
};

LimitSignals read_limit_signals(const HttpResponse& response, TimePoint now)
{
  LimitSignals signals;
  const std::string message = to_lower(error_message(response.body));
  signals.secondary =
    message.find("secondary rate limit") != std::string::npos || message.find("abuse") != std::string::npos;
  signals.names_limit = signals.secondary || message.find("rate limit") != std::string::npos;
  signals.retry_after = retry_after(response.headers, now);
  const std::optional<ServerBudget> budget = server_budget(response.headers, now);
  signals.resource = budget ? budget->resource : "";
  if (budget && budget->remaining == 0) {
    signals.exhausted = budget;
  } else if (response.status == 429) {
    // Hugging Face's 429 names the reset in its RateLimit header even when r is not 0.
    signals.exhausted = ietf_budget(response.headers, now);
  }
  if (signals.exhausted && signals.exhausted->reset <= now) {
    signals.exhausted.reset();
  }
  return signals;
}

// 403/429 that is a rate limit, in GitHub's documented order: Retry-After, then
// X-RateLimit-Remaining 0 until the reset, then a growing wait of at least a minute.
// nullopt for a 403 that is a plain refusal ("Resource not accessible by integration").
std::optional<Verdict> classify_rate_limit(const HttpResponse& response, const PolicyLimits& limits, TimePoint now,
                                           int secondary_hits)
{
  const LimitSignals signals = read_limit_signals(response, now);
  const std::string status = std::to_string(response.status);
  Pause pause;
  pause.resource = signals.resource;
  pause.whole_credential = signals.secondary;
  pause.secondary = signals.secondary;
  if (signals.retry_after) {
    const TimePoint at = *signals.retry_after;
    return wait_until(at, status + " Retry-After " + std::to_string(whole_seconds(now, at)) + " s", pause);
  }
  if (const std::optional<ServerBudget>& budget = signals.exhausted) {
    return wait_until(budget->reset,
                      status + ": " + std::to_string(budget->remaining) + " requests left, reset at "
                        + format_iso8601(budget->reset),
                      pause);
  }
  if (!signals.names_limit && response.status != 429) {
    return std::nullopt;
  }
  // No time named: count it as a secondary hit so consecutive ones wait longer.
  pause.secondary = true;
  const std::chrono::seconds wait = secondary_wait(limits, secondary_hits);
  return wait_until(now + wait,
                    status + (signals.secondary ? " secondary rate limit" : " rate limited")
                      + " without a retry time, waiting " + std::to_string(wait.count()) + " s",
                    pause);
}

Verdict classify_transport(const HttpResponse& response, int attempts_so_far, const PolicyLimits& limits, TimePoint now,
                           Rng& rng)
{
  std::string what = std::string(transport_name(response.error)) + " from GET " + response.url;
  if (!response.error_message.empty()) {
    what += ": " + response.error_message;
  }
  if (response.error == TransportError::too_large) {
    return verdict(VerdictKind::fail, std::move(what));
  }
  // `other` is retried too: it is mostly a reset connection or a DNS hiccup, and the
  // attempt limit bounds the cost when it is not.
  return retry_or_fail(std::move(what), attempts_so_far, limits, now, rng);
}

Verdict classify_redirect(const HttpResponse& response)
{
  const std::optional<std::string> location = response.headers.get("Location");
  const std::optional<std::string> target = location ? resolve_reference(response.url, *location) : std::nullopt;
  if (!target) {
    return verdict(VerdictKind::fail, http_failure(response) + " (redirect without a usable Location)");
  }
  Verdict result = verdict(VerdictKind::redirect, "HTTP " + std::to_string(response.status) + " to " + *target);
  result.location = *target;
  return result;
}

}  // namespace

std::string_view to_string(VerdictKind kind)
{
  switch (kind) {
  case VerdictKind::ok: return "ok";
  case VerdictKind::not_modified: return "not_modified";
  case VerdictKind::redirect: return "redirect";
  case VerdictKind::absent: return "absent";
  case VerdictKind::wait: return "wait";
  case VerdictKind::retry: return "retry";
  case VerdictKind::fail: break;
  }
  return "fail";
}

Verdict classify(const HttpResponse& response, int attempts_so_far, const PolicyLimits& limits, TimePoint now, Rng& rng,
                 int secondary_hits)
{
  if (response.error != TransportError::none) {
    return classify_transport(response, attempts_so_far, limits, now, rng);
  }
  const long status = response.status;
  if (status == 202) {
    // GitHub's /stats endpoints answer 202 while they compute; the data comes later. Once
    // the attempts are used up the parser sees the 202 (no data yet) instead of a failure,
    // and the next run asks again.
    if (attempts_so_far + 1 >= limits.max_attempts) {
      return verdict(VerdictKind::absent, http_failure(response) + " (still being computed after "
                                            + std::to_string(attempts_so_far + 1) + " attempts)");
    }
    return retry_or_fail(http_failure(response) + " (still being computed)", attempts_so_far, limits, now, rng);
  }
  if (status >= 200 && status < 300) {
    return verdict(VerdictKind::ok, "HTTP " + std::to_string(status));
  }
  if (status == 304) {
    return verdict(VerdictKind::not_modified, "HTTP 304");
  }
  if (status >= 300 && status < 400) {
    return classify_redirect(response);
  }
  if (status == 404 || status == 410) {
    return verdict(VerdictKind::absent, http_failure(response));
  }
  if (is_contributor_list_too_large(response)) {
    // Handed to the parser like a 404, which records it and asks for the statistics instead.
    return verdict(VerdictKind::absent, http_failure(response));
  }
  if (status == 403 || status == 429) {
    if (std::optional<Verdict> limited = classify_rate_limit(response, limits, now, secondary_hits)) {
      return *std::move(limited);
    }
  }
  if (status >= 500 && status < 600) {
    const TimePoint not_before = retry_after(response.headers, now).value_or(TimePoint{});
    return retry_or_fail(http_failure(response), attempts_so_far, limits, now, rng, not_before);
  }
  return verdict(VerdictKind::fail, http_failure(response));
}

bool is_contributor_list_too_large(const HttpResponse& response)
{
  return response.error == TransportError::none && is_contributor_list_too_large(response.status, response.body);
}

bool is_contributor_list_too_large(long status, std::string_view body)
{
  // Matched on the words, not the whole sentence, which GitHub may reword; a rate limit's
  // message never says "too large".
  return status == 403 && to_lower(error_message(body)).find("too large to list contributors") != std::string::npos;
}

std::string error_message(std::string_view body)
{
  rapidjson::Document document;
  if (parse_json(document, body).empty() && document.IsObject()) {
    for (const char* key : {"message", "error"}) {
      const auto member = document.FindMember(key);
      if (member != document.MemberEnd() && member->value.IsString()) {
        return std::string(member->value.GetString(), member->value.GetStringLength());
      }
    }
  }
  // arXiv answers a bad query with an Atom feed whose single entry is titled "Error";
  // its <summary> is the message.
  if (const std::size_t title = body.find("<title>Error</title>"); title != std::string_view::npos) {
    const std::size_t open = body.find("<summary>", title);
    const std::size_t close = open == std::string_view::npos ? open : body.find("</summary>", open);
    if (close != std::string_view::npos) {
      return "arXiv error: " + std::string(trim(body.substr(open + 9, close - open - 9)));
    }
  }
  std::size_t length = std::min<std::size_t>(body.size(), 200);
  // Do not cut a UTF-8 sequence in half.
  while (length > 0 && length < body.size() && (static_cast<unsigned char>(body[length]) & 0xC0) == 0x80) {
    --length;
  }
  return std::string(trim(body.substr(0, length)));
}

}  // namespace scout::crawler
