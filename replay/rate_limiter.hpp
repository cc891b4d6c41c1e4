#pragma once

#include "common/clock.hpp"

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>

namespace scout::replay {

// The limiter's answer for one request.
struct RateDecision {
  bool allowed = true;
  int limit = 0;
  int used = 0;       // requests counted in this window, at most `limit`
  int remaining = 0;  // limit - used
  int window_s = 0;
  std::int64_t reset_epoch_s = 0;  // window end, Unix seconds (rounded up)
  int reset_in_s = 0;              // seconds until the window ends, at least 1
};

// Fixed-window limit: `limit` requests per `window_s` seconds. A window opens with
// the first request after the previous one ended (or after reset()). Thread-safe.
class RateLimiter {
public:
  RateLimiter(int limit, int window_s, const Clock& clock);

  // Counts one request and says whether it fits in the current window.
  RateDecision acquire();

  // Forgets the current window.
  void reset();

private:
  RateDecision decide(std::chrono::system_clock::time_point now, bool allowed) const;

  int m_limit;
  std::chrono::seconds m_window;
  const Clock& m_clock;
  std::mutex m_mutex;
  std::optional<std::chrono::system_clock::time_point> m_window_start;
  int m_count = 0;
};

}  // namespace scout::replay
