#pragma once

#include "crawler/http/rate_headers.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace scout::crawler {

enum class HostKind { github, huggingface, arxiv, generic };

// A local cap per window for one server-named resource (Hugging Face's "api", "resolvers",
// "pages"): anonymous requests share a per-IP quota, requests with a token the user's.
struct ResourceCap {
  std::string resource;
  int anonymous = 0;      // requests per window without a token; 0: no cap
  int authenticated = 0;  // with a token
};

// How politely to treat one host; comes from config so tests can point it at 127.0.0.1.
struct HostPolicy {
  HostKind kind = HostKind::generic;
  int max_in_flight = 4;                      // concurrent requests per bucket; <= 0: no cap
  std::chrono::milliseconds min_interval{0};  // between request *starts* (arXiv: 3000)
  int window_requests = 0;                    // local cap per fixed window; 0: none
  std::chrono::seconds window{0};             // length of that window (HF: 300 s)
  // Requests kept back from the server's budget. Applied as min(reserve, limit / 10), so a
  // small unauthenticated budget (60/hour) is still usable with a reserve sized for 5000.
  int reserve = 0;
  // Per-resource caps that replace `window_requests` for the resources they name.
  std::vector<ResourceCap> resource_caps = {};
};

// Whether a bucket may start a request now.
struct Readiness {
  bool ok = true;
  // When !ok: the earliest time worth asking again. Equal to `now` when the bucket waits
  // for an in-flight request to finish rather than for a time.
  std::chrono::system_clock::time_point not_before{};
  std::string reason;  // when !ok, e.g. "arxiv: 3000 ms between requests"
};

// The state of one rate-limit bucket: in-flight count, pacing, the server's budget and
// any pause. Not thread-safe.
class RateBucket {
public:
  using TimePoint = std::chrono::system_clock::time_point;

  // `label` starts every reason: "github core", "huggingface api", "arxiv".
  RateBucket(std::string label, HostPolicy policy);

  Readiness ready(TimePoint now) const;
  // A request starts: counts it in flight, in the local window and against the budget estimate.
  // While the server's stated budget is current it governs, and the local window only counts.
  void on_start(TimePoint now);
  // A request ends, whatever its outcome.
  void on_finish();
  // The server's word on the budget; replaces the estimate and pauses at the reserve.
  // A pause is never lifted early: a response that reports more budget may be a stale one
  // overtaken by later requests.
  void on_budget(const ServerBudget& budget, TimePoint now);
  // Stops starts until `until` (a shorter pause than the current one is ignored).
  void pause(TimePoint until, std::string reason, TimePoint now);

  // Requests left per the latest estimate; the full limit once the reset time has passed;
  // nullopt when the server never said.
  std::optional<int> remaining(TimePoint now) const;
  int in_flight() const { return m_in_flight; }
  // Seconds this bucket has been (or is planned to be) paused, in total.
  double wait_seconds() const { return m_wait_seconds; }

private:
  int effective_reserve() const;
  bool server_budget_current(TimePoint now) const;
  void count_window(TimePoint now);
  void spend_estimate(TimePoint now);
  void pause_at_reserve(TimePoint now);

  std::string m_label;
  HostPolicy m_policy;
  int m_in_flight = 0;
  std::optional<TimePoint> m_last_start;
  std::optional<TimePoint> m_window_start;
  int m_window_used = 0;
  std::optional<int> m_limit;
  std::optional<int> m_remaining;
  TimePoint m_reset{};
  TimePoint m_paused_until{};
  std::string m_pause_reason;
  double m_wait_seconds = 0;
};

}  // namespace scout::crawler
