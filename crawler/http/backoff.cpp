#include "crawler/http/backoff.hpp"

#include <algorithm>
#include <cstdint>

namespace scout::crawler {

std::chrono::milliseconds backoff_ceiling(const BackoffPolicy& policy, int attempt)
{
  const std::int64_t cap = std::max<std::int64_t>(0, policy.cap.count());
  std::int64_t ceiling = std::max<std::int64_t>(0, policy.base.count());
  // Double step by step so a large attempt number cannot overflow the shift.
  for (int i = 0; i < attempt && ceiling > 0 && ceiling < cap; ++i) {
    ceiling *= 2;
  }
  return std::chrono::milliseconds(std::min(ceiling, cap));
}

std::chrono::milliseconds backoff_delay(const BackoffPolicy& policy, int attempt, Rng& rng)
{
  const std::int64_t ceiling = backoff_ceiling(policy, attempt).count();
  std::uniform_int_distribution<std::int64_t> uniform(0, ceiling);
  return std::chrono::milliseconds(uniform(rng));
}

}  // namespace scout::crawler
