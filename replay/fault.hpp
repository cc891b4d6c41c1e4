#pragma once

#include "replay/headers.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace scout::replay {

// What an injected fault does to a matching request (see replay/README.md).
enum class FaultKind {
  latency,   // wait `latency_ms` before answering
  status,    // answer `status` instead of the recording
  truncate,  // announce the full Content-Length, close after half the body
  malform,   // recorded status and headers, body cut at half (correct Content-Length)
  html,      // 200 with an HTML error page instead of the body
  drip,      // the full body, `chunk_bytes` every `interval_ms`
};

struct Fault {
  FaultKind kind = FaultKind::latency;
  std::string path_prefix;                  // empty: every path
  std::optional<int> count;                 // apply to the next N matching requests; empty: forever
  int latency_ms = 0;                       // latency: JSON key "ms"
  int status = 0;                           // status
  std::optional<int> retry_after_s;         // status: Retry-After
  std::optional<int> ratelimit_reset_in_s;  // status: X-RateLimit-Remaining 0, Reset now+N
  std::optional<std::string> body;          // status: default {"message": ...}
  Headers headers;                          // status: extra response headers
  int chunk_bytes = 64;                     // drip
  int interval_ms = 10;                     // drip
};

// "latency", "status", ... ; nullopt for an unknown name.
std::optional<FaultKind> fault_kind_from_name(std::string_view name);
std::string_view fault_kind_name(FaultKind kind);

// Parses a fault object such as {"kind":"status","status":429,"retry_after":2,"count":1}.
// Unknown keys and out-of-range values are rejected. Throws scout::ConfigError
// "fault <json>: <key>: <problem>".
Fault parse_fault(std::string_view json);

// The fault as a JSON object, in the form parse_fault() accepts.
std::string fault_to_json(const Fault& fault);

}  // namespace scout::replay
