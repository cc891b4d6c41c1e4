#pragma once

#include "common/clock.hpp"
#include "crawler/http/http_types.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace scout::crawler {

// What a server said about the budget left in one of its rate-limit buckets.
struct ServerBudget {
  std::optional<int> limit;                       // requests per window, when stated
  int remaining = 0;                              // requests left in the current window
  std::chrono::system_clock::time_point reset{};  // when the window refills
  std::string resource;  // the server's name for the bucket ("core", "search", "api"); may be empty
};

// GitHub's X-RateLimit-Limit/Remaining/Reset/Resource; nullopt without a numeric
// X-RateLimit-Remaining. `reset` is X-RateLimit-Reset + 1 s: the header is whole epoch
// seconds and GitHub may still refuse during that last second. Without Reset, now + 60 s.
std::optional<ServerBudget> github_budget(const Headers& headers, std::chrono::system_clock::time_point now);

// The IETF draft headers Hugging Face sends: `RateLimit: "api";r=R;t=T` (reset = now + T s,
// or now + W s without t=) and `RateLimit-Policy: "fixed window";"api";q=Q;w=W` (limit = Q,
// from the policy item naming the same resource). `resource` is lower case ("api",
// "resolvers", "pages"). nullopt without r=.
std::optional<ServerBudget> ietf_budget(const Headers& headers, std::chrono::system_clock::time_point now);

// github_budget, else ietf_budget.
std::optional<ServerBudget> server_budget(const Headers& headers, std::chrono::system_clock::time_point now);

// Retry-After as delta-seconds ("2") or an HTTP-date, turned into a time point; nullopt when
// absent or unreadable. A date in the past gives `now`.
std::optional<std::chrono::system_clock::time_point> retry_after(const Headers& headers,
                                                                 std::chrono::system_clock::time_point now);

// IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (the weekday is optional); nullopt otherwise.
std::optional<std::chrono::system_clock::time_point> parse_http_date(std::string_view text);

}  // namespace scout::crawler
