#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace scout::crawler {

// Response headers in arrival order; names as sent (match them case-insensitively).
class Headers {
public:
  void add(std::string name, std::string value) { m_items.emplace_back(std::move(name), std::move(value)); }
  // First value of `name` (case-insensitive), or nullopt.
  std::optional<std::string> get(std::string_view name) const;
  // First value parsed as an integer, or nullopt when absent or not a number.
  std::optional<std::int64_t> get_int(std::string_view name) const;
  const std::vector<std::pair<std::string, std::string>>& items() const { return m_items; }
  bool empty() const { return m_items.empty(); }

private:
  std::vector<std::pair<std::string, std::string>> m_items;
};

// One GET to make. Headers are complete: the caller adds Authorization only for the
// host the token belongs to, and If-None-Match / If-Modified-Since from the cache.
struct HttpRequest {
  std::uint64_t id = 0;  // caller's handle; echoed in the response
  std::string url;
  std::vector<std::pair<std::string, std::string>> headers;
};

// Why a transfer produced no usable HTTP response. `none` means an HTTP status was
// received (any status, 4xx/5xx included: the caller classifies it).
enum class TransportError { none, timeout, connect, truncated, too_large, other };

struct HttpResponse {
  std::uint64_t id = 0;
  std::string url;  // as requested
  long status = 0;  // 0 when error != none
  Headers headers;
  std::string body;  // decoded (gzip/br undone)
  TransportError error = TransportError::none;
  std::string error_message;         // curl's words plus context, when error != none
  std::uint64_t bytes_received = 0;  // body bytes on the wire (before decoding)
  std::chrono::milliseconds elapsed{0};
  // False when the request never left this process (the transfer could not be started):
  // the engine neither counts it as a request nor as an attempt.
  bool sent = true;
};

// Limits every transfer obeys.
struct TransferLimits {
  std::chrono::milliseconds connect_timeout{10000};
  std::chrono::milliseconds total_timeout{120000};
  long low_speed_bytes_per_s = 100;
  std::chrono::seconds low_speed_time{30};
  std::uint64_t max_body_bytes = 64ULL * 1024 * 1024;
  std::string user_agent = "scout/0.1";
  int max_connections_per_host = 6;
  int max_total_connections = 16;
};

}  // namespace scout::crawler
