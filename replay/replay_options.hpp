#pragma once

#include "replay/fault.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scout::replay {

// How an enforced rate limit shows itself (see replay/README.md).
enum class RateStyle {
  github,  // X-RateLimit-* on every response; 403 when exceeded
  hf,      // RateLimit / RateLimit-Policy (IETF draft); 429 + Retry-After when exceeded
  plain,   // 429 + Retry-After when exceeded, no other headers
};

// "github", "hf", "plain"; nullopt for anything else.
std::optional<RateStyle> rate_style_from_name(std::string_view name);
std::string_view rate_style_name(RateStyle style);

struct ReplayOptions {
  std::string fixture_dir;         // searched recursively for *.json
  std::string host = "127.0.0.1";  // loopback only: 127.0.0.0/8, ::1, localhost
  int port = 0;                    // 0: any free port
  int latency_ms = 0;              // added before every answer
  bool auto_etag = false;          // give 200s without an ETag one hashed from the body
  int rate_limit = 0;              // requests per window; 0: no limit
  int rate_window_s = 60;
  RateStyle rate_style = RateStyle::github;
  std::vector<Fault> faults;  // active from the start
  int threads = 64;           // worker threads = concurrent connections served
};

// Throws scout::UsageError naming the first option that is out of range.
void validate_options(const ReplayOptions& options);

// True for 127.0.0.0/8, ::1 and "localhost".
bool is_loopback_host(std::string_view host);

}  // namespace scout::replay
