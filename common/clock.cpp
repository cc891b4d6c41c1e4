#include "common/clock.hpp"

#include <ctime>

namespace scout {

std::int64_t to_unix_seconds(std::chrono::system_clock::time_point t)
{
  return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

std::int64_t to_unix_millis(std::chrono::system_clock::time_point t)
{
  return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

std::string format_iso8601(std::chrono::system_clock::time_point t)
{
  const std::time_t seconds = std::chrono::system_clock::to_time_t(t);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

std::string format_iso8601_millis(std::int64_t unix_millis)
{
  return format_iso8601(std::chrono::system_clock::time_point(std::chrono::milliseconds(unix_millis)));
}

}  // namespace scout
