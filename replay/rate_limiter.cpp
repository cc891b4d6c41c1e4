#include "replay/rate_limiter.hpp"

#include <algorithm>
#include <cassert>

namespace scout::replay {

RateLimiter::RateLimiter(int limit, int window_s, const Clock& clock)
  : m_limit(limit), m_window(window_s), m_clock(clock)
{
  assert(limit > 0 && window_s > 0);  // callers validate options first
}

RateDecision RateLimiter::acquire()
{
  std::lock_guard lock(m_mutex);
  const auto now = m_clock.now();
  if (!m_window_start || now >= *m_window_start + m_window) {
    m_window_start = now;
    m_count = 0;
  }
  const bool allowed = m_count < m_limit;
  ++m_count;
  return decide(now, allowed);
}

void RateLimiter::reset()
{
  std::lock_guard lock(m_mutex);
  m_window_start.reset();
  m_count = 0;
}

RateDecision RateLimiter::decide(std::chrono::system_clock::time_point now, bool allowed) const
{
  using std::chrono::milliseconds;
  const auto window_end = *m_window_start + m_window;
  const std::int64_t end_ms = to_unix_millis(window_end);
  const auto left_ms = std::chrono::duration_cast<milliseconds>(window_end - now).count();

  RateDecision decision;
  decision.allowed = allowed;
  decision.limit = m_limit;
  decision.used = std::min(m_count, m_limit);
  decision.remaining = m_limit - decision.used;
  decision.window_s = static_cast<int>(m_window.count());
  decision.reset_epoch_s = (end_ms + 999) / 1000;
  decision.reset_in_s = std::max<int>(1, static_cast<int>((left_ms + 999) / 1000));
  return decision;
}

}  // namespace scout::replay
