#pragma once

#include "common/clock.hpp"
#include "replay/fault_plan.hpp"
#include "replay/rate_limiter.hpp"
#include "replay/replay_options.hpp"
#include "replay/stats.hpp"

#include <memory>

namespace scout::replay {

// The mutable parts of a running server, shared by the responder and the control
// API. Each member is thread-safe on its own.
struct ReplayState {
  // Installs options.faults and, when options.rate_limit > 0, a limiter on `clock`.
  ReplayState(const ReplayOptions& options, const Clock& clock);

  // Zeroes the counters, the sequence positions and the rate-limit window.
  // Faults stay (clear them with faults.clear()).
  void reset();

  FaultPlan faults;
  StatsCounter stats;
  SequenceTracker sequences;
  std::unique_ptr<RateLimiter> limiter;  // null: no limit enforced
};

}  // namespace scout::replay
