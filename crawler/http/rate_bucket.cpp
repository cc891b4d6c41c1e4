#include "crawler/http/rate_bucket.hpp"

#include <algorithm>
#include <utility>

namespace scout::crawler {

namespace {

double seconds_between(RateBucket::TimePoint from, RateBucket::TimePoint to)
{
  return std::chrono::duration<double>(to - from).count();
}

}  // namespace

RateBucket::RateBucket(std::string label, HostPolicy policy) : m_label(std::move(label)), m_policy(policy) {}

Readiness RateBucket::ready(TimePoint now) const
{
  if (now < m_paused_until) {
    return {false, m_paused_until, m_pause_reason};
  }
  if (m_policy.max_in_flight > 0 && m_in_flight >= m_policy.max_in_flight) {
    return {false, now,
            m_label + ": " + std::to_string(m_in_flight) + " of " + std::to_string(m_policy.max_in_flight)
              + " requests in flight"};
  }
  if (m_last_start && now < *m_last_start + m_policy.min_interval) {
    return {false, *m_last_start + m_policy.min_interval,
            m_label + ": " + std::to_string(m_policy.min_interval.count()) + " ms between requests"};
  }
  return {true, now, ""};
}

void RateBucket::on_start(TimePoint now)
{
  ++m_in_flight;
  m_last_start = now;
  count_window(now);
  spend_estimate(now);
}

void RateBucket::on_finish() { m_in_flight = std::max(0, m_in_flight - 1); }

void RateBucket::on_budget(const ServerBudget& budget, TimePoint now)
{
  if (budget.limit) {
    m_limit = budget.limit;
  }
  m_reset = budget.reset;
  // The server has not seen the requests still in flight, so count them as spent.
  m_remaining = std::max(0, budget.remaining - m_in_flight);
  pause_at_reserve(now);
}

void RateBucket::pause(TimePoint until, std::string reason, TimePoint now)
{
  if (until <= now || until <= m_paused_until) {
    return;
  }
  m_wait_seconds += seconds_between(std::max(now, m_paused_until), until);
  m_paused_until = until;
  m_pause_reason = std::move(reason);
}

std::optional<int> RateBucket::remaining(TimePoint now) const
{
  if (m_remaining && now >= m_reset) {
    return m_limit;
  }
  return m_remaining;
}

bool RateBucket::server_budget_current(TimePoint now) const { return m_remaining.has_value() && now < m_reset; }

int RateBucket::effective_reserve() const { return m_limit ? std::min(m_policy.reserve, *m_limit / 10) : 0; }

void RateBucket::count_window(TimePoint now)
{
  if (m_policy.window_requests <= 0 || m_policy.window.count() <= 0) {
    return;
  }
  if (!m_window_start || now >= *m_window_start + m_policy.window) {
    m_window_start = now;
    m_window_used = 0;
  }
  // The server's own count (Hugging Face's RateLimit r=, t=) knows the real quota and window
  // position; the local window is only the estimate for when it has said nothing.
  if (++m_window_used >= m_policy.window_requests && !server_budget_current(now)) {
    pause(*m_window_start + m_policy.window,
          m_label + ": " + std::to_string(m_window_used) + " requests per " + std::to_string(m_policy.window.count())
            + " s window used",
          now);
  }
}

void RateBucket::spend_estimate(TimePoint now)
{
  if (!m_remaining) {
    return;
  }
  if (now >= m_reset) {
    // The window has refilled; the next response will say by how much.
    m_remaining.reset();
    return;
  }
  m_remaining = std::max(0, *m_remaining - 1);
  pause_at_reserve(now);
}

void RateBucket::pause_at_reserve(TimePoint now)
{
  if (!m_remaining || *m_remaining > effective_reserve()) {
    return;
  }
  std::string reason = m_label + ": " + std::to_string(*m_remaining) + " left";
  if (m_limit) {
    reason += " of " + std::to_string(*m_limit);
  }
  reason += ", paused until reset at " + format_iso8601(m_reset);
  pause(m_reset, std::move(reason), now);
}

}  // namespace scout::crawler
