#include "replay/replay_options.hpp"

#include "common/error.hpp"
#include "common/strings.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string>

namespace scout::replay {

std::optional<RateStyle> rate_style_from_name(std::string_view name)
{
  if (name == "github") {
    return RateStyle::github;
  }
  if (name == "hf") {
    return RateStyle::hf;
  }
  if (name == "plain") {
    return RateStyle::plain;
  }
  return std::nullopt;
}

std::string_view rate_style_name(RateStyle style)
{
  switch (style) {
  case RateStyle::github: return "github";
  case RateStyle::hf: return "hf";
  case RateStyle::plain: return "plain";
  }
  return "github";
}

void validate_options(const ReplayOptions& options)
{
  if (!is_loopback_host(options.host)) {
    throw UsageError("host " + options.host
                     + ": refusing to bind a non-loopback address; use 127.0.0.1, ::1 or localhost");
  }
  if (options.port < 0 || options.port > 65535) {
    throw UsageError("port " + std::to_string(options.port) + ": must be 0 (any free port) to 65535");
  }
  if (options.latency_ms < 0) {
    throw UsageError("latency-ms: must be >= 0");
  }
  if (options.rate_limit < 0 || options.rate_window_s < 1) {
    throw UsageError("rate-limit must be >= 0 and rate-window >= 1 second");
  }
  if (options.threads < 1 || options.threads > 1024) {
    throw UsageError("threads: must be from 1 to 1024");
  }
}

bool is_loopback_host(std::string_view host)
{
  if (iequals(host, "localhost")) {
    return true;
  }
  const std::string text(host);
  in_addr v4{};
  if (inet_pton(AF_INET, text.c_str(), &v4) == 1) {
    return (ntohl(v4.s_addr) >> 24) == 127;
  }
  in6_addr v6{};
  return inet_pton(AF_INET6, text.c_str(), &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
}

}  // namespace scout::replay
