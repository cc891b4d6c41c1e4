#include "replay/fault_replies.hpp"

#include "replay/json_util.hpp"

#include <chrono>
#include <string>

namespace scout::replay {

namespace {

std::string default_message(const Fault& fault)
{
  if (fault.ratelimit_reset_in_s) {
    return "API rate limit exceeded (replay fault)";
  }
  switch (fault.status) {
  case 403: return "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.";
  case 429: return "Too Many Requests";
  case 500: return "Internal Server Error";
  case 502: return "Server Error";
  case 503: return "Service Unavailable";
  case 504: return "Gateway Timeout";
  default: return "replay fault: status " + std::to_string(fault.status);
  }
}

constexpr std::string_view k_html_page =
  "<!DOCTYPE html>\n<html><head><title>Unicorn! &middot; GitHub</title></head>\n"
  "<body><h1>No server is currently available to service your request.</h1>\n"
  "<p>Sorry about that. Please try refreshing and contact us if the problem persists.</p>\n"
  "</body></html>\n";

}  // namespace

Reply status_fault_reply(const Fault& fault, const Clock& clock, int rate_limit)
{
  Reply reply;
  reply.status = fault.status;
  reply.body = fault.body ? *fault.body : message_json(default_message(fault));
  set_header(reply.headers, "Content-Type", "application/json; charset=utf-8");
  if (fault.retry_after_s) {
    set_header(reply.headers, "Retry-After", std::to_string(*fault.retry_after_s));
  }
  if (fault.ratelimit_reset_in_s) {
    const std::int64_t reset = to_unix_seconds(clock.now()) + *fault.ratelimit_reset_in_s;
    const std::string limit = std::to_string(rate_limit > 0 ? rate_limit : 5000);
    set_header(reply.headers, "X-RateLimit-Limit", limit);
    set_header(reply.headers, "X-RateLimit-Remaining", "0");
    set_header(reply.headers, "X-RateLimit-Reset", std::to_string(reset));
    set_header(reply.headers, "X-RateLimit-Used", limit);
    set_header(reply.headers, "X-RateLimit-Resource", "core");
  }
  for (const auto& [name, value] : fault.headers) {
    set_header(reply.headers, name, value);
  }
  return reply;
}

void apply_body_fault(const Fault& fault, Reply& reply)
{
  switch (fault.kind) {
  case FaultKind::truncate: reply.delivery = BodyDelivery::truncate; break;
  case FaultKind::malform: reply.body.resize(reply.body.size() / 2); break;
  case FaultKind::html:
    // A proxy's error page where JSON was expected: 200, text/html, no validators.
    reply.status = 200;
    reply.body = std::string(k_html_page);
    set_header(reply.headers, "Content-Type", "text/html; charset=utf-8");
    remove_header(reply.headers, "ETag");
    remove_header(reply.headers, "Last-Modified");
    break;
  case FaultKind::drip:
    reply.delivery = BodyDelivery::drip;
    reply.chunk_bytes = fault.chunk_bytes;
    reply.interval_ms = fault.interval_ms;
    break;
  case FaultKind::latency:
  case FaultKind::status: break;  // not body faults; FaultPlan never selects them here
  }
}

}  // namespace scout::replay
