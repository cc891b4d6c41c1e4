#pragma once

#include "crawler/http/http_types.hpp"
#include "model/task.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace scout::crawler {

// The rate-limit headers of one archived response, as the store keeps them.
struct ArchivedRateHeaders {
  std::string url;
  std::int64_t fetched_ms = 0;  // unix epoch milliseconds
  Headers headers;              // only the rate-limit headers are needed
};

// Where a source's API lives, to tell which source an archived response answered.
struct SourceApi {
  model::Source source = model::Source::github;
  std::string api_url;
};

// The budget a server last stated for one of its rate-limit buckets.
struct StatedBudget {
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

// One budget per host and resource, from the newest sighting of each (`sightings` come
// newest first), in source, host, resource order. A host several sources share (a replay
// server in tests) is told apart by header style: GitHub's X-RateLimit-* or the IETF
// RateLimit Hugging Face sends. Which token a response answered is not archived: the
// credential comes from the bucket ids ("host|credential|resource", see RateBuckets) that
// name the host and resource in the newest of `run_waits` (each run's seconds waited per
// bucket id as a JSON object, newest run first). Never a token's value: runs store labels.
std::vector<StatedBudget> stated_budgets(const std::vector<ArchivedRateHeaders>& sightings,
                                         const std::vector<std::string>& run_waits,
                                         const std::vector<SourceApi>& sources);

}  // namespace scout::crawler
