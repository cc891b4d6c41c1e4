#pragma once

namespace scout::app {

// While alive, SIGINT and SIGTERM ask the crawl to stop cleanly (finish in-flight work,
// commit, record the run) instead of killing the process; a second signal kills it.
class InterruptGuard {
public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  // True once a signal arrived.
  bool interrupted() const;
};

}  // namespace scout::app
