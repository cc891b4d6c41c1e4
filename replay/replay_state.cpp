#include "replay/replay_state.hpp"

namespace scout::replay {

ReplayState::ReplayState(const ReplayOptions& options, const Clock& clock)
{
  for (const Fault& fault : options.faults) {
    faults.add(fault);
  }
  if (options.rate_limit > 0) {
    limiter = std::make_unique<RateLimiter>(options.rate_limit, options.rate_window_s, clock);
  }
}

void ReplayState::reset()
{
  stats.reset();
  sequences.reset();
  if (limiter) {
    limiter->reset();
  }
}

}  // namespace scout::replay
