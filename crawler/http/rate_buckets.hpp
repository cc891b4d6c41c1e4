#pragma once

#include "crawler/http/http_types.hpp"
#include "crawler/http/rate_bucket.hpp"

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace scout::crawler {

// A request to stop drawing from a bucket, as response_policy's `wait` verdict states it.
struct Pause {
  std::chrono::system_clock::time_point until{};
  std::string reason;             // "429 Retry-After 2 s"; the bucket label is put in front
  std::string resource;           // the server-named bucket ("search"); empty: the request's own
  bool whole_credential = false;  // secondary limits stop every resource of the credential
  bool secondary = false;         // counts as a consecutive secondary-limit hit
};

// All rate-limit buckets of a run, keyed by id:
//   GitHub        "<host>|<credential>|<resource>"  resource: core, search, code_search, graphql...
//   Hugging Face  "<host>|<credential>|<resource>"  resource: api, resolvers, pages
//   arXiv/other   "<host>"
// `credential` is a label ("GITHUB_TOKEN#1", "anonymous") or an account key, never a token.
// A pause affects only its bucket (or, for secondary limits, its credential). Not thread-safe:
// the engine serialises calls.
class RateBuckets {
public:
  using TimePoint = std::chrono::system_clock::time_point;

  // `policies` by host as Url::host spells it ("api.github.com", "127.0.0.1:8080");
  // unlisted hosts get `fallback`.
  explicit RateBuckets(std::map<std::string, HostPolicy> policies, HostPolicy fallback = {});

  // The bucket a GET of `url` with `credential` draws from. GitHub paths under /search/ use
  // "search" until a response names its resource (X-RateLimit-Resource), which is then trusted
  // for that route; Hugging Face likewise with the name in its RateLimit header.
  std::string bucket_for(std::string_view url, std::string_view credential) const;

  Readiness ready(const std::string& bucket_id, TimePoint now) const;
  void on_start(const std::string& bucket_id, TimePoint now);
  // Ends the request started in `bucket_id` and applies the response's budget headers to the
  // bucket they name (which may be a sibling: a /search/code request lands in code_search).
  void on_finish(const std::string& bucket_id, const HttpResponse& response, TimePoint now);
  // Applies a `wait` verdict to the bucket of the request that received it.
  void pause(const std::string& bucket_id, const Pause& pause, TimePoint now);

  // Consecutive secondary-limit pauses of the bucket's credential since its last 2xx.
  int secondary_hits(const std::string& bucket_id) const;
  // RateBucket::remaining, nullopt for a bucket never used.
  std::optional<int> remaining(const std::string& bucket_id, TimePoint now) const;
  // Seconds each bucket spent paused (planned remainder of a current pause included).
  // Pacing (min_interval) and in-flight queueing are not pauses and are not counted.
  std::map<std::string, double> wait_seconds() const;

private:
  struct CredentialState {
    TimePoint paused_until{};
    std::string reason;
    int secondary_hits = 0;
  };

  const HostPolicy& policy_for(std::string_view host) const;
  RateBucket& bucket(const std::string& id);
  std::string label_for(const std::string& id) const;
  void learn_resource(const std::string& url, const std::string& resource);

  std::map<std::string, HostPolicy, std::less<>> m_policies;
  HostPolicy m_fallback;
  std::map<std::string, RateBucket> m_buckets;
  std::map<std::string, std::string, std::less<>> m_learned;          // "<host>|<route>" -> resource
  std::map<std::string, CredentialState, std::less<>> m_credentials;  // "<host>|<credential>"
};

}  // namespace scout::crawler
