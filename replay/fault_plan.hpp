#pragma once

#include "replay/fault.hpp"

#include <mutex>
#include <optional>
#include <string_view>
#include <vector>

namespace scout::replay {

// The faults chosen for one request. Each chosen fault has used up one of its `count`.
struct FaultSelection {
  int latency_ms = 0;           // sum of every matching latency fault
  std::optional<Fault> status;  // first matching status fault
  std::optional<Fault> body;    // first matching truncate/malform/html/drip fault
};

// The active faults, in the order they were added. Thread-safe.
class FaultPlan {
public:
  void add(Fault fault);
  void clear();

  // Chooses the faults for a request to `path` and consumes one use of each chosen
  // fault; a fault whose count reaches zero expires.
  FaultSelection select(std::string_view path);

  // The active faults with their remaining counts.
  std::vector<Fault> list() const;

private:
  mutable std::mutex m_mutex;
  std::vector<Fault> m_faults;
};

}  // namespace scout::replay
