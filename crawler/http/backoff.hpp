#pragma once

#include <chrono>
#include <random>

namespace scout::crawler {

// Random source for jitter. The caller seeds it (tests with a constant) and owns it;
// it is not thread-safe, so use one per thread.
using Rng = std::mt19937_64;

struct BackoffPolicy {
  std::chrono::milliseconds base{1000};  // ceiling for attempt 0
  std::chrono::milliseconds cap{60000};  // no delay is ever longer than this
};

// "Full jitter" backoff: uniform in [0, min(cap, base * 2^attempt)] milliseconds.
// `attempt` counts from 0; negative values are treated as 0.
std::chrono::milliseconds backoff_delay(const BackoffPolicy& policy, int attempt, Rng& rng);

// The ceiling min(cap, base * 2^attempt) without jitter, saturating instead of overflowing.
std::chrono::milliseconds backoff_ceiling(const BackoffPolicy& policy, int attempt);

}  // namespace scout::crawler
