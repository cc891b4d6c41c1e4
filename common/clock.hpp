#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <thread>

namespace scout {

// Wall-clock time source behind an interface so that rate-limit and freshness logic
// can be tested with a FakeClock instead of sleeping.
class Clock {
public:
  virtual ~Clock() = default;
  // Current wall-clock time.
  virtual std::chrono::system_clock::time_point now() const = 0;
};

class SystemClock : public Clock {
public:
  std::chrono::system_clock::time_point now() const override { return std::chrono::system_clock::now(); }
};

// Lets time pass. Behind an interface for the same reason as Clock: a scheduler that waits
// (the crawl engine between due tasks and rate-limit pauses) runs in tests on a FakeClock,
// whose sleep moves its time forward at once instead of blocking.
class Sleeper {
public:
  virtual ~Sleeper() = default;
  // Returns after `duration` has passed on the clock this sleeper belongs to.
  virtual void sleep_for(std::chrono::milliseconds duration) = 0;
};

class SystemSleeper : public Sleeper {
public:
  void sleep_for(std::chrono::milliseconds duration) override { std::this_thread::sleep_for(duration); }
};

// Seconds since the Unix epoch, UTC.
std::int64_t to_unix_seconds(std::chrono::system_clock::time_point t);

// Milliseconds since the Unix epoch, UTC.
std::int64_t to_unix_millis(std::chrono::system_clock::time_point t);

// "2026-11-23T16:40:00Z" for a time point (second precision, UTC).
std::string format_iso8601(std::chrono::system_clock::time_point t);

// format_iso8601 of a time given as unix epoch milliseconds.
std::string format_iso8601_millis(std::int64_t unix_millis);

}  // namespace scout
