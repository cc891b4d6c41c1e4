#include "crawler/http/rate_buckets.hpp"

#include "common/strings.hpp"
#include "crawler/http/rate_headers.hpp"
#include "crawler/http/url.hpp"

#include <algorithm>

namespace scout::crawler {

namespace {

// The parts of a bucket id: "<host>|<credential>|<resource>" or "<host>".
struct BucketId {
  std::string_view host;
  std::string_view credential_key;  // "<host>|<credential>", or the whole id without one
  std::string_view resource;        // empty for host-only ids
};

BucketId split_id(std::string_view id)
{
  const std::size_t first = id.find('|');
  const std::size_t last = id.rfind('|');
  if (first == std::string_view::npos || first == last) {
    return {id.substr(0, first), id, {}};
  }
  return {id.substr(0, first), id.substr(0, last), id.substr(last + 1)};
}

// The host's policy with the window cap of the bucket's resource and kind of credential.
HostPolicy policy_for_bucket(HostPolicy policy, std::string_view credential_key, std::string_view resource)
{
  const std::string_view credential = credential_key.substr(credential_key.find('|') + 1);
  for (const ResourceCap& cap : policy.resource_caps) {
    if (cap.resource == resource) {
      policy.window_requests = credential == "anonymous" ? cap.anonymous : cap.authenticated;
    }
  }
  return policy;
}

bool keyed_by_credential(HostKind kind) { return kind == HostKind::github || kind == HostKind::huggingface; }

// The route class a learned resource applies to: every GitHub search kind has its own,
// since /search/code is limited separately from the other searches.
std::string route_of(HostKind kind, std::string_view path)
{
  if (kind == HostKind::github) {
    if (starts_with(path, "/search/")) {
      return std::string(path.substr(0, path.find('/', 8)));
    }
    return path == "/graphql" ? "/graphql" : "/";
  }
  if (starts_with(path, "/api/")) {
    return "/api";
  }
  return path.find("/resolve/") != std::string_view::npos ? "/resolve" : "/";
}

std::string default_resource(HostKind kind, std::string_view route)
{
  if (kind == HostKind::github) {
    if (starts_with(route, "/search/")) {
      return "search";
    }
    return route == "/graphql" ? "graphql" : "core";
  }
  if (route == "/api") {
    return "api";
  }
  return route == "/resolve" ? "resolvers" : "pages";
}

}  // namespace

RateBuckets::RateBuckets(std::map<std::string, HostPolicy> policies, HostPolicy fallback)
  : m_policies(policies.begin(), policies.end()), m_fallback(fallback)
{
}

std::string RateBuckets::bucket_for(std::string_view url, std::string_view credential) const
{
  const std::optional<Url> parsed = parse_url(url);
  const std::string host = parsed ? parsed->host : std::string();
  const HostKind kind = policy_for(host).kind;
  if (!parsed || !keyed_by_credential(kind)) {
    return host;
  }
  const std::string route = route_of(kind, parsed->path);
  const auto learned = m_learned.find(host + "|" + route);
  const std::string resource = learned != m_learned.end() ? learned->second : default_resource(kind, route);
  return host + "|" + std::string(credential.empty() ? "anonymous" : credential) + "|" + resource;
}

Readiness RateBuckets::ready(const std::string& bucket_id, TimePoint now) const
{
  const auto found = m_buckets.find(bucket_id);
  Readiness readiness = found != m_buckets.end() ? found->second.ready(now) : Readiness{true, now, ""};
  // A secondary limit on the credential holds every one of its buckets.
  const auto credential = m_credentials.find(split_id(bucket_id).credential_key);
  if (credential != m_credentials.end() && credential->second.paused_until > now
      && (readiness.ok || credential->second.paused_until > readiness.not_before)) {
    readiness = {false, credential->second.paused_until, credential->second.reason};
  }
  return readiness;
}

void RateBuckets::on_start(const std::string& bucket_id, TimePoint now) { bucket(bucket_id).on_start(now); }

void RateBuckets::on_finish(const std::string& bucket_id, const HttpResponse& response, TimePoint now)
{
  bucket(bucket_id).on_finish();
  const BucketId id = split_id(bucket_id);
  if (response.error == TransportError::none && response.status >= 200 && response.status < 300) {
    m_credentials[std::string(id.credential_key)].secondary_hits = 0;
  }
  const std::optional<ServerBudget> budget = server_budget(response.headers, now);
  if (!budget) {
    return;
  }
  std::string target = bucket_id;
  if (!id.resource.empty() && !budget->resource.empty()) {
    target = std::string(id.credential_key) + "|" + budget->resource;
    learn_resource(response.url, budget->resource);
  }
  bucket(target).on_budget(*budget, now);
}

void RateBuckets::pause(const std::string& bucket_id, const Pause& pause, TimePoint now)
{
  const BucketId id = split_id(bucket_id);
  const std::string target =
    id.resource.empty() || pause.resource.empty() ? bucket_id : std::string(id.credential_key) + "|" + pause.resource;
  const std::string reason = label_for(target) + ": " + pause.reason;
  bucket(target).pause(pause.until, reason, now);
  CredentialState& credential = m_credentials[std::string(id.credential_key)];
  if (pause.secondary) {
    ++credential.secondary_hits;
  }
  if (pause.whole_credential && pause.until > credential.paused_until) {
    credential.paused_until = pause.until;
    credential.reason = reason;
  }
}

int RateBuckets::secondary_hits(const std::string& bucket_id) const
{
  const auto found = m_credentials.find(split_id(bucket_id).credential_key);
  return found != m_credentials.end() ? found->second.secondary_hits : 0;
}

std::optional<int> RateBuckets::remaining(const std::string& bucket_id, TimePoint now) const
{
  const auto found = m_buckets.find(bucket_id);
  return found != m_buckets.end() ? found->second.remaining(now) : std::nullopt;
}

std::map<std::string, double> RateBuckets::wait_seconds() const
{
  std::map<std::string, double> result;
  for (const auto& [id, state] : m_buckets) {
    result[id] = state.wait_seconds();
  }
  return result;
}

const HostPolicy& RateBuckets::policy_for(std::string_view host) const
{
  const auto found = m_policies.find(host);
  return found != m_policies.end() ? found->second : m_fallback;
}

RateBucket& RateBuckets::bucket(const std::string& id)
{
  auto found = m_buckets.find(id);
  if (found == m_buckets.end()) {
    const BucketId parts = split_id(id);
    const HostPolicy policy = policy_for_bucket(policy_for(parts.host), parts.credential_key, parts.resource);
    found = m_buckets.emplace(id, RateBucket(label_for(id), policy)).first;
  }
  return found->second;
}

std::string RateBuckets::label_for(const std::string& id) const
{
  const BucketId parts = split_id(id);
  switch (policy_for(parts.host).kind) {
  case HostKind::github: return "github " + std::string(parts.resource);
  case HostKind::huggingface: return "huggingface " + std::string(parts.resource);
  case HostKind::arxiv: return "arxiv";
  case HostKind::generic: break;
  }
  return std::string(parts.host);
}

void RateBuckets::learn_resource(const std::string& url, const std::string& resource)
{
  const std::optional<Url> parsed = parse_url(url);
  if (!parsed) {
    return;
  }
  const HostKind kind = policy_for(parsed->host).kind;
  if (keyed_by_credential(kind)) {
    m_learned[parsed->host + "|" + route_of(kind, parsed->path)] = resource;
  }
}

}  // namespace scout::crawler
