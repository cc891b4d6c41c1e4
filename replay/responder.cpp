#include "replay/responder.hpp"

#include "replay/conditional.hpp"
#include "replay/fault_replies.hpp"
#include "replay/json_util.hpp"
#include "replay/query.hpp"
#include "replay/rate_headers.hpp"

#include <algorithm>
#include <optional>

namespace scout::replay {

namespace {

constexpr std::string_view k_base_placeholder = "{{base}}";

std::string substitute_base(std::string_view text, std::string_view base_url)
{
  std::string result;
  std::size_t start = 0;
  while (true) {
    const std::size_t found = text.find(k_base_placeholder, start);
    if (found == std::string_view::npos) {
      result += text.substr(start);
      return result;
    }
    result += text.substr(start, found - start);
    result += base_url;
    start = found + k_base_placeholder.size();
  }
}

Reply not_found_reply(const std::string& key)
{
  Reply reply;
  reply.status = 404;
  reply.body = "{\"message\":\"Not Found\",\"replay\":" + json_string("no recorded response for " + key) + "}";
  set_header(reply.headers, "Content-Type", "application/json; charset=utf-8");
  return reply;
}

}  // namespace

Responder::Responder(const FixtureStore& fixtures, ReplayState& state, const ReplayOptions& options, const Clock& clock)
  : m_fixtures(fixtures), m_state(state), m_options(options), m_clock(clock)
{
}

Reply Responder::respond(const IncomingRequest& request, std::string_view base_url)
{
  // Split the raw target so the request is matched in the same canonical form as
  // the fixtures.
  const std::size_t question = request.target.find('?');
  const std::string path = normalise_path(std::string_view(request.target).substr(0, question));
  const std::string query = question == std::string::npos ? "" : normalise_query(request.target.substr(question + 1));

  Reply reply = build_reply(request, path, query, base_url);
  m_state.stats.record(route_key(request.method, path, query), route_key(request.method, path, ""), reply.status);
  return reply;
}

Reply Responder::build_reply(const IncomingRequest& request, const std::string& path, const std::string& query,
                             std::string_view base_url)
{
  // Stage 1: the enforced rate limit refuses before anything else is consumed.
  std::optional<RateDecision> decision;
  if (m_state.limiter) {
    decision = m_state.limiter->acquire();
    if (!decision->allowed) {
      Reply refused = rate_limited_reply(m_options.rate_style, *decision);
      refused.delay_ms = m_options.latency_ms;
      return refused;
    }
  }
  // Stage 2: a status fault replaces the recording; otherwise serve the recording,
  // honouring conditional requests.
  const FaultSelection faults = m_state.faults.select(path);
  Reply reply;
  if (faults.status) {
    reply = status_fault_reply(*faults.status, m_clock, m_options.rate_limit);
  } else {
    reply = recorded_reply(request.method, path, query, base_url);
    if (m_options.auto_etag && reply.status == 200 && find_header(reply.headers, "ETag") == nullptr) {
      set_header(reply.headers, "ETag", body_etag(reply.body));
    }
    if (request.method == "GET" || request.method == "HEAD") {
      apply_conditional(request.headers, reply);
    }
  }
  // Stage 3: enforced limit headers win over recorded ones, a fault's own win over both.
  if (decision) {
    add_rate_headers(reply, m_options.rate_style, *decision, !faults.status);
  }
  // Stage 4: body faults and delays change how the answer is delivered.
  if (faults.body) {
    apply_body_fault(*faults.body, reply);
  }
  reply.delay_ms = m_options.latency_ms + faults.latency_ms;
  return reply;
}

Reply Responder::recorded_reply(const std::string& method, const std::string& path, const std::string& query,
                                std::string_view base_url)
{
  std::string key = route_key(method, path, query);
  const Route* route = m_fixtures.find(key);
  if (route == nullptr && method == "HEAD") {
    key = route_key("GET", path, query);
    route = m_fixtures.find(key);
  }
  if (route == nullptr) {
    return not_found_reply(route_key(method, path, query));
  }
  // Sequences advance per route; once exhausted, the last response repeats.
  const std::size_t position = std::min(m_state.sequences.next(key), route->responses.size() - 1);
  const RecordedResponse& recorded = route->responses[position];
  Reply reply;
  reply.status = recorded.status;
  for (const auto& [name, value] : recorded.headers) {
    reply.headers.emplace_back(name, substitute_base(value, base_url));
  }
  reply.body = substitute_base(recorded.body, base_url);
  return reply;
}

}  // namespace scout::replay
