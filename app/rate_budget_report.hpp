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
  // The token's label ("GITHUB_TOKEN#1", "anonymous", "account:LOGIN") when the newest run
  // that used this bucket used it with one credential; "one of A, B" for several; "" unknown.
  std::string credential;
  int remaining = 0;
  std::optional<int> limit;
  std::string resets_at;  // ISO 8601, when the window refills
  std::string seen_at;    // ISO 8601, when the response saying so was fetched
};

// One line per host and resource, from the newest sighting of each (sightings come newest
// first), in source, host, resource order. A host several sources share (a replay server
// in tests) is told apart by header style: GitHub's X-RateLimit-* or the IETF RateLimit
// Hugging Face sends. Which token a response answered is not archived: the credential
// comes from the bucket ids ("host|credential|resource") of the newest of `runs` that used
// the host and resource. Never a token's value: runs store labels only.
std::vector<RateBudgetLine> rate_budget_lines(const std::vector<store::RateLimitSighting>& sightings,
                                              const std::vector<store::CrawlRunSummary>& runs,
                                              const config::Settings& settings);

}  // namespace scout::app
