#pragma once

#include "common/clock.hpp"
#include "crawler/http/backoff.hpp"
#include "crawler/http/http_types.hpp"
#include "crawler/http/rate_buckets.hpp"

#include <chrono>
#include <string>
#include <string_view>

namespace scout::crawler {

enum class VerdictKind {
  ok,            // 2xx (except 202): use the body
  not_modified,  // 304: the cached copy is current
  redirect,      // 3xx with Location: follow `location`
  absent,        // 404/410, or a permanent "too large" 403: nothing to list; not a failure
  wait,          // rate limited: pause the bucket, retry at `retry_at`, no attempt counted
  retry,         // transient (5xx, 202, timeout...): retry at `retry_at`, counts an attempt
  fail,          // give up on this request; `reason` says why
};

// "ok", "not_modified", ...
std::string_view to_string(VerdictKind kind);

struct PolicyLimits {
  int max_attempts = 5;  // attempts per request, the first included
  BackoffPolicy backoff;
  // Waits for a rate limit that names no time (secondary limit, bare 429): the first is
  // `secondary_min`, each consecutive one doubles it, up to `secondary_cap`.
  std::chrono::seconds secondary_min{60};
  std::chrono::seconds secondary_cap{1800};
};

struct Verdict {
  VerdictKind kind = VerdictKind::fail;
  std::chrono::system_clock::time_point retry_at{};  // wait and retry
  std::string reason;                                // human text: "HTTP 422 from GET <url>: Validation Failed"
  std::string location;                              // redirect: the absolute target
  Pause pause;                                       // wait: pass to RateBuckets::pause for the request's bucket
};

// Decides what to do with one response. `attempts_so_far` counts earlier attempts of this
// request (0 for the first response); `secondary_hits` is RateBuckets::secondary_hits for its
// bucket. Never throws; `rng` is used only for retry jitter.
[[nodiscard]] Verdict classify(const HttpResponse& response, int attempts_so_far, const PolicyLimits& limits,
                               std::chrono::system_clock::time_point now, Rng& rng, int secondary_hits = 0);

// The 403 GitHub gives /repos/{o}/{r}/contributors for a repository whose history is too
// large: "The history or contributor list is too large to list contributors for this
// repository via the API." A permanent answer for that repository, not a rate limit.
bool is_contributor_list_too_large(const HttpResponse& response);
bool is_contributor_list_too_large(long status, std::string_view body);

// An error body's text: the JSON "message" (GitHub) or "error" (Hugging Face) string, else
// the first 200 bytes of the body as sent.
std::string error_message(std::string_view body);

}  // namespace scout::crawler
