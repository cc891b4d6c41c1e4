#pragma once

#include "app/config/settings.hpp"
#include "store/status_report.hpp"

#include <optional>
#include <string>
#include <vector>

namespace scout::app {

// The budget a server last stated for one of its rate-limit buckets, for `scout status`.
struct RateBudgetLine {
  std::string source;    // "github", "huggingface", "arxiv", or the host when no source uses it
  std::string host;      // as Url::host spells it, port included
  std::string resource;  // the server's bucket name ("core", "search", "api"); may be empty
  int remaining = 0;
  std::optional<int> limit;
  std::string resets_at;  // ISO 8601, when the window refills
  std::string seen_at;    // ISO 8601, when the response saying so was fetched
};

// One line per host and resource, from the newest sighting of each (sightings come newest
// first), in source, host, resource order. A host several sources share (a replay server
// in tests) is told apart by header style: GitHub's X-RateLimit-* or the IETF RateLimit
// Hugging Face sends. Which token spent the budget is not archived, so lines carry no
// credential; the crawl's per-credential waits are in the run lines.
std::vector<RateBudgetLine> rate_budget_lines(const std::vector<store::RateLimitSighting>& sightings,
                                              const config::Settings& settings);

}  // namespace scout::app
