#pragma once

#include "common/clock.hpp"

#include <chrono>

namespace scout::testing {

// A Clock that moves only when told to, so time-based logic is tested without sleeping.
class FakeClock : public Clock {
public:
  // Starts at 2023-11-14T22:13:20Z unless given another time.
  explicit FakeClock(std::chrono::system_clock::time_point start = from_unix(1'700'000'000)) : m_now(start) {}

  std::chrono::system_clock::time_point now() const override { return m_now; }
  void advance(std::chrono::system_clock::duration step) { m_now += step; }
  void set(std::chrono::system_clock::time_point time) { m_now = time; }

  static std::chrono::system_clock::time_point from_unix(std::int64_t seconds)
  {
    return std::chrono::system_clock::time_point(std::chrono::seconds(seconds));
  }

private:
  std::chrono::system_clock::time_point m_now;
};

}  // namespace scout::testing
