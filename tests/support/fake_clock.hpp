#pragma once

#include "common/clock.hpp"

#include <chrono>

namespace scout::testing {

// A Clock that moves only when told to, so time-based logic is tested without sleeping.
// As a Sleeper, sleeping moves it forward by exactly the time asked for and returns at
// once; slept() is the total, so a test can check how long the code under test waited.
class FakeClock : public Clock, public Sleeper {
public:
  // Starts at 2023-11-14T22:13:20Z unless given another time.
  explicit FakeClock(std::chrono::system_clock::time_point start = from_unix(1'700'000'000)) : m_now(start) {}

  std::chrono::system_clock::time_point now() const override { return m_now; }
  void advance(std::chrono::system_clock::duration step) { m_now += step; }
  void set(std::chrono::system_clock::time_point time) { m_now = time; }

  void sleep_for(std::chrono::milliseconds duration) override
  {
    m_now += duration;
    m_slept += duration;
    ++m_sleeps;
  }
  // Total time and number of sleep_for calls since construction.
  std::chrono::milliseconds slept() const { return m_slept; }
  int sleeps() const { return m_sleeps; }

  static std::chrono::system_clock::time_point from_unix(std::int64_t seconds)
  {
    return std::chrono::system_clock::time_point(std::chrono::seconds(seconds));
  }

  // The current real time truncated to milliseconds: for tests whose server computes
  // times from the real clock (an X-RateLimit-Reset), while waits stay fake.
  static std::chrono::system_clock::time_point real_now_millis()
  {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
  }

private:
  std::chrono::system_clock::time_point m_now;
  std::chrono::milliseconds m_slept{0};
  int m_sleeps = 0;
};

}  // namespace scout::testing
